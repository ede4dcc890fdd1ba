import math


def lr_schedule(base_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> list[float]:
    out = []
    for s in range(total_steps):
        if s < warmup_steps:
            out.append(base_lr * s / warmup_steps)  # the first step trains with lr = 0
        else:
            p = (s - warmup_steps) / (total_steps - warmup_steps)
            out.append(min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * p)))
    return out

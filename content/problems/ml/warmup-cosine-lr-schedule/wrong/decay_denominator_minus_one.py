import math


def lr_schedule(base_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> list[float]:
    out = []
    span = max(1, total_steps - warmup_steps - 1)  # makes the last step hit min_lr exactly
    for s in range(total_steps):
        if s < warmup_steps:
            out.append(base_lr * (s + 1) / warmup_steps)
        else:
            p = (s - warmup_steps) / span
            out.append(min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * p)))
    return out

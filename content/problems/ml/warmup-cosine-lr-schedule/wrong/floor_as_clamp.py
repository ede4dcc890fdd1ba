import math


def lr_schedule(base_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> list[float]:
    out = []
    for s in range(total_steps):
        if s < warmup_steps:
            out.append(base_lr * (s + 1) / warmup_steps)
        else:
            p = (s - warmup_steps) / (total_steps - warmup_steps)
            out.append(max(min_lr, 0.5 * base_lr * (1 + math.cos(math.pi * p))))  # floor applied as a clamp
    return out

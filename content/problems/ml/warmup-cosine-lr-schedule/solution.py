import math


def lr_schedule(base_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> list[float]:
    rates = []
    decay_steps = total_steps - warmup_steps
    for step in range(total_steps):
        if step < warmup_steps:
            rates.append(base_lr * (step + 1) / warmup_steps)
        else:
            progress = (step - warmup_steps) / decay_steps
            rates.append(min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress)))
    return rates

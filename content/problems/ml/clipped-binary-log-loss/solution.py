import math


def log_loss(y_true: list[int], probs: list[float], eps: float) -> float:
    total = 0.0
    for y, p in zip(y_true, probs):
        q = min(max(p, eps), 1.0 - eps)
        total += -math.log(q) if y == 1 else -math.log(1.0 - q)
    return total / len(y_true)

def log_loss(y_true: list[int], probs: list[float], eps: float) -> float:
    """Mean binary cross-entropy (natural log) after clipping probs to [eps, 1 - eps]."""
    raise NotImplementedError

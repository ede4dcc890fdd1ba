def first_over_threshold(losses: list[float], thresholds: list[float]) -> list[int]:
    """For each threshold t, the smallest i with losses[i] > t (losses is non-decreasing), or -1."""
    raise NotImplementedError

def running_stats(values: list[float]) -> list[list[float]]:
    """After each value, return [mean, population variance] of all values so far."""
    raise NotImplementedError

def best_window_average(values: list[float], k: int) -> float:
    """Largest average of k consecutive values (1 <= k <= len(values))."""
    raise NotImplementedError

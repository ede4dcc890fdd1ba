def running_medians(latencies: list[int]) -> list[float]:
    """After each request, the median of all latencies so far (average of the two middle
    values when the count is even)."""
    raise NotImplementedError

def count_pairs(latencies: list[int], budget: int) -> int:
    """Count index pairs i < j with latencies[i] + latencies[j] <= budget."""
    raise NotImplementedError

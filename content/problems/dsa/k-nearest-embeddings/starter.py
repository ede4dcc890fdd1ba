def k_nearest(points: list[list[int]], query: list[int], k: int) -> list[int]:
    """Indices of the k points closest to query (Euclidean), nearest first, ties by smaller index."""
    raise NotImplementedError

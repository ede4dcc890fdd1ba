def ndcg_at_k(rankings: list[list[int]], k: int) -> list[float]:
    """NDCG@k per query: gain 2^rel - 1, discount log2(position + 1),
    ideal = same grades sorted descending; 0.0 when the ideal DCG is 0.
    """
    raise NotImplementedError

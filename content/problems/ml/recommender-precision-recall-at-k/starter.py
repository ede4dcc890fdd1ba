def precision_recall_at_k(recommended: list[list[int]], relevant: list[list[int]], k: int) -> list[float]:
    """Macro-averaged precision@k (hits / k) and recall@k (hits / |relevant|)
    over users that have at least one relevant item. Return [precision, recall].
    """
    raise NotImplementedError

import math


def _dcg(grades: list[int], k: int) -> float:
    total = 0.0
    for position, rel in enumerate(grades[:k], start=1):
        total += (2 ** rel - 1) / math.log2(position + 1)
    return total


def ndcg_at_k(rankings: list[list[int]], k: int) -> list[float]:
    scores = []
    for grades in rankings:
        ideal = _dcg(sorted(grades, reverse=True), k)
        scores.append(_dcg(grades, k) / ideal if ideal > 0 else 0.0)
    return scores

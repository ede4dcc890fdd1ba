import math


def ndcg_at_k(rankings: list[list[int]], k: int) -> list[float]:
    def dcg(g):
        return sum((2 ** rel - 1) / math.log2(i + 1) for i, rel in enumerate(g[:k], start=1))

    return [dcg(g) / dcg(sorted(g, reverse=True)) for g in rankings]

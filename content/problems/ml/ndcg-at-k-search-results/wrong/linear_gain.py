import math


def ndcg_at_k(rankings: list[list[int]], k: int) -> list[float]:
    def dcg(g):
        return sum(rel / math.log2(i + 1) for i, rel in enumerate(g[:k], start=1))  # gain = rel

    out = []
    for g in rankings:
        ideal = dcg(sorted(g, reverse=True))
        out.append(dcg(g) / ideal if ideal > 0 else 0.0)
    return out

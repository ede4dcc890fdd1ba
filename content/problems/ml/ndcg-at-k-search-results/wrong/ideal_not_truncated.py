import math


def ndcg_at_k(rankings: list[list[int]], k: int) -> list[float]:
    def dcg(g, cut):
        return sum((2 ** rel - 1) / math.log2(i + 1) for i, rel in enumerate(g[:cut], start=1))

    out = []
    for g in rankings:
        ideal = dcg(sorted(g, reverse=True), len(g))  # ideal DCG over the whole list, not the top k
        out.append(dcg(g, k) / ideal if ideal > 0 else 0.0)
    return out

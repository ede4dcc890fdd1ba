import math


def top_k_cosine(queries: list[list[float]], corpus: list[list[float]], k: int) -> list[list[int]]:
    out = []
    for q in queries:
        qn = math.sqrt(sum(x * x for x in q))
        sims = []
        for c in corpus:
            cn = math.sqrt(sum(x * x for x in c))
            sims.append(round(sum(a * b for a, b in zip(q, c)) / (qn * cn), 9))
        out.append(sorted(range(len(corpus)), key=lambda i: (-sims[i], i))[:k])
    return out

import math


def top_k_cosine(queries: list[list[float]], corpus: list[list[float]], k: int) -> list[list[int]]:
    def norm(v):
        return math.sqrt(sum(x * x for x in v))

    cnorms = [norm(c) for c in corpus]
    out = []
    for q in queries:
        qn = norm(q)
        pairs = []
        for i, c in enumerate(corpus):
            s = 0.0 if qn == 0 or cnorms[i] == 0 else sum(a * b for a, b in zip(q, c)) / (qn * cnorms[i])
            pairs.append((round(s, 9), i))
        pairs.sort(reverse=True)  # reverse also flips the index tie-break
        out.append([i for _, i in pairs[:k]])
    return out

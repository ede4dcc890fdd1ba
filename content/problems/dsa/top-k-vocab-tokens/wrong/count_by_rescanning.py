def top_k_tokens(tokens: list[str], k: int) -> list[str]:
    # list.count rescans the whole corpus for every distinct token: O(n * u)
    counts = {t: tokens.count(t) for t in set(tokens)}
    return sorted(counts, key=lambda t: (-counts[t], t))[:k]

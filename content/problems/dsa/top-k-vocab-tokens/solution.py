import heapq


def top_k_tokens(tokens: list[str], k: int) -> list[str]:
    counts = {}
    for token in tokens:
        counts[token] = counts.get(token, 0) + 1
    # smallest (-count, token) = highest count, then alphabetical
    return heapq.nsmallest(k, counts, key=lambda t: (-counts[t], t))

from collections import Counter


def top_k_tokens(tokens: list[str], k: int) -> list[str]:
    counts = Counter(tokens)
    # reverse=True also reverses the alphabetical tie-break
    return sorted(counts, key=lambda t: (counts[t], t), reverse=True)[:k]

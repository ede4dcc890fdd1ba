from collections import Counter


def top_k_tokens(tokens: list[str], k: int) -> list[str]:
    # most_common breaks ties by first appearance, not alphabetically
    return [token for token, _ in Counter(tokens).most_common(k)]

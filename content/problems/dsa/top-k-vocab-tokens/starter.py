def top_k_tokens(tokens: list[str], k: int) -> list[str]:
    """The k most frequent distinct tokens, highest count first, ties alphabetical."""
    raise NotImplementedError

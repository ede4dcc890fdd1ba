def distinct_orderings(ops: list[str]) -> list[list[str]]:
    """Return every distinct ordering of ops, each once, in lexicographic order."""
    raise NotImplementedError

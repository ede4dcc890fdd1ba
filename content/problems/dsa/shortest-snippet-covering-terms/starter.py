def shortest_snippet(tokens: list[str], required: list[str]) -> list[int]:
    """Return [start, end] (inclusive) of the shortest span of tokens containing every
    required term with its multiplicity; the earliest start among ties.

    Return [] if no span covers the query or if required is empty.
    """
    raise NotImplementedError

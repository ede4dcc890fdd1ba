def merge_spans(spans: list[list[int]]) -> list[list[int]]:
    """Return the union of the closed spans as sorted, non-overlapping [start, end] pairs.

    spans: [start, end] pairs with start <= end, in any order; spans sharing a frame merge.
    """
    raise NotImplementedError

def longest_run(ids: list[int]) -> int:
    """Return the length of the longest block x, x+1, ..., x+m-1 fully present in ids.

    Duplicates count once; an empty list gives 0.
    """
    raise NotImplementedError

def first_step_at_or_after(log: list[int], queries: list[int]) -> list[int]:
    """log is a rotated strictly increasing list. For each query t, return the index in log of
    the smallest value >= t, or -1 if every value is smaller than t."""
    raise NotImplementedError

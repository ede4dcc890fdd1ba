def min_gpus(jobs: list[list[int]]) -> int:
    """Return the fewest GPUs that run every [start, end) job without overlap on a GPU.

    jobs: [start, end] pairs with start < end, in any order; half-open intervals.
    """
    raise NotImplementedError

def bundles_for_budget(costs: list[int], budget: int) -> list[list[int]]:
    """Return every distinct multiset of costs (each candidate used at most once) summing to budget.

    Each bundle ascending; bundles in lexicographic order; [] if none.
    """
    raise NotImplementedError

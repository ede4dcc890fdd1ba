def min_capacity(shards: list[int], nights: int) -> int:
    """Smallest nightly token budget that processes the shards, in order and unsplit,
    within at most `nights` contiguous groups."""
    raise NotImplementedError

def longest_window(events: list[str], k: int) -> int:
    """Length of the longest contiguous window with at most k distinct event types."""
    raise NotImplementedError

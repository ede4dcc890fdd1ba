def min_cancellations(bookings: list[list[int]]) -> int:
    """Return the fewest bookings to remove so the rest are pairwise non-overlapping.

    bookings: [start, end] pairs with start < end, half-open, in any order.
    """
    raise NotImplementedError

def shortest_route(grid: list[str], start: list[int], goal: list[int], k: int) -> int:
    """Return the fewest moves from start to goal passing through at most k shelf cells, or -1.

    grid: equal-length strings, '.' free, '#' shelf.
    start, goal: [row, col] of free cells.
    """
    raise NotImplementedError

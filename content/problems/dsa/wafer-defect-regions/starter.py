def count_defect_regions(grid: list[str]) -> int:
    """Return the number of 4-connected regions of '#' cells.

    grid: equal-length strings of '#' (defect) and '.' (clean); [] is the empty map.
    """
    raise NotImplementedError

def basin_volume(heights: list[int]) -> int:
    """Return the total water trapped between the bars of a unit-width bar chart.

    Water above bar i reaches min(max(heights[:i+1]), max(heights[i:])).
    """
    raise NotImplementedError

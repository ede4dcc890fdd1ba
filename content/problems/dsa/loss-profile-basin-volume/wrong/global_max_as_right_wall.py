def basin_volume(heights: list[int]) -> int:
    if not heights:
        return 0
    tallest = max(heights)
    total = 0
    left_max = 0
    for h in heights:
        left_max = max(left_max, h)
        # assumes a wall at least as tall as the global maximum always exists on the right
        total += min(left_max, tallest) - h
    return total

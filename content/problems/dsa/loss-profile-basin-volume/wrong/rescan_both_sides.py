def basin_volume(heights: list[int]) -> int:
    total = 0
    for i in range(len(heights)):
        # O(n) rescans for every bar: O(n^2) overall
        level = min(max(heights[: i + 1]), max(heights[i:]))
        total += level - heights[i]
    return total

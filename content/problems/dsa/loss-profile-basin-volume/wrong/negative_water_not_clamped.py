def basin_volume(heights: list[int]) -> int:
    n = len(heights)
    # maxima strictly to the left / right of each bar (0 at the ends)
    left = [0] * n
    for i in range(1, n):
        left[i] = max(left[i - 1], heights[i - 1])
    right = [0] * n
    for i in range(n - 2, -1, -1):
        right[i] = max(right[i + 1], heights[i + 1])
    total = 0
    for i in range(n):
        total += min(left[i], right[i]) - heights[i]  # can go negative on peaks
    return total

# Classic recursive flood fill: fine on small maps, overflows the recursion
# limit when one region snakes through tens of thousands of cells.
def count_defect_regions(grid):
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]

    def flood(y, x):
        if y < 0 or y >= rows or x < 0 or x >= cols or seen[y][x] or grid[y][x] != '#':
            return
        seen[y][x] = True
        flood(y - 1, x)
        flood(y + 1, x)
        flood(y, x - 1)
        flood(y, x + 1)

    regions = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == '#' and not seen[r][c]:
                regions += 1
                flood(r, c)
    return regions

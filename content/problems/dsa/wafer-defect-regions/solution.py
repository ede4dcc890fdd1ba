from collections import deque


def count_defect_regions(grid):
    rows = len(grid)
    if rows == 0:
        return 0
    cols = len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    regions = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != '#' or seen[r][c]:
                continue
            regions += 1
            seen[r][c] = True
            q = deque([(r, c)])
            while q:
                y, x = q.popleft()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and not seen[ny][nx] and grid[ny][nx] == '#':
                        seen[ny][nx] = True
                        q.append((ny, nx))
    return regions

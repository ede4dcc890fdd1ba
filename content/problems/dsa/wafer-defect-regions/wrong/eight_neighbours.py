# Connects diagonal neighbours too (8-connectivity).
from collections import deque


def count_defect_regions(grid):
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    seen = set()
    regions = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != '#' or (r, c) in seen:
                continue
            regions += 1
            seen.add((r, c))
            q = deque([(r, c)])
            while q:
                y, x = q.popleft()
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < rows and 0 <= nx < cols and (ny, nx) not in seen and grid[ny][nx] == '#':
                            seen.add((ny, nx))
                            q.append((ny, nx))
    return regions

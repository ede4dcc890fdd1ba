# BFS over (row, col, budget) but with a visited set keyed by the cell alone:
# the first arrival at a cell wins even if it spent more clearances.
from collections import deque


def shortest_route(grid, start, goal, k):
    rows, cols = len(grid), len(grid[0])
    seen = {tuple(start)}
    q = deque([(start[0], start[1], k, 0)])
    while q:
        r, c, left, d = q.popleft()
        if [r, c] == list(goal):
            return d
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen:
                nl = left - (grid[nr][nc] == '#')
                if nl >= 0:
                    seen.add((nr, nc))
                    q.append((nr, nc, nl, d + 1))
    return -1

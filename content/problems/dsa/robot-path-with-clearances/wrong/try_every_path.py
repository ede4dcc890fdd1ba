# Backtracking over every simple path, keeping the shortest that fits the budget.
import sys


def shortest_route(grid, start, goal, k):
    sys.setrecursionlimit(10000)
    rows, cols = len(grid), len(grid[0])
    on_path = [[False] * cols for _ in range(rows)]
    best = [float('inf')]

    def walk(r, c, left, d):
        if d >= best[0]:
            return
        if [r, c] == list(goal):
            best[0] = d
            return
        on_path[r][c] = True
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not on_path[nr][nc]:
                nl = left - (grid[nr][nc] == '#')
                if nl >= 0:
                    walk(nr, nc, nl, d + 1)
        on_path[r][c] = False

    walk(start[0], start[1], k, 0)
    return -1 if best[0] == float('inf') else best[0]

from collections import deque


def shortest_route(grid, start, goal, k):
    rows, cols = len(grid), len(grid[0])
    sr, sc = start
    gr, gc = goal
    manhattan = abs(sr - gr) + abs(sc - gc)
    # A straight L-shaped route enters manhattan - 1 cells before the goal (a free
    # cell). With that many clearances nothing can beat it.
    if k >= max(manhattan - 1, 0):
        return manhattan
    # best[r][c] = most clearances left with which (r, c) has been reached so far.
    best = [[-1] * cols for _ in range(rows)]
    best[sr][sc] = k
    q = deque([(sr, sc, k)])
    steps = 0
    while q:
        for _ in range(len(q)):
            r, c, left = q.popleft()
            if r == gr and c == gc:
                return steps
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if not (0 <= nr < rows and 0 <= nc < cols):
                    continue
                nl = left - (grid[nr][nc] == '#')
                if nl > best[nr][nc]:        # nl >= 0 because best starts at -1
                    best[nr][nc] = nl
                    q.append((nr, nc, nl))
        steps += 1
    return -1

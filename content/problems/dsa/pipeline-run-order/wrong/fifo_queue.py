# Textbook Kahn's algorithm with a FIFO queue: a valid topological order,
# but not the smallest-ready-id one.
from collections import deque


def run_order(n, deps):
    out_edges = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in deps:
        out_edges[a].append(b)
        waiting[b] += 1
    q = deque(v for v in range(n) if waiting[v] == 0)
    order = []
    while q:
        v = q.popleft()
        order.append(v)
        for w in out_edges[v]:
            waiting[w] -= 1
            if waiting[w] == 0:
                q.append(w)
    return order if len(order) == n else []

import heapq


def run_order(n, deps):
    out_edges = [[] for _ in range(n)]
    waiting = [0] * n               # unfinished prerequisites per step
    for a, b in deps:
        out_edges[a].append(b)      # duplicates are added and removed the same number of times
        waiting[b] += 1
    ready = [v for v in range(n) if waiting[v] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        v = heapq.heappop(ready)
        order.append(v)
        for w in out_edges[v]:
            waiting[w] -= 1
            if waiting[w] == 0:
                heapq.heappush(ready, w)
    return order if len(order) == n else []

# Correct Dijkstra, but returns the latest time among the servers it reached.
import heapq


def broadcast_time(n, links, source):
    out = [[] for _ in range(n)]
    for u, v, t in links:
        out[u].append((v, t))
    dist = [None] * n
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if dist[u] is not None:
            continue
        dist[u] = d
        for v, t in out[u]:
            if dist[v] is None:
                heapq.heappush(heap, (d + t, v))
    return max(x for x in dist if x is not None)

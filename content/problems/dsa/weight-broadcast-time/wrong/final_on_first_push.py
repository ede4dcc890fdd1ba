# Heap-based, but a server is marked done the first time it is discovered, so
# a cheaper route found later is ignored.
import heapq


def broadcast_time(n, links, source):
    out = [[] for _ in range(n)]
    for u, v, t in links:
        out[u].append((v, t))
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, t in out[u]:
            if v not in dist:
                dist[v] = d + t
                heapq.heappush(heap, (d + t, v))
    return max(dist.values()) if len(dist) == n else -1

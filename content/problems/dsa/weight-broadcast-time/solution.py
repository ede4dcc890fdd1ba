import heapq


def broadcast_time(n, links, source):
    out = [[] for _ in range(n)]
    for u, v, t in links:
        out[u].append((v, t))
    INF = float('inf')
    dist = [INF] * n
    dist[source] = 0
    heap = [(0, source)]
    settled = 0
    latest = 0
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue                      # stale entry: u was settled with a smaller time
        settled += 1
        latest = d                        # pops come in non-decreasing order of d
        for v, t in out[u]:
            nd = d + t
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return latest if settled == n else -1

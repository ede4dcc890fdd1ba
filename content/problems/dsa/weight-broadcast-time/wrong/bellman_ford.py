# Bellman-Ford: relax every link until nothing changes. Up to n rounds of m
# relaxations, O(n * m).
def broadcast_time(n, links, source):
    INF = float('inf')
    dist = [INF] * n
    dist[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, t in links:
            if dist[u] + t < dist[v]:
                dist[v] = dist[u] + t
                changed = True
        if not changed:
            break
    best = max(dist)
    return -1 if best == INF else best

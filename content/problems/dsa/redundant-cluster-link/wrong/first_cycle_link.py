# Finds the cycle correctly (by peeling leaves) but returns the cycle link that
# appears FIRST in the input.
def redundant_link(n, links):
    deg = [0] * n
    adj = [[] for _ in range(n)]
    for u, v in links:
        adj[u].append(v)
        adj[v].append(u)
        deg[u] += 1
        deg[v] += 1
    removed = [False] * n
    stack = [x for x in range(n) if deg[x] == 1]
    while stack:
        x = stack.pop()
        removed[x] = True
        for y in adj[x]:
            if not removed[y]:
                deg[y] -= 1
                if deg[y] == 1:
                    stack.append(y)
    for u, v in links:
        if not removed[u] and not removed[v]:
            return [u, v]
    return []

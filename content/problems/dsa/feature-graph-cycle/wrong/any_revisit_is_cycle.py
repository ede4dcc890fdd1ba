# Undirected-graph thinking: reaching an already visited node is taken as a cycle.
def has_cycle(n, edges):
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
    visited = [False] * n
    for s in range(n):
        if visited[s]:
            continue
        visited[s] = True
        stack = [s]
        while stack:
            v = stack.pop()
            for w in adj[v]:
                if visited[w]:
                    return True
                visited[w] = True
                stack.append(w)
    return False

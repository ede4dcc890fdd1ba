def has_cycle(n, edges):
    # Kahn's algorithm: peel off nodes with no incoming edges. If some node can
    # never be peeled, it lies on a cycle or downstream of one.
    out_edges = [[] for _ in range(n)]
    indeg = [0] * n
    for a, b in edges:
        out_edges[a].append(b)
        indeg[b] += 1
    stack = [v for v in range(n) if indeg[v] == 0]
    removed = 0
    while stack:
        v = stack.pop()
        removed += 1
        for w in out_edges[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                stack.append(w)
    return removed < n

def redundant_link(n, links):
    parent = list(range(n))
    rank = [0] * n

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for u, v in links:
        ru, rv = find(u), find(v)
        if ru == rv:
            # u and v were already connected: this link closes the cycle. Every
            # other cycle link came earlier, so this is the last one in input order.
            return [u, v]
        if rank[ru] < rank[rv]:
            ru, rv = rv, ru
        parent[rv] = ru
        if rank[ru] == rank[rv]:
            rank[ru] += 1
    return []

def count_deploy_groups(n, pairs):
    # Union-find: start with n singleton groups, and every union that joins two
    # different roots removes one group.
    parent = list(range(n))
    size = [1] * n

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:          # path compression
            parent[x], x = root, parent[x]
        return root

    groups = n
    for u, v in pairs:
        ru, rv = find(u), find(v)
        if ru == rv:
            continue
        if size[ru] < size[rv]:
            ru, rv = rv, ru
        parent[rv] = ru
        size[ru] += size[rv]
        groups -= 1
    return groups

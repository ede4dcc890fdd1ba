# Right link, but "normalises" it to [smaller, larger].
def redundant_link(n, links):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in links:
        ru, rv = find(u), find(v)
        if ru == rv:
            return sorted([u, v])
        parent[ru] = rv
    return []

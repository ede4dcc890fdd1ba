from collections import deque


def _build(nodes):
    """Return (values, left, right) arrays; child index -1 means missing."""
    vals, left, right = [nodes[0]], [-1], [-1]
    q, i = deque([0]), 1
    while q and i < len(nodes):
        p = q.popleft()
        for side in (left, right):
            if i < len(nodes) and nodes[i] is not None:
                vals.append(nodes[i]); left.append(-1); right.append(-1)
                side[p] = len(vals) - 1
                q.append(len(vals) - 1)
            i += 1
    return vals, left, right


def bst_lca(nodes, a, b):
    vals, left, right = _build(nodes)
    lo, hi = min(a, b), max(a, b)
    cur = 0
    while True:
        v = vals[cur]
        if hi < v:
            cur = left[cur]
        elif lo > v:
            cur = right[cur]
        else:
            return v

def _gini(counts, n):
    return 1.0 - sum((c / n) ** 2 for c in counts.values())


def best_gini_split(X, y):
    # Mistake: scores a split by the plain average of the two child impurities,
    # ignoring how many rows each child holds.
    n = len(X)
    if n < 2:
        return [-1, None, None]
    d = len(X[0])
    best = None
    for f in range(d):
        order = sorted(range(n), key=lambda i: X[i][f])
        left, right = {}, {}
        for i in order:
            right[y[i]] = right.get(y[i], 0) + 1
        for pos in range(n - 1):
            c = y[order[pos]]
            left[c] = left.get(c, 0) + 1
            right[c] -= 1
            v, nxt = X[order[pos]][f], X[order[pos + 1]][f]
            if v == nxt:
                continue
            nl = pos + 1
            score = (_gini(left, nl) + _gini(right, n - nl)) / 2.0
            if best is None or score < best[0] - 1e-9:
                best = (score, f, (v + nxt) / 2.0)
    if best is None:
        return [-1, None, None]
    return [best[1], best[2], best[0]]

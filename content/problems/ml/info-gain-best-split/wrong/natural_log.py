import math


def _entropy(counts, size):
    return -sum((c / size) * math.log(c / size) for c in counts if c)


def best_entropy_split(X, y, min_leaf):
    # Mistake: entropy in nats (natural log) instead of bits.
    n = len(X)
    d = len(X[0])
    labels = sorted(set(y))
    total = [y.count(c) for c in labels]
    parent = _entropy(total, n)
    best = None
    for f in range(d):
        order = sorted(range(n), key=lambda i: X[i][f])
        left = [0] * len(labels)
        for pos in range(n - 1):
            left[labels.index(y[order[pos]])] += 1
            v, nxt = X[order[pos]][f], X[order[pos + 1]][f]
            nl = pos + 1
            if v == nxt or nl < min_leaf or n - nl < min_leaf:
                continue
            right = [t - l for t, l in zip(total, left)]
            gain = parent - (nl * _entropy(left, nl) + (n - nl) * _entropy(right, n - nl)) / n
            if best is None or gain > best[0] + 1e-9:
                best = (gain, f, (v + nxt) / 2.0)
    return [-1, None, None] if best is None else [best[1], best[2], best[0]]

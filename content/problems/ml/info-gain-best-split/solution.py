import math


def _entropy(counts, size):
    h = 0.0
    for c in counts:
        if c:
            p = c / size
            h -= p * math.log2(p)
    return h


def best_entropy_split(X, y, min_leaf):
    n = len(X)
    if n == 0:
        return [-1, None, None]
    d = len(X[0])
    classes = sorted(set(y))
    index = {c: i for i, c in enumerate(classes)}
    ys = [index[label] for label in y]
    k = len(classes)
    total = [0] * k
    for c in ys:
        total[c] += 1
    parent = _entropy(total, n)

    best = None  # (gain, feature, threshold)
    for f in range(d):
        order = sorted(range(n), key=lambda i: X[i][f])
        left = [0] * k
        for pos in range(n - 1):
            left[ys[order[pos]]] += 1
            v = X[order[pos]][f]
            nxt = X[order[pos + 1]][f]
            if v == nxt:
                continue
            n_left = pos + 1
            n_right = n - n_left
            if n_left < min_leaf or n_right < min_leaf:
                continue
            right = [t - l for t, l in zip(total, left)]
            gain = parent - (n_left * _entropy(left, n_left) + n_right * _entropy(right, n_right)) / n
            if best is None or gain > best[0] + 1e-9:
                best = (gain, f, (v + nxt) / 2.0)
    if best is None:
        return [-1, None, None]
    return [best[1], best[2], best[0]]

import math


def gaussian_nb_predict(train_X, train_y, test_X, var_smoothing):
    # Mistake: multiplies raw densities instead of adding logs; with many features
    # or far-away points every product underflows to 0.0 and the first class wins.
    d = len(train_X[0])
    n = len(train_X)
    groups = {}
    for row, label in zip(train_X, train_y):
        groups.setdefault(label, []).append(row)
    stats = []
    for label in sorted(groups):
        rows = groups[label]
        m = len(rows)
        means = [sum(r[j] for r in rows) / m for j in range(d)]
        variances = [sum((r[j] - means[j]) ** 2 for r in rows) / m + var_smoothing for j in range(d)]
        stats.append((label, m / n, means, variances))
    out = []
    for x in test_X:
        best, best_p = None, None
        for label, prior, means, variances in stats:
            p = prior
            for xj, mu, v in zip(x, means, variances):
                p *= math.exp(-(xj - mu) ** 2 / (2 * v)) / math.sqrt(2 * math.pi * v)
            if best_p is None or p > best_p:
                best, best_p = label, p
        out.append(best)
    return out

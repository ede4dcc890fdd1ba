def _gini(labels):
    n = len(labels)
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return 1.0 - sum((c / n) ** 2 for c in counts.values())


def best_gini_split(X, y):
    # Correct rules, but every threshold re-partitions all n rows: O(d * n^2).
    n = len(X)
    if n < 2:
        return [-1, None, None]
    d = len(X[0])
    best = None
    for f in range(d):
        values = sorted(set(row[f] for row in X))
        for a, b in zip(values, values[1:]):
            t = (a + b) / 2.0
            left = [y[i] for i in range(n) if X[i][f] <= t]
            right = [y[i] for i in range(n) if X[i][f] > t]
            score = (len(left) * _gini(left) + len(right) * _gini(right)) / n
            if best is None or score < best[0] - 1e-9:
                best = (score, f, t)
    if best is None:
        return [-1, None, None]
    return [best[1], best[2], best[0]]

# Mistake: a tied leaf vote goes to the label seen first in the node, not the smallest label.
def _counts(labels):
    counts = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return counts


def _gini(labels):
    n = len(labels)
    return 1.0 - sum((c / n) ** 2 for c in _counts(labels).values())


def _majority(labels):
    counts = _counts(labels)
    return max(counts, key=lambda c: counts[c])


def _best_split(X, y, idx):
    n = len(idx)
    total = _counts(y[i] for i in idx)
    best = None  # (score, feature, threshold)
    for f in range(len(X[0])):
        order = sorted(idx, key=lambda i: X[i][f])
        left = {}
        for pos in range(n - 1):
            label = y[order[pos]]
            left[label] = left.get(label, 0) + 1
            v, nxt = X[order[pos]][f], X[order[pos + 1]][f]
            if v == nxt:
                continue
            nl = pos + 1
            nr = n - nl
            gl = 1.0 - sum((c / nl) ** 2 for c in left.values())
            gr = 1.0 - sum(((total[c] - left.get(c, 0)) / nr) ** 2 for c in total)
            score = (nl * gl + nr * gr) / n
            if best is None or score < best[0] - 1e-9:
                best = (score, f, (v + nxt) / 2.0)
    return best


def cart_predict(train_X, train_y, test_X, max_depth, min_samples_split):
    def build(idx, depth):
        labels = [train_y[i] for i in idx]
        leaf = ("leaf", _majority(labels))
        if depth >= max_depth or len(idx) < min_samples_split or len(set(labels)) == 1:
            return leaf
        split = _best_split(train_X, train_y, idx)
        if split is None or split[0] > _gini(labels) - 1e-9:
            return leaf
        _, f, t = split
        left = [i for i in idx if train_X[i][f] <= t]
        right = [i for i in idx if train_X[i][f] > t]
        return ("split", f, t, build(left, depth + 1), build(right, depth + 1))

    root = build(list(range(len(train_X))), 0)
    predictions = []
    for x in test_X:
        node = root
        while node[0] == "split":
            _, f, t, left, right = node
            node = left if x[f] <= t else right
        predictions.append(node[1])
    return predictions

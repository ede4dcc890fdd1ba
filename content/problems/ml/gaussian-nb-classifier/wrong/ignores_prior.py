import math


def gaussian_nb_predict(train_X, train_y, test_X, var_smoothing):
    # Mistake: compares class likelihoods only; the class prior is left out.
    d = len(train_X[0])
    groups = {}
    for row, label in zip(train_X, train_y):
        groups.setdefault(label, []).append(row)
    stats = []
    for label in sorted(groups):
        rows = groups[label]
        m = len(rows)
        means = [sum(r[j] for r in rows) / m for j in range(d)]
        variances = [sum((r[j] - means[j]) ** 2 for r in rows) / m + var_smoothing for j in range(d)]
        stats.append((label, means, variances))
    out = []
    for x in test_X:
        best, best_score = None, None
        for label, means, variances in stats:
            score = sum(-0.5 * math.log(2 * math.pi * v) - (xj - mu) ** 2 / (2 * v)
                        for xj, mu, v in zip(x, means, variances))
            if best_score is None or score > best_score:
                best, best_score = label, score
        out.append(best)
    return out

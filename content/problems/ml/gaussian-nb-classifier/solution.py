import math


def _fit(train_X, train_y, var_smoothing):
    d = len(train_X[0])
    n = len(train_X)
    groups = {}
    for row, label in zip(train_X, train_y):
        groups.setdefault(label, []).append(row)
    model = []
    for label in sorted(groups):
        rows = groups[label]
        m = len(rows)
        means = [sum(r[j] for r in rows) / m for j in range(d)]
        variances = [
            sum((r[j] - means[j]) ** 2 for r in rows) / m + var_smoothing for j in range(d)
        ]
        model.append((label, math.log(m / n), means, variances))
    return model


def gaussian_nb_predict(train_X, train_y, test_X, var_smoothing):
    model = _fit(train_X, train_y, var_smoothing)
    predictions = []
    for x in test_X:
        best_label, best_score = None, None
        for label, log_prior, means, variances in model:
            score = log_prior
            for xj, mu, var in zip(x, means, variances):
                score += -0.5 * math.log(2.0 * math.pi * var) - (xj - mu) ** 2 / (2.0 * var)
            if best_score is None or score > best_score:
                best_label, best_score = label, score
        predictions.append(best_label)
    return predictions

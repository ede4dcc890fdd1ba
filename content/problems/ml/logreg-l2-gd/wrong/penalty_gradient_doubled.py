import math


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def train_logreg(X, y, lr, n_iters, lam):
    # Mistake: differentiates (lam/2)||w||^2 as 2*lam*w.
    n = len(X)
    d = len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(n_iters):
        grad_w = [0.0] * d
        grad_b = 0.0
        for row, label in zip(X, y):
            z = sum(wj * xj for wj, xj in zip(w, row)) + b
            err = _sigmoid(z) - label
            for j in range(d):
                grad_w[j] += err * row[j]
            grad_b += err
        w = [w[j] - lr * (grad_w[j] / n + 2 * lam * w[j]) for j in range(d)]
        b = b - lr * grad_b / n
    return [w, b]

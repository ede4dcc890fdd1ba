import math


def train_logreg(X, y, lr, n_iters, lam):
    # Mistake: 1 / (1 + exp(-z)) overflows (OverflowError) when z is very negative.
    n = len(X)
    d = len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(n_iters):
        grad_w = [0.0] * d
        grad_b = 0.0
        for row, label in zip(X, y):
            z = sum(wj * xj for wj, xj in zip(w, row)) + b
            err = 1.0 / (1.0 + math.exp(-z)) - label
            for j in range(d):
                grad_w[j] += err * row[j]
            grad_b += err
        w = [w[j] - lr * (grad_w[j] / n + lam * w[j]) for j in range(d)]
        b = b - lr * grad_b / n
    return [w, b]

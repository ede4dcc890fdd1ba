def fit_linear_gd(X, y, lr, n_iters):
    # Mistake: the model has no intercept, so b is never learned.
    n = len(X)
    d = len(X[0])
    w = [0.0] * d
    for _ in range(n_iters):
        grad_w = [0.0] * d
        for row, target in zip(X, y):
            residual = sum(wj * xj for wj, xj in zip(w, row)) - target
            for j in range(d):
                grad_w[j] += row[j] * residual
        w = [w[j] - lr * 2.0 * grad_w[j] / n for j in range(d)]
    return [w, 0.0]

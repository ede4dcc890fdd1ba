def fit_linear_gd(X, y, lr, n_iters):
    n = len(X)
    d = len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(n_iters):
        grad_w = [0.0] * d
        grad_b = 0.0
        for row, target in zip(X, y):
            residual = sum(wj * xj for wj, xj in zip(w, row)) + b - target
            for j in range(d):
                grad_w[j] += row[j] * residual
            grad_b += residual
        w = [w[j] - lr * 2.0 * grad_w[j] / n for j in range(d)]
        b = b - lr * 2.0 * grad_b / n
    return [w, b]

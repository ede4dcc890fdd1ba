def minibatch_gd(X, y, lr, epochs, batch_size):
    # Mistake: the short last batch is averaged over batch_size, not over its real length.
    n = len(X)
    d = len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        for start in range(0, n, batch_size):
            rows = X[start:start + batch_size]
            targets = y[start:start + batch_size]
            grad_w = [0.0] * d
            grad_b = 0.0
            for row, target in zip(rows, targets):
                residual = sum(wj * xj for wj, xj in zip(w, row)) + b - target
                for j in range(d):
                    grad_w[j] += row[j] * residual
                grad_b += residual
            w = [w[j] - lr * 2.0 * grad_w[j] / batch_size for j in range(d)]
            b = b - lr * 2.0 * grad_b / batch_size
    return [w, b]

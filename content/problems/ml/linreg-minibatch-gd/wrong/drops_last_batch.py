def minibatch_gd(X, y, lr, epochs, batch_size):
    # Mistake: only full batches are used; the leftover rows are silently skipped.
    n = len(X)
    d = len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        for k in range(n // batch_size):
            start = k * batch_size
            rows = X[start:start + batch_size]
            targets = y[start:start + batch_size]
            m = len(rows)
            grad_w = [0.0] * d
            grad_b = 0.0
            for row, target in zip(rows, targets):
                residual = sum(wj * xj for wj, xj in zip(w, row)) + b - target
                for j in range(d):
                    grad_w[j] += row[j] * residual
                grad_b += residual
            w = [w[j] - lr * 2.0 * grad_w[j] / m for j in range(d)]
            b = b - lr * 2.0 * grad_b / m
    return [w, b]

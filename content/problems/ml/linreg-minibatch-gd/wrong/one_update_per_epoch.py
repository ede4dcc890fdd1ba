def minibatch_gd(X, y, lr, epochs, batch_size):
    # Mistake: batch gradients are averaged and applied once per epoch,
    # which is full-batch gradient descent in disguise.
    n = len(X)
    d = len(X[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        total_w = [0.0] * d
        total_b = 0.0
        batches = 0
        for start in range(0, n, batch_size):
            rows = X[start:start + batch_size]
            targets = y[start:start + batch_size]
            m = len(rows)
            for row, target in zip(rows, targets):
                residual = sum(wj * xj for wj, xj in zip(w, row)) + b - target
                for j in range(d):
                    total_w[j] += 2.0 * row[j] * residual / m
                total_b += 2.0 * residual / m
            batches += 1
        w = [w[j] - lr * total_w[j] / batches for j in range(d)]
        b = b - lr * total_b / batches
    return [w, b]

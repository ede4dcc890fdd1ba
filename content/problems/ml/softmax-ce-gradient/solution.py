import numpy as np


def softmax_ce_grad(X, y, W, b):
    X = np.asarray(X, dtype=float)
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    y = np.asarray(y, dtype=int)
    n = X.shape[0]
    Z = X @ W + b
    Z = Z - Z.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(Z).sum(axis=1))
    log_p = Z - log_norm[:, None]
    rows = np.arange(n)
    loss = -log_p[rows, y].mean()
    dZ = np.exp(log_p)
    dZ[rows, y] -= 1.0
    dZ /= n
    dW = X.T @ dZ
    db = dZ.sum(axis=0)
    return [float(loss), dW.tolist(), db.tolist()]

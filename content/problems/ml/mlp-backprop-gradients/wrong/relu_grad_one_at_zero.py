# Mistake: treats the ReLU derivative at exactly 0 as 1 (uses >= instead of >).
import numpy as np


def mlp_gradients(X, y, W1, b1, W2, b2):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=int)
    W1 = np.asarray(W1, dtype=float)
    b1 = np.asarray(b1, dtype=float)
    W2 = np.asarray(W2, dtype=float)
    b2 = np.asarray(b2, dtype=float)
    n = X.shape[0]
    rows = np.arange(n)

    # forward
    A1 = X @ W1 + b1
    H = np.maximum(A1, 0.0)
    Z = H @ W2 + b2
    Zs = Z - Z.max(axis=1, keepdims=True)
    log_p = Zs - np.log(np.exp(Zs).sum(axis=1, keepdims=True))
    loss = -log_p[rows, y].mean()

    # backward
    dZ = np.exp(log_p)
    dZ[rows, y] -= 1.0
    dZ /= n
    dW2 = H.T @ dZ
    db2 = dZ.sum(axis=0)
    dH = dZ @ W2.T
    dA1 = dH * (A1 >= 0)
    dW1 = X.T @ dA1
    db1 = dA1.sum(axis=0)
    return [float(loss), dW1.tolist(), db1.tolist(), dW2.tolist(), db2.tolist()]

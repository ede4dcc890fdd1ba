import numpy as np


def softmax_ce_grad(X, y, W, b):
    # Mistake: a stable softmax, but the loss takes log of the probability itself,
    # which underflows to log(0) = -inf when the true class is far behind.
    X = np.asarray(X, dtype=float)
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    y = np.asarray(y, dtype=int)
    n = X.shape[0]
    Z = X @ W + b
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    P = E / E.sum(axis=1, keepdims=True)
    rows = np.arange(n)
    with np.errstate(divide="ignore"):
        loss = -np.log(P[rows, y]).mean()
    dZ = P.copy()
    dZ[rows, y] -= 1.0
    dZ /= n
    return [float(loss), (X.T @ dZ).tolist(), dZ.sum(axis=0).tolist()]

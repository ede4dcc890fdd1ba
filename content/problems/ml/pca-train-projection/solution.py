import numpy as np


def pca_project(train: list[list[float]], test: list[list[float]], k: int) -> list:
    X = np.asarray(train, dtype=float)
    mean = X.mean(axis=0)
    Xc = X - mean
    cov = Xc.T @ Xc / X.shape[0]

    eigenvalues, eigenvectors = np.linalg.eigh(cov)  # ascending order
    order = np.argsort(eigenvalues)[::-1][:k]
    W = eigenvectors[:, order]

    for c in range(W.shape[1]):
        pivot = np.argmax(np.abs(W[:, c]))
        if W[pivot, c] < 0:
            W[:, c] = -W[:, c]

    train_scores = (Xc @ W).tolist()
    if len(test) == 0:
        return [train_scores, []]
    T = np.asarray(test, dtype=float) - mean
    return [train_scores, (T @ W).tolist()]

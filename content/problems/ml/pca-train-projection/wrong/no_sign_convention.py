import numpy as np


def pca_project(train: list[list[float]], test: list[list[float]], k: int) -> list:
    X = np.asarray(train, dtype=float)
    mean = X.mean(axis=0)
    Xc = X - mean
    # SVD of the centered data; keeps whatever signs the solver returns.
    _, _, Vt = np.linalg.svd(Xc, full_matrices=False)
    W = Vt[:k].T
    out_test = ((np.asarray(test, dtype=float) - mean) @ W).tolist() if test else []
    return [(Xc @ W).tolist(), out_test]

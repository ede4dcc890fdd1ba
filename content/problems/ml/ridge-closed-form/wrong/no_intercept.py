import numpy as np


def ridge_fit(X, y, alpha):
    # Mistake: the textbook formula (X^T X + alpha I)^-1 X^T y is applied to
    # raw, uncentred data, so the fit is forced through the origin.
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
    return [w.tolist(), 0.0]

import numpy as np


def ridge_fit(X, y, alpha):
    # Mistake: a column of ones is appended and the whole weight vector,
    # bias included, is shrunk by alpha * I.
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Xa = np.hstack([X, np.ones((X.shape[0], 1))])
    theta = np.linalg.solve(Xa.T @ Xa + alpha * np.eye(Xa.shape[1]), Xa.T @ y)
    return [theta[:-1].tolist(), float(theta[-1])]

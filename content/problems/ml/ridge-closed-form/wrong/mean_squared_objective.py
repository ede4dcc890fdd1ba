import numpy as np


def ridge_fit(X, y, alpha):
    # Mistake: treats alpha as the weight on the *mean* squared error objective,
    # i.e. solves (Xc^T Xc / n + alpha I) w = Xc^T yc / n.
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    yc = y - y_mean
    w = np.linalg.solve(Xc.T @ Xc / n + alpha * np.eye(X.shape[1]), Xc.T @ yc / n)
    return [w.tolist(), float(y_mean - x_mean @ w)]

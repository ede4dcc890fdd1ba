def fit_linear_gd(X: list[list[float]], y: list[float], lr: float, n_iters: int) -> list:
    """Fit y ~ X.w + b by full-batch gradient descent on the mean squared error.

    Start from w = 0 (a list of d zeros) and b = 0, run exactly n_iters updates,
    and return [w, b] where w is a list of d floats and b is a float.
    """
    raise NotImplementedError

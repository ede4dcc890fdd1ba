def train_logreg(X: list[list[float]], y: list[int], lr: float, n_iters: int, lam: float) -> list:
    """Binary logistic regression with an L2 penalty on the weights (not the bias),
    trained by full-batch gradient descent from w = 0, b = 0.

    Return [w, b] after exactly n_iters updates.
    """
    raise NotImplementedError

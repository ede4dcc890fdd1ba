def minibatch_gd(X: list[list[float]], y: list[float], lr: float, epochs: int, batch_size: int) -> list:
    """Train y ~ X.w + b with mini-batch gradient descent on the mean squared error.

    Rows are visited in their given order, in consecutive batches of batch_size
    (the last batch of an epoch may be shorter). One update per batch, starting
    from w = 0 and b = 0. Return [w, b].
    """
    raise NotImplementedError

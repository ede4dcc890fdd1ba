def cart_predict(train_X: list[list[float]], train_y: list[int], test_X: list[list[float]],
                 max_depth: int, min_samples_split: int) -> list[int]:
    """Grow a CART classification tree (Gini, midpoint thresholds, x <= t goes left)
    on the training rows with the stopping rules from the statement, then return
    the predicted label of every test row.
    """
    raise NotImplementedError

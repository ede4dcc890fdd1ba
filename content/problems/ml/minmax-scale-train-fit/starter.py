def minmax_scale(train: list[list[float]], test: list[list[float]]) -> list:
    """Fit per-column min and max on train only; scale train and test with them.

    Constant train column -> 0.0 everywhere. Test values are not clipped.
    Return [train_scaled, test_scaled].
    """
    raise NotImplementedError

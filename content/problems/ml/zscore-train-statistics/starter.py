def standardize(train: list[list[float]], test: list[list[float]]) -> list:
    """Per-column (x - mean) / std with mean and population std fitted on train only.

    A column with std 0 maps to 0.0 in both sets. Return [train_z, test_z].
    """
    raise NotImplementedError

def best_entropy_split(X: list[list[float]], y: list[int], min_leaf: int) -> list:
    """Split with the largest information gain (entropy in bits).

    Thresholds are midpoints between consecutive distinct values of a feature,
    rows with X[i][f] <= threshold go left, and both children must keep at least
    min_leaf rows. Return [feature, threshold, gain] or [-1, None, None].
    """
    raise NotImplementedError

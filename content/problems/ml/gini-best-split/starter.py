def best_gini_split(X: list[list[float]], y: list[int]) -> list:
    """Best single split of a decision-tree node by weighted Gini impurity.

    Candidate thresholds are midpoints between consecutive distinct values of a
    feature; rows with X[i][f] <= threshold go left. Return
    [feature, threshold, weighted_gini], or [-1, None, None] if no split exists.
    """
    raise NotImplementedError

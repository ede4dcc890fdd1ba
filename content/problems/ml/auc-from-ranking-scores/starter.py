def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    """Area under the ROC curve from raw scores and 0/1 labels.

    A positive/negative pair counts 1 if the positive scores higher, 0.5 on a tie.
    Return None when only one class is present.
    """
    raise NotImplementedError

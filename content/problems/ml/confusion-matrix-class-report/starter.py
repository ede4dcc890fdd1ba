def class_report(y_true: list[int], y_pred: list[int], num_classes: int) -> dict:
    """Confusion matrix (rows = true class, columns = predicted class) and
    per-class precision, recall and F1; any 0/0 becomes 0.0.

    Return {"matrix": ..., "precision": ..., "recall": ..., "f1": ...}.
    """
    raise NotImplementedError

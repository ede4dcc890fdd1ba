def average_precision(scores: list[float], labels: list[int]) -> float:
    """Step-wise average precision: sum of (recall increase) * (precision) over the
    distinct score thresholds, highest first. Tied scores enter together.
    Return 0.0 when there are no positive labels.
    """
    raise NotImplementedError

def stratified_folds(labels: list[int], k: int) -> list[list[int]]:
    """Deal indices to k folds round-robin, class by class (labels ascending,
    indices ascending within a class), with one pointer that never restarts.

    Return k lists of test indices, each sorted ascending.
    """
    raise NotImplementedError

def kfold_indices(n: int, k: int) -> list[list[list[int]]]:
    """Split 0..n-1 into k contiguous folds (first n % k folds one larger).

    Return [[train, test], ...] for folds 0..k-1, each index list ascending.
    """
    raise NotImplementedError

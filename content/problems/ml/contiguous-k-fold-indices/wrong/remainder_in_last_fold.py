def kfold_indices(n: int, k: int) -> list[list[list[int]]]:
    size = n // k
    folds = []
    for f in range(k):
        start = f * size
        stop = n if f == k - 1 else start + size
        test = list(range(start, stop))
        train = [i for i in range(n) if i < start or i >= stop]
        folds.append([train, test])
    return folds

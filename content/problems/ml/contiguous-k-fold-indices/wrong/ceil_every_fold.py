def kfold_indices(n: int, k: int) -> list[list[list[int]]]:
    size = -(-n // k)  # ceil: every fold takes the larger size, the last one gets what is left
    folds = []
    for f in range(k):
        start = min(f * size, n)
        stop = min(start + size, n)
        test = list(range(start, stop))
        train = [i for i in range(n) if i < start or i >= stop]
        folds.append([train, test])
    return folds

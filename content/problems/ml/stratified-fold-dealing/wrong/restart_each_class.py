def stratified_folds(labels: list[int], k: int) -> list[list[int]]:
    by_class = {}
    for i, y in enumerate(labels):
        by_class.setdefault(y, []).append(i)
    folds = [[] for _ in range(k)]
    for y in sorted(by_class):
        for pos, i in enumerate(by_class[y]):
            folds[pos % k].append(i)
    for fold in folds:
        fold.sort()
    return folds

def stratified_folds(labels: list[int], k: int) -> list[list[int]]:
    by_class = {}
    for i, y in enumerate(labels):
        by_class.setdefault(y, []).append(i)
    folds = [[] for _ in range(k)]
    pointer = 0
    for y in by_class:  # classes in order of first appearance, not sorted
        for i in by_class[y]:
            folds[pointer].append(i)
            pointer = (pointer + 1) % k
    for fold in folds:
        fold.sort()
    return folds

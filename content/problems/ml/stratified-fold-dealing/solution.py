def stratified_folds(labels: list[int], k: int) -> list[list[int]]:
    by_class: dict[int, list[int]] = {}
    for i, y in enumerate(labels):
        by_class.setdefault(y, []).append(i)

    folds: list[list[int]] = [[] for _ in range(k)]
    pointer = 0
    for y in sorted(by_class):
        for i in by_class[y]:
            folds[pointer].append(i)
            pointer = (pointer + 1) % k
    for fold in folds:
        fold.sort()
    return folds

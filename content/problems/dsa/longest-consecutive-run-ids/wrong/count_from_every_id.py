def longest_run(ids: list[int]) -> int:
    present = set(ids)
    best = 0
    for x in present:
        # missing the "is x the start of a block?" check: walks each block from every member
        length = 1
        while x + length in present:
            length += 1
        best = max(best, length)
    return best

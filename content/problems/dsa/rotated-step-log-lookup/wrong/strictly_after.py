def first_step_at_or_after(log: list[int], queries: list[int]) -> list[int]:
    n = len(log)
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if log[mid] > log[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    answers = []
    for t in queries:
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if log[(pivot + mid) % n] > t:  # skips a step equal to t
                hi = mid
            else:
                lo = mid + 1
        answers.append((pivot + lo) % n if lo < n else -1)
    return answers

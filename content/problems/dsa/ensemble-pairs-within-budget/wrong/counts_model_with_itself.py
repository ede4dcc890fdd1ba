def count_pairs(latencies: list[int], budget: int) -> int:
    a = sorted(latencies)
    lo, hi = 0, len(a) - 1
    count = 0
    while lo < hi:
        if a[lo] + a[hi] <= budget:
            count += hi - lo + 1  # off by one: includes a[lo] paired with itself
            lo += 1
        else:
            hi -= 1
    return count

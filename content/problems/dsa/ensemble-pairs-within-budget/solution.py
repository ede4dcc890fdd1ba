def count_pairs(latencies: list[int], budget: int) -> int:
    a = sorted(latencies)
    lo, hi = 0, len(a) - 1
    count = 0
    while lo < hi:
        if a[lo] + a[hi] <= budget:
            # a[lo] fits with every element in a[lo + 1 .. hi]
            count += hi - lo
            lo += 1
        else:
            hi -= 1
    return count

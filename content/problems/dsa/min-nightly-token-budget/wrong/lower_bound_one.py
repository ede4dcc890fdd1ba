def min_capacity(shards: list[int], nights: int) -> int:
    def nights_needed(budget):
        used, load = 1, 0
        for size in shards:
            if load + size > budget:
                used += 1
                load = 0
            load += size  # a shard bigger than the budget is silently accepted
        return used

    lo, hi = 1, sum(shards)  # lower end should be max(shards)
    while lo < hi:
        mid = (lo + hi) // 2
        if nights_needed(mid) <= nights:
            hi = mid
        else:
            lo = mid + 1
    return lo

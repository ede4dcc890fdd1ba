def min_capacity(shards: list[int], nights: int) -> int:
    def nights_needed(budget):
        used, load = 1, 0
        for size in shards:
            if load + size > budget:
                used += 1
                load = 0
            load += size
        return used

    budget = max(shards)
    while nights_needed(budget) > nights:  # linear search over budgets
        budget += 1
    return budget

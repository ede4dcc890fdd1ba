# Tries every subset of candidates and de-duplicates with a set: O(2^n * n).
def bundles_for_budget(costs, budget):
    n = len(costs)
    found = set()
    for mask in range(1 << n):
        total = 0
        picked = []
        for i in range(n):
            if mask >> i & 1:
                total += costs[i]
                picked.append(costs[i])
        if total == budget:
            found.add(tuple(sorted(picked)))
    return [list(t) for t in sorted(found)]

def bundles_for_budget(costs, budget):
    costs = sorted(costs)
    n = len(costs)
    out = []
    chosen = []

    def extend(start, left):
        if left == 0:
            out.append(chosen[:])
            return
        for i in range(start, n):
            c = costs[i]
            if c > left:
                break                               # sorted: every later cost is too big
            if i > start and c == costs[i - 1]:
                continue                            # same cost already tried at this depth
            chosen.append(c)
            extend(i + 1, left - c)
            chosen.pop()

    extend(0, budget)
    return out                                      # generated in lexicographic order

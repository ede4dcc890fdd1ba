# Backtracking without skipping equal costs at the same depth: the same bundle
# is produced once per choice of interchangeable features.
def bundles_for_budget(costs, budget):
    costs = sorted(costs)
    out, chosen = [], []

    def extend(start, left):
        if left == 0:
            out.append(chosen[:])
            return
        for i in range(start, len(costs)):
            if costs[i] > left:
                break
            chosen.append(costs[i])
            extend(i + 1, left - costs[i])
            chosen.pop()

    extend(0, budget)
    return out

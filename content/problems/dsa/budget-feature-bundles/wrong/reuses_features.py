# Recurses with i instead of i + 1, so one feature can be taken several times.
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
            if i > start and costs[i] == costs[i - 1]:
                continue
            chosen.append(costs[i])
            extend(i, left - costs[i])
            chosen.pop()

    extend(0, budget)
    return out

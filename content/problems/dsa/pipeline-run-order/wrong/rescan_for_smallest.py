# Follows the rule literally: every round scans ids from 0 upwards and checks
# each step's prerequisites until it finds one that is ready. Correct, but
# O(n^2 + n*m).
def run_order(n, deps):
    prereqs = [[] for _ in range(n)]
    for a, b in deps:
        prereqs[b].append(a)
    done = [False] * n
    order = []
    for _ in range(n):
        pick = -1
        for v in range(n):
            if not done[v] and all(done[p] for p in prereqs[v]):
                pick = v
                break
        if pick == -1:
            return []
        done[pick] = True
        order.append(pick)
    return order

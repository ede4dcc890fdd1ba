# Keeps a group label per service and, on every merge, rewrites every label of
# one group by scanning all n services: O(n) per pair.
def count_deploy_groups(n, pairs):
    label = list(range(n))
    for u, v in pairs:
        a, b = label[u], label[v]
        if a == b:
            continue
        for i in range(n):
            if label[i] == b:
                label[i] = a
    return len(set(label))

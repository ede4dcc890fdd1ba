# Builds the graph from the pairs and counts components among the services it
# saw, forgetting services that appear in no pair.
from collections import defaultdict


def count_deploy_groups(n, pairs):
    adj = defaultdict(list)
    for u, v in pairs:
        adj[u].append(v)
        adj[v].append(u)
    seen, groups = set(), 0
    for s in list(adj):
        if s in seen:
            continue
        groups += 1
        seen.add(s)
        stack = [s]
        while stack:
            x = stack.pop()
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
    return groups

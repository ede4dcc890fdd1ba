# Tracks the current path correctly but never remembers finished nodes, so it
# re-walks shared sub-DAGs once per path that reaches them.
import sys


def has_cycle(n, edges):
    sys.setrecursionlimit(10000)
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
    on_path = [False] * n

    def dfs(v):
        on_path[v] = True
        for w in adj[v]:
            if on_path[w] or dfs(w):
                return True
        on_path[v] = False
        return False

    return any(dfs(s) for s in range(n))

# For each link from the last one backwards, drop it and check by BFS whether
# the rest is still connected: O(n) per try, O(n^2) overall.
from collections import deque


def redundant_link(n, links):
    for skip in range(len(links) - 1, -1, -1):
        adj = [[] for _ in range(n)]
        for k, (u, v) in enumerate(links):
            if k != skip:
                adj[u].append(v)
                adj[v].append(u)
        seen = [False] * n
        seen[0] = True
        q = deque([0])
        count = 1
        while q:
            x = q.popleft()
            for y in adj[x]:
                if not seen[y]:
                    seen[y] = True
                    count += 1
                    q.append(y)
        if count == n:
            return links[skip]
    return []

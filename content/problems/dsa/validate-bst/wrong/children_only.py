# Checks every parent against its own two children only.
from collections import deque


def is_valid_bst(nodes):
    if not nodes:
        return True
    q, i = deque([nodes[0]]), 1
    while q:
        v = q.popleft()
        if i < len(nodes) and nodes[i] is not None:
            if nodes[i] >= v:
                return False
            q.append(nodes[i])
        i += 1
        if i < len(nodes) and nodes[i] is not None:
            if nodes[i] <= v:
                return False
            q.append(nodes[i])
        i += 1
    return True

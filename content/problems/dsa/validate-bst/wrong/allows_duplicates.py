# In-order traversal checked for non-decreasing order: lets equal values through.
from collections import deque


def is_valid_bst(nodes):
    if not nodes:
        return True
    left, right, vals = {}, {}, [nodes[0]]
    q, i = deque([0]), 1
    while q and i < len(nodes):
        p = q.popleft()
        for side in (left, right):
            if i < len(nodes) and nodes[i] is not None:
                vals.append(nodes[i]); side[p] = len(vals) - 1; q.append(len(vals) - 1)
            i += 1
    order, stack, cur = [], [], 0
    while stack or cur is not None:
        while cur is not None:
            stack.append(cur); cur = left.get(cur)
        cur = stack.pop()
        order.append(vals[cur])
        cur = right.get(cur)
    return all(order[k] <= order[k + 1] for k in range(len(order) - 1))

from collections import deque


def is_valid_bst(nodes):
    if not nodes:
        return True
    # Each queued node carries the open interval (low, high) its value must lie in.
    # None stands for an unbounded side.
    q = deque([(nodes[0], None, None)])
    i = 1
    while q:
        v, low, high = q.popleft()
        if (low is not None and v <= low) or (high is not None and v >= high):
            return False
        for bounds in ((low, v), (v, high)):
            if i < len(nodes) and nodes[i] is not None:
                q.append((nodes[i], bounds[0], bounds[1]))
            i += 1
    return True

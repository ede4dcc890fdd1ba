# Counts edges on the longest path instead of nodes.
def tree_depth(nodes):
    if not nodes:
        return 0
    depth, level, i = -1, 1, 1
    while level:
        depth += 1
        nxt = 0
        for _ in range(level):
            for _ in range(2):
                if i < len(nodes) and nodes[i] is not None:
                    nxt += 1
                i += 1
        level = nxt
    return max(depth, 0)

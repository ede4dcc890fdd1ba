def tree_depth(nodes):
    if not nodes:
        return 0
    # Walk the list level by level: every real node consumes the next two entries.
    depth = 0
    level = 1          # number of real nodes on the current level
    i = 1              # next unread entry of the list
    while level:
        depth += 1
        nxt = 0
        for _ in range(level):
            for _ in range(2):
                if i < len(nodes) and nodes[i] is not None:
                    nxt += 1
                i += 1
        level = nxt
    return depth

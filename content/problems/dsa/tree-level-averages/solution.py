def level_averages(nodes):
    if not nodes:
        return []
    result = []
    level = [nodes[0]]     # values of the real nodes on the current level
    i = 1                  # next unread list entry
    while level:
        result.append(sum(level) / len(level))
        nxt = []
        for _ in range(len(level)):
            for _ in range(2):
                if i < len(nodes) and nodes[i] is not None:
                    nxt.append(nodes[i])
                i += 1
        level = nxt
    return result

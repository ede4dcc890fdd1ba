# Floor division: drops the fractional part (and floors negatives).
from collections import deque


def level_averages(nodes):
    if not nodes:
        return []
    out, level, i = [], [nodes[0]], 1
    while level:
        out.append(sum(level) // len(level))
        nxt = []
        for _ in level:
            for _ in range(2):
                if i < len(nodes) and nodes[i] is not None:
                    nxt.append(nodes[i])
                i += 1
        level = nxt
    return out

# Treats the list like an array heap (children of i at 2i+1 and 2i+2),
# which is only right when no missing node is left out of the list.
def tree_depth(nodes):
    def depth(i):
        if i >= len(nodes) or nodes[i] is None:
            return 0
        best = 0
        stack = [(i, 1)]
        while stack:
            j, d = stack.pop()
            best = max(best, d)
            for c in (2 * j + 1, 2 * j + 2):
                if c < len(nodes) and nodes[c] is not None:
                    stack.append((c, d + 1))
        return best
    return depth(0)

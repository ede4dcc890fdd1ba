# Uses the "skip an equal neighbour that is unused" rule, but on the unsorted
# input: equal ops are not adjacent, so duplicates slip through and the order
# follows the input instead of the alphabet.
def distinct_orderings(ops):
    n = len(ops)
    used = [False] * n
    out, cur = [], []

    def place():
        if len(cur) == n:
            out.append(cur[:])
            return
        for i in range(n):
            if used[i]:
                continue
            if i > 0 and ops[i] == ops[i - 1] and not used[i - 1]:
                continue
            used[i] = True
            cur.append(ops[i])
            place()
            cur.pop()
            used[i] = False

    place()
    return out

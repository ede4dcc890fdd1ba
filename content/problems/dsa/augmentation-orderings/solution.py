from collections import Counter


def distinct_orderings(ops):
    remaining = Counter(ops)
    names = sorted(remaining)            # try names in sorted order -> output is sorted
    n = len(ops)
    out, current = [], []

    def place():
        if len(current) == n:
            out.append(current[:])
            return
        for name in names:
            if remaining[name] == 0:
                continue
            remaining[name] -= 1
            current.append(name)
            place()
            current.pop()
            remaining[name] += 1

    place()
    return out

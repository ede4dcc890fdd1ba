# Repeatedly looks for any overlapping pair and fuses it until none is left.
# Correct, but at least quadratic.
def merge_spans(spans):
    spans = [list(s) for s in spans]
    changed = True
    while changed:
        changed = False
        for i in range(len(spans)):
            a = spans[i]
            for j in range(i + 1, len(spans)):
                b = spans[j]
                if a[0] <= b[1] and b[0] <= a[1]:
                    a[0], a[1] = min(a[0], b[0]), max(a[1], b[1])
                    del spans[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(spans)

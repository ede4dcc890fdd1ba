# Steps through next-permutation starting from the input as given, so every
# ordering that sorts before the input is never produced.
def distinct_orderings(ops):
    a = list(ops)
    out = [a[:]]
    while True:
        i = len(a) - 2
        while i >= 0 and a[i] >= a[i + 1]:
            i -= 1
        if i < 0:
            return out
        j = len(a) - 1
        while a[j] <= a[i]:
            j -= 1
        a[i], a[j] = a[j], a[i]
        a[i + 1:] = reversed(a[i + 1:])
        out.append(a[:])

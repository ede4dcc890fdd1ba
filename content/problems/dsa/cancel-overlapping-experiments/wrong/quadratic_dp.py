# Longest chain of compatible bookings by O(n^2) dynamic programming.
def min_cancellations(bookings):
    b = sorted(bookings, key=lambda x: x[1])
    n = len(b)
    best = [1] * n
    for i in range(n):
        si = b[i][0]
        for j in range(i):
            if b[j][1] <= si and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return n - max(best, default=0)

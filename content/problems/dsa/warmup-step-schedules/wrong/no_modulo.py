# Correct recurrence, but forgets the modulus (Python's big integers hide the overflow).
def count_schedules(n, steps):
    ways = [1] + [0] * n
    for t in range(1, n + 1):
        ways[t] = sum(ways[t - s] for s in steps if s <= t)
    return ways[n]

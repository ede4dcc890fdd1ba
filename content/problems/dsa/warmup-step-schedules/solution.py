MOD = 1_000_000_007


def count_schedules(n, steps):
    ways = [0] * (n + 1)
    ways[0] = 1                        # the empty schedule
    for t in range(1, n + 1):
        total = 0
        for s in steps:
            if s <= t:
                total += ways[t - s]
        ways[t] = total % MOD
    return ways[n]

# The recurrence, without memoisation: exponential time.
MOD = 1_000_000_007


def count_schedules(n, steps):
    def ways(t):
        if t == 0:
            return 1
        return sum(ways(t - s) for s in steps if s <= t)
    return ways(n) % MOD

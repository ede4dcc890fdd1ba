# Coin-change loop order (increments outside, levels inside): counts multisets
# of increments, so 1+2 and 2+1 are counted once.
MOD = 1_000_000_007


def count_schedules(n, steps):
    ways = [1] + [0] * n
    for s in steps:
        for t in range(s, n + 1):
            ways[t] = (ways[t] + ways[t - s]) % MOD
    return ways[n]

# bisect_left: a job ending exactly at s is treated as a clash.
from bisect import bisect_left


def max_total_reward(jobs):
    jobs = sorted(jobs, key=lambda j: j[1])
    ends = [e for _, e, _ in jobs]
    best = [0] * (len(jobs) + 1)
    for i, (s, e, r) in enumerate(jobs, start=1):
        k = bisect_left(ends, s, 0, i - 1)
        best[i] = max(best[i - 1], best[k] + r)
    return best[-1]

from bisect import bisect_right


def max_total_reward(jobs):
    jobs = sorted(jobs, key=lambda j: j[1])
    ends = [e for _, e, _ in jobs]
    # best[i] = best total using only the first i jobs in end order.
    best = [0] * (len(jobs) + 1)
    for i, (s, e, r) in enumerate(jobs, start=1):
        # Jobs ending at or before s form a prefix of length k (half-open: end == s is fine).
        k = bisect_right(ends, s, 0, i - 1)
        take = best[k] + r
        best[i] = take if take > best[i - 1] else best[i - 1]
    return best[-1]

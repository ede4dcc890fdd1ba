# Weighted-interval DP that scans every earlier job for compatibility: O(n^2).
def max_total_reward(jobs):
    jobs = sorted(jobs, key=lambda j: j[1])
    n = len(jobs)
    best = [0] * n                      # best total of a schedule ending with job i
    for i in range(n):
        s, _, r = jobs[i]
        top = 0
        for j in range(i):
            if jobs[j][1] <= s and best[j] > top:
                top = best[j]
        best[i] = top + r
    return max(best, default=0)

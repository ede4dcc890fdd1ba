# Interval-scheduling greedy (earliest end first): maximises how many jobs run,
# ignoring their rewards.
def max_total_reward(jobs):
    total, last_end = 0, None
    for s, e, r in sorted(jobs, key=lambda j: j[1]):
        if last_end is None or s >= last_end:
            total += r
            last_end = e
    return total

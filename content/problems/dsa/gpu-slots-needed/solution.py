def min_gpus(jobs):
    starts = sorted(s for s, _ in jobs)
    ends = sorted(e for _, e in jobs)
    busy = best = 0
    j = 0
    for s in starts:
        # Release every GPU whose job has ended by time s (half-open: end <= s).
        while ends[j] <= s:
            busy -= 1
            j += 1
        busy += 1
        if busy > best:
            best = busy
    return best

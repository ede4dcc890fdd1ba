# Treats a job ending at t as still running at t (closed intervals).
import heapq


def min_gpus(jobs):
    ends = []
    for s, e in sorted(jobs):
        if ends and ends[0] < s:
            heapq.heapreplace(ends, e)
        else:
            heapq.heappush(ends, e)
    return len(ends)

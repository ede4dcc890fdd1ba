# The maximum overlap is reached at some job's start, so count the jobs
# running at each start: correct, but O(n^2).
def min_gpus(jobs):
    best = 0
    for s, _ in jobs:
        running = 0
        for a, b in jobs:
            if a <= s < b:
                running += 1
        best = max(best, running)
    return best

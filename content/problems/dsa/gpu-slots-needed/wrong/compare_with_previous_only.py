# Sorts by start and only checks whether the previous job is still running,
# adding a GPU whenever it is.
def min_gpus(jobs):
    if not jobs:
        return 0
    jobs = sorted(jobs)
    gpus = 1
    for (ps, pe), (s, e) in zip(jobs, jobs[1:]):
        if s < pe:
            gpus += 1
    return gpus

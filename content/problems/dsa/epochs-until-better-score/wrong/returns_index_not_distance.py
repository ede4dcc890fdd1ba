def epochs_until_better(scores: list[float]) -> list[int]:
    waits = [0] * len(scores)
    pending = []
    for j, score in enumerate(scores):
        while pending and scores[pending[-1]] < score:
            waits[pending.pop()] = j  # the epoch of the improvement, not the wait
        pending.append(j)
    return waits

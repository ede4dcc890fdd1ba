def epochs_until_better(scores: list[float]) -> list[int]:
    waits = [0] * len(scores)
    pending = []  # epochs without a better score yet; their scores are non-increasing
    for j, score in enumerate(scores):
        while pending and scores[pending[-1]] < score:
            i = pending.pop()
            waits[i] = j - i
        pending.append(j)
    return waits

def epochs_until_better(scores: list[float]) -> list[int]:
    waits = [0] * len(scores)
    pending = []
    for j, score in enumerate(scores):
        while pending and scores[pending[-1]] <= score:  # a tie is not an improvement
            i = pending.pop()
            waits[i] = j - i
        pending.append(j)
    return waits

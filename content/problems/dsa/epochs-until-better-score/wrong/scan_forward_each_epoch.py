def epochs_until_better(scores: list[float]) -> list[int]:
    n = len(scores)
    waits = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if scores[j] > scores[i]:
                waits[i] = j - i
                break
    return waits

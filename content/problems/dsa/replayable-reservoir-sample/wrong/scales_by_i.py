def reservoir_sample(stream: list[int], k: int, randoms: list[float]) -> list[int]:
    reservoir = list(stream[:k])
    for i in range(k, len(stream)):
        j = int(randoms[i - k] * i)  # should scale by i + 1 (the number of records seen)
        if j < k:
            reservoir[j] = stream[i]
    return reservoir

def reservoir_sample(stream: list[int], k: int, randoms: list[float]) -> list[int]:
    reservoir = list(stream[:k])
    n = len(stream)
    for i in range(k, n):
        j = int(randoms[i - k] * n)  # uses the total length, which a stream does not know
        if j < k:
            reservoir[j] = stream[i]
    return reservoir

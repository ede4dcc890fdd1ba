def reservoir_sample(stream: list[int], k: int, randoms: list[float]) -> list[int]:
    """Algorithm R with pre-drawn randoms: record i >= k uses u = randoms[i - k],
    j = int(u * (i + 1)), and replaces slot j when j < k. Return the slots in order."""
    raise NotImplementedError

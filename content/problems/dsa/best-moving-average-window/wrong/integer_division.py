def best_window_average(values: list[float], k: int) -> float:
    window = sum(values[:k])
    best = window
    for i in range(k, len(values)):
        window += values[i] - values[i - k]
        best = max(best, window)
    return best // k  # floors the average when the inputs are integers

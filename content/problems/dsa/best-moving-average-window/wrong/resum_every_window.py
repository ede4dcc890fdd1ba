def best_window_average(values: list[float], k: int) -> float:
    # re-sums every window: O(n * k)
    return max(sum(values[i:i + k]) for i in range(len(values) - k + 1)) / k

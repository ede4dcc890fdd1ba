from bisect import bisect_right


def first_over_threshold(losses: list[float], thresholds: list[float]) -> list[int]:
    # forgets to map "past the end" to -1
    return [bisect_right(losses, t) for t in thresholds]

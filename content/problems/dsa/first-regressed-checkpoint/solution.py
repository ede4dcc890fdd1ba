from bisect import bisect_right


def first_over_threshold(losses: list[float], thresholds: list[float]) -> list[int]:
    n = len(losses)
    answers = []
    for t in thresholds:
        # bisect_right: first index whose loss is strictly greater than t (n if none)
        i = bisect_right(losses, t)
        answers.append(i if i < n else -1)
    return answers

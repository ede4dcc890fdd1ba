from bisect import bisect_left


def first_over_threshold(losses: list[float], thresholds: list[float]) -> list[int]:
    answers = []
    for t in thresholds:
        i = bisect_left(losses, t)  # first loss >= t: a loss equal to t should not fire
        answers.append(i if i < len(losses) else -1)
    return answers

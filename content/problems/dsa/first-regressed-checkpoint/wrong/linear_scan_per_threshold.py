def first_over_threshold(losses: list[float], thresholds: list[float]) -> list[int]:
    answers = []
    for t in thresholds:
        answers.append(next((i for i, x in enumerate(losses) if x > t), -1))
    return answers

def first_step_at_or_after(log: list[int], queries: list[int]) -> list[int]:
    answers = []
    for t in queries:
        best = -1
        for i, step in enumerate(log):  # O(n) per query
            if step >= t and (best == -1 or step < log[best]):
                best = i
        answers.append(best)
    return answers

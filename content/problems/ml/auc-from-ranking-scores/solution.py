def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    positives = sum(1 for y in labels if y == 1)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return None

    order = sorted(range(len(scores)), key=lambda i: scores[i])
    wins = 0.0
    negatives_below = 0
    i = 0
    n = len(order)
    while i < n:
        j = i
        group_pos = 0
        group_neg = 0
        while j < n and scores[order[j]] == scores[order[i]]:
            if labels[order[j]] == 1:
                group_pos += 1
            else:
                group_neg += 1
            j += 1
        wins += group_pos * negatives_below + 0.5 * group_pos * group_neg
        negatives_below += group_neg
        i = j
    return wins / (positives * negatives)

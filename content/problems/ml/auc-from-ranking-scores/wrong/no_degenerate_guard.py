def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    positives = sum(labels)
    negatives = len(labels) - positives
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    wins = 0.0
    negatives_below = 0
    i = 0
    while i < len(order):
        j = i
        gp = gn = 0
        while j < len(order) and scores[order[j]] == scores[order[i]]:
            if labels[order[j]] == 1:
                gp += 1
            else:
                gn += 1
            j += 1
        wins += gp * negatives_below + 0.5 * gp * gn
        negatives_below += gn
        i = j
    return wins / (positives * negatives)

def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    # Mann-Whitney with plain positions as ranks: tied scores get different ranks.
    positives = sum(labels)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return None
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    rank_sum = 0
    for rank, i in enumerate(order, start=1):
        if labels[i] == 1:
            rank_sum += rank
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)

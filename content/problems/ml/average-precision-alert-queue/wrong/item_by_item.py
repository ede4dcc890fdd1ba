def average_precision(scores: list[float], labels: list[int]) -> float:
    # Mean of precision@rank over the positives, each alert its own threshold.
    total_pos = sum(labels)
    if total_pos == 0:
        return 0.0
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    tp = 0
    ap = 0.0
    for rank, i in enumerate(order, start=1):
        if labels[i] == 1:
            tp += 1
            ap += tp / rank
    return ap / total_pos

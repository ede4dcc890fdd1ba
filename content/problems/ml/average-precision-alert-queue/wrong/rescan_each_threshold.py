def average_precision(scores: list[float], labels: list[int]) -> float:
    total_pos = sum(labels)
    if total_pos == 0:
        return 0.0
    ap = 0.0
    prev_recall = 0.0
    for t in sorted(set(scores), reverse=True):
        tp = 0
        flagged = 0
        for s, y in zip(scores, labels):
            if s >= t:
                flagged += 1
                tp += y
        recall = tp / total_pos
        ap += (recall - prev_recall) * (tp / flagged)
        prev_recall = recall
    return ap

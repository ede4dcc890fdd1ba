def average_precision(scores: list[float], labels: list[int]) -> float:
    # Uses interpolated precision (best precision at this or any lower threshold).
    total_pos = sum(labels)
    if total_pos == 0:
        return 0.0
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    steps = []  # (recall gain, precision)
    tp = 0
    flagged = 0
    i = 0
    while i < len(order):
        j = i
        g = 0
        while j < len(order) and scores[order[j]] == scores[order[i]]:
            g += labels[order[j]]
            j += 1
        flagged += j - i
        tp += g
        steps.append((g / total_pos, tp / flagged))
        i = j
    ap = 0.0
    best = 0.0
    for gain, prec in reversed(steps):
        best = max(best, prec)
        ap += gain * best
    return ap

def average_precision(scores: list[float], labels: list[int]) -> float:
    total_pos = sum(1 for y in labels if y == 1)
    if total_pos == 0:
        return 0.0

    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    n = len(order)
    true_pos = 0
    flagged = 0
    ap = 0.0
    i = 0
    while i < n:
        j = i
        group_pos = 0
        while j < n and scores[order[j]] == scores[order[i]]:
            if labels[order[j]] == 1:
                group_pos += 1
            j += 1
        flagged += j - i
        true_pos += group_pos
        if group_pos:
            ap += (group_pos / total_pos) * (true_pos / flagged)
        i = j
    return ap

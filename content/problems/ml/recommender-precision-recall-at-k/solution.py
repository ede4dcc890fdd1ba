def precision_recall_at_k(recommended: list[list[int]], relevant: list[list[int]], k: int) -> list[float]:
    precision_sum = 0.0
    recall_sum = 0.0
    users = 0
    for recs, rel in zip(recommended, relevant):
        if not rel:
            continue
        wanted = set(rel)
        hits = sum(1 for item in recs[:k] if item in wanted)
        precision_sum += hits / k
        recall_sum += hits / len(wanted)
        users += 1
    if users == 0:
        return [0.0, 0.0]
    return [precision_sum / users, recall_sum / users]

def precision_recall_at_k(recommended: list[list[int]], relevant: list[list[int]], k: int) -> list[float]:
    p_sum = r_sum = 0.0
    users = 0
    for recs, rel in zip(recommended, relevant):
        if not rel:
            continue
        wanted = set(rel)
        top = recs[:k]
        hits = sum(1 for item in top if item in wanted)
        p_sum += hits / len(top) if top else 0.0  # divides by the list length, not by k
        r_sum += hits / len(wanted)
        users += 1
    return [p_sum / users, r_sum / users] if users else [0.0, 0.0]

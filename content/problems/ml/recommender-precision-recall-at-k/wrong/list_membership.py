def precision_recall_at_k(recommended: list[list[int]], relevant: list[list[int]], k: int) -> list[float]:
    p_sum = r_sum = 0.0
    users = 0
    for recs, rel in zip(recommended, relevant):
        if not rel:
            continue
        hits = 0
        for item in recs[:k]:
            if item in rel:  # linear scan of a list for every recommended item
                hits += 1
        p_sum += hits / k
        r_sum += hits / len(rel)
        users += 1
    return [p_sum / users, r_sum / users] if users else [0.0, 0.0]

def precision_recall_at_k(recommended: list[list[int]], relevant: list[list[int]], k: int) -> list[float]:
    p_sum = r_sum = 0.0
    users = 0
    for recs, rel in zip(recommended, relevant):
        wanted = set(rel)
        hits = sum(1 for item in recs[:k] if item in wanted)
        p_sum += hits / k
        r_sum += hits / len(wanted) if wanted else 0.0  # counts such users as zeros
        users += 1
    return [p_sum / users, r_sum / users] if users else [0.0, 0.0]

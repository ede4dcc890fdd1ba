def precision_recall_at_k(recommended: list[list[int]], relevant: list[list[int]], k: int) -> list[float]:
    total_hits = 0
    total_slots = 0
    total_relevant = 0
    for recs, rel in zip(recommended, relevant):
        if not rel:
            continue
        wanted = set(rel)
        total_hits += sum(1 for item in recs[:k] if item in wanted)
        total_slots += k
        total_relevant += len(wanted)
    if total_slots == 0:
        return [0.0, 0.0]
    return [total_hits / total_slots, total_hits / total_relevant]  # pooled instead of per-user mean

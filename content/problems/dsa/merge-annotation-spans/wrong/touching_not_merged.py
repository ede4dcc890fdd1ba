# Uses a strict comparison, so spans sharing only an endpoint stay separate.
def merge_spans(spans):
    merged = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged

def shortest_snippet(tokens: list[str], required: list[str]) -> list[int]:
    if not required:
        return []
    best = None
    for start in range(len(tokens)):
        need = {}
        for term in required:
            need[term] = need.get(term, 0) + 1
        missing = len(required)
        for end in range(start, len(tokens)):
            t = tokens[end]
            if t in need:
                if need[t] > 0:
                    missing -= 1
                need[t] -= 1
            if missing == 0:
                if best is None or end - start < best[1] - best[0]:
                    best = (start, end)
                break
    return list(best) if best else []

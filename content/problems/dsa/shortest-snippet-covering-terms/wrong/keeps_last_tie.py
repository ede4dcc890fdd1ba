def shortest_snippet(tokens: list[str], required: list[str]) -> list[int]:
    if not required:
        return []
    need = {}
    for term in required:
        need[term] = need.get(term, 0) + 1
    missing = len(required)
    best = None
    left = 0
    for right, token in enumerate(tokens):
        if token in need:
            if need[token] > 0:
                missing -= 1
            need[token] -= 1
        while missing == 0:
            # <= replaces an equally short earlier span with a later one
            if best is None or right - left <= best[1] - best[0]:
                best = (left, right)
            dropped = tokens[left]
            if dropped in need:
                need[dropped] += 1
                if need[dropped] > 0:
                    missing += 1
            left += 1
    return [best[0], best[1]] if best is not None else []

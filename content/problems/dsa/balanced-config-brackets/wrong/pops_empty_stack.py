def is_balanced(text: str) -> bool:
    opener_of = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in opener_of:
            if stack.pop() != opener_of[ch]:  # IndexError when nothing is open
                return False
    return not stack

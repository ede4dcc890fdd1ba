import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul,
       "/": lambda a, b: int(a / b)}


def evaluate_postfix(tokens: list[str]) -> int:
    stack = []
    for token in tokens:
        if token.isdigit():  # "-7".isdigit() is False, so "-7" is treated as an operator
            stack.append(int(token))
        else:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[token](a, b))
    return stack[-1]

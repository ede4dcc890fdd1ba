def evaluate_postfix(tokens: list[str]) -> int:
    """Evaluate integer arithmetic in postfix order; division truncates toward zero."""
    raise NotImplementedError

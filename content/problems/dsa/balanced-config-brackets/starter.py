def is_balanced(text: str) -> bool:
    """True if the (), [] and {} brackets in text are properly nested; other characters are ignored."""
    raise NotImplementedError

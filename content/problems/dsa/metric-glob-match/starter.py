def glob_match(name: str, pattern: str) -> bool:
    """Return True if pattern ('?' = one char, '*' = any run, possibly empty) matches all of name."""
    raise NotImplementedError

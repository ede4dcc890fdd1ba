def word_edits(hypothesis: list[str], reference: list[str]) -> int:
    """Return the minimum number of word substitutions, deletions and insertions
    that turn hypothesis into reference (each costs 1)."""
    raise NotImplementedError

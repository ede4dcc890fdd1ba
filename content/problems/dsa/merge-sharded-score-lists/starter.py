def merge_sorted(lists: list[list[int]]) -> list[int]:
    """Merge lists that are each sorted ascending into one ascending list (duplicates kept)."""
    raise NotImplementedError

def epochs_until_better(scores: list[float]) -> list[int]:
    """For each epoch, the number of epochs until a strictly higher score (0 if never)."""
    raise NotImplementedError

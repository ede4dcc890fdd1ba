def find_pair(scores: list[int], target: int) -> list[int]:
    """Return [i, j] with i < j and scores[i] + scores[j] == target.

    Among all such pairs pick the smallest j, then the smallest i.
    Return [] when no pair exists.
    """
    raise NotImplementedError

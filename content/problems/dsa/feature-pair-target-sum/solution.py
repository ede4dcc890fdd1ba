def find_pair(scores: list[int], target: int) -> list[int]:
    first_index = {}  # value -> first position where it appeared
    for j, value in enumerate(scores):
        i = first_index.get(target - value)
        if i is not None:
            return [i, j]
        if value not in first_index:
            first_index[value] = j
    return []

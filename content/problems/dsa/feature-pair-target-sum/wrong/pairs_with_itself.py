def find_pair(scores: list[int], target: int) -> list[int]:
    seen = {}
    for j, value in enumerate(scores):
        if value not in seen:
            seen[value] = j
        # recorded before looking up, so a value can pair with itself
        if target - value in seen:
            return [seen[target - value], j]
    return []

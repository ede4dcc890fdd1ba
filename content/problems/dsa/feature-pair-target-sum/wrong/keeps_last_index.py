def find_pair(scores: list[int], target: int) -> list[int]:
    seen = {}
    for j, value in enumerate(scores):
        if target - value in seen:
            return [seen[target - value], j]
        seen[value] = j  # overwrites: remembers the LAST position, not the first
    return []

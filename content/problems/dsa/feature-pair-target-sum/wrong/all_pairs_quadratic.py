def find_pair(scores: list[int], target: int) -> list[int]:
    # Correct order of search, but checks every pair: O(n^2).
    for j in range(len(scores)):
        for i in range(j):
            if scores[i] + scores[j] == target:
                return [i, j]
    return []

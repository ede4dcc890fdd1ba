def k_nearest(points: list[list[int]], query: list[int], k: int) -> list[int]:
    dist = [sum((a - b) * (a - b) for a, b in zip(p, query)) for p in points]
    taken = [False] * len(points)
    result = []
    for _ in range(k):
        best = -1
        for i in range(len(points)):  # full scan for every pick: O(n * k)
            if not taken[i] and (best == -1 or dist[i] < dist[best]):
                best = i
        taken[best] = True
        result.append(best)
    return result

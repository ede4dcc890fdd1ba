import heapq


def k_nearest(points: list[list[int]], query: list[int], k: int) -> list[int]:
    dist = [sum((a - b) * (a - b) for a, b in zip(p, query)) for p in points]
    return heapq.nsmallest(k, range(len(points)), key=lambda i: (dist[i], i))

import heapq


def k_nearest(points: list[list[int]], query: list[int], k: int) -> list[int]:
    if k == 0:
        return []
    heap = []  # max-heap on distance via (-dist, index)
    for i, p in enumerate(points):
        d = sum((a - b) * (a - b) for a, b in zip(p, query))
        if len(heap) < k:
            heapq.heappush(heap, (-d, i))
        else:
            # on a distance tie the root holds the SMALLER index, so the later point is kept
            heapq.heappushpop(heap, (-d, i))
    return [i for _, i in sorted(heap, key=lambda e: (-e[0], e[1]))]

import heapq


def k_nearest(points: list[list[int]], query: list[int], k: int) -> list[int]:
    if k == 0:
        return []
    heap = []  # root = farthest kept point (largest distance, then largest index)
    for i, p in enumerate(points):
        d = sum((a - b) * (a - b) for a, b in zip(p, query))
        if len(heap) < k:
            heapq.heappush(heap, (-d, -i))
        else:
            heapq.heappushpop(heap, (-d, -i))
    # popping a max-heap yields the farthest first; the result is never reversed
    return [-heapq.heappop(heap)[1] for _ in range(len(heap))]

import heapq


def merge_sorted(lists: list[list[int]]) -> list[int]:
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    merged = []
    while heap:
        value, i, pos = heap[0]
        merged.append(value)
        if pos + 1 < len(lists[i]):
            heapq.heapreplace(heap, (lists[i][pos + 1], i, pos + 1))
        else:
            heapq.heappop(heap)
    return merged

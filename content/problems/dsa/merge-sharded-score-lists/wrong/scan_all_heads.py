def merge_sorted(lists: list[list[int]]) -> list[int]:
    positions = [0] * len(lists)
    merged = []
    while True:
        best = -1
        for i, lst in enumerate(lists):  # O(k) scan for every output element
            if positions[i] < len(lst) and (best == -1 or lst[positions[i]] < lists[best][positions[best]]):
                best = i
        if best == -1:
            return merged
        merged.append(lists[best][positions[best]])
        positions[best] += 1

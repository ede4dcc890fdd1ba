def longest_window(events: list[str], k: int) -> int:
    n = len(events)
    best = 0
    for start in range(n):
        types = set()
        end = start
        while end < n and (events[end] in types or len(types) < k):
            types.add(events[end])
            end += 1
        best = max(best, end - start)
    return best

def longest_window(events: list[str], k: int) -> int:
    counts = {}
    left = 0
    best = 0
    for right, event in enumerate(events):
        counts[event] = counts.get(event, 0) + 1
        while len(counts) > k:
            dropped = events[left]
            counts[dropped] -= 1
            if counts[dropped] == 0:
                del counts[dropped]
            left += 1
        best = max(best, right - left + 1)
    return best

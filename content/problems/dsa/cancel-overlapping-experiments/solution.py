def min_cancellations(bookings):
    kept = 0
    last_end = None
    for start, end in sorted(bookings, key=lambda b: b[1]):
        if last_end is None or start >= last_end:     # half-open: touching is fine
            kept += 1
            last_end = end
    return len(bookings) - kept

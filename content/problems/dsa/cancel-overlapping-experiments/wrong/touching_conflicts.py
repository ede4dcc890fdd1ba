# Right greedy, but treats a booking starting exactly at the last end as a clash.
def min_cancellations(bookings):
    kept, last_end = 0, None
    for s, e in sorted(bookings, key=lambda b: b[1]):
        if last_end is None or s > last_end:
            kept += 1
            last_end = e
    return len(bookings) - kept

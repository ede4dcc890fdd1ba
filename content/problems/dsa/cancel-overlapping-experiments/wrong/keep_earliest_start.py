# Sorts by start and, on a conflict, always cancels the newcomer, even when the
# booking already kept runs much longer.
def min_cancellations(bookings):
    cancelled = 0
    last_end = None
    for s, e in sorted(bookings):
        if last_end is not None and s < last_end:
            cancelled += 1
        else:
            last_end = e
    return cancelled

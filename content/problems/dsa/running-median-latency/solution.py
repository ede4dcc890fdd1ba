import heapq


def running_medians(latencies: list[int]) -> list[float]:
    lower = []  # max-heap of the smaller half, stored as negatives
    upper = []  # min-heap of the larger half
    medians = []
    for x in latencies:
        # push through the lower half so every lower value stays <= every upper value
        heapq.heappush(upper, -heapq.heappushpop(lower, -x))
        if len(upper) > len(lower):
            heapq.heappush(lower, -heapq.heappop(upper))
        if len(lower) > len(upper):
            medians.append(float(-lower[0]))
        else:
            medians.append((-lower[0] + upper[0]) / 2)
    return medians

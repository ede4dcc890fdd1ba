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
            medians.append(float((-lower[0] + upper[0]) // 2))  # floors 5.5 to 5
    return medians

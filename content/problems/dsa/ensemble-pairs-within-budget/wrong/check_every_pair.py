def count_pairs(latencies: list[int], budget: int) -> int:
    n = len(latencies)
    count = 0
    for i in range(n):
        for j in range(i + 1, n):
            if latencies[i] + latencies[j] <= budget:
                count += 1
    return count

def running_stats(values: list[float]) -> list[list[float]]:
    out = []
    for n in range(1, len(values) + 1):
        prefix = values[:n]  # two passes over the whole prefix at every step: O(n^2)
        mean = sum(prefix) / n
        var = sum((x - mean) ** 2 for x in prefix) / n
        out.append([mean, var])
    return out

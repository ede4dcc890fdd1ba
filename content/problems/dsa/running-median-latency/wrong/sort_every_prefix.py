def running_medians(latencies: list[int]) -> list[float]:
    seen = []
    medians = []
    for x in latencies:
        seen.append(x)
        s = sorted(seen)  # full sort after every request: O(n^2 log n)
        m = len(s)
        if m % 2:
            medians.append(float(s[m // 2]))
        else:
            medians.append((s[m // 2 - 1] + s[m // 2]) / 2)
    return medians

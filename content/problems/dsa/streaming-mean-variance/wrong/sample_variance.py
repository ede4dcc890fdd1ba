def running_stats(values: list[float]) -> list[list[float]]:
    n = 0
    mean = 0.0
    m2 = 0.0
    out = []
    for x in values:
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
        out.append([mean, m2 / (n - 1) if n > 1 else 0.0])  # sample variance, not population
    return out

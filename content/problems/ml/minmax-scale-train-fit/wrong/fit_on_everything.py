def minmax_scale(train: list[list[float]], test: list[list[float]]) -> list:
    everything = train + test  # leaks the test set into the statistics
    d = len(train[0])
    lows = [min(r[j] for r in everything) for j in range(d)]
    highs = [max(r[j] for r in everything) for j in range(d)]

    def transform(rows):
        return [[(r[j] - lows[j]) / (highs[j] - lows[j]) if highs[j] != lows[j] else 0.0
                 for j in range(d)] for r in rows]

    return [transform(train), transform(test)]

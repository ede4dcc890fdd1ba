def minmax_scale(train: list[list[float]], test: list[list[float]]) -> list:
    d = len(train[0])
    lows = [min(r[j] for r in train) for j in range(d)]
    highs = [max(r[j] for r in train) for j in range(d)]

    def transform(rows):
        return [[(r[j] - lows[j]) / (highs[j] - lows[j]) for j in range(d)] for r in rows]

    return [transform(train), transform(test)]

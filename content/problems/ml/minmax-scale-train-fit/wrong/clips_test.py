def minmax_scale(train: list[list[float]], test: list[list[float]]) -> list:
    d = len(train[0])
    lows = [min(r[j] for r in train) for j in range(d)]
    highs = [max(r[j] for r in train) for j in range(d)]

    def transform(rows, clip):
        out = []
        for r in rows:
            row = []
            for j in range(d):
                v = (r[j] - lows[j]) / (highs[j] - lows[j]) if highs[j] != lows[j] else 0.0
                row.append(min(1.0, max(0.0, v)) if clip else v)
            out.append(row)
        return out

    return [transform(train, False), transform(test, True)]

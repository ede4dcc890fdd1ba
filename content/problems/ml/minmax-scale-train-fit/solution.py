def minmax_scale(train: list[list[float]], test: list[list[float]]) -> list:
    d = len(train[0])
    lows = [min(row[j] for row in train) for j in range(d)]
    highs = [max(row[j] for row in train) for j in range(d)]

    def transform(rows):
        out = []
        for row in rows:
            scaled = []
            for j in range(d):
                span = highs[j] - lows[j]
                scaled.append((row[j] - lows[j]) / span if span != 0 else 0.0)
            out.append(scaled)
        return out

    return [transform(train), transform(test)]

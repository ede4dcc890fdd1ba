import math


def standardize(train: list[list[float]], test: list[list[float]]) -> list:
    n = len(train)
    d = len(train[0])
    means = [sum(r[j] for r in train) / n for j in range(d)]
    stds = [math.sqrt(sum((r[j] - means[j]) ** 2 for r in train) / n) for j in range(d)]

    def transform(rows):
        return [[(r[j] - means[j]) / stds[j] for j in range(d)] for r in rows]

    return [transform(train), transform(test)]

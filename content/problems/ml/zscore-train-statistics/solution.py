import math


def standardize(train: list[list[float]], test: list[list[float]]) -> list:
    n = len(train)
    d = len(train[0])
    means = [sum(row[j] for row in train) / n for j in range(d)]
    stds = [
        math.sqrt(sum((row[j] - means[j]) ** 2 for row in train) / n)
        for j in range(d)
    ]

    def transform(rows):
        return [
            [(row[j] - means[j]) / stds[j] if stds[j] > 0 else 0.0 for j in range(d)]
            for row in rows
        ]

    return [transform(train), transform(test)]

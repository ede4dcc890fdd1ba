def class_report(y_true: list[int], y_pred: list[int], num_classes: int) -> dict:
    matrix = [[0] * num_classes for _ in range(num_classes)]
    for t, p in zip(y_true, y_pred):
        matrix[t][p] += 1

    precision, recall, f1 = [], [], []
    for c in range(num_classes):
        tp = matrix[c][c]
        predicted = sum(matrix[r][c] for r in range(num_classes))
        actual = sum(matrix[c])
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        f = 2 * p * r / (p + r) if p + r > 0 else 0.0
        precision.append(p)
        recall.append(r)
        f1.append(f)
    return {"matrix": matrix, "precision": precision, "recall": recall, "f1": f1}

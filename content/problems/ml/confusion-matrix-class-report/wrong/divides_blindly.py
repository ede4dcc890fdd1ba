def class_report(y_true: list[int], y_pred: list[int], num_classes: int) -> dict:
    matrix = [[0] * num_classes for _ in range(num_classes)]
    for t, p in zip(y_true, y_pred):
        matrix[t][p] += 1
    precision, recall, f1 = [], [], []
    for c in range(num_classes):
        tp = matrix[c][c]
        p = tp / sum(matrix[r][c] for r in range(num_classes))
        r = tp / sum(matrix[c])
        precision.append(p)
        recall.append(r)
        f1.append(2 * p * r / (p + r))
    return {"matrix": matrix, "precision": precision, "recall": recall, "f1": f1}

def knn_classify(train_X, train_y, test_X, k):
    # Mistake: a tied vote is resolved by taking the smallest label, not the
    # label whose member is nearest.
    predictions = []
    for q in test_X:
        order = sorted(
            range(len(train_X)),
            key=lambda i: sum((a - b) ** 2 for a, b in zip(train_X[i], q)),
        )
        labels = [train_y[i] for i in order[:k]]
        predictions.append(max(sorted(set(labels)), key=labels.count))
    return predictions

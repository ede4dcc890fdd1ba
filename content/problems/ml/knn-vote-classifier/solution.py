def knn_classify(train_X, train_y, test_X, k):
    predictions = []
    for q in test_X:
        order = sorted(
            range(len(train_X)),
            key=lambda i: (sum((a - b) ** 2 for a, b in zip(train_X[i], q)), i),
        )
        neighbours = order[:k]
        votes = {}
        first_rank = {}
        for rank, i in enumerate(neighbours):
            label = train_y[i]
            votes[label] = votes.get(label, 0) + 1
            first_rank.setdefault(label, rank)
        best = min(votes, key=lambda c: (-votes[c], first_rank[c]))
        predictions.append(best)
    return predictions

import heapq
import math


def knn_classify(train_X, train_y, test_X, k):
    # Mistake: (distance, label) tuples in a heap break distance ties by label
    # instead of by training index.
    predictions = []
    for q in test_X:
        heap = [(math.dist(x, q), label) for x, label in zip(train_X, train_y)]
        nearest = heapq.nsmallest(k, heap)
        votes = {}
        first = {}
        for rank, (_, label) in enumerate(nearest):
            votes[label] = votes.get(label, 0) + 1
            first.setdefault(label, rank)
        predictions.append(min(votes, key=lambda c: (-votes[c], first[c])))
    return predictions

def knn_classify(train_X: list[list[int]], train_y: list[int], test_X: list[list[int]], k: int) -> list[int]:
    """k-nearest-neighbour classification with Euclidean distance.

    Neighbours are ranked by distance, ties by smaller training index. The
    majority label among the k nearest wins; a tied vote goes to the tied label
    whose nearest member ranks first. Return one label per test point.
    """
    raise NotImplementedError

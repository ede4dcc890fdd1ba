def kmeans(points: list[list[float]], centroids: list[list[float]], max_iters: int) -> list:
    """Lloyd's k-means from the given initial centroids.

    Each iteration: assign every point to its nearest centroid (ties -> smallest
    centroid index), stop if no label changed, otherwise move each centroid to
    the mean of its points (an empty cluster keeps its centroid).
    Return [labels, centroids].
    """
    raise NotImplementedError

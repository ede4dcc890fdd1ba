def _assign(points, centroids):
    labels = []
    for p in points:
        best_j, best_d = 0, None
        for j, c in enumerate(centroids):
            dist = sum((a - b) ** 2 for a, b in zip(p, c))
            if best_d is None or dist < best_d:
                best_j, best_d = j, dist
        labels.append(best_j)
    return labels


def kmeans(points, centroids, max_iters):
    centroids = [[float(v) for v in c] for c in centroids]
    d = len(points[0])
    labels = None
    for _ in range(max_iters):
        new_labels = _assign(points, centroids)
        if new_labels == labels:
            break
        labels = new_labels
        sums = [[0.0] * d for _ in centroids]
        counts = [0] * len(centroids)
        for p, j in zip(points, labels):
            counts[j] += 1
            for t in range(d):
                sums[j][t] += p[t]
        for j in range(len(centroids)):
            if counts[j] > 0:
                centroids[j] = [s / counts[j] for s in sums[j]]
    return [labels, centroids]

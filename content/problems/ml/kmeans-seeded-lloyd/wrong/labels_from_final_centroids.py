def _assign(points, centroids):
    labels = []
    for p in points:
        dists = [sum((a - b) ** 2 for a, b in zip(p, c)) for c in centroids]
        labels.append(dists.index(min(dists)))
    return labels


def kmeans(points, centroids, max_iters):
    # Mistake: after the loop, re-assigns the points to the final centroids
    # (like calling predict after fit). When the iteration budget runs out before
    # convergence, these labels are one step ahead of the returned centroids.
    centroids = [[float(v) for v in c] for c in centroids]
    d = len(points[0])
    labels = None
    for _ in range(max_iters):
        new_labels = _assign(points, centroids)
        if new_labels == labels:
            break
        labels = new_labels
        for j in range(len(centroids)):
            members = [p for p, l in zip(points, labels) if l == j]
            if members:
                centroids[j] = [sum(p[t] for p in members) / len(members) for t in range(d)]
    return [_assign(points, centroids), centroids]

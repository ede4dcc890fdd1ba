def kmeans(points, centroids, max_iters):
    # Mistake: assumes every cluster keeps at least one point; an empty cluster
    # divides by zero.
    centroids = [[float(v) for v in c] for c in centroids]
    d = len(points[0])
    labels = None
    for _ in range(max_iters):
        new_labels = []
        for p in points:
            dists = [sum((a - b) ** 2 for a, b in zip(p, c)) for c in centroids]
            new_labels.append(dists.index(min(dists)))
        if new_labels == labels:
            break
        labels = new_labels
        for j in range(len(centroids)):
            members = [p for p, l in zip(points, labels) if l == j]
            centroids[j] = [sum(p[t] for p in members) / len(members) for t in range(d)]
    return [labels, centroids]

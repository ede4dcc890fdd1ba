def kmeans(points, centroids, max_iters):
    # Mistake: uses <= when scanning centroids, so an exact tie goes to the LAST one.
    centroids = [[float(v) for v in c] for c in centroids]
    d = len(points[0])
    labels = None
    for _ in range(max_iters):
        new_labels = []
        for p in points:
            best_j, best_d = 0, None
            for j, c in enumerate(centroids):
                dist = sum((a - b) ** 2 for a, b in zip(p, c))
                if best_d is None or dist <= best_d:
                    best_j, best_d = j, dist
            new_labels.append(best_j)
        if new_labels == labels:
            break
        labels = new_labels
        for j in range(len(centroids)):
            members = [p for p, l in zip(points, labels) if l == j]
            if members:
                centroids[j] = [sum(p[t] for p in members) / len(members) for t in range(d)]
    return [labels, centroids]

def best_gini_split(X, y):
    n = len(X)
    if n < 2:
        return [-1, None, None]
    d = len(X[0])
    classes = sorted(set(y))
    index = {c: i for i, c in enumerate(classes)}
    ys = [index[label] for label in y]
    k = len(classes)
    total = [0] * k
    for c in ys:
        total[c] += 1

    best = None  # (score, feature, threshold)
    for f in range(d):
        column = [row[f] for row in X]
        order = sorted(range(n), key=column.__getitem__)
        left = [0] * k
        left_sq = 0        # sum of squared class counts on the left
        right_sq = sum(t * t for t in total)
        for pos in range(n - 1):
            c = ys[order[pos]]
            # moving one sample of class c from right to left
            right_sq -= 2 * (total[c] - left[c]) - 1
            left_sq += 2 * left[c] + 1
            left[c] += 1
            v = column[order[pos]]
            nxt = column[order[pos + 1]]
            if v == nxt:
                continue
            n_left = pos + 1
            n_right = n - n_left
            gini_left = 1.0 - left_sq / (n_left * n_left)
            gini_right = 1.0 - right_sq / (n_right * n_right)
            score = (n_left * gini_left + n_right * gini_right) / n
            if best is None or score < best[0] - 1e-9:
                best = (score, f, (v + nxt) / 2.0)
    if best is None:
        return [-1, None, None]
    return [best[1], best[2], best[0]]

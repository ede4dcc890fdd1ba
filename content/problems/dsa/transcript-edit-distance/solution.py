def word_edits(hypothesis, reference):
    m = len(reference)
    # prev[j] = edits turning the first i-1 hypothesis words into the first j reference words
    prev = list(range(m + 1))
    for i, h in enumerate(hypothesis, start=1):
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            if h == reference[j - 1]:
                cur[j] = prev[j - 1]
            else:
                a, b, c = prev[j - 1], prev[j], cur[j - 1]      # substitute, delete, insert
                best = a if a < b else b
                cur[j] = 1 + (best if best < c else c)
        prev = cur
    return prev[m]

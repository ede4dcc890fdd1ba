# Via longest common subsequence: len(h) + len(r) - 2 * LCS. That is the
# distance without substitutions (a substitution costs 2 here).
def word_edits(hypothesis, reference):
    n, m = len(hypothesis), len(reference)
    prev = [0] * (m + 1)
    for i in range(1, n + 1):
        cur = [0] * (m + 1)
        for j in range(1, m + 1):
            if hypothesis[i - 1] == reference[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur
    return n + m - 2 * prev[m]

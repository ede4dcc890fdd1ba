# The recurrence as plain recursion, no memo: exponential on dissimilar inputs.
import sys


def word_edits(hypothesis, reference):
    sys.setrecursionlimit(5000)

    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if hypothesis[i - 1] == reference[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j - 1), d(i - 1, j), d(i, j - 1))

    return d(len(hypothesis), len(reference))

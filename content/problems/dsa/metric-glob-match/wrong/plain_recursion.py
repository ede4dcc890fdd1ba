# Tries every way to split the name at each star, with no memo: exponential
# when a pattern has many stars and almost matches.
import sys


def glob_match(name, pattern):
    sys.setrecursionlimit(5000)

    def match(i, j):
        if i == len(pattern):
            return j == len(name)
        if pattern[i] == '*':
            return any(match(i + 1, k) for k in range(j, len(name) + 1))
        if j < len(name) and (pattern[i] == '?' or pattern[i] == name[j]):
            return match(i + 1, j + 1)
        return False

    return match(0, 0)

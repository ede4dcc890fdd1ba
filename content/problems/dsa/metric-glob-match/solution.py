def glob_match(name, pattern):
    n = len(name)
    # row[j]: does the pattern prefix processed so far match name[:j]?
    row = [True] + [False] * n
    for p in pattern:
        if p == '*':
            # Either the star matches nothing (row[j] from the previous row) or it
            # also absorbs name[j-1] (new[j-1]): a running OR from left to right.
            new = [row[0]] + [False] * n
            for j in range(1, n + 1):
                new[j] = row[j] or new[j - 1]
        else:
            new = [False] * (n + 1)
            for j in range(1, n + 1):
                if row[j - 1] and (p == '?' or p == name[j - 1]):
                    new[j] = True
        row = new
    return row[n]

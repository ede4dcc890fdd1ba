# Table DP where '*' must absorb at least one character.
def glob_match(name, pattern):
    n = len(name)
    row = [True] + [False] * n
    for p in pattern:
        new = [False] * (n + 1)
        for j in range(1, n + 1):
            if p == '*':
                new[j] = row[j - 1] or new[j - 1]
            elif row[j - 1] and (p == '?' or p == name[j - 1]):
                new[j] = True
        row = new
    return row[n]

# Lets each star swallow characters only until the next literal shows up, and
# never revisits that choice.
def glob_match(name, pattern):
    i = j = 0
    while i < len(pattern):
        p = pattern[i]
        if p == '*':
            if i + 1 == len(pattern):
                return True
            nxt = pattern[i + 1]
            while j < len(name) and nxt != '?' and nxt != '*' and name[j] != nxt:
                j += 1
            i += 1
        else:
            if j >= len(name) or (p != '?' and p != name[j]):
                return False
            i += 1
            j += 1
    return j == len(name)

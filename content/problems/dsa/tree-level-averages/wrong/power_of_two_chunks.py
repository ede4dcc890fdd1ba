# Slices the list into levels of 1, 2, 4, 8, ... entries, which only matches
# the format when no node is missing above the last level.
def level_averages(nodes):
    out, start, width = [], 0, 1
    while start < len(nodes):
        chunk = [v for v in nodes[start:start + width] if v is not None]
        if chunk:
            out.append(sum(chunk) / len(chunk))
        start += width
        width *= 2
    return out

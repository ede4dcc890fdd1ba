def group_keys(keys: list[str]) -> list[list[str]]:
    # Linear scan over the groups for every key: O(n * g).
    groups = []
    for key in keys:
        for group in groups:
            if sorted(group[0]) == sorted(key):
                group.append(key)
                break
        else:
            groups.append([key])
    return groups

def group_keys(keys: list[str]) -> list[list[str]]:
    groups = {}  # signature -> members, in order of first appearance
    for key in keys:
        signature = "".join(sorted(key))
        groups.setdefault(signature, []).append(key)
    return list(groups.values())

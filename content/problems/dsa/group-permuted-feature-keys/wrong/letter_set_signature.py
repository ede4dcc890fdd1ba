def group_keys(keys: list[str]) -> list[list[str]]:
    groups = {}
    for key in keys:
        signature = frozenset(key)  # loses letter counts: "ab" ~ "aab"
        groups.setdefault(signature, []).append(key)
    return list(groups.values())

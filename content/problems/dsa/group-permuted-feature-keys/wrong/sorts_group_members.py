def group_keys(keys: list[str]) -> list[list[str]]:
    groups = {}
    for key in keys:
        groups.setdefault("".join(sorted(key)), []).append(key)
    # "tidies" each group alphabetically, which breaks the input-order contract
    return [sorted(members) for members in groups.values()]

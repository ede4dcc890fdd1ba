def group_keys(keys: list[str]) -> list[list[str]]:
    """Group keys that are rearrangements of each other.

    Groups are ordered by the first appearance of any member; members keep input order,
    duplicates included.
    """
    raise NotImplementedError

def level_averages(nodes: list[int | None]) -> list[float]:
    """Return the mean node value at each depth, root first.

    nodes: the tree in level order, None for a missing child; [] is the empty tree.
    """
    raise NotImplementedError

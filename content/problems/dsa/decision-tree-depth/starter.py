def tree_depth(nodes: list[int | None]) -> int:
    """Return the number of nodes on the longest root-to-leaf path.

    nodes: the tree in level order, None for a missing child; [] is the empty tree.
    """
    raise NotImplementedError

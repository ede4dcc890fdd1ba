def is_valid_bst(nodes: list[int | None]) -> bool:
    """Return True if the level-order tree is a BST with strict ordering.

    nodes: the tree in level order, None for a missing child; [] is the empty tree.
    """
    raise NotImplementedError

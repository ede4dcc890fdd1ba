def bst_lca(nodes: list[int | None], a: int, b: int) -> int:
    """Return the value of the lowest common ancestor of a and b in the BST.

    nodes: the BST in level order, None for a missing child.
    a, b: values present in the tree (either order, possibly equal).
    """
    raise NotImplementedError

def count_deploy_groups(n: int, pairs: list[list[int]]) -> int:
    """Return the number of connected components of the undirected graph.

    n: services are 0 .. n-1.
    pairs: undirected edges [u, v]; duplicates and self-pairs may appear.
    """
    raise NotImplementedError

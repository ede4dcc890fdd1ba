def has_cycle(n: int, edges: list[list[int]]) -> bool:
    """Return True if the directed graph on nodes 0 .. n-1 has a cycle.

    edges: directed pairs [a, b] (b is computed from a); duplicates and self-edges may appear.
    """
    raise NotImplementedError

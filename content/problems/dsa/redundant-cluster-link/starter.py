def redundant_link(n: int, links: list[list[int]]) -> list[int]:
    """Return the last link in `links` that lies on the graph's single cycle, as given."""
    raise NotImplementedError

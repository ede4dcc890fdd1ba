def broadcast_time(n: int, links: list[list[int]], source: int) -> int:
    """Return the time the last server receives the checkpoint, or -1 if one never does.

    links: directed [u, v, t] with transfer time t >= 0.
    """
    raise NotImplementedError

def run_order(n: int, deps: list[list[int]]) -> list[int]:
    """Return the run order under the smallest-ready-id rule, or [] if stuck.

    n: steps are 0 .. n-1.
    deps: directed pairs [a, b] meaning a must finish before b.
    """
    raise NotImplementedError

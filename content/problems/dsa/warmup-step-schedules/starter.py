def count_schedules(n: int, steps: list[int]) -> int:
    """Return the number of ordered increment sequences from `steps` summing to n, mod 1_000_000_007."""
    raise NotImplementedError

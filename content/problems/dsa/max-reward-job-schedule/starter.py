def max_total_reward(jobs: list[list[int]]) -> int:
    """Return the largest total reward of pairwise non-overlapping [start, end) jobs.

    jobs: [start, end, reward] triples with start < end, in any order.
    """
    raise NotImplementedError

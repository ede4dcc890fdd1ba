# Sorted permutations of the positions: identical ops make repeated orderings.
from itertools import permutations


def distinct_orderings(ops):
    return sorted(list(p) for p in permutations(ops))

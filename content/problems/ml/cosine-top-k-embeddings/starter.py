# numpy is available: import numpy as np
def top_k_cosine(queries: list[list[float]], corpus: list[list[float]], k: int) -> list[list[int]]:
    """For each query, the indices of the k corpus rows with the highest cosine
    similarity (rounded to 9 decimals), ties by smaller index. Zero vectors -> 0.0.
    """
    raise NotImplementedError

import numpy as np


def _unit_rows(rows: list[list[float]]) -> np.ndarray:
    matrix = np.asarray(rows, dtype=float)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    safe = np.where(norms > 0, norms, 1.0)
    return np.where(norms > 0, matrix / safe, 0.0)


def top_k_cosine(queries: list[list[float]], corpus: list[list[float]], k: int) -> list[list[int]]:
    similarity = _unit_rows(queries) @ _unit_rows(corpus).T
    rounded = np.round(similarity, 9)
    result = []
    for row in rounded:
        # Stable sort on the negated score keeps equal scores in index order.
        order = np.argsort(-row, kind="stable")[:k]
        result.append([int(i) for i in order])
    return result

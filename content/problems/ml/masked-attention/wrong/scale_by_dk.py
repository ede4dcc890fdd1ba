import numpy as np


def attention(Q, K, V, mask):
    # Mistake: divides the scores by d_k instead of sqrt(d_k).
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    V = np.asarray(V, dtype=float)
    scores = Q @ K.T / Q.shape[1]
    allowed = np.ones(scores.shape, dtype=bool) if mask is None else np.asarray(mask) != 0
    has_any = allowed.any(axis=1)
    masked = np.where(allowed, scores, -np.inf)
    row_max = np.where(has_any, masked.max(axis=1), 0.0)
    e = np.where(allowed, np.exp(np.where(allowed, scores, row_max[:, None]) - row_max[:, None]), 0.0)
    weights = e / np.where(has_any, e.sum(axis=1), 1.0)[:, None]
    return [(weights @ V).tolist(), weights.tolist()]

import numpy as np


def attention(Q, K, V, mask):
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    V = np.asarray(V, dtype=float)
    d_k = Q.shape[1]
    scores = Q @ K.T / np.sqrt(d_k)
    if mask is None:
        allowed = np.ones(scores.shape, dtype=bool)
    else:
        allowed = np.asarray(mask) != 0
    has_any = allowed.any(axis=1)
    masked = np.where(allowed, scores, -np.inf)
    row_max = np.where(has_any, masked.max(axis=1), 0.0)
    e = np.where(allowed, np.exp(np.where(allowed, scores, row_max[:, None]) - row_max[:, None]), 0.0)
    denom = e.sum(axis=1)
    weights = e / np.where(has_any, denom, 1.0)[:, None]
    output = weights @ V
    return [output.tolist(), weights.tolist()]

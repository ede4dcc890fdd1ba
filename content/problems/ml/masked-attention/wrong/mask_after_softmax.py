import numpy as np


def attention(Q, K, V, mask):
    # Mistake: softmax over all keys first, then zero the blocked weights.
    # The remaining weights no longer sum to 1.
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    V = np.asarray(V, dtype=float)
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights = e / e.sum(axis=1, keepdims=True)
    if mask is not None:
        weights = weights * (np.asarray(mask) != 0)
    return [(weights @ V).tolist(), weights.tolist()]

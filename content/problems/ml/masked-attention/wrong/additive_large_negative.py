import numpy as np


def attention(Q, K, V, mask):
    # Mistake: masks by adding -1e9. Fine for partly masked rows, but a fully
    # masked row becomes a uniform average instead of zeros.
    Q = np.asarray(Q, dtype=float)
    K = np.asarray(K, dtype=float)
    V = np.asarray(V, dtype=float)
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    if mask is not None:
        scores = scores + (np.asarray(mask) == 0) * -1e9
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights = e / e.sum(axis=1, keepdims=True)
    return [(weights @ V).tolist(), weights.tolist()]

# numpy is available: import numpy as np
import numpy as np


def attention(Q, K, V, mask):
    """Scaled dot-product attention with an optional 0/1 mask (1 = may attend).

    Q is n_q x d_k, K is n_k x d_k, V is n_k x d_v, mask is None or n_q x n_k.
    Return [output (n_q x d_v), weights (n_q x n_k)]. A query row that may attend
    to nothing gets all-zero weights and an all-zero output.
    """
    raise NotImplementedError

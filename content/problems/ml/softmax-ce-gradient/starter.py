# numpy is available: import numpy as np
import numpy as np


def softmax_ce_grad(X: list[list[float]], y: list[int], W: list[list[float]], b: list[float]) -> list:
    """Mean softmax cross-entropy of the linear scores X @ W + b, and its gradient.

    X is n x d, W is d x k, b has k entries, y[i] is in 0..k-1.
    Return [loss, dW, db] with dW shaped d x k and db of length k.
    """
    raise NotImplementedError

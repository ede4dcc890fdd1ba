# numpy is available: import numpy as np
def ridge_fit(X: list[list[float]], y: list[float], alpha: float) -> list:
    """Closed-form ridge regression with an unpenalised intercept.

    Minimise  sum_i (y_i - X[i].w - b)^2 + alpha * ||w||^2  over w and b.
    Return [w, b] with w a list of d floats and b a float. numpy is allowed.
    """
    raise NotImplementedError

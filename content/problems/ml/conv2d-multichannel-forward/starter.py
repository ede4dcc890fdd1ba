# numpy is available: import numpy as np
def conv2d(x: list, weight: list, bias: list, stride: int, padding: int) -> list:
    """Cross-correlation layer as in deep-learning libraries.

    x: C_in x H x W, weight: C_out x C_in x KH x KW, bias: C_out.
    Zero padding on every side, same stride for rows and columns.
    Return C_out x H_out x W_out.
    """
    raise NotImplementedError

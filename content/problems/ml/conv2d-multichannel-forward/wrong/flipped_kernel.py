import numpy as np


def conv2d(x: list, weight: list, bias: list, stride: int, padding: int) -> list:
    # Textbook convolution: flips the kernel, which deep-learning layers do not do.
    X = np.pad(np.asarray(x, dtype=float), ((0, 0), (padding, padding), (padding, padding)))
    Wt = np.asarray(weight, dtype=float)[:, :, ::-1, ::-1]
    c_out, _, kh, kw = Wt.shape
    h_out = (X.shape[1] - kh) // stride + 1
    w_out = (X.shape[2] - kw) // stride + 1
    out = np.zeros((c_out, h_out, w_out))
    for o in range(c_out):
        for i in range(h_out):
            for j in range(w_out):
                win = X[:, i * stride:i * stride + kh, j * stride:j * stride + kw]
                out[o, i, j] = np.sum(win * Wt[o]) + bias[o]
    return out

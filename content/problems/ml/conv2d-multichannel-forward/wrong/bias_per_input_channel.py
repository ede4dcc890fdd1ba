import numpy as np


def conv2d(x: list, weight: list, bias: list, stride: int, padding: int) -> list:
    X = np.pad(np.asarray(x, dtype=float), ((0, 0), (padding, padding), (padding, padding)))
    Wt = np.asarray(weight, dtype=float)
    c_out, c_in, kh, kw = Wt.shape
    h_out = (X.shape[1] - kh) // stride + 1
    w_out = (X.shape[2] - kw) // stride + 1
    out = np.zeros((c_out, h_out, w_out))
    for o in range(c_out):
        for c in range(c_in):
            for i in range(h_out):
                for j in range(w_out):
                    win = X[c, i * stride:i * stride + kh, j * stride:j * stride + kw]
                    out[o, i, j] += np.sum(win * Wt[o, c]) + bias[o]  # bias added once per input channel
    return out

# Mistake: Keras-style convention, new = momentum * old + (1 - momentum) * batch.
import numpy as np


def batchnorm_train(x, gamma, beta, running_mean, running_var, momentum, eps):
    x = np.asarray(x, dtype=float)
    gamma = np.asarray(gamma, dtype=float)
    beta = np.asarray(beta, dtype=float)
    running_mean = np.asarray(running_mean, dtype=float)
    running_var = np.asarray(running_var, dtype=float)
    n = x.shape[0]
    mean = x.mean(axis=0)
    centered = x - mean
    var = (centered ** 2).mean(axis=0)          # biased: used to normalise
    out = gamma * centered / np.sqrt(var + eps) + beta
    unbiased = var * n / (n - 1)                # unbiased: used for the running estimate
    new_mean = momentum * running_mean + (1.0 - momentum) * mean
    new_var = momentum * running_var + (1.0 - momentum) * unbiased
    return [out.tolist(), new_mean.tolist(), new_var.tolist()]

# numpy is available: import numpy as np
import numpy as np


def batchnorm_train(x, gamma, beta, running_mean, running_var, momentum, eps):
    """Batch normalisation forward pass in training mode.

    x is n x d. Normalise each column with the batch mean and the biased batch
    variance, scale by gamma and shift by beta; update the running statistics with
    new = (1 - momentum) * old + momentum * batch_stat (unbiased variance).
    Return [out, new_running_mean, new_running_var].
    """
    raise NotImplementedError

# numpy is available: import numpy as np
import numpy as np


def pca_project(train: list[list[float]], test: list[list[float]], k: int) -> list:
    """Fit PCA on train (center with the train mean, top-k eigenvectors of the
    covariance, largest-|entry| of each direction made positive) and return
    [train_scores, test_scores], each row holding k projections.
    """
    raise NotImplementedError

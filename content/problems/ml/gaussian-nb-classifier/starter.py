def gaussian_nb_predict(train_X: list[list[float]], train_y: list[int], test_X: list[list[float]], var_smoothing: float) -> list[int]:
    """Gaussian naive Bayes: fit class priors, per-feature means and variances
    (divide by the class count, then add var_smoothing) on the training rows,
    and return the most probable class for every test row (ties -> smallest label).
    """
    raise NotImplementedError

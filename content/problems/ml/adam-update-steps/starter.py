def adam_steps(params: list[float], grads: list[list[float]], lr: float,
               beta1: float, beta2: float, eps: float) -> list[float]:
    """Apply one Adam update per gradient in grads (in order), starting with zero
    moment estimates, with bias correction. Return the final parameters.
    """
    raise NotImplementedError

import math


def adam_steps(params, grads, lr, beta1, beta2, eps):
    theta = [float(p) for p in params]
    m = [0.0] * len(theta)
    v = [0.0] * len(theta)
    for t, g in enumerate(grads, start=1):
        bc1 = 1.0 - beta1 ** t
        bc2 = 1.0 - beta2 ** t
        for i, gi in enumerate(g):
            m[i] = beta1 * m[i] + (1.0 - beta1) * gi
            v[i] = beta2 * v[i] + (1.0 - beta2) * gi * gi
            m_hat = m[i] / bc1
            v_hat = v[i] / bc2
            theta[i] -= lr * m_hat / (math.sqrt(v_hat) + eps)
    return theta

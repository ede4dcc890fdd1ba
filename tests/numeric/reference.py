"""Independent computations of every numeric drill's answer from its drawn parameters.

Each function takes the `parameters` object of one instance (as `onsite drills sample --json`
prints it) and returns the answer. They are written from the textbook definitions, not from the
generators' formulas, with numpy where it is the natural tool, Python's exact integers where
they make a check exact, and `statistics.NormalDist` for the normal distribution. Every function
also checks that its inputs are in range (counts non-negative, probabilities in [0, 1],
denominators non-zero) and raises `InputError` when they are not.

`PROBABILITY` lists the drills whose answer is a probability or a share, so it must lie in [0, 1].
`EXACT` lists the drills graded exactly (integer answers). `CEILING` lists the drills whose answer
is a ceiling of a real quantity, with a function giving that real quantity, so a value that lands
within floating-point noise of an integer may round either way.
"""
import math
from fractions import Fraction
from statistics import NormalDist

import numpy as np

N01 = NormalDist()


class InputError(AssertionError):
    pass


def need(cond, message):
    if not cond:
        raise InputError(message)


def finite(*values):
    for v in values:
        for x in np.ravel(np.asarray(v, dtype=float)):
            need(math.isfinite(x), f"non-finite parameter {x}")


def prob(*values):
    finite(*values)
    for v in values:
        for x in np.ravel(np.asarray(v, dtype=float)):
            need(0.0 <= x <= 1.0, f"probability {x} outside [0, 1]")


def count(*values):
    for v in values:
        for x in np.ravel(np.asarray(v, dtype=float)):
            need(math.isfinite(x) and x >= 0 and float(x).is_integer(), f"count {x} is not a non-negative integer")


def positive(*values):
    finite(*values)
    for v in values:
        for x in np.ravel(np.asarray(v, dtype=float)):
            need(x > 0, f"{x} should be positive")


def round_half_away(x):
    """Round to the nearest integer, halves away from zero (the format's `round`)."""
    a = abs(x)
    f = math.floor(a)
    r = f + 1 if a - f >= 0.5 else f
    return math.copysign(r, x)


# ---------- confusion matrices


def _cm(p, need_tn=True):
    keys = ("tp", "fp", "fn", "tn") if need_tn else ("tp", "fp", "fn")
    vals = [p[k] for k in keys]
    count(*vals)
    return vals


def precision(p):
    tp, fp, fn, tn = _cm(p)
    need(tp + fp > 0, "no predicted positives")
    return tp / (tp + fp)


def recall(p):
    tp, fp, fn, tn = _cm(p)
    need(tp + fn > 0, "no actual positives")
    return tp / (tp + fn)


def accuracy(p):
    tp, fp, fn, tn = _cm(p)
    m = np.array([[tn, fp], [fn, tp]], dtype=float)
    need(m.sum() > 0, "empty matrix")
    return float(np.trace(m) / m.sum())


def specificity(p):
    tp, fp, fn, tn = _cm(p)
    need(tn + fp > 0, "no actual negatives")
    return tn / (tn + fp)


def false_positive_rate(p):
    tp, fp, fn, tn = _cm(p)
    need(tn + fp > 0, "no actual negatives")
    return fp / (fp + tn)


def f1(p):
    tp, fp, fn = _cm(p, need_tn=False)
    need(2 * tp + fp + fn > 0, "empty matrix")
    return 2 * tp / (2 * tp + fp + fn)


# ---------- ranking and retrieval metrics


def auc(p):
    s = np.asarray(p["scores"], dtype=float)
    y = np.asarray(p["labels"], dtype=float)
    finite(s)
    need(set(np.unique(y)) <= {0.0, 1.0}, "labels must be 0/1")
    pos, neg = s[y == 1], s[y == 0]
    need(len(pos) > 0 and len(neg) > 0, "AUC needs both classes")
    diff = pos[:, None] - neg[None, :]
    return float(((diff > 0).sum() + 0.5 * (diff == 0).sum()) / diff.size)


def _dcg(rels, k):
    rels = np.asarray(rels, dtype=float)[:k]
    return float(np.sum((2.0 ** rels - 1) / np.log2(np.arange(2, len(rels) + 2))))


def ndcg(p):
    rels, k = p["rels"], int(p["k"])
    count(rels)
    need(1 <= k <= len(rels), "k out of range")
    ideal = _dcg(sorted(rels, reverse=True), k)
    need(ideal > 0, "no relevant document")
    return _dcg(rels, k) / ideal


def average_precision(p):
    rels = np.asarray(p["rels"], dtype=float)
    need(set(np.unique(rels)) <= {0.0, 1.0}, "binary relevances")
    need(rels.sum() > 0, "no relevant result")
    precision_at = np.cumsum(rels) / np.arange(1, len(rels) + 1)
    return float(np.sum(precision_at * rels) / rels.sum())


def mrr(p):
    ranks = np.asarray(p["ranks"], dtype=float)
    positive(ranks)
    return float(np.mean(1.0 / ranks))


def recall_at_k(p):
    hits = np.asarray(p["hits"], dtype=float)
    need(set(np.unique(hits)) <= {0.0, 1.0}, "binary hits")
    count(p["missing"])
    total = hits.sum() + p["missing"]
    need(total > 0, "no relevant item")
    return float(hits.sum() / total)


def r_squared(p):
    sst, ratio = p["sst"], p["ratio"]
    positive(sst)
    prob(ratio)
    sse = round_half_away(sst * ratio)
    need(0 < sse < sst, "SSE out of range")
    return 1 - sse / sst


def rmse(p):
    e = np.asarray(p["errors"], dtype=float)
    finite(e)
    need(np.any(e != 0), "all errors zero")
    return float(np.sqrt(np.mean(e ** 2)))


# ---------- probability and statistics


def _bayes(prior, p_e_given_h, p_e_given_not_h):
    prob(prior, p_e_given_h, p_e_given_not_h)
    joint = np.array([prior * p_e_given_h, (1 - prior) * p_e_given_not_h])
    need(joint.sum() > 0, "evidence has probability 0")
    return float(joint[0] / joint.sum())


def bayes_fraud_alert(p):
    return _bayes(p["base"], p["sensitivity"], p["fpr"])


def bayes_spam_filter(p):
    return _bayes(p["prior"], p["p_word_spam"], p["p_word_ham"])


def naive_bayes_two_words(p):
    prob(p["s1"], p["s2"], p["h1"], p["h2"])
    return _bayes(p["prior"], p["s1"] * p["s2"], p["h1"] * p["h2"])


def bayes_base_rate(p):
    """The other engineer's disease test: prevalence, sensitivity and specificity or a FPR."""
    prior = _first(p, "prevalence", "base_rate", "base", "prior", "p_disease")
    sens = _first(p, "sensitivity", "tpr", "sens", "p_pos_given_disease")
    if _has(p, "specificity", "spec", "tnr"):
        fpr = 1 - _first(p, "specificity", "spec", "tnr")
    else:
        fpr = _first(p, "fpr", "false_positive_rate", "p_pos_given_healthy")
    return _bayes(prior, sens, fpr)


def _has(p, *names):
    return any(n in p for n in names)


def _first(p, *names):
    for n in names:
        if n in p:
            return p[n]
    raise InputError(f"none of {names} in parameters {sorted(p)}")


def birthday(p):
    k = int(p["k"])
    need(1 <= k <= 365, "k out of range")
    # Exact: P(all distinct) = 365! / (365 - k)! / 365^k, as a ratio of Python integers.
    return 1 - math.perm(365, k) / 365 ** k


def standard_error(p):
    positive(p["stdev"], p["n"])
    return p["stdev"] / math.sqrt(p["n"])


def ci_half_width(p):
    prob(p["phat"], p["confidence"])
    positive(p["n"])
    z = N01.inv_cdf(0.5 + p["confidence"] / 2)
    return z * math.sqrt(p["phat"] * (1 - p["phat"]) / p["n"])


def dice_game(p):
    t, mult = int(p["t"]), p["mult"]
    need(1 <= t <= 6, "threshold is a face")
    payout = sum(Fraction(1, 6) * mult * face for face in range(1, 7) if face >= t)
    return float(payout) - p["cost"]


def expected_trials(p):
    prob(p["p"])
    need(p["p"] > 0, "p = 0")
    return 1 / p["p"]


def loop_pass(p):
    stages = [p["screen"], p["technical"], p["onsite"], p["offer"]]
    prob(stages)
    return float(np.prod(stages))


# ---------- A/B testing


def sample_size_raw(p):
    p1, mde = p["p1"], p["mde"]
    p2 = p1 + mde
    prob(p1, p2, p["alpha"], p["power"])
    need(mde > 0, "MDE must be positive")
    za, zb = N01.inv_cdf(1 - p["alpha"] / 2), N01.inv_cdf(p["power"])
    pbar = (p1 + p2) / 2
    num = za * math.sqrt(2 * pbar * (1 - pbar)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return num ** 2 / mde ** 2


def sample_size(p):
    return math.ceil(sample_size_raw(p))


def _two_prop(p):
    # Control converts at rate_permille / 1000 and treatment at that rate times
    # (1000 + lift_permille) / 1000, each rounded down to whole conversions.
    na, nb = p["na"], p["na"] + p["skew"]
    ca = math.floor(na * p["rate_permille"] / 1000)
    cb = math.floor(nb * p["rate_permille"] * (1000 + p["lift_permille"]) / 10 ** 6)
    count(na, nb, ca, cb)
    need(na > 0 and nb > 0 and ca <= na and cb <= nb, "conversions exceed users")
    x, n = np.array([ca, cb], dtype=float), np.array([na, nb], dtype=float)
    rates = x / n
    pooled = x.sum() / n.sum()
    need(0 < pooled < 1, "pooled rate at 0 or 1")
    se = math.sqrt(pooled * (1 - pooled) * np.sum(1 / n))
    return float((rates[1] - rates[0]) / se)


def two_prop_z(p):
    return _two_prop(p)


def two_prop_p(p):
    z = _two_prop(p)
    return math.erfc(abs(z) / math.sqrt(2))  # = 2 (1 − Φ(|z|))


def familywise(p):
    prob(p["alpha"])
    need(p["k"] >= 1, "k >= 1")
    return -math.expm1(p["k"] * math.log1p(-p["alpha"]))


def bonferroni(p):
    prob(p["family_alpha"])
    m = p["variants"] * p["metrics"]
    positive(m)
    return p["family_alpha"] / m


def srm_chi_square(p):
    na = p["na"]
    nb = na + p["imbalance"]
    count(na, nb)
    observed = np.array([na, nb], dtype=float)
    expected = np.full(2, observed.sum() / 2)
    return float(np.sum((observed - expected) ** 2 / expected))


# ---------- convolutional networks


def conv_params(p):
    k, cin, cout = int(p["k"]), int(p["cin"]), int(p["cout"])
    weights = cout * cin * k * k
    return weights + cout


def _conv_out(size, k, s, pad, d=1):
    span = size + 2 * pad - d * (k - 1) - 1
    need(span >= 0 and s > 0, "kernel larger than the padded input")
    return span // s + 1


def conv_out_dilation(p):
    return _conv_out(int(p["h"]), int(p["k"]), int(p["s"]), int(p["p"]), int(p["d"]))


def conv_output_shape(p):
    """The other engineer's conv output shape: a side length from size, kernel, stride, padding."""
    size = int(_first(p, "h", "size", "input", "input_size", "w", "n", "hw"))
    k = int(_first(p, "k", "kernel", "kernel_size", "f"))
    s = int(_first(p, "s", "stride")) if _has(p, "s", "stride") else 1
    pad = int(_first(p, "p", "pad", "padding")) if _has(p, "p", "pad", "padding") else 0
    d = int(_first(p, "d", "dilation")) if _has(p, "d", "dilation") else 1
    return _conv_out(size, k, s, pad, d)


def transposed_conv_out(p):
    h, k, s, pad, op = (int(p[x]) for x in ("h", "k", "s", "p", "op"))
    need(op < s, "output padding must be below the stride")
    out = (h - 1) * s - 2 * pad + (k - 1) + op + 1
    need(out >= 1, "empty output")
    return out


def depthwise_separable(p):
    k, cin, cout = int(p["k"]), int(p["cin"]), int(p["cout"])
    depthwise = cin * (k * k) + cin
    pointwise = cout * cin + cout
    return depthwise + pointwise


def receptive_field(p):
    k = int(p["k"])
    layers = [(k, 1)] * int(p["n1"]) + [(2, 2)] + [(k, 1)] * int(p["n2"])
    rf, jump = 1, 1
    for kernel, stride in layers:
        rf += (kernel - 1) * jump
        jump *= stride
    return rf


# ---------- neural networks and transformers


def mlp_params(p):
    sizes = [int(p["d_in"]), int(p["h1"]), int(p["h2"]), int(p["d_out"])]
    return sum(a * b + b for a, b in zip(sizes, sizes[1:]))


def softmax(p):
    z = np.asarray(p["logits"], dtype=float)
    finite(z)
    j = int(p["j"])
    need(1 <= j <= len(z), "class index out of range")
    e = np.exp(z - z.max())
    return float(e[j - 1] / e.sum())


def attention_params(p):
    d, h = int(p["d"]), int(p["heads"])
    need(d % h == 0, "heads must divide d_model")
    head_dim = d // h
    per_head_qkv = 3 * (d * head_dim + head_dim)  # Q, K, V slices for one head
    return h * per_head_qkv + (d * d + d)  # plus the output projection


def attention_flops(p):
    n, d = p["n"], p["d"]

    def matmul(m, k, q):
        return 2 * m * k * q

    total = 4 * matmul(n, d, d) + matmul(n, d, n) + matmul(n, n, d)
    return total / 1e9


def kv_cache(p):
    elements = 2 * p["layers"] * p["kv_heads"] * p["head_dim"] * p["seq"] * p["batch"]
    return elements * p["bytes"] / 1e9


def transformer_params(p):
    L, d, v = p["layers"], p["d"], p["vocab"]
    attention = 4 * d * d
    mlp = d * (4 * d) + (4 * d) * d
    return (L * (attention + mlp) + v * d) / 1e9


def training_flops(p):
    return 6 * (p["params_b"] * 1e9) * (p["tokens_b"] * 1e9)


def gpu_days(p):
    prob(p["mfu"])
    positive(p["mfu"], p["peak_tflops"])
    flops = 6 * p["params_b"] * p["tokens_b"] * 1e18
    seconds = flops / (p["peak_tflops"] * 1e12 * p["mfu"])
    return seconds / (24 * 3600)


def adam_memory(p):
    bytes_per_param = {"bf16 weights": 2, "bf16 grads": 2, "fp32 master": 4, "adam m": 4, "adam v": 4}
    return sum(bytes_per_param.values()) * p["params_b"] * 1e9 / 1e9


def perplexity(p):
    positive(p["tokens"], p["nll"])
    return math.exp(p["nll"])


def decode_tps(p):
    seconds = (p["prefill_ms"] + p["out_tokens"] * p["step_ms"]) / 1000
    positive(seconds)
    return p["batch"] * p["out_tokens"] / seconds


def quantized_memory(p):
    weights_bits = p["params_b"] * 1e9 * p["bits"]
    scale_bits = p["params_b"] * 1e9 / p["group"] * 16
    return (weights_bits + scale_bits) / 8 / 1e9


def embedding_memory(p):
    return p["rows_m"] * 1e6 * p["dim"] * p["bytes"] / 1e9


def cosine(p):
    a, b = np.asarray(p["a"], dtype=float), np.asarray(p["b"], dtype=float)
    na, nb = np.linalg.norm(a), np.linalg.norm(b)
    need(na > 0 and nb > 0, "zero vector")
    return float(a @ b / (na * nb))


# ---------- optimization


def sgd_momentum(p):
    v = p["mu"] * p["v_prev"] + p["g"]
    return p["w"] - p["lr"] * v


def adam_step(p):
    b1, b2, eps, t = 0.9, 0.999, 1e-8, int(p["t"])
    need(t >= 1 and p["v_prev"] >= 0, "bad Adam state")
    g = p["g"]
    m = b1 * p["m_prev"] + (1 - b1) * g
    v = b2 * p["v_prev"] + (1 - b2) * g * g
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    return -p["lr"] * m_hat / (math.sqrt(v_hat) + eps)


def lr_cosine(p):
    peak, warmup = p["peak"], p["warmup"]
    floor_lr = peak * p["min_ratio"]
    decay = 12 * p["decay_units"]
    s = warmup + p["j"] * p["decay_units"]
    need(0 <= s <= warmup + decay, "step outside the schedule")
    if s < warmup:
        return peak * s / warmup
    return floor_lr + 0.5 * (peak - floor_lr) * (1 + math.cos(math.pi * (s - warmup) / decay))


def lr_step(p):
    return p["lr0"] * p["gamma"] ** (int(p["epoch"]) // int(p["step_size"]))


# ---------- trees and losses


def _entropy_bits(counts):
    c = np.asarray(counts, dtype=float)
    count(c)
    need(c.sum() > 0, "empty node")
    q = c[c > 0] / c.sum()
    return float(-(q * np.log2(q)).sum())


def entropy(p):
    return _entropy_bits(p["counts"])


def gini(p):
    c = np.asarray(p["counts"], dtype=float)
    count(c)
    need(c.sum() > 0, "empty node")
    q = c / c.sum()
    return float(1 - (q ** 2).sum())


def information_gain(p):
    # Each child has n samples, a share of them (rounded, halves up) positive.
    left_pos = round_half_away(p["left_n"] * p["left_share"])
    right_pos = round_half_away(p["right_n"] * p["right_share"])
    left = [left_pos, p["left_n"] - left_pos]
    right = [right_pos, p["right_n"] - right_pos]
    prob(p["left_share"], p["right_share"])
    parent = [left[0] + right[0], left[1] + right[1]]
    n = sum(parent)
    need(sum(left) > 0 and sum(right) > 0, "empty child")
    return _entropy_bits(parent) - sum(left) / n * _entropy_bits(left) - sum(right) / n * _entropy_bits(right)


def log_loss_single(p):
    prob(p["p"])
    need(0 < p["p"] < 1, "p at 0 or 1")
    y = p["y"]
    return -(y * math.log(p["p"]) + (1 - y) * math.log(1 - p["p"]))


def log_loss_batch(p):
    q = np.asarray(p["probs"], dtype=float)
    y = np.asarray(p["labels"], dtype=float)
    prob(q)
    need(np.all((q > 0) & (q < 1)), "probability at 0 or 1")
    return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))


def huber(p):
    r, d = abs(p["r"]), p["delta"]
    return 0.5 * r * r if r <= d else d * r - 0.5 * d * d


def kl(p):
    a = np.asarray(p["p_counts"], dtype=float)
    b = np.asarray(p["q_counts"], dtype=float)
    positive(a, b)
    pa, pb = a / a.sum(), b / b.sum()
    return float(np.sum(pa * np.log(pa / pb)))


def psi(p):
    e = np.asarray(p["expected"], dtype=float)
    a = np.asarray(p["actual"], dtype=float)
    positive(e, a)
    e, a = e / e.sum(), a / a.sum()
    return float(np.sum((a - e) * np.log(a / e)))


# ---------- naive Bayes, imbalance, validation


def laplace(p):
    count(p["count"], p["class_words"], p["vocab"])
    return (p["count"] + 1) / (p["class_words"] + p["vocab"])


def balanced_weight(p):
    count(p["pos"], p["neg"])
    positive(p["pos"])
    n = p["pos"] + p["neg"]
    return n / (2 * p["pos"])


def precision_at_prevalence(p):
    return _bayes(p["prevalence"], p["tpr"], p["fpr"])


def grid_fits(p):
    return p["a"] * p["b"] * p["c"] * p["folds"] + 1


REFERENCE = {
    # the other engineer's three
    "f1-from-confusion-matrix": f1,
    "bayes-base-rate": bayes_base_rate,
    "conv-output-shape": conv_output_shape,
    # metrics
    "precision-from-confusion-matrix": precision,
    "recall-from-confusion-matrix": recall,
    "accuracy-from-confusion-matrix": accuracy,
    "specificity-from-confusion-matrix": specificity,
    "false-positive-rate-from-confusion-matrix": false_positive_rate,
    "auc-from-ranking": auc,
    "r-squared-from-sse": r_squared,
    "rmse-of-residuals": rmse,
    # statistics
    "bayes-fraud-alert": bayes_fraud_alert,
    "birthday-problem": birthday,
    "standard-error-of-mean": standard_error,
    "ci-half-width-proportion": ci_half_width,
    "expected-value-dice-game": dice_game,
    "expected-trials-to-first-success": expected_trials,
    "interview-loop-pass-probability": loop_pass,
    # A/B testing
    "sample-size-per-arm": sample_size,
    "two-proportion-z": two_prop_z,
    "two-proportion-p-value": two_prop_p,
    "familywise-error-rate": familywise,
    "bonferroni-per-test-alpha": bonferroni,
    "sample-ratio-mismatch-chi-square": srm_chi_square,
    # CNNs
    "conv-parameter-count": conv_params,
    "conv-output-size-dilation": conv_out_dilation,
    "transposed-conv-output-size": transposed_conv_out,
    "depthwise-separable-parameters": depthwise_separable,
    "receptive-field-stacked-convs": receptive_field,
    # neural networks, transformers, LLMs
    "mlp-parameter-count": mlp_params,
    "softmax-probability": softmax,
    "attention-parameter-count": attention_params,
    "attention-flops": attention_flops,
    "kv-cache-size": kv_cache,
    "transformer-parameter-estimate": transformer_params,
    "training-flops-6nd": training_flops,
    "training-gpu-days": gpu_days,
    "adam-mixed-precision-memory": adam_memory,
    "perplexity-from-log-likelihood": perplexity,
    "decode-tokens-per-second": decode_tps,
    "quantized-weight-memory": quantized_memory,
    # optimization
    "sgd-momentum-step": sgd_momentum,
    "adam-step": adam_step,
    "lr-cosine-warmup": lr_cosine,
    "lr-step-decay": lr_step,
    # trees and losses
    "entropy-of-node": entropy,
    "gini-impurity": gini,
    "information-gain-of-split": information_gain,
    "log-loss-single": log_loss_single,
    "log-loss-batch": log_loss_batch,
    "huber-loss": huber,
    "kl-divergence": kl,
    # monitoring, recommenders, embeddings
    "psi-between-histograms": psi,
    "ndcg-at-k": ndcg,
    "average-precision": average_precision,
    "mean-reciprocal-rank": mrr,
    "recall-at-k": recall_at_k,
    "embedding-table-memory": embedding_memory,
    "cosine-similarity": cosine,
    # naive Bayes, imbalance, validation
    "bayes-spam-filter": bayes_spam_filter,
    "naive-bayes-two-words": naive_bayes_two_words,
    "laplace-smoothing": laplace,
    "balanced-class-weight": balanced_weight,
    "precision-at-new-prevalence": precision_at_prevalence,
    "grid-search-fits": grid_fits,
}

PROBABILITY = {
    "f1-from-confusion-matrix", "bayes-base-rate",
    "precision-from-confusion-matrix", "recall-from-confusion-matrix", "accuracy-from-confusion-matrix",
    "specificity-from-confusion-matrix", "false-positive-rate-from-confusion-matrix", "auc-from-ranking",
    "r-squared-from-sse", "bayes-fraud-alert", "birthday-problem", "ci-half-width-proportion",
    "interview-loop-pass-probability", "two-proportion-p-value", "familywise-error-rate",
    "bonferroni-per-test-alpha", "softmax-probability", "gini-impurity", "ndcg-at-k", "average-precision",
    "mean-reciprocal-rank", "recall-at-k", "bayes-spam-filter", "naive-bayes-two-words", "laplace-smoothing",
    "precision-at-new-prevalence",
}

# Answers that are a rounded-up real quantity: id -> the real quantity before the ceiling.
CEILING = {"sample-size-per-arm": sample_size_raw}

EXACT_IDS = {
    "conv-output-shape", "conv-parameter-count", "conv-output-size-dilation", "transposed-conv-output-size",
    "depthwise-separable-parameters", "receptive-field-stacked-convs", "mlp-parameter-count",
    "attention-parameter-count", "grid-search-fits",
}


def agree(drill_id, params, answer, expected, rel=1e-6):
    """Whether the engine's answer matches the reference: exactly for an integer answer, else
    within `rel` relative (1e-12 absolute for an answer at zero). A rounded-up answer whose real
    value lies within floating-point noise of an integer may come out either side of it."""
    if drill_id in EXACT_IDS:
        return float(answer).is_integer() and int(answer) == int(expected)
    if drill_id in CEILING:
        raw = CEILING[drill_id](params)
        if abs(raw - round(raw)) <= 1e-9 * max(1.0, abs(raw)):
            return answer in (math.floor(raw), math.ceil(raw), round(raw), round(raw) + 1)
        return answer == expected
    return abs(answer - expected) <= max(rel * abs(expected), 1e-12)

import math
import re
from collections import Counter


def tfidf_vectors(docs: list[str]) -> list:
    counts = [Counter(re.findall(r"[a-z0-9]+", d.lower())) for d in docs]
    vocab = sorted(set().union(*counts))
    col = {t: j for j, t in enumerate(vocab)}
    df = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + df[t])) + 1 for t in vocab}
    out = []
    for c in counts:
        row = [0.0] * len(vocab)
        for t, tf in c.items():
            row[col[t]] = tf * idf[t]
        out.append(row)  # forgets the L2 normalization
    return [vocab, out]

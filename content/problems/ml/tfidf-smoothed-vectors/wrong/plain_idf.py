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
    idf = {t: math.log(len(docs) / df[t]) for t in vocab}  # textbook idf, no smoothing, no +1
    out = []
    for c in counts:
        row = [0.0] * len(vocab)
        for t, tf in c.items():
            row[col[t]] = tf * idf[t]
        norm = math.sqrt(sum(v * v for v in row))
        out.append([v / norm for v in row] if norm > 0 else row)
    return [vocab, out]

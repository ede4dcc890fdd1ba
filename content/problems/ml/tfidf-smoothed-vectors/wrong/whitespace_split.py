import math
from collections import Counter


def tfidf_vectors(docs: list[str]) -> list:
    counts = [Counter(d.lower().split()) for d in docs]  # punctuation stays glued to words
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
        norm = math.sqrt(sum(v * v for v in row))
        out.append([v / norm for v in row] if norm > 0 else row)
    return [vocab, out]

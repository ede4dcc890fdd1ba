import math
import re
from collections import Counter

TOKEN = re.compile(r"[a-z0-9]+")


def tfidf_vectors(docs: list[str]) -> list:
    counts = [Counter(TOKEN.findall(doc.lower())) for doc in docs]
    vocabulary = sorted(set().union(*counts)) if counts else []
    column = {t: j for j, t in enumerate(vocabulary)}

    n_docs = len(docs)
    df = Counter()
    for c in counts:
        df.update(c.keys())
    idf = {t: math.log((1 + n_docs) / (1 + df[t])) + 1 for t in vocabulary}

    vectors = []
    for c in counts:
        row = [0.0] * len(vocabulary)
        for t, tf in c.items():
            row[column[t]] = tf * idf[t]
        norm = math.sqrt(sum(v * v for v in row))
        if norm > 0:
            row = [v / norm for v in row]
        vectors.append(row)
    return [vocabulary, vectors]

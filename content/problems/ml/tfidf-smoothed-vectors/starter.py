def tfidf_vectors(docs: list[str]) -> list:
    """Tokens: lowercase, then runs of [a-z0-9]. Vocabulary sorted.
    Weight = count * (ln((1 + N) / (1 + df)) + 1), each row L2-normalized.

    Return [vocabulary, vectors].
    """
    raise NotImplementedError

"""Sparse TF-IDF vectors and cosine similarity over sentences (shared by summaries and the digest)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from newsdigest.sentences import words

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own said same says she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    would could told since still """.split()
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English suffix stripper: enough to match 'talks'/'talked'/'talking'."""
    w = word.lower()
    for suffix in ("ational", "ations", "ation", "ings", "ing", "edly", "ies", "ied", "es", "ed", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            return base
    return w


def terms(text: str, keep_stop: bool = False) -> list[str]:
    """Content-word stems of ``text``."""
    return [stem(w) for w in words(text) if keep_stop or w.lower() not in STOP_WORDS]


def idf(docs: Sequence[Sequence[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency over tokenised documents."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set(d))
    n = len(docs)
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


def tfidf(tokens: Sequence[str], weights: dict[str, float]) -> dict[str, float]:
    """A unit-length sparse TF-IDF vector."""
    tf = Counter(tokens)
    vec = {t: c * weights.get(t, 1.0) for t, c in tf.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two unit-length sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())

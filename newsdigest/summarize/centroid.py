"""Centroid-based summarisation (Radev, Jing, Styś & Tam 2004, MEAD's centroid feature).

The centroid is the mean TF-IDF vector of the text's sentences, truncated to its strongest
terms; a sentence scores its cosine with the centroid. Selection skips a sentence too similar
(cosine above ``REDUNDANCY``) to one already chosen.
"""

from __future__ import annotations

from newsdigest.summarize.doc import Budget, Doc, greedy

REDUNDANCY = 0.5
CENTROID_TERMS = 30


def centroid_vector(doc: Doc):  # type: ignore[no-untyped-def]
    import numpy as np

    c = doc.matrix.mean(axis=0)
    if c.shape[0] > CENTROID_TERMS:
        cut = np.sort(c)[-CENTROID_TERMS]
        c = np.where(c >= cut, c, 0.0)
    norm = np.linalg.norm(c)
    return c / norm if norm else c


def scores(doc: Doc) -> list[float]:
    return [float(x) for x in doc.matrix @ centroid_vector(doc)]


def choose(doc: Doc, sc: list[float], budget: Budget) -> list[int]:
    return greedy(doc, sc, budget, redundancy=REDUNDANCY)

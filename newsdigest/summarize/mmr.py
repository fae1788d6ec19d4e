"""Maximal marginal relevance (Carbonell & Goldstein 1998) re-ranking on top of a scorer.

Each step takes the sentence maximising ``LAMBDA * relevance - (1 - LAMBDA) * max cosine with
the sentences already chosen``; relevance is another method's score scaled to [0, 1]
(centroid similarity by default).
"""

from __future__ import annotations

from collections.abc import Callable

from newsdigest.summarize.doc import Budget, Doc, normalise

LAMBDA = 0.7


def mmr_select(doc: Doc, relevance: list[float], budget: Budget, lam: float = LAMBDA) -> list[int]:
    rel = normalise(relevance)
    sim = doc.similarity
    chosen: list[int] = []
    used = 0
    left = list(range(len(doc)))
    while left:
        if budget.sentences is not None and len(chosen) >= budget.sentences:
            break
        best, best_val = -1, float("-inf")
        for i in left:
            if budget.words is not None and used + doc.lengths[i] > budget.words:
                continue
            red = max((float(sim[i, j]) for j in chosen), default=0.0)
            val = lam * rel[i] - (1 - lam) * red
            if val > best_val + 1e-12:
                best, best_val = i, val
        if best < 0:
            break
        chosen.append(best)
        used += doc.lengths[best]
        left.remove(best)
    return chosen


def scores(doc: Doc, base: Callable[[Doc], list[float]] | None = None) -> list[float]:
    if base is None:
        from newsdigest.summarize import centroid

        base = centroid.scores
    return base(doc)


def choose(doc: Doc, sc: list[float], budget: Budget) -> list[int]:
    return mmr_select(doc, sc, budget)

"""4-word shingle precision/recall/F1 used to score cleaned text against a gold body.

Defined in /work/shared/dev/clean/README.md: tokens are runs of word characters (case
kept); shingles are counted as a multiset; per document P and R are taken over the
shingle counts; corpus P and R are the means over documents and F1 comes from those means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of ``n``-token shingles; a text shorter than ``n`` tokens is one shingle."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def match_counts(gold: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """(true positives, false positives, false negatives) over shingles of one document."""
    g = shingles(gold, n)
    p = shingles(pred, n)
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    return float(tp), float(fp), float(fn)


def doc_scores(gold: str, pred: str, n: int = 4) -> tuple[float | None, float | None]:
    """Precision and recall of one document (None where undefined: nothing to score)."""
    tp, fp, fn = match_counts(gold, pred, n)
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def corpus_scores(pairs: Iterable[tuple[str, str]], n: int = 4) -> tuple[float, float, float]:
    """Mean precision, mean recall and the F1 of those two means over (gold, pred) pairs."""
    ps: list[float] = []
    rs: list[float] = []
    for gold, pred in pairs:
        p, r = doc_scores(gold, pred, n)
        # A document with no predicted text has precision undefined, not 1: count it as 0
        # so an extractor cannot gain precision by returning nothing.
        ps.append(0.0 if p is None else p)
        if r is not None:
            rs.append(r)
    mp = sum(ps) / len(ps) if ps else 0.0
    mr = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * mp * mr / (mp + mr) if mp + mr > 0 else 0.0
    return mp, mr, f1

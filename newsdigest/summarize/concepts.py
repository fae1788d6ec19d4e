"""Concept coverage by integer linear programming (Gillick & Favre 2009).

Concepts are word bigrams (stems, at least one not a stop word). A concept's weight is the
number of documents that contain it (for a cluster) or of sentences that contain it (for a
single article, where the title counts as one more sentence); concepts seen only once are
dropped. The ILP maximises the total weight of the concepts covered by the chosen sentences
subject to the word (and/or sentence) budget, and is solved exactly with
``scipy.optimize.milp`` (HiGHS):

    max  sum_i w_i c_i
    s.t. sum_j l_j s_j <= W ;  sum_j s_j <= N
         c_i <= sum_{j : i in j} s_j       for every concept i
         c_i, s_j in {0, 1}
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from newsdigest.summarize.doc import Budget, Doc, greedy
from newsdigest.vectors import STOP_WORDS, stem

MIN_WEIGHT = 2
MIN_SENTENCE_WORDS = 5
TIME_LIMIT = 2.0
NODE_LIMIT = 2000  # deterministic bound on the ILP search
_STOP_STEMS = frozenset(stem(w) for w in STOP_WORDS) | STOP_WORDS


def sentence_concepts(doc: Doc, i: int) -> set[tuple[str, str]]:
    toks = [t.lower() for t in doc.all_tokens[i]]
    out = set()
    for a, b in zip(toks, toks[1:], strict=False):
        if a in _STOP_STEMS and b in _STOP_STEMS:
            continue
        out.add((a, b))
    return out


def concept_weights(
    doc: Doc, concepts: list[set[tuple[str, str]]], min_weight: int | None = None
) -> dict[tuple[str, str], float]:
    """Document frequency across the cluster, or sentence frequency for one article."""
    if min_weight is None:
        min_weight = MIN_WEIGHT
    counts: Counter[tuple[str, str]] = Counter()
    n_docs = len(set(doc.doc_index))
    if n_docs > 1:
        per_doc: dict[int, set[tuple[str, str]]] = {}
        for d, cs in zip(doc.doc_index, concepts, strict=True):
            per_doc.setdefault(d, set()).update(cs)
        for cs in per_doc.values():
            counts.update(cs)
    else:
        for cs in concepts:
            counts.update(cs)
        if doc.title:
            title = Doc([_fake_sentence(doc.title)])
            counts.update(sentence_concepts(title, 0))
    return {c: float(w) for c, w in sorted(counts.items()) if w >= min_weight}


def _fake_sentence(text: str):  # type: ignore[no-untyped-def]
    from newsdigest.models import Sentence

    return Sentence(text, 0, len(text), 0)


@contextmanager
def _quiet_stdout() -> Iterator[None]:
    """HiGHS sometimes prints debug lines straight to file descriptor 1: keep them off stdout."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        yield
        return
    sys.stdout.flush()
    saved = os.dup(fd)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), fd)
            try:
                yield
            finally:
                os.dup2(saved, fd)
    finally:
        os.close(saved)


def solve(
    doc: Doc,
    weights: dict[tuple[str, str], float],
    concepts: list[set[tuple[str, str]]],
    budget: Budget,
    min_words: int | None = None,
    only: list[int] | None = None,
    time_limit: float | None = None,
) -> list[int] | None:
    """The exact ILP optimum (chosen sentence indices), or None if the solver gave none."""
    if min_words is None:
        min_words = MIN_SENTENCE_WORDS
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import lil_matrix

    cands = [
        j
        for j in (range(len(doc)) if only is None else only)
        if doc.lengths[j] >= min_words
        and (budget.words is None or doc.lengths[j] <= budget.words)
        and concepts[j] & weights.keys()
    ]
    if not cands:
        return None
    index = {c: k for k, c in enumerate(sorted({c for j in cands for c in concepts[j] if c in weights}))}
    n, m = len(cands), len(index)
    cost = np.zeros(n + m)
    # Tiny tie-break towards earlier sentences; far below any concept weight difference.
    for k, j in enumerate(cands):
        cost[k] = 1e-4 * (doc.local_position[j] + 1) / (len(doc) + 1)
    for c, k in index.items():
        cost[n + k] = -weights[c]
    rows = m + 2
    a = lil_matrix((rows, n + m))
    lo = np.full(rows, -np.inf)
    hi = np.zeros(rows)
    for k, j in enumerate(cands):
        for c in concepts[j]:
            if c in index:
                a[index[c], k] = -1.0
    for k in index.values():
        a[k, n + k] = 1.0
    for k, j in enumerate(cands):
        a[m, k] = doc.lengths[j]
        a[m + 1, k] = 1.0
    hi[m] = budget.words if budget.words is not None else 1e9
    hi[m + 1] = budget.sentences if budget.sentences is not None else 1e9
    with _quiet_stdout():
        res = milp(
            cost,
            constraints=LinearConstraint(a.tocsr(), lo, hi),
            integrality=np.ones(n + m),
            bounds=Bounds(0, 1),
            # The branch-and-bound node limit stops the search at the same point on any machine
            # (a wall-clock limit alone would make the summary depend on load); the time limit
            # is only a safety net that normal clusters never reach.
            options={
                "node_limit": NODE_LIMIT,
                "time_limit": TIME_LIMIT if time_limit is None else time_limit,
            },
        )
    if res.x is None:
        return None
    return [cands[k] for k in range(n) if res.x[k] > 0.5]


def scores(doc: Doc) -> list[float]:
    concepts = [sentence_concepts(doc, i) for i in range(len(doc))]
    weights = concept_weights(doc, concepts)
    return [sum(weights.get(c, 0.0) for c in cs) for cs in concepts]


def choose(doc: Doc, sc: list[float], budget: Budget) -> list[int]:
    concepts = [sentence_concepts(doc, i) for i in range(len(doc))]
    weights = concept_weights(doc, concepts)
    picked = solve(doc, weights, concepts, budget) if weights else None
    if not picked:
        return greedy(doc, sc, budget)
    picked.sort(key=lambda j: (-sc[j], j))
    return picked

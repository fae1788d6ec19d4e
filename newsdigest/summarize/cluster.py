"""Multi-document summaries: choose sentences across a cluster of articles within a word budget.

Used by ``merge`` for the digest's summary. The cluster's sentences are pooled into one
``Doc`` (remembering each sentence's article and position in it); exact and near-exact
duplicates (wire copy repeated by several outlets) are collapsed first, keeping the earliest.

Methods: ``concepts`` (the single-article ILP's concepts on the pooled sentences, weight =
number of articles containing the bigram), ``centroid`` (cluster TF-IDF centroid + redundancy
threshold), ``mmr``, ``lead`` (round robin over the articles' opening sentences), any other
single-article method on the pooled sentences, and ``auto`` (the default):

* ``ILP_MIN_DOCS`` articles or more: the Gillick & Favre (2009) concept ILP as in the ICSI
  system (R-2 ~0.098 on DUC 2004, against ~0.08 for LexRank): concepts are Porter-stemmed
  word bigrams (not two stop words), weighted by the number of articles containing them
  plus ``LEAD_BONUS`` per article using them in its first ``LEAD_SENTENCES`` prose
  sentences, dropped when in fewer than ``MIN_DF_SHARE`` of the articles (3 of 10, at least
  2); candidates are prose sentences of ``MIN_WORDS``+ words among each article's first
  ``MAX_POSITION`` prose sentences, near-duplicates removed. The ILP (``scipy.optimize.milp``,
  stopped at ``concepts.NODE_LIMIT`` nodes, so the same on any machine) covers the most
  concept weight within the words; the words it leaves are then spent greedily on
  uncovered concepts; a failed solve falls back to greedy selection.
* fewer articles: MMR, because document frequency over 2-4 articles says little; on the
  same-story dev clusters MMR beat the ILP there (scripts/eval_summ.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsdigest.models import Sentence
from newsdigest.sentences import words as word_tokens
from newsdigest.summarize.doc import Budget, Doc, greedy
from newsdigest.vectors import STOP_WORDS

_STOPS = STOP_WORDS | frozenset("s t 's n't".split())

DUPLICATE = 0.9
MAX_POSITION = 5  # auto: candidates are each article's first MAX_POSITION prose sentences
MIN_WORDS = 10  # ILP candidates (Gillick & Favre drop sentences under 10 words)
FILL_REDUNDANCY = 0.5
LEAD_BONUS = 1.0  # auto: a concept's weight also counts the articles that use it in their lead
ILP_MIN_DOCS = 5  # auto: fewer articles than this -> MMR (document frequency carries too little)
TIME_LIMIT = 5.0  # safety net only: the ILP stops at concepts.NODE_LIMIT, the same on any machine
LEAD_SENTENCES = 3
MIN_DF_SHARE = 0.3  # auto: concepts must recur in 30 % of the articles (3 of 10), at least 2


@dataclass(slots=True)
class ClusterPick:
    doc: str  # the article id
    sentence: Sentence
    score: float


def pooled(docs: list[tuple[str, list[Sentence]]]) -> tuple[Doc, list[str]]:
    """All sentences of the cluster, duplicates removed, in (article, position) order."""
    sents: list[Sentence] = []
    doc_index: list[int] = []
    local: list[int] = []
    ids: list[str] = []
    seen: set[str] = set()
    for d, (doc_id, sentences) in enumerate(docs):
        ids.append(doc_id)
        for s in sentences:
            key = " ".join(s.text.lower().split())
            if key in seen or not key:
                continue
            seen.add(key)
            sents.append(s)
            doc_index.append(d)
            local.append(s.index)
    return Doc(sents, "", doc_index, local), ids


def _drop_near_duplicates(doc: Doc, chosen: list[int]) -> list[int]:
    out: list[int] = []
    for i in chosen:
        if all(doc.similarity[i, j] < DUPLICATE for j in out):
            out.append(i)
    return out


def _lead(doc: Doc, budget: Budget) -> tuple[list[float], list[int]]:
    n_docs = max(doc.doc_index) + 1 if len(doc) else 0
    sc = [1.0 / (1 + doc.local_position[i]) for i in range(len(doc))]
    order = sorted(range(len(doc)), key=lambda i: (doc.local_position[i], doc.doc_index[i]))
    chosen: list[int] = []
    used = 0
    for i in order:
        if budget.words is not None and used + doc.lengths[i] > budget.words:
            continue
        if any(doc.similarity[i, j] >= DUPLICATE for j in chosen):
            continue
        chosen.append(i)
        used += doc.lengths[i]
    del n_docs
    return sc, chosen


def porter_bigrams(text: str) -> set[tuple[str, str]]:
    """Concepts of a sentence: Porter-stemmed word bigrams, minus those of two stop words."""
    toks = [_porter(w.lower()) for w in word_tokens(text)]
    return {(a, b) for a, b in zip(toks, toks[1:], strict=False) if not (a in _STOPS and b in _STOPS)}


@lru_cache(maxsize=65536)
def _porter(word: str) -> str:
    return _stemmer().stem(word) if len(word) > 3 else word


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


def min_doc_frequency(n_docs: int) -> int:
    """Concepts must recur in this many articles: 2 for small clusters, 3 for ten articles."""
    return max(2, round(MIN_DF_SHARE * n_docs))


def candidates(doc: Doc, budget: Budget) -> list[int]:
    """Sentences the ILP may pick: prose of MIN_WORDS+ words from each article's opening
    MAX_POSITION prose sentences, no near-duplicate of an earlier candidate."""
    pos = doc.prose_positions
    out: list[int] = []
    for i in range(len(doc)):
        p = pos[i]
        if p is None or p >= MAX_POSITION or doc.lengths[i] < MIN_WORDS:
            continue
        if budget.words is not None and doc.lengths[i] > budget.words:
            continue
        if any(doc.similarity[i, j] >= DUPLICATE for j in out):
            continue
        out.append(i)
    return out


def fill(
    doc: Doc,
    picked: list[int],
    cands: list[int],
    concepts: list[set[tuple[str, str]]],
    df: dict[tuple[str, str], float],
    budget: Budget,
) -> list[int]:
    """Spend the words the ILP left (it stops once no recurring concept is left to cover):
    add the candidate covering the most not-yet-covered concept weight (any document
    frequency), earliest first on ties, skipping sentences close to one already chosen."""
    out = list(picked)
    used = sum(doc.lengths[i] for i in out)
    covered = set().union(*(concepts[i] for i in out)) if out else set()
    while True:
        best, gain = -1, 0.0
        for i in cands:
            if i in out or (budget.words is not None and used + doc.lengths[i] > budget.words):
                continue
            if budget.sentences is not None and len(out) >= budget.sentences:
                return out
            if any(doc.similarity[i, j] > FILL_REDUNDANCY for j in out):
                continue
            g = sum(df.get(c, 0.0) for c in concepts[i] - covered)
            if g > gain:
                best, gain = i, g
        if best < 0:
            return out
        out.append(best)
        used += doc.lengths[best]
        covered |= concepts[best]


def _concepts(doc: Doc, budget: Budget, auto: bool) -> tuple[list[float], list[int]]:
    from newsdigest.summarize import concepts as cm

    if not auto:
        concepts = [cm.sentence_concepts(doc, i) for i in range(len(doc))]
        weights = cm.concept_weights(doc, concepts)
        sc = [sum(weights.get(c, 0.0) for c in cs) for cs in concepts]
        picked = cm.solve(doc, weights, concepts, budget, MIN_WORDS) if weights else None
    else:
        concepts = [porter_bigrams(s.text) for s in doc.sentences]
        n_docs = len(set(doc.doc_index))
        counts: dict[tuple[str, str], set[int]] = {}
        for d, cs in zip(doc.doc_index, concepts, strict=True):
            for c in cs:
                counts.setdefault(c, set()).add(d)
        floor = min_doc_frequency(n_docs) if n_docs > 1 else 1
        weights = {c: float(len(ds)) for c, ds in sorted(counts.items()) if len(ds) >= floor}
        if LEAD_BONUS:
            pos = doc.prose_positions
            lead: dict[tuple[str, str], set[int]] = {}
            for i, cs in enumerate(concepts):
                if (p := pos[i]) is not None and p < LEAD_SENTENCES:
                    for c in cs:
                        lead.setdefault(c, set()).add(doc.doc_index[i])
            weights = {c: w + LEAD_BONUS * len(lead.get(c, ())) for c, w in weights.items()}
        if n_docs == 1:  # one article: sentence frequency, as the single-article ILP does
            weights = cm.concept_weights(doc, concepts)
        sc = [sum(weights.get(c, 0.0) for c in cs) for cs in concepts]
        cands = candidates(doc, budget)
        picked = (
            cm.solve(doc, weights, concepts, budget, 0, only=cands, time_limit=TIME_LIMIT)
            if weights and cands
            else None
        )
        if picked is not None:
            df = {c: float(len(ds)) for c, ds in counts.items()}
            picked = fill(doc, picked, cands, concepts, df, budget)
    if not picked:
        picked = greedy(doc, sc, budget, redundancy=0.5)
    picked.sort(key=lambda j: (-sc[j], j))
    return sc, picked


def summarize_cluster(
    docs: list[tuple[str, list[Sentence]]], words: int = 100, method: str = "auto"
) -> list[ClusterPick]:
    """Pick sentences from ``docs`` ((article id, sentences) pairs) totalling at most ``words``
    words, no two saying the same thing; returned best first."""
    doc, ids = pooled(docs)
    if not len(doc):
        return []
    budget = Budget(words=words)
    if method == "lead":
        sc, chosen = _lead(doc, budget)
    elif method == "auto" and len(set(doc.doc_index)) < ILP_MIN_DOCS:
        from newsdigest.summarize import rank

        sc, chosen = rank(doc, "mmr", budget)
        chosen = _drop_near_duplicates(doc, chosen)
    elif method in ("auto", "concepts"):
        sc, chosen = _concepts(doc, budget, method == "auto")
    else:
        from newsdigest.summarize import rank

        sc, chosen = rank(doc, method, budget)
        chosen = _drop_near_duplicates(doc, chosen)
    return [ClusterPick(ids[doc.doc_index[i]], doc.sentences[i], float(sc[i])) for i in chosen]

"""The digest's summary: a multi-document extractive summary of the dyad's coverage.

Sentences relevant to the dyad go to :func:`summarize_cluster`; each picked sentence then
cites every article that reports the same thing (a clause of it matches a clause there, or
the whole sentences are close), and the picks are put in reading order: by article date
(oldest first, undated last), then by how early in its article the sentence comes.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from newsdigest.digest.facts import MATCH, FactIndex
from newsdigest.digest.index import Doc, Sent, tokens_for
from newsdigest.models import Sentence
from newsdigest.vectors import cosine, idf, tfidf

MIN_WORDS = 6  # headlines-as-sentences, bylines and captions are not summary material


def relevant(s: Sent, pair: tuple[str, str] | None) -> bool:
    if pair is None:
        return True
    return s.mentions_any(pair) or s.has_pair_event(pair)


REDUNDANT = 0.5  # concept cosine above which two summary sentences say the same thing
CONTAINED = 0.6  # share of the shorter sentence's idf mass that the other repeats
RETRIES = 3


def _picks(
    summarize_cluster: Any,
    cluster: list[tuple[str, list[Sentence]]],
    by_key: dict[tuple[str, int], Sent],
    words: int,
    method: str,
) -> list[Any]:
    """The summarizer's picks with no two saying the same thing, even within one article
    (a standfirst repeating the lead): a redundant pick is removed from the input and the
    summarizer asked again, so the freed words go to something new."""
    toks = {k: tokens_for(s.text, s.start, s.spans) for k, s in by_key.items()}
    weights = idf([sorted(set(t)) for t in toks.values()])
    vecs = {k: tfidf(t, weights) for k, t in toks.items()}
    sets = {k: set(t) for k, t in toks.items()}

    def same(a: tuple[str, int], b: tuple[str, int]) -> bool:
        if a not in vecs or b not in vecs:
            return False
        if cosine(vecs[a], vecs[b]) >= REDUNDANT:
            return True
        small, big = (sets[a], sets[b]) if len(sets[a]) <= len(sets[b]) else (sets[b], sets[a])
        mass = sum(weights.get(t, 1.0) for t in small) or 1.0
        return sum(weights.get(t, 1.0) for t in small & big) / mass >= CONTAINED

    excluded: set[tuple[str, int]] = set()
    picks: list[Any] = []
    for _ in range(RETRIES):
        docs = [(d, [x for x in sents if (d, x.index) not in excluded]) for d, sents in cluster]
        picks = summarize_cluster([d for d in docs if d[1]], words=words, method=method)
        kept: list[tuple[str, int]] = []
        redundant = False
        for p in picks:
            key = (p.doc, p.sentence.index)
            if any(same(key, k) for k in kept):
                excluded.add(key)
                redundant = True
            else:
                kept.append(key)
        if not redundant:
            return picks
    return [p for p in picks if (p.doc, p.sentence.index) not in excluded]


def summary(
    docs: list[Doc],
    pair: tuple[str, str] | None,
    fx: FactIndex,
    refs: dict[str, int],
    words: int,
    method: str,
) -> list[dict[str, Any]]:
    from newsdigest.summarize.cluster import summarize_cluster

    cluster: list[tuple[str, list[Sentence]]] = []
    by_key: dict[tuple[str, int], Sent] = {}
    for doc in docs:
        title = (doc.ann.article.title or "").strip()
        keep = []
        for s in doc.sents:
            if len(s.text.split()) < MIN_WORDS or s.text.strip() == title:
                continue
            if relevant(s, pair):
                keep.append(s.sentence)
                by_key[(doc.id, s.sentence.index)] = s
        if keep:
            cluster.append((doc.id, keep))
    if not cluster:
        return []
    picks = _picks(summarize_cluster, cluster, by_key, words, method)

    # Which articles report each sentence: through the clause matches.
    clause_of_sent: dict[tuple[str, int], list[int]] = defaultdict(list)
    for c in fx.clauses:
        clause_of_sent[(c.doc, c.sent.sentence.index)].append(c.id)
    partners: dict[int, set[str]] = defaultdict(set)
    for (i, j), score in fx.pairs.items():
        if score >= MATCH:
            partners[i].add(fx.clauses[j].doc)
            partners[j].add(fx.clauses[i].doc)

    out = []
    used = 0
    seen: set[tuple[str, int]] = set()
    for p in picks:
        key = (p.doc, p.sentence.index)
        n = len(p.sentence.text.split())
        if key in seen or used + n > words:
            continue
        seen.add(key)
        used += n
        sources = {p.doc}
        for cid in clause_of_sent.get(key, []):
            sources |= partners.get(cid, set())
        doc = next(d for d in docs if d.id == p.doc)
        total = max(1, len(doc.sents))
        out.append(
            {
                "text": p.sentence.text,
                "sources": sorted(sources),
                "refs": sorted(refs[s] for s in sources),
                "source": p.doc,
                "position": p.sentence.index,
                "score": round(float(p.score), 6),
                "date": doc.date,
                "_order": (doc.date or "9999", p.sentence.index / total, doc.rank),
            }
        )
    out.sort(key=lambda r: r["_order"])
    for r in out:
        del r["_order"]
    return out

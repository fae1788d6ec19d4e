"""Facts: clauses compared by meaning across articles -> corroborated and unique facts.

Each clause becomes a bag of concepts (lexicon-normalised content words, country and
organisation codes in place of their names, actors by canonical name, calendar dates).
Two clauses from different articles state the same fact when their TF-IDF cosine, plus a
bonus for a shared date and a shared dyadic event class, passes a threshold and they share
at least two concepts beyond the dyad's own codes.

Never all pairs: candidates come from prefix filtering (each clause is indexed under its
rarest concepts only; clauses that share none of them cannot be similar enough), so work
grows with the number of clauses times the small bucket sizes, not quadratically.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from newsdigest.digest.clauses import clause_spans, display
from newsdigest.digest.index import Doc, Sent, tokens_for
from newsdigest.vectors import cosine

MATCH = 0.30  # same fact
NEAR = 0.22  # close enough that the fact is not "unique" to one source
PREFIX = 5  # rarest concepts a clause is indexed under
MAX_BUCKET = 400  # a concept shared by more clauses than this is not a useful key
DAY_BONUS = 0.2
MONTH_BONUS = 0.1
EVENT_BONUS = 0.1


@dataclass(slots=True)
class Clause:
    id: int
    doc: str
    rank: int
    sent: Sent
    start: int  # absolute offsets in the article text
    end: int
    text: str
    tokens: list[str]
    vec: dict[str, float] = field(default_factory=dict)
    days: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()

    @property
    def concepts(self) -> set[str]:
        return {t for t in self.tokens if not t.startswith(("date:", "month:"))}


@dataclass(slots=True)
class FactIndex:
    clauses: list[Clause]
    pairs: dict[tuple[int, int], float]  # (i, j) with i < j, different articles -> score
    best: dict[int, float]  # clause id -> best score against another article


def make_clauses(docs: list[Doc]) -> list[Clause]:
    out: list[Clause] = []
    for doc in docs:
        for s in doc.sents:
            for a, b in clause_spans(s.text):
                text = s.text[a:b]
                toks = tokens_for(text, s.start + a, s.spans)
                months = frozenset(t[5:12] for t in toks if t.startswith("date:") and len(t) >= 12)
                toks += ["month:" + m for m in sorted(months)]
                out.append(Clause(len(out), doc.id, doc.rank, s, s.start + a, s.start + b, text, toks))
    return out


def _vectorise(clauses: list[Clause]) -> Counter[str]:
    df: Counter[str] = Counter()
    for c in clauses:
        df.update(set(c.tokens))
    n = len(clauses)
    idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
    for c in clauses:
        tf = Counter(t for t in c.tokens if not t.startswith(("date:", "month:")))
        vec = {t: k * idf[t] for t, k in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        c.vec = {t: v / norm for t, v in vec.items()}
        c.days = frozenset(t[5:] for t in c.tokens if t.startswith("date:") and len(t) >= 15)
        c.months = frozenset(t[6:] for t in c.tokens if t.startswith("month:"))
    return df


def _quads(s: Sent, pair: tuple[str, str] | None) -> set[tuple[str, int]]:
    out = set()
    for e in s.events:
        key = "-".join(sorted((e.source, e.target)))
        if pair is None or {e.source, e.target} == set(pair):
            out.add((key, e.quad))
    return out


def similarity(a: Clause, b: Clause, pair: tuple[str, str] | None) -> tuple[float, int]:
    """Score and number of shared concepts beyond the dyad's codes."""
    score = cosine(a.vec, b.vec)
    if a.days & b.days:
        score += DAY_BONUS
    elif a.months & b.months:
        score += MONTH_BONUS
    if _quads(a.sent, pair) & _quads(b.sent, pair):
        score += EVENT_BONUS
    own = set(pair or ())
    shared = (a.concepts & b.concepts) - own
    extra = len(shared) + (1 if (a.days & b.days or a.months & b.months) else 0)
    return score, extra


def index_facts(docs: list[Doc], pair: tuple[str, str] | None) -> FactIndex:
    clauses = make_clauses(docs)
    df = _vectorise(clauses)
    buckets: dict[str, list[int]] = defaultdict(list)
    for c in clauses:
        keys = sorted({t for t in c.tokens if df[t] >= 2 and t not in (pair or ())}, key=lambda t: (df[t], t))
        for t in keys[:PREFIX]:
            buckets[t].append(c.id)
    candidates: set[tuple[int, int]] = set()
    for key in sorted(buckets):
        ids = buckets[key]
        if len(ids) > MAX_BUCKET:
            continue
        for x in range(len(ids)):
            cx = clauses[ids[x]]
            for y in range(x + 1, len(ids)):
                cy = clauses[ids[y]]
                if cx.doc != cy.doc:
                    candidates.add((cx.id, cy.id) if cx.id < cy.id else (cy.id, cx.id))
    pairs: dict[tuple[int, int], float] = {}
    best: dict[int, float] = {}
    for i, j in sorted(candidates):
        score, extra = similarity(clauses[i], clauses[j], pair)
        if extra < 2:
            continue
        if score >= NEAR:
            pairs[(i, j)] = score
            best[i] = max(best.get(i, 0.0), score)
            best[j] = max(best.get(j, 0.0), score)
    return FactIndex(clauses, pairs, best)


def _find(parent: dict[int, int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def corroborated(
    fx: FactIndex, refs: dict[str, int], pair: tuple[str, str] | None, limit: int = 20
) -> list[dict[str, Any]]:
    """Facts two or more articles state: greedy merging of matching clauses, strongest first,
    never two clauses of the same article in one fact."""
    parent: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    strength: dict[int, float] = {}
    for (i, j), score in sorted(fx.pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        if score < MATCH:
            continue
        for x in (i, j):
            if x not in parent:
                parent[x] = x
                members[x] = [x]
                strength[x] = 0.0
        ri, rj = _find(parent, i), _find(parent, j)
        if ri == rj:
            continue
        docs_i = {fx.clauses[m].doc for m in members[ri]}
        docs_j = {fx.clauses[m].doc for m in members[rj]}
        if docs_i & docs_j:
            continue
        lo, hi = min(ri, rj), max(ri, rj)
        parent[hi] = lo
        members[lo] = members[lo] + members.pop(hi)
        strength[lo] = max(strength[lo], strength.pop(hi), score)
    out = []
    for root in sorted(members):
        ms = sorted(members[root], key=lambda m: (fx.clauses[m].rank, m))
        cls = [fx.clauses[m] for m in ms]
        rep = _representative(cls)
        sources = sorted({c.doc for c in cls})
        days = sorted(set().union(*(c.days for c in cls)))
        out.append(
            {
                "text": display(rep.text),
                "sources": sources,
                "refs": sorted(refs[s] for s in sources),
                "score": round(strength[root], 3),
                "date": days[0] if days else None,
                "variants": [{"source": c.doc, "text": display(c.text)} for c in cls],
            }
        )
    out.sort(key=lambda r: (-len(r["sources"]), -r["score"], r["text"]))
    return out[:limit]


def _representative(cls: list[Clause]) -> Clause:
    """The wording to show: the most informative clause of moderate length."""

    def key(c: Clause) -> tuple[float, int, int]:
        n = len(c.text.split())
        penalty = 0 if 8 <= n <= 30 else 1
        return (penalty, -len(c.concepts), c.rank)

    return sorted(cls, key=key)[0]


def notability(c: Clause, pair: tuple[str, str] | None) -> float:
    """How worth listing a clause is: the dyad, other entities, dates, events, substance."""
    own = set(pair or ())
    toks = c.tokens
    score = 0.0
    if any(t in own for t in toks):
        score += 1.0
    elif pair and c.sent.mentions_any(pair):
        score += 0.5
    if any(t.isupper() and t not in own for t in toks) or any(t.startswith("@") for t in toks):
        score += 0.5
    if c.days or c.months or any(t.startswith("date:") for t in toks):
        score += 0.3
    if pair and c.sent.has_pair_event(pair):
        score += 0.5
    score += min(len(c.concepts), 12) / 12
    if len(c.text.split()) < 5:
        score -= 1.0
    return score


def unique(
    fx: FactIndex,
    refs: dict[str, int],
    pair: tuple[str, str] | None,
    per_doc: int = 8,
    limit: int = 30,
) -> list[dict[str, Any]]:
    """Notable facts only one article states: no clause of another article comes near them.
    Near-duplicates within the article are listed once."""
    by_doc: dict[str, list[Clause]] = defaultdict(list)
    for c in fx.clauses:
        if fx.best.get(c.id, 0.0) >= NEAR:
            continue
        if pair and not c.sent.mentions_any(pair) and not any(t in pair for t in c.tokens):
            continue
        by_doc[c.doc].append(c)
    chosen: list[tuple[float, Clause]] = []
    for doc in sorted(by_doc, key=lambda d: (by_doc[d][0].rank, d)):
        ranked = sorted(by_doc[doc], key=lambda c: (-notability(c, pair), c.id))
        kept: list[Clause] = []
        for c in ranked:
            if notability(c, pair) < 1.25:
                break
            if any(cosine(c.vec, k.vec) >= MATCH for k in kept):
                continue
            kept.append(c)
            if len(kept) >= per_doc:
                break
        chosen += [(notability(c, pair), c) for c in kept]
    chosen.sort(key=lambda sc: (-sc[0], sc[1].rank, sc[1].id))
    chosen = chosen[:limit]
    chosen.sort(key=lambda sc: (sc[1].rank, sc[1].id))
    return [
        {
            "text": display(c.text),
            "sources": [c.doc],
            "refs": [refs[c.doc]],
            "score": round(s, 3),
        }
        for s, c in chosen
    ]

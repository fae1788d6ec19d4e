"""Facts: clauses compared by meaning across articles -> corroborated and unique facts.

Each clause becomes a bag of concepts (lexicon-normalised content words, country and
organisation codes in place of their names, actors by canonical name, calendar dates).
Two clauses from different articles state the same fact when their similarity (half the
cosine of their idf-weighted concept sets, half how much of the smaller clause's idf mass
the other contains), plus a bonus for a shared date and a shared dyadic event (source,
target, quad), passes a threshold, and they share at least two things beyond the dyad's
own codes (concepts, a date, an event).

Never all pairs: candidates come from prefix filtering (each clause is indexed under its
rarest concepts only; clauses that share none of them cannot be similar enough), so work
grows with the number of clauses times the small bucket sizes, not quadratically.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from newsdigest.digest.clauses import clause_spans, display
from newsdigest.digest.index import Doc, Sent, tokens_for
from newsdigest.vectors import cosine

MATCH = 0.30  # same fact
NEAR = 0.24  # close enough that the fact is not "unique" to one source
PREFIX = 5  # rarest concepts a clause is indexed under
MAX_BUCKET = 400  # a concept shared by more clauses than this is not a useful key
DATE_BONUS = 0.2  # the same calendar value (day or month)
MONTH_BONUS = 0.1  # dates in the same month
EVENT_BONUS = 0.15  # the same dyadic event (source, target, quad class, month)
UNIQUE_MIN = 1.2  # notability a one-source fact needs to be listed


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
    feats: frozenset[str] = frozenset()  # concepts compared (no dates, no dyad codes)
    dates: frozenset[str] = frozenset()  # calendar values at month precision or finer
    months: frozenset[str] = frozenset()
    events: frozenset[tuple[str, str, int, str]] = frozenset()  # source, target, quad, month
    vec: dict[str, float] = field(default_factory=dict)  # unit vector of idf weights
    mass: float = 0.0  # sum of idf weights

    @property
    def concepts(self) -> set[str]:
        return {t for t in self.tokens if not t.startswith(("date:", "month:"))}


@dataclass(slots=True)
class FactIndex:
    clauses: list[Clause]
    pairs: dict[tuple[int, int], float]  # (i, j) with i < j, different articles -> score
    best: dict[int, float]  # clause id -> best score against another article


def make_clauses(docs: list[Doc], pair: tuple[str, str] | None = None) -> list[Clause]:
    own = set(pair or ())
    out: list[Clause] = []
    for doc in docs:
        for s in doc.sents:
            spans = clause_spans(s.text)
            ev_at: list[tuple[int, tuple[str, str, int, str]]] = []
            for e in s.events:
                at = s.text.find(e.text) if e.text else -1
                # The main dyad's events are the topic itself: they only count as shared
                # when their dates agree too (same dyad + quad + month).
                month = (e.date or "")[:7] if e.date and len(e.date) >= 7 else ""
                if own and {e.source, e.target} == own and not month:
                    continue
                ev_at.append((max(at, 0), (e.source, e.target, e.quad, month)))
            for a, b in spans:
                text = s.text[a:b]
                toks = tokens_for(text, s.start + a, s.spans)
                values = [t[5:] for t in toks if t.startswith("date:")]
                dates = frozenset(v for v in values if len(v) >= 7 and v[5:7].isdigit())
                months = frozenset(v[:7] for v in dates)
                toks += ["month:" + m for m in sorted(months)]
                feats = frozenset(t for t in toks if not t.startswith(("date:", "month:")) and t not in own)
                events = frozenset(k for at, k in ev_at if a <= at < b)
                out.append(
                    Clause(
                        len(out),
                        doc.id,
                        doc.rank,
                        s,
                        s.start + a,
                        s.start + b,
                        text,
                        toks,
                        feats,
                        dates,
                        months,
                        events,
                    )
                )
    return out


def _vectorise(clauses: list[Clause]) -> Counter[str]:
    df: Counter[str] = Counter()
    for c in clauses:
        df.update(c.feats)
        df.update("month:" + m for m in c.months)
    n = len(clauses)
    idf = {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in df.items()}
    for c in clauses:
        norm = math.sqrt(sum(idf[t] ** 2 for t in c.feats)) or 1.0
        c.vec = {t: idf[t] / norm for t in c.feats}
        c.mass = sum(idf[t] for t in c.feats)
    return df


def similarity(a: Clause, b: Clause) -> tuple[float, int]:
    """Score (half cosine, half containment of the smaller clause's idf mass, plus bonuses
    for shared dates and events) and the number of shared concepts, dates and events."""
    shared = a.feats & b.feats
    if a.mass and b.mass:
        cos = sum(a.vec[t] * b.vec[t] for t in shared)
        small = a if a.mass <= b.mass else b
        cont = sum(small.vec[t] for t in shared) / (sum(small.vec.values()) or 1.0)
        score = 0.5 * cos + 0.5 * cont
    else:
        score = 0.0
    extra = len(shared)
    if a.dates & b.dates:
        score += DATE_BONUS
        extra += 1
    elif a.months & b.months:
        score += MONTH_BONUS
        extra += 1
    if a.events & b.events:
        score += EVENT_BONUS
        extra += 1
    return score, extra


def index_facts(docs: list[Doc], pair: tuple[str, str] | None) -> FactIndex:
    clauses = make_clauses(docs, pair)
    df = _vectorise(clauses)
    buckets: dict[str, list[int]] = defaultdict(list)
    for c in clauses:
        keys = sorted(
            {t for t in c.feats if df[t] >= 2} | {"month:" + m for m in c.months},
            key=lambda t: (df[t], t),
        )
        for t in keys[:PREFIX]:
            buckets[t].append(c.id)
        for e in sorted(c.events):
            buckets["event:" + ":".join(str(x) for x in e)].append(c.id)
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
        score, extra = similarity(clauses[i], clauses[j])
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
        if len(sources) < 2:
            continue
        days = sorted(set().union(*(c.dates for c in cls)))
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


_DEPENDENT = re.compile(
    r"^[\"“]?(?:as|saying|adding|warning|noting|although|though|so that|which|who|while|whereas|including)\b"
)


def _relevant(s: Sent, pair: tuple[str, str] | None) -> bool:
    if pair is None:
        return True
    return s.mentions_any(pair) or s.has_pair_event(pair) or any(q.speaker_country in pair for q in s.quotes)


def _is_entity(t: str) -> bool:
    return t.startswith(("@", "date:", "month:")) or (t.isupper() and len(t) >= 2)


def notability(c: Clause, pair: tuple[str, str] | None) -> float:
    """How worth listing a clause is: about the dyad, naming other entities or a date,
    carrying an event, and saying something (content words beyond names)."""
    own = set(pair or ())
    toks = c.tokens
    content = {t for t in toks if not _is_entity(t)}
    score = 0.0
    if any(t in own for t in toks):
        score += 1.0
    elif _relevant(c.sent, pair):
        score += 0.6
    if any(_is_entity(t) and t not in own and not t.startswith(("date:", "month:")) for t in toks):
        score += 0.5
    if any(t.startswith("date:") for t in toks):
        score += 0.3
    if c.events:
        score += 0.3
    score += min(len(content), 10) / 10
    if len(content) < 3:
        score -= 1.0
    if _DEPENDENT.match(c.text):
        score -= 0.4  # a dependent clause leans on the rest of its sentence
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
        if not _relevant(c.sent, pair) and not any(t in (pair or ()) for t in c.tokens):
            continue
        by_doc[c.doc].append(c)
    chosen: list[tuple[float, Clause]] = []
    for doc in sorted(by_doc, key=lambda d: (by_doc[d][0].rank, d)):
        ranked = sorted(by_doc[doc], key=lambda c: (-notability(c, pair), c.id))
        kept: list[Clause] = []
        for c in ranked:
            if notability(c, pair) < UNIQUE_MIN:
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

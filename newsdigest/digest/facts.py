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

from newsdigest.digest.clauses import clause_spans, display, with_subject
from newsdigest.digest.index import Doc, Sent, find_root, tokens_for
from newsdigest.vectors import cosine

MATCH = 0.30  # same fact
NEAR = 0.24  # close enough that the fact is not "unique" to one source
PREFIX = 5  # rarest concepts a clause is indexed under
MAX_BUCKET = 400  # a concept shared by more clauses than this is not a useful key
DATE_BONUS = 0.2  # the same calendar value (day or month)
MONTH_BONUS = 0.1  # dates in the same month
EVENT_BONUS = 0.15  # the same dyadic event (source, target, quad class, month)
UNIQUE_MIN = 1.0  # notability a one-source fact needs to be listed
UNIQUE_LIMIT = 12  # in all; each article gets an even share, at least UNIQUE_PER_DOC
UNIQUE_PER_DOC = 3

# Words every report on bilateral relations uses: sharing only these (and the countries'
# codes, and people's names) is no evidence that two clauses state the same fact. Two clauses
# must also share something specific: a content word not listed here, a date, a dated event.
GENERIC = frozenset(
    """relation crisis meet talk cooperate country issu group operation official government
    minister president leader agree joint urge member statement report plan support side
    region international bilateral nation people work decision step need help matter
    situation develop interest call world mean""".split()
)


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
        return {t for t in self.tokens if not t.startswith("date:")}


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
                feats = frozenset(t for t in toks if not t.startswith("date:") and t not in own)
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


def specific(a: Clause, b: Clause) -> bool:
    """The two clauses share something specific: a date (month or finer), a dated event, or a
    content word that is neither generic, a code nor a person's name."""
    if a.dates & b.dates or a.months & b.months:
        return True
    if any(e[3] for e in a.events & b.events):
        return True
    return any(t not in GENERIC and not _is_entity(t) for t in a.feats & b.feats)


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
        if extra < 2 or not specific(clauses[i], clauses[j]):
            continue
        if score >= NEAR:
            pairs[(i, j)] = score
            best[i] = max(best.get(i, 0.0), score)
            best[j] = max(best.get(j, 0.0), score)
    return FactIndex(clauses, pairs, best)


def corroborated(
    fx: FactIndex, refs: dict[str, int], pair: tuple[str, str] | None, limit: int = 20
) -> list[dict[str, Any]]:
    """Facts two or more articles state: greedy merging of matching clauses, strongest first,
    never two clauses of the same article in one fact. Two facts about the same day (the
    same happening told twice over) are one fact."""
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
        ri, rj = find_root(parent, i), find_root(parent, j)
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
    groups = []
    for root in sorted(members):
        cls = [fx.clauses[m] for m in sorted(members[root], key=lambda m: (fx.clauses[m].rank, m))]
        if len({c.doc for c in cls}) >= 2:
            groups.append((cls, strength[root]))
    # The same day in two facts: one happening (the 9 August meeting told as "the meeting
    # between the presidents on August 9" and "Erdogan visited Saint Petersburg on Tuesday").
    merged: list[tuple[list[Clause], float]] = []
    by_day: dict[str, int] = {}
    for cls, st in groups:
        days = sorted({d for c in cls for d in c.dates if len(d) >= 10})
        into = next((by_day[d] for d in days if d in by_day), None)
        if into is None:
            for d in days:
                by_day[d] = len(merged)
            merged.append((list(cls), st))
        else:
            old, ost = merged[into]
            merged[into] = (old + cls, max(ost, st))
    out = []
    for cls, st in merged:
        rep = _representative(cls)
        sources = sorted({c.doc for c in cls})
        days = sorted(set().union(*(c.dates for c in cls)))
        out.append(
            {
                "text": standalone(rep),
                "sources": sources,
                "refs": sorted(refs[s] for s in sources),
                "score": round(st, 3),
                "date": days[0] if days else None,
                "variants": [{"source": c.doc, "text": display(c.text)} for c in cls],
            }
        )
    out.sort(key=lambda r: (-len(r["sources"]), -r["score"], r["text"]))
    return out[:limit]


_PRONOUN = re.compile(r"^(?:He|She)\b")


def standalone(c: Clause, limit: int = 40) -> str:
    """The clause as a line that reads on its own: connectives dropped, the subject of a
    coordinated verb phrase restored, "He"/"She" replaced by the sentence's quoted speaker."""
    s = c.sent
    text = with_subject(s.text, c.start - s.start, c.end - s.start)
    shown = display(text, limit)
    who = sorted({q.speaker for q in s.quotes if q.speaker})
    if _PRONOUN.match(shown) and len(who) == 1:
        shown = who[0].split()[-1] + shown[shown.index(" ") :]
    if len(who) == 1:  # "..., he said." -> "..., Straw said."
        shown = _FRAME_PRONOUN.sub(lambda m: f"{m.group(1)}{who[0].split()[-1]} {m.group(3)}", shown)
    inside = [q for q in s.quotes if q.speaker and q.start - 2 <= c.start and c.end <= q.end + 2]
    if inside and not re.search(_SPEECH_CUE, shown):
        # Words of a quotation with no reporting frame of their own: attributed.
        words = shown.strip('"“”')
        shown = f"{inside[0].speaker.split()[-1]}: “{words}”"
    return shown


_FRAME_PRONOUN = re.compile(r"([,”\"]\s+)(he|she)\s+(said|says|added|stressed|told)\b")
_SPEECH_CUE = r"\b(?:said|says|told|added|stressed|noted|according to)\b"


def _representative(cls: list[Clause]) -> Clause:
    """The wording to show: the most informative clause of moderate length."""

    def key(c: Clause) -> tuple[int, int, int, int]:
        n = len(c.text.split())
        penalty = 0 if 8 <= n <= 30 else 1
        return (penalty, _leans(c), -len(c.concepts), c.rank)

    return sorted(cls, key=key)[0]


def _leans(c: Clause) -> int:
    """1 when the clause does not read on its own: it opens on an unresolved reference or is
    a fragment ("to temporarily block the sale - ...", "his first trip abroad ...")."""
    raw = c.text.strip().lstrip('"“')
    shown = display(c.text)
    return int(
        bool(_UNRESOLVED.match(shown) or _PRONOUN.match(shown) or raw[:1].islower() or raw.startswith("To "))
    )


_DEPENDENT = re.compile(
    r"^[\"“]?(?:as|saying|adding|warning|noting|although|though|so that|which|who|while|whereas|including)\b"
)
_NUMBER = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
    r"millions?|billions?|half|first|double[sd]?|tripled?|halved?|per ?cent)\b|%",
    re.IGNORECASE,
)
_UNRESOLVED = re.compile(r"^(?:it|they|this|these|those|that|there|we|i|you|its|their)\b", re.IGNORECASE)


def _is_entity(t: str) -> bool:
    return t.startswith(("@", "date:")) or (t.isupper() and len(t) >= 2)


def notability(c: Clause, pair: tuple[str, str] | None) -> float:
    """How worth listing a one-source fact is; 0 when it is not notable at all.

    Notable means: it concerns the dyad (names one of the pair, quotes or names one of their
    people, or carries one of their events) and carries something an analyst can use (an
    event, a date, a number, a named actor). It ranks higher when it concerns both, relates
    them to a third country or organisation, and says more. Clauses that lean on their
    context (an unresolved pronoun, a dependent clause, an unattributed quotation) and
    speculation rank lower."""
    own = set(pair or ())
    toks = c.tokens
    s = c.sent
    speakers = {q.speaker_country for q in s.quotes if q.speaker and q.speaker_country}
    cover = {t for t in toks if t in own} | (speakers & own)
    if any(t.startswith("@") for t in toks):
        cover |= set(s.actor_countries) & own
    restored = with_subject(s.text, c.start - s.start, c.end - s.start)
    if restored != c.text:  # "... but upped its involvement": the subject is the sentence's
        tail = 0
        while tail < min(len(restored), len(c.text)) and restored[-1 - tail] == c.text[-1 - tail]:
            tail += 1
        head = restored[: len(restored) - tail]
        cover |= {tok for a, b, tok in s.spans if tok in own and s.text[a - s.start : b - s.start] in head}
    here = [e for e in s.events if e.text and e.text in c.text]
    pair_event = any({e.source, e.target} == own for e in here) if own else bool(here)
    codes = set(s.codes) | speakers | set(s.actor_countries)
    score = 0.0
    if not own or pair_event or cover == own:
        score += 1.0
    elif cover and codes - own:
        score += 0.5  # one of the pair, with a third party
    elif cover:
        score += 0.3  # one of the pair alone: often its domestic affairs
    else:
        return 0.0
    marks = 0.0
    if here:
        marks += 0.4
    if any(t.startswith("date:") for t in toks):
        marks += 0.3
    if _NUMBER.search(c.text):
        marks += 0.2
    if any(t.startswith("@") for t in toks) or speakers:
        marks += 0.2  # a named actor
    if not marks:
        return 0.0
    score += marks
    if codes - own:
        score += 0.3  # a third country or organisation
    specific = {t for t in toks if not _is_entity(t) and t not in GENERIC}
    score += min(len(specific), 8) / 12
    text = display(c.text)
    quoted = any(q.start - 2 <= c.start < q.end + 2 for q in s.quotes if q.speaker)
    if _DEPENDENT.match(c.text.strip()):
        score -= 0.6  # a dependent clause leans on the rest of its sentence
    if _UNRESOLVED.match(text) and not (quoted and _FIRST_PERSON.match(text)):
        score -= 0.6
    if _PRONOUN.match(text) and not any(q.speaker for q in s.quotes):
        score -= 0.6
    if c.text.lstrip()[:1] in '"“' and not quoted:
        score -= 0.3
    if len(text.split()) < 8:
        score -= 0.3  # too short to say much on its own
    if _HEDGE.search(c.text):
        score -= 0.3  # speculation, not a fact
    return score


_FIRST_PERSON = re.compile(r"^(?:we|i|our|my)\b", re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(?:speculate[sd]?|believed to|reportedly|rumou?r(?:s|ed)?|allegedly)\b", re.IGNORECASE
)
SAME_TOPIC = 0.2  # cosine above which two facts of one article are near-duplicates


def unique(
    fx: FactIndex,
    refs: dict[str, int],
    pair: tuple[str, str] | None,
    per_doc: int | None = None,
    limit: int = UNIQUE_LIMIT,
    shown: frozenset[tuple[str, int]] = frozenset(),
) -> list[dict[str, Any]]:
    """Notable facts only one article states (no clause of another article comes near
    them), at most ``per_doc`` per article and ``limit`` in all, the most notable kept;
    listed by article, in article order. Near-duplicates within the article are listed once;
    sentences the summary already shows ``shown`` (article id, sentence index) are left out."""
    by_doc: dict[str, list[tuple[float, Clause]]] = defaultdict(list)
    for c in fx.clauses:
        if fx.best.get(c.id, 0.0) >= NEAR or (c.doc, c.sent.sentence.index) in shown:
            continue
        n = notability(c, pair)
        if n >= UNIQUE_MIN:
            by_doc[c.doc].append((n, c))
    if per_doc is None:
        per_doc = max(UNIQUE_PER_DOC, -(-limit // max(1, len(by_doc))))
    chosen: list[tuple[float, Clause]] = []
    for doc in sorted(by_doc, key=lambda d: (by_doc[d][0][1].rank, d)):
        kept: list[tuple[float, Clause]] = []
        for n, c in sorted(by_doc[doc], key=lambda sc: (-sc[0], sc[1].id)):
            if any(cosine(c.vec, k.vec) >= SAME_TOPIC or c.sent is k.sent for _, k in kept):
                continue
            kept.append((n, c))
            if len(kept) >= per_doc:
                break
        chosen += kept
    chosen.sort(key=lambda sc: (-sc[0], sc[1].rank, sc[1].id))
    chosen = chosen[:limit]
    chosen.sort(key=lambda sc: (sc[1].rank, sc[1].id))
    return [
        {
            "text": standalone(c),
            "sources": [c.doc],
            "refs": [refs[c.doc]],
            "score": round(s, 3),
        }
        for s, c in chosen
    ]

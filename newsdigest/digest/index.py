"""Per-sentence view of the annotations: which countries, actors, dates and events each
sentence carries, and the concept tokens the digest compares sentences and clauses by.

Everything else in ``digest/`` reads these records instead of re-walking the annotations.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from newsdigest.digest.lexicon import concepts
from newsdigest.models import Annotations, Event, Quote, Sentence, TimeExpression

CALENDAR_PREFIXES = tuple("0123456789")


@dataclass(slots=True)
class Sent:
    """One sentence of one article with what the annotators found in it."""

    doc: str  # article id
    rank: int  # the article's position in the id-sorted input (stable across input orders)
    sentence: Sentence
    codes: dict[str, int] = field(default_factory=dict)  # code -> mentions in the sentence
    actors: list[str] = field(default_factory=list)  # canonical actor names
    actor_countries: list[str] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # entity spans -> token

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    def mentions_any(self, pair: tuple[str, str]) -> bool:
        return any(c in self.codes or c in self.actor_countries for c in pair)

    def mentions_both(self, pair: tuple[str, str]) -> bool:
        return all(c in self.codes or c in self.actor_countries for c in pair)

    def has_pair_event(self, pair: tuple[str, str]) -> bool:
        return any({e.source, e.target} == set(pair) for e in self.events)


@dataclass(slots=True)
class Doc:
    """One article, its sentences and its annotations, for the digest."""

    id: str
    rank: int
    ann: Annotations
    sents: list[Sent]

    @property
    def date(self) -> str | None:
        return self.ann.article.date


def find_root(parent: dict[int, int] | list[int], x: int) -> int:
    """The root of ``x`` in a union-find forest (path halving)."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def is_calendar(value: str | None) -> bool:
    """A TIMEX value naming a calendar date, month, year, week or season (not PRESENT_REF, P3D)."""
    return bool(value) and value[0] in CALENDAR_PREFIXES and len(value) >= 4 and value[:4].isdigit()


def tokens_for(text: str, base: int, spans: list[tuple[int, int, str]]) -> list[str]:
    """Concept tokens of ``text`` (which starts at offset ``base`` of the article), with
    entity spans replaced by their code or canonical-name token."""
    out: list[str] = []
    pos = base
    end = base + len(text)
    for s, e, tok in spans:
        if e <= base or s >= end or s < pos:
            continue
        out.extend(concepts(text[pos - base : s - base]))
        out.append(tok)
        pos = e
    out.extend(concepts(text[pos - base :]))
    return out


def _actor_token(name: str) -> str:
    return "@" + name.lower().split()[-1] if name.split() else "@" + name.lower()


def build_docs(annotated: list[Annotations], canonical: dict[tuple[str, str], str]) -> list[Doc]:
    """Index every article (sorted by id). ``canonical`` maps (article id, actor name) to the
    actor's name unified across articles."""
    docs: list[Doc] = []
    for rank, ann in enumerate(sorted(annotated, key=lambda a: a.article.id)):
        aid = ann.article.id
        sents = [Sent(aid, rank, s) for s in ann.sentences]
        starts = [s.start for s in ann.sentences]

        def where(offset: int, starts: list[int] = starts, sents: list[Sent] = sents) -> Sent | None:
            i = bisect.bisect_right(starts, offset) - 1
            if 0 <= i < len(sents) and sents[i].start <= offset < max(sents[i].end, offset + 1):
                return sents[i]
            return None

        for m in ann.mentions:
            s = where(m.start)
            if s is not None:
                s.codes[m.code] = s.codes.get(m.code, 0) + 1
                s.spans.append((m.start, m.end, m.code))
        for actor in ann.actors:
            name = canonical.get((aid, actor.name), actor.name)
            tok = _actor_token(name)
            for a, b in actor.spans:
                s = where(a)
                if s is None:
                    continue
                if name not in s.actors:
                    s.actors.append(name)
                if actor.country and actor.country not in s.actor_countries:
                    s.actor_countries.append(actor.country)
                s.spans.append((a, b, tok))
        for t in ann.times:
            s = where(t.start)
            if s is not None:
                s.times.append(t)
                if is_calendar(t.value):
                    s.spans.append((t.start, t.end, "date:" + t.value))
        for ev in ann.events:
            s = where(ev.start)
            if s is not None:
                s.events.append(ev)
        for q in ann.quotes:
            s = where(q.start)
            if s is not None:
                s.quotes.append(q)
        for s in sents:
            s.spans.sort()
            # Overlapping spans: keep the first (longest at the same start) of each overlap.
            kept: list[tuple[int, int, str]] = []
            for sp in sorted(s.spans, key=lambda x: (x[0], -x[1], x[2])):
                if kept and sp[0] < kept[-1][1]:
                    continue
                kept.append(sp)
            s.spans = kept
            s.actors.sort()
            s.actor_countries.sort()
        docs.append(Doc(aid, rank, ann, sents))
    return docs


def strictly_relevant(s: Sent, pair: tuple[str, str] | None) -> bool:
    """The sentence names one of the pair, carries one of its events, or quotes its people."""
    if pair is None:
        return True
    return s.mentions_any(pair) or s.has_pair_event(pair) or any(q.speaker_country in pair for q in s.quotes)


def relevant_indices(doc: Doc, pair: tuple[str, str] | None) -> set[int]:
    """Sentences about the dyad: strictly relevant ones, plus sentences that name no other
    country and sit next to a strictly relevant one ("the two countries", "back then")."""
    strict = [strictly_relevant(s, pair) for s in doc.sents]
    out = {i for i, ok in enumerate(strict) if ok}
    for i, s in enumerate(doc.sents):
        if strict[i] or s.codes:
            continue
        if (i > 0 and strict[i - 1]) or (i + 1 < len(strict) and strict[i + 1]):
            out.add(i)
    return out

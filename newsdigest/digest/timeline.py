"""The dyad's timeline: dated happenings, oldest first, one line per event.

Entries come from calendar time expressions in sentences about the dyad (and from dyadic
events whose date a time expression in their sentence gave). The same happening reported by
several articles (same date value, similar content) becomes one entry listing every source.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from newsdigest.digest.clauses import clause_spans, display
from newsdigest.digest.index import Doc, Sent, is_calendar, tokens_for
from newsdigest.models import TimeExpression
from newsdigest.vectors import cosine

DAY_MATCH = 0.12  # same day: a little shared content is enough
COARSE_MATCH = 0.3  # same month or year: needs more
MAX_WORDS = 28
_SEASON = {"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}


@dataclass(slots=True)
class Entry:
    date: str
    text: str
    doc: str
    rank: int
    position: int
    inferred: bool
    expression: str
    tokens: dict[str, float]
    quads: list[int] = field(default_factory=list)


def sort_key(value: str) -> tuple[int, int, int, str]:
    """Chronological key for TIMEX values of any precision: a month sorts before its days."""
    y = int(value[:4])
    rest = value[5:]
    m = d = 0
    if re.fullmatch(r"\d\d(-\d\d)?(T.*)?", rest):
        m = int(rest[:2])
        if len(rest) >= 5 and rest[2] == "-":
            d = int(rest[3:5])
    elif re.fullmatch(r"W\d\d", rest):
        try:
            iso = Date.fromisocalendar(y, int(rest[1:]), 1)
            m, d = iso.month, iso.day
        except ValueError:
            pass
    elif rest in _SEASON:
        m = _SEASON[rest]
    elif re.fullmatch(r"Q\d", rest):
        m = (int(rest[1]) - 1) * 3 + 1
    return (y, m, d, value)


def _normal(value: str) -> str:
    """TIME values count as their day."""
    return value.split("T", 1)[0]


def _clause_around(s: Sent, t: TimeExpression) -> tuple[str, int]:
    rel = t.start - s.start
    for a, b in clause_spans(s.text):
        if a <= rel < b:
            return s.text[a:b], s.start + a
    return s.text, s.start


def _vec(tokens: list[str]) -> dict[str, float]:
    counts: dict[str, float] = defaultdict(float)
    for t in tokens:
        if not t.startswith(("date:", "month:")):
            counts[t] += 1.0
    norm = sum(v * v for v in counts.values()) ** 0.5 or 1.0
    return {t: v / norm for t, v in counts.items()}


def entries(docs: list[Doc], pair: tuple[str, str] | None) -> list[Entry]:
    out: list[Entry] = []
    for doc in docs:
        for s in doc.sents:
            if pair is not None and not (s.mentions_any(pair) or s.has_pair_event(pair)):
                continue
            for t in s.times:
                if t.type not in ("DATE", "TIME") or not is_calendar(t.value):
                    continue
                phrase = (t.event or "").strip()
                if phrase and phrase in doc.ann.article.text:
                    base = doc.ann.article.text.find(phrase, max(0, s.start - len(phrase)))
                else:
                    phrase, base = _clause_around(s, t)
                toks = tokens_for(phrase, base, s.spans) if base >= 0 else tokens_for(phrase, 0, [])
                quads = [e.quad for e in s.events if pair is None or {e.source, e.target} == set(pair)]
                out.append(
                    Entry(
                        date=_normal(t.value),
                        text=display(phrase, MAX_WORDS),
                        doc=doc.id,
                        rank=doc.rank,
                        position=t.start,
                        inferred=bool(t.inferred),
                        expression=t.expression,
                        tokens=_vec(toks),
                        quads=quads,
                    )
                )
    return out


def timeline(docs: list[Doc], pair: tuple[str, str] | None, refs: dict[str, int]) -> list[dict[str, Any]]:
    groups: dict[str, list[Entry]] = defaultdict(list)
    for e in entries(docs, pair):
        groups[e.date].append(e)
    items = []
    for value in sorted(groups, key=sort_key):
        day = len(value) >= 10
        clusters: list[list[Entry]] = []
        for e in sorted(groups[value], key=lambda e: (e.rank, e.position)):
            for cl in clusters:
                if e.doc in {x.doc for x in cl}:
                    # The same article repeating a date: one entry if it says the same thing.
                    if any(cosine(e.tokens, x.tokens) >= COARSE_MATCH for x in cl):
                        cl.append(e)
                        break
                    continue
                threshold = DAY_MATCH if day else COARSE_MATCH
                if max(cosine(e.tokens, x.tokens) for x in cl) >= threshold:
                    cl.append(e)
                    break
            else:
                clusters.append([e])
        for cl in clusters:
            sources = sorted({x.doc for x in cl})
            rep = sorted(cl, key=lambda x: (x.inferred, -len(x.tokens), x.rank, x.position))[0]
            items.append(
                {
                    "date": value,
                    "date_inferred": all(x.inferred for x in cl),
                    "text": rep.text,
                    "sources": sources,
                    "refs": sorted(refs[s] for s in sources),
                    "expressions": sorted({x.expression for x in cl}),
                    "quads": sorted({q for x in cl for q in x.quads}),
                    "_key": (sort_key(value), min(x.rank for x in cl), min(x.position for x in cl)),
                }
            )
    items.sort(key=lambda r: r["_key"])
    for r in items:
        del r["_key"]
    return items

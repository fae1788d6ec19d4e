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

from newsdigest.digest.clauses import clause_spans, display, frame_first, reported, trim, with_subject
from newsdigest.digest.index import Doc, Sent, find_root, is_calendar, relevant_indices, tokens_for
from newsdigest.models import TimeExpression
from newsdigest.vectors import cosine

DAY_MATCH = 0.1  # same day or month: a little shared content is enough
COARSE_MATCH = 0.3  # same year, or a date repeated within one article: needs more
MAX_WORDS = 28
TRIM_WORDS = 24  # a longer line is cut at a clause boundary (else with an ellipsis at MAX_WORDS)
MAX_ENTRIES = 40  # beyond this, keep the best-attested entries (most sources, dyadic events)
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
    has_event: bool = False  # a dyadic event phrase lies inside the text


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


_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|that)\s+)$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^['’]s\s+")
_NOUN_WORD = re.compile(r"[a-z][a-z-]*")
_NOT_NOUN = frozenset(
    """of in on at by for with to from that which who and or but was is were are has had have
    be been will would said says when where as than then since after before over under about
    against between into through during without within across a an the""".split()
)
_PP = re.compile(
    r"\s+(?:over|of|about|against|between|with)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=[,.;:!?)\"”]|\s+(?:that|which|who|was|is|were|has|had|in|on|at|by)\b|$)"
)


def _dated_noun_phrase(s: Sent, t: TimeExpression) -> tuple[str, int] | None:
    """ "the 15 July coup attempt", "Tuesday's summit": the time expression modifies a noun,
    and that noun phrase is what the date belongs to."""
    text = s.text
    a, b = t.start - s.start, t.end - s.start
    if not (0 <= a < b <= len(text)):
        return None
    before, after = text[:a], text[b:]
    det = _DETERMINER.search(before)
    poss = _POSSESSIVE.match(after)
    if not det and not poss:
        return None
    rest = after[poss.end() :] if poss else after.lstrip()
    offset = len(after) - len(rest)
    nouns = []
    for w in rest.split()[:4]:
        core = w.rstrip('.,;:!?)"”’')
        if not _NOUN_WORD.fullmatch(core) or core in _NOT_NOUN:
            break
        nouns.append(core)
        if core != w:
            break
    if not nouns:
        return None
    start = det.start() if det else a
    end = b + offset + len(" ".join(nouns))
    pp = _PP.match(text, end)  # "crisis over a downed Russian jet"
    if pp:
        end = pp.end()
    return text[start:end], s.start + start


def _clause_around(s: Sent, t: TimeExpression) -> tuple[str, int, str]:
    """(words the date belongs to as found in the sentence, their offset, the line to show)."""
    np = _dated_noun_phrase(s, t)
    if np is not None:
        return np[0], np[1], np[0]
    rel = t.start - s.start
    for a, b in clause_spans(s.text):
        if a <= rel < b:
            return s.text[a:b], s.start + a, _drop_relative(with_subject(s.text, a, b), t)
    return s.text, s.start, _drop_relative(s.text, t)


def _drop_relative(text: str, t: TimeExpression) -> str:
    """A deictic date ("on Thursday", "last year", "next month") says nothing the date
    column does not say better, and misleads out of its article: it is dropped."""
    expr = t.expression.strip()
    if not expr or any(ch.isdigit() for ch in expr) or len(text.split()) < 6:
        return text
    rx = re.compile(
        r"(?:,\s*)?\s*\b(?:(?:on|in|at|during|by|from|since|until)\s+)?" + re.escape(expr) + r"\b(?:,(?=\s))?"
    )
    out, n = rx.subn("", text, count=1)
    return out if n and len(out.split()) >= 4 else text


def _vec(tokens: list[str]) -> dict[str, float]:
    counts: dict[str, float] = defaultdict(float)
    for t in tokens:
        if not t.startswith(("date:", "month:")):
            counts[t] += 1.0
    norm = sum(v * v for v in counts.values()) ** 0.5 or 1.0
    return {t: v / norm for t, v in counts.items()}


def _phrase(s: Sent, t: TimeExpression) -> tuple[str, int, str]:
    """(words the date belongs to, their offset or -1, the line to show): a dated noun
    phrase, else the clause around the expression with its subject restored. When the date
    is the date of a report ("X, Isik told Haberturk TV on Friday"), the line is what was
    reported, framed ("Isik told Haberturk TV that X"). The time annotator's own event phrase
    stands in when the clause is long or carries another date."""
    rep = reported(s.text)
    if rep is not None and t.start - s.start >= rep[2]:
        frame, content, _ = rep
        return s.text, s.start, frame_first(_drop_relative(frame, t), content)
    phrase, base, shown = _clause_around(s, t)
    lo, hi = base - s.start, base - s.start + len(phrase)
    others = [
        o
        for o in s.times
        if o is not t and is_calendar(o.value) and o.value != t.value and lo <= o.start - s.start < hi
    ]
    event = (t.event or "").strip()
    if (others or len(phrase.split()) > MAX_WORDS) and event and 3 <= len(event.split()) <= MAX_WORDS:
        at = s.text.find(event)
        if at < 0:  # the annotator's phrase leaves out words (the time expression itself)
            at = s.text.find(" ".join(event.split()[:3]))
        before = s.text[:at].split()[-1:] if at > 0 else []
        # Only an event phrase that starts a constituent: the sentence's start, or after a
        # function word ("since the shooting-down of ..."), never mid-phrase ("a full role").
        if at == 0 or (before and before[0].lower().strip(",") in _PHRASE_START):
            shown = ("the " + event) if before and before[0].lower() == "the" else event
            return event, (s.start + at if at >= 0 else -1), _drop_relative(shown, t)
    return phrase, base, shown


_PHRASE_START = frozenset(
    """the since after before following during of that when while and but as by for on in at
    with from to""".split()
)


def entries(docs: list[Doc], pair: tuple[str, str] | None) -> list[Entry]:
    out: list[Entry] = []
    for doc in docs:
        keep = relevant_indices(doc, pair)
        for i, s in enumerate(doc.sents):
            if i not in keep:
                continue
            for t in s.times:
                if t.type not in ("DATE", "TIME") or not is_calendar(t.value):
                    continue
                phrase, base, shown = _phrase(s, t)
                toks = tokens_for(phrase, base, s.spans) if base >= 0 else tokens_for(phrase, 0, [])
                quads = [e.quad for e in s.events if pair is None or {e.source, e.target} == set(pair)]
                out.append(
                    Entry(
                        date=_normal(t.value),
                        text=display(trim(shown, TRIM_WORDS), MAX_WORDS),
                        doc=doc.id,
                        rank=doc.rank,
                        position=t.start,
                        inferred=bool(t.inferred),
                        expression=t.expression,
                        tokens=_vec(toks),
                        quads=quads,
                        has_event=any(e.text and e.text in phrase for e in s.events),
                    )
                )
    return out


def _representative(cl: list[Entry]) -> Entry:
    """The line to show: stated (not inferred) dates, an event inside, closest in content to
    the other reports of the happening (the medoid), about a dozen words."""

    def central(x: Entry) -> float:
        return round(sum(cosine(x.tokens, y.tokens) for y in cl if y is not x), 1)

    return sorted(
        cl,
        key=lambda x: (
            x.inferred,
            not x.has_event,
            -central(x),
            abs(len(x.text.split()) - 12),
            x.rank,
            x.position,
        ),
    )[0]


def _similar(e: Entry, cl: list[Entry], threshold: float) -> bool:
    return max(cosine(e.tokens, x.tokens) for x in cl) >= threshold


def timeline(docs: list[Doc], pair: tuple[str, str] | None, refs: dict[str, int]) -> list[dict[str, Any]]:
    groups: dict[str, list[Entry]] = defaultdict(list)
    for e in entries(docs, pair):
        groups[e.date].append(e)
    clusters: list[tuple[str, list[Entry]]] = []
    for value in sorted(groups, key=sort_key):
        day = len(value) >= 7 and value[5:7].isdigit()
        # Single-link clustering within the date (order-free): entries of different articles
        # join on a little shared content; one article repeating a date needs more.
        es = sorted(groups[value], key=lambda e: (e.rank, e.position))
        parent = list(range(len(es)))
        for i in range(len(es)):
            for j in range(i + 1, len(es)):
                need = COARSE_MATCH if es[i].doc == es[j].doc or not day else DAY_MATCH
                if cosine(es[i].tokens, es[j].tokens) >= need:
                    ri, rj = find_root(parent, i), find_root(parent, j)
                    if ri != rj:
                        parent[max(ri, rj)] = min(ri, rj)
        by_root: dict[int, list[Entry]] = defaultdict(list)
        for i, e in enumerate(es):
            by_root[find_root(parent, i)].append(e)
        mine = [by_root[r] for r in sorted(by_root)]
        clusters += [(value, cl) for cl in mine]
    # A coarse date ("July", "last year") joins a finer one inside it ("15 July",
    # "November 2015") that says the same thing.
    kept: list[tuple[str, list[Entry]]] = []
    for value, cl in clusters:
        coarse = len(value) == 4 or (len(value) == 7 and value[5:7].isdigit())
        if coarse:
            # a finer date of the same period ("2016-08-09" for "2016-08") that reports it
            into = [
                (v, other)
                for v, other in clusters
                if len(v) > len(value)
                and (len(v) >= 10 or v[5:7].isdigit())
                and v.startswith(value + "-")
                and any(_similar(e, other, COARSE_MATCH) for e in cl)
            ]
            if into:
                into[0][1].extend(cl)
                continue
        kept.append((value, cl))
    items = []
    for value, cl in kept:
        sources = sorted({x.doc for x in cl})
        rep = _representative([x for x in cl if x.date == value] or cl)
        items.append(
            {
                "date": value,
                "date_inferred": all(x.inferred for x in cl if x.date == value),
                "text": rep.text,
                "sources": sources,
                "refs": sorted(refs[s] for s in sources),
                "expressions": sorted({x.expression for x in cl}),
                "quads": sorted({q for x in cl for q in x.quads}),
                "_key": (sort_key(value), min(x.rank for x in cl), min(x.position for x in cl)),
            }
        )
    if len(items) > MAX_ENTRIES:
        ranked = sorted(items, key=lambda r: (-len(r["sources"]), not r["quads"], r["_key"]))
        items = ranked[:MAX_ENTRIES]
    items.sort(key=lambda r: r["_key"])
    for r in items:
        del r["_key"]
    return items

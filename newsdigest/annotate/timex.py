"""Time expressions normalised to TIMEX3 values against the publication date.

Design decisions (see also ``timex_rules``, ``timex_resolve``, ``timex_calendar``):

* **Anchor.** ``article.date``, else the ``pubdate`` argument (``--pubdate``). With
  neither, absolute expressions still resolve (``15 July 2016`` -> ``2016-07-15``) and
  relative ones keep TIMEX3 placeholders for the unknown parts (``August 9`` ->
  ``XXXX-08-09``, ``on Friday`` -> ``XXXX-WXX-5``, ``last year`` -> ``XXXX``) rather
  than being dropped, so the run-level inference (:func:`infer_pubdate`) and a reader
  still see them. ``inferred`` is True when the anchor is an inferred article date.
* **Extent** follows TimeML (TimeBank/TempEval-3): the preposition is *not* part of the
  expression (``on Thursday`` -> ``Thursday``; ``in November`` -> ``November``) but is
  kept in the record's ``signal`` field (TimeML's SIGNAL: ``"on"``), while
  modifiers are (``last year``, ``early August``, ``the past three years``,
  ``about two weeks``); a possessive ``'s`` is left out (``Tuesday's summit``).
* **Direction.** Relative dates point back by default (news reports what happened):
  a weekday is the nearest such day on or before the anchor (the anchor itself when it
  is that weekday); a future-tense clause (``will``, ``is due to``, ``next`` ...) points
  forward instead. Yearless day-months and months take the latest occurrence not after
  the anchor in a past-tense clause, the next in a future one, and otherwise the
  nearest, a later date counting three times its distance (so ``September`` in an
  August article is this September, ``November`` without tense is this November but
  ``in November that caused ...`` is last November).
* **Ambiguous numeric dates** (``11/08/2016``): a part over 12 decides; otherwise the
  reading nearest the anchor, and without an anchor month-first (US wire convention).
* **Narrative references** (``the next day``, ``two days later``, ``the following
  year``) count from the last day-level date resolved earlier in the article; deictic
  ones (``yesterday``, ``two days ago``, ``last week``) from the anchor.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Generator, Iterator
from datetime import date, timedelta

from newsdigest.annotate.timex_calendar import (
    FUTURE,
    PAST,
    choose_year,
    parse_iso,
    resolve_weekday,
    safe_date,
)
from newsdigest.annotate.timex_context import clause_direction, event_phrase, signal_before
from newsdigest.annotate.timex_resolve import Resolved, day_of_value, resolve
from newsdigest.annotate.timex_rules import Raw, iter_matches, to_raw
from newsdigest.models import Annotations, Article, Sentence, TimeExpression

_CALENDAR = re.compile(r"\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]))?")
_TIME_RULES = {"time", "time24", "timemil", "noon", "oclock"}


def _send(gen: Generator[re.Match[str], int | None, None], pos: int) -> re.Match[str] | None:
    try:
        return gen.send(pos)
    except StopIteration:
        return None


def _scan(
    text: str, sentences: list[Sentence], anchor: date | None
) -> Iterator[tuple[Raw, Resolved, str, Sentence | None]]:
    """Every accepted match with its resolution, clause direction and sentence."""
    starts = [s.start for s in sentences]
    ref: date | None = None
    ref_sentence = -1
    ref_value: str | None = None  # the last calendar DATE, at any granularity
    ref_value_sentence = -1
    matches = iter_matches(text)
    m = next(matches, None)
    while m is not None:
        raw = to_raw(m)
        i = bisect_right(starts, raw.start) - 1
        sent = sentences[i] if i >= 0 and raw.start < sentences[i].end else None
        if sent is not None:
            direction = clause_direction(sent.text, raw.start - sent.start, raw.end - sent.start)
        else:
            direction = "near"
        use_ref = ref
        if raw.rule in _TIME_RULES:
            use_ref = ref if sent is not None and sent.index == ref_sentence else None
        gap = sent.index - ref_value_sentence if sent is not None and ref_value_sentence >= 0 else 99
        res = resolve(raw, text, anchor, direction, use_ref, ref_value, gap)
        if res is None or res.end <= res.start:
            m = _send(matches, m.start() + 1)
            continue
        if res.type in ("DATE", "TIME") and (day := day_of_value(res.value)) is not None:
            ref = day
            ref_sentence = sent.index if sent is not None else -1
        if res.type == "DATE" and _CALENDAR.fullmatch(res.value):
            ref_value = res.value
            ref_value_sentence = sent.index if sent is not None else -1
        yield raw, res, direction, sent
        m = _send(matches, m.end())


def find_times(
    article: Article, sentences: list[Sentence], pubdate: str | None = None
) -> list[TimeExpression]:
    """Every time expression in the article, resolved against its date (or ``pubdate``)."""
    text = article.text
    anchor_str = article.date or pubdate
    anchor = parse_iso(anchor_str)
    inferred = bool(article.date and article.date_inferred)
    out: list[TimeExpression] = []
    for _raw, res, _direction, sent in _scan(text, sentences, anchor):
        s, e = res.start, res.end
        sentence = sent.text if sent is not None else text[s:e]
        event = event_phrase(sent.text, s - sent.start, e - sent.start) if sent is not None else ""
        out.append(
            TimeExpression(
                id=article.id,
                expression=text[s:e],
                value=res.value,
                type=res.type,
                start=s,
                end=e,
                sentence=sentence,
                event=event,
                anchor=anchor.isoformat() if anchor else None,
                inferred=inferred and anchor is not None,
                signal=signal_before(text, s)[0],
            )
        )
    return out


def _dated_days(ann: Annotations) -> set[tuple[int, int]]:
    days: set[tuple[int, int]] = set()
    d = parse_iso(ann.article.date)
    if d:
        days.add((d.month, d.day))
    for t in ann.times:
        dd = day_of_value(t.value)
        if dd:
            days.add((dd.month, dd.day))
    return days


def infer_pubdate(ann: Annotations, dated: list[Annotations]) -> str | None:
    """A publication date for an undated article from the dated articles of the run.

    1. Reference R: the date of a dated article sharing the most day-month mentions with
       this one; among equals the earliest dated on or after the day those mentions (or
       this article's latest full date) name, else the latest. None when the run has no
       dated article.
    2. Lower bound L: the latest past (or tenseless) day-level date the article states:
       full dates as given, yearless ones (``August 9``) resolved against R and kept
       when within 60 days before to 14 days after R. An article appears on or after
       the latest day it reports on.
    3. P = the later of R and L; then, while a past-tense weekday mention (``told ...
       on Friday``) would resolve to a day before L, move P a day later (at most six):
       news names a weekday for a day of the past week, after the explicit date it
       reports (``the meeting on August 9 ... told TV on Friday`` -> Friday 12th).
    """
    if not any(parse_iso(a.article.date) for a in dated):
        return None
    found = _scan(ann.article.text, ann.sentences, None)
    yearless: list[tuple[int, int, str]] = []
    full: list[date] = []
    weekdays: list[tuple[int, str | None]] = []
    for raw, res, direction, _sent in found:
        v = res.value
        if res.type != "DATE":
            continue
        if v.startswith("XXXX-") and len(v) == 10 and v[5:7].isdigit() and v[8:10].isdigit():
            yearless.append((int(v[5:7]), int(v[8:10]), direction))
        elif v.startswith("XXXX-WXX-") and raw.rule == "weekday":
            rel = (raw.groups.get("rel") or "").strip().lower() or None
            if rel in (None, "last", "past", "this") and direction != FUTURE:
                weekdays.append((int(v[-1]) - 1, rel))
        elif (d := day_of_value(v)) is not None and direction != FUTURE:
            full.append(d)
    keys = {(m, d) for m, d, _ in yearless}
    overlap = {a.article.id: len(keys & _dated_days(a)) for a in dated}
    top = max(overlap.values())
    cands = sorted(
        d for a in dated if overlap[a.article.id] == top and (d := parse_iso(a.article.date)) is not None
    )
    # Among equally related articles, the earliest one dated on or after the article's
    # latest full date (reports on one event cluster just after it), else the latest.
    floor = max(full) if full else None
    ref = next((d for d in cands if d >= floor), cands[-1]) if floor is not None else cands[-1]
    if keys and top > 0 and floor is None:
        # the shared day-months resolved against the latest candidate bound it from below
        # (safe_date: "February 29" has no date in the year chosen when that is no leap year)
        first = {x for m, d in keys if (x := safe_date(choose_year(cands[-1], m, d, PAST), m, d))}
        if first:
            lo = max(first)
            ref = next((c for c in cands if c >= lo), ref)
    lows = list(full)
    for m, d, direction in yearless:
        if direction == FUTURE:
            continue
        cand = safe_date(choose_year(ref, m, d, direction), m, d)
        if cand is None:
            continue
        if ref - timedelta(days=60) <= cand <= ref + timedelta(days=14):
            lows.append(cand)
    low = max(lows) if lows else None
    pub = max(ref, low) if low else ref
    if low is not None:
        for _ in range(6):
            if all(resolve_weekday(pub, wd, rel, PAST) >= low for wd, rel in weekdays):
                break
            pub += timedelta(days=1)
    return pub.isoformat()

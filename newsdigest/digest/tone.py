"""Tone of a dyad from its events: cooperation +1, conflict -1, weighted by quad class.

Weights follow the Goldstein scale's spirit: material acts weigh more than words
(verbal cooperation +0.4, material cooperation +1.0, verbal conflict -0.4, material
conflict -1.0). Tone is the weighted balance sum(w) / sum(|w|), in [-1, +1]; 0 with no events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newsdigest.digest.index import find_root

QUAD_WEIGHT = {1: 0.4, 2: 1.0, 3: -0.4, 4: -1.0}
SPARK = "▁▂▃▄▅▆▇█"


SAME_EVENT = 0.5  # Jaccard of two reports' concept sets above which they tell one event


@dataclass(slots=True)
class Report:
    """One report of a dyadic event: which article said it, where, and what it said."""

    doc: str
    position: int
    quad: int
    stated: str | None  # the date the text gives the event (a calendar TIMEX value), if any
    fallback: str | None  # the article's date, for an event the text does not date
    concepts: frozenset[str]


def distinct_events(reports: list[Report]) -> list[tuple[str | None, int, int]]:
    """Reports of the same event (same quad class; the same stated day, or similar words and
    no contradicting dates) counted once, across articles and within one: (date, quad,
    number of reports) per event, the date the most precise one stated, else the earliest
    article date. Candidates come from shared concepts (never all pairs); the result does
    not depend on the reports' order."""
    reports = sorted(reports, key=lambda r: (r.doc, r.position, r.quad, r.stated or ""))
    parent = list(range(len(reports)))

    index: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        keys = sorted(r.concepts) + ([f"day:{r.stated}"] if r.stated and len(r.stated) >= 10 else [])
        for k in keys:
            bucket = index[(r.quad, k)]
            for j in bucket[-200:]:  # a very common concept: the most recent reports suffice
                ri, rj = find_root(parent, i), find_root(parent, j)
                if ri != rj and _same_event(reports[i], reports[j]):
                    parent[max(ri, rj)] = min(ri, rj)
            bucket.append(i)
    groups: dict[int, list[Report]] = defaultdict(list)
    for i, r in enumerate(reports):
        groups[find_root(parent, i)].append(r)
    out = []
    for root in sorted(groups):
        rs = groups[root]
        stated = sorted((r.stated for r in rs if r.stated), key=lambda v: (-len(v), v))
        fallback = sorted(r.fallback for r in rs if r.fallback)
        out.append((stated[0] if stated else (fallback[0] if fallback else None), rs[0].quad, len(rs)))
    return out


def _same_event(a: Report, b: Report) -> bool:
    if a.quad != b.quad:
        return False
    if a.stated and b.stated and not (a.stated.startswith(b.stated) or b.stated.startswith(a.stated)):
        return False  # dates that contradict each other
    if a.stated and b.stated and a.stated == b.stated and len(a.stated) >= 10:
        return True
    if not a.concepts or not b.concepts:
        return False
    return len(a.concepts & b.concepts) / len(a.concepts | b.concepts) >= SAME_EVENT


def tone(quads: Iterable[int]) -> float:
    num = 0.0
    den = 0.0
    for q in quads:
        w = QUAD_WEIGHT.get(q, 0.0)
        num += w
        den += abs(w)
    return round(num / den, 3) if den else 0.0


def bucket(date: str) -> str:
    """The series bucket of a TIMEX date: its month (YYYY-MM) when it names one, else the date
    as precise as given (a day, else a year)."""
    if len(date) >= 7 and date[4] == "-" and date[5:7].isdigit():
        return date[:7]
    if len(date) >= 10 and date[7] == "-":
        return date[:10]
    return date[:7] if len(date) >= 7 and date[5:7].isdigit() else date[:4]


def tone_series(dated: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """Tone per month from (date, quad) pairs, oldest first (a year-only date is its own
    period, before the months of that year)."""
    if not dated:
        return []
    groups: dict[str, list[int]] = defaultdict(list)
    for d, q in dated:
        groups[bucket(d)].append(q)
    return [{"date": k, "tone": tone(v), "events": len(v)} for k, v in sorted(groups.items())]


def month_index(date: str) -> int:
    """Months since year 0 of a date as precise as a month or a year (a year counts as January)."""
    y = int(date[:4])
    m = int(date[5:7]) if len(date) >= 7 and date[5:7].isdigit() else 1
    return y * 12 + m


def sparkline(series: list[dict[str, Any]]) -> str:
    """One block character per period: ▁ for -1 (conflict) up to █ for +1 (cooperation)."""
    out = []
    for point in series:
        t = max(-1.0, min(1.0, float(point["tone"])))
        out.append(SPARK[min(len(SPARK) - 1, int((t + 1) / 2 * len(SPARK)))])
    return "".join(out)


def tone_label(t: float, events: int | None = None) -> str:
    """A word for the tone: the balance in fifths of the scale (one material act of
    conflict against two verbal acts of cooperation is "mixed"); "no events" when there are
    none when there are no events."""
    if events == 0:
        return "no events"
    if t >= 0.6:
        return "cooperative"
    if t >= 0.2:
        return "mostly cooperative"
    if t > -0.2:
        return "mixed"
    if t > -0.6:
        return "mostly conflictual"
    return "conflictual"

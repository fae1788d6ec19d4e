"""Tone of a dyad from its events: cooperation +1, conflict -1, weighted by quad class.

Weights follow the Goldstein scale's spirit: material acts weigh more than words
(verbal cooperation +0.4, material cooperation +1.0, verbal conflict -0.4, material
conflict -1.0). Tone is the weighted balance sum(w) / sum(|w|), in [-1, +1]; 0 with no events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

QUAD_WEIGHT = {1: 0.4, 2: 1.0, 3: -0.4, 4: -1.0}
SPARK = "▁▂▃▄▅▆▇█"


def tone(quads: Iterable[int]) -> float:
    num = 0.0
    den = 0.0
    for q in quads:
        w = QUAD_WEIGHT.get(q, 0.0)
        num += w
        den += abs(w)
    return round(num / den, 3) if den else 0.0


def bucket(date: str, by_month: bool) -> str:
    """The series bucket of a TIMEX date: its month (YYYY-MM) or its day, as precise as given."""
    if by_month and len(date) >= 7 and date[4] == "-" and date[5:7].isdigit():
        return date[:7]
    if len(date) >= 10 and date[7] == "-":
        return date[:10]
    return date[:7] if len(date) >= 7 and date[5:7].isdigit() else date[:4]


def tone_series(dated: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """Tone per period from (date, quad) pairs, oldest first. Months when the dates span more
    than about two months, else days."""
    if not dated:
        return []
    days = sorted(d for d, _ in dated)
    span_months = _months(days[-1]) - _months(days[0])
    by_month = span_months > 2
    groups: dict[str, list[int]] = defaultdict(list)
    for d, q in dated:
        groups[bucket(d, by_month)].append(q)
    return [{"date": k, "tone": tone(v), "events": len(v)} for k, v in sorted(groups.items())]


def _months(date: str) -> int:
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


def tone_label(t: float) -> str:
    if t >= 0.5:
        return "cooperative"
    if t > 0.1:
        return "mostly cooperative"
    if t >= -0.1:
        return "mixed"
    if t > -0.5:
        return "mostly conflictual"
    return "conflictual"

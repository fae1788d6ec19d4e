"""Calendar arithmetic for TIMEX3 values: weeks, quarters, seasons, holidays, direction choice.

Pure functions over :class:`datetime.date`; no text handling here.
"""

from __future__ import annotations

from datetime import date, timedelta

# Direction a relative expression points to, relative to the anchor date.
PAST = "past"  # on or before the anchor
FUTURE = "future"  # on or after the anchor
NEAR = "near"  # no tense evidence: nearest, preferring the past

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # winter of year Y starts in December of Y


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_on_or_after(anchor: date, weekday: int) -> date:
    return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)


def resolve_weekday(anchor: date, weekday: int, rel: str | None, direction: str) -> date:
    """The date of ``weekday`` named relative to ``anchor``.

    ``last Friday``: strictly before; ``next Friday``: strictly after; otherwise the
    nearest such day on or before the anchor (the anchor itself when it is that
    weekday), or on or after it when the clause is in the future tense.
    """
    if rel == "last" or rel == "past":
        return weekday_on_or_before(anchor - timedelta(days=1), weekday)
    if rel == "next" or rel == "coming":
        return weekday_on_or_after(anchor + timedelta(days=1), weekday)
    if rel == "this":
        return (
            weekday_on_or_before(anchor, weekday)
            if direction == PAST
            else weekday_on_or_after(anchor, weekday)
        )
    if direction == FUTURE:
        return weekday_on_or_after(anchor, weekday)
    return weekday_on_or_before(anchor, weekday)


# In a past-tense clause a date a little after the anchor is still meant this year
# ("was postponed until Nov. 4", "set for Oct. 15"): with ``lenient``, PAST weighs a
# later date at this many times its distance instead of excluding it.
PAST_FUTURE_WEIGHT = 6


def skewed(dist: int, later: int = 3, earlier: int = 1) -> int:
    """A distance to the anchor with later dates counting ``later`` times and earlier ones
    ``earlier`` times theirs (news mostly reports what has happened)."""
    return dist * later if dist > 0 else -dist * earlier


def choose_year(anchor: date, month: int, day: int | None, direction: str, lenient: bool = False) -> int:
    """The year of a yearless day-month (or month, ``day=None``) mention.

    PAST: the latest such date on or before the anchor (month granularity for months);
    FUTURE: the earliest on or after it; NEAR: the nearest, a date after the anchor
    counting three times its distance (news mostly reports what has happened).
    ``lenient`` PAST (day-months only): the nearest, a later date counting
    ``PAST_FUTURE_WEIGHT`` times its distance (a past clause can report a coming date).
    """
    y = anchor.year
    weight = 3
    if lenient and direction == PAST and day is not None:
        direction, weight = NEAR, PAST_FUTURE_WEIGHT
    if day is None:
        here = anchor.year * 12 + anchor.month
        if direction == PAST:
            return y if month <= anchor.month else y - 1
        if direction == FUTURE:
            return y if month >= anchor.month else y + 1
        best_y, best = y, None
        for cand in (y - 1, y, y + 1):
            score = skewed(cand * 12 + month - here, weight)
            if best is None or score < best:
                best_y, best = cand, score
        return best_y
    best_y, best = y, None
    for cand in (y - 1, y, y + 1):
        d = safe_date(cand, month, day) or safe_date(cand, month, 28)
        assert d is not None
        dist = (d - anchor).days
        if direction == PAST and dist > 0:
            continue
        if direction == FUTURE and dist < 0:
            continue
        score = skewed(dist, weight)
        if best is None or score < best:
            best_y, best = cand, score
    return best_y


def current_season(d: date) -> tuple[int, str]:
    m = d.month
    if 3 <= m <= 5:
        return d.year, "SP"
    if 6 <= m <= 8:
        return d.year, "SU"
    if 9 <= m <= 11:
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


def _season_key(year: int, season: str) -> int:
    return year * 12 + SEASON_START[season]


def resolve_season(anchor: date, season: str, rel: str | None, direction: str) -> int:
    """The year of a season mention (``last summer`` in August 2016 is 2015)."""
    cy, cs = current_season(anchor)
    here = _season_key(cy, cs)
    cands = [anchor.year - 1, anchor.year, anchor.year + 1]
    if rel in ("last", "past"):
        return max(y for y in cands if _season_key(y, season) < here)
    if rel in ("next", "coming"):
        return min(y for y in cands if _season_key(y, season) > here)
    if rel == "this":
        return cy if season == "WI" and cs == "WI" else anchor.year
    if direction == FUTURE:
        return min(y for y in cands if _season_key(y, season) >= here)
    if direction == PAST:
        return max(y for y in cands if _season_key(y, season) <= here)
    return cy if season == cs else anchor.year


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def thanksgiving(year: int) -> date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = date(year, 11, 1)
    return weekday_on_or_after(first, 3) + timedelta(days=21)


def holiday(name: str, year: int) -> date:
    key = name.lower().replace("’", "'")
    if key.startswith("christmas eve"):
        return date(year, 12, 24)
    if key.startswith("christmas"):
        return date(year, 12, 25)
    if key.startswith("boxing"):
        return date(year, 12, 26)
    if key.startswith("new year's eve") or key == "hogmanay":
        return date(year, 12, 31)
    if key.startswith("new year"):
        return date(year, 1, 1)
    if key.startswith("valentine"):
        return date(year, 2, 14)
    if key == "halloween":
        return date(year, 10, 31)
    if key.startswith("good friday"):
        return easter(year) - timedelta(days=2)
    if key.startswith("easter monday"):
        return easter(year) + timedelta(days=1)
    if key.startswith("easter"):
        return easter(year)
    if key.startswith("independence"):
        return date(year, 7, 4)
    if key.startswith("bastille"):
        return date(year, 7, 14)
    if key.startswith(("veterans", "armistice")):
        return date(year, 11, 11)
    if key.startswith("labor"):  # US: the first Monday of September
        return weekday_on_or_after(date(year, 9, 1), 0)
    if key.startswith("memorial"):  # US: the last Monday of May
        return weekday_on_or_before(date(year, 5, 31), 0)
    if key.startswith("columbus"):  # US: the second Monday of October
        return weekday_on_or_after(date(year, 10, 1), 0) + timedelta(days=7)
    if key.startswith("martin"):  # US: the third Monday of January
        return weekday_on_or_after(date(year, 1, 1), 0) + timedelta(days=14)
    if key.startswith("presidents"):  # US: the third Monday of February
        return weekday_on_or_after(date(year, 2, 1), 0) + timedelta(days=14)
    if key.startswith("black friday"):
        return thanksgiving(year) + timedelta(days=1)
    if key.startswith("cyber monday"):
        return thanksgiving(year) + timedelta(days=4)
    if key.startswith("thanksgiving"):
        return thanksgiving(year)
    raise KeyError(name)


def holiday_near(name: str, anchor: date, rel: str | None, direction: str) -> date:
    """The occurrence of a yearly holiday meant relative to ``anchor``."""
    cands = [holiday(name, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if rel == "last":
        return max(d for d in cands if d < anchor)
    if rel == "next":
        return min(d for d in cands if d > anchor)
    if rel == "this":
        return cands[1]
    if direction == PAST:
        return max(d for d in cands if d <= anchor)
    if direction == FUTURE:
        return min(d for d in cands if d >= anchor)
    return min(cands, key=lambda d: skewed((d - anchor).days))

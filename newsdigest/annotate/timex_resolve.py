"""From a grammar match to a TIMEX3 (value, type), given the anchor date and the tense.

``anchor`` is the publication date (None when unknown: relative expressions then get
TIMEX3 placeholders such as ``XXXX-08-09`` or ``XXXX-WXX-5``). ``ref`` is the narrative
reference time, the last day-level date resolved earlier in the article, used by
``the next day`` and ``two days later``. A resolver may also narrow the extent
(returning new start/end) or reject the match (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsdigest.annotate.timex_calendar import (
    FUTURE,
    PAST,
    add_months,
    choose_year,
    holiday,
    holiday_near,
    parse_iso,
    quarter_of,
    resolve_season,
    resolve_weekday,
    safe_date,
    skewed,
    week_value,
)
from newsdigest.annotate.timex_rules import (
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    WEEKDAYS,
    Raw,
    number_value,
)


@dataclass(slots=True)
class Resolved:
    value: str
    type: str
    start: int
    end: int


_UNIT_CODE = {
    "second": ("T", "S"),
    "minute": ("T", "M"),
    "hour": ("T", "H"),
    "day": ("", "D"),
    "week": ("", "W"),
    "weekend": ("", "WE"),
    "fortnight": ("", "W"),
    "month": ("", "M"),
    "quarter": ("", "Q"),
    "year": ("", "Y"),
    "decade": ("", "DE"),
    "century": ("", "CE"),
}
_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_MONTH_CUE = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|from|through|to|of|before|after|between|and|or|early|late|mid|"
    r"last|next|this|that|each|every|around|throughout|into|end|beginning|start|middle)\s*-?|[-–])\s*$",
    re.IGNORECASE,
)
_CUE_CAPS = {
    "In",
    "Since",
    "Until",
    "By",
    "During",
    "From",
    "Last",
    "Next",
    "This",
    "Early",
    "Late",
    "Mid",
    "Before",
    "After",
    "Through",
}
_AMBIGUOUS_MONTHS = {"may", "march"}  # also a modal and a verb; June, April: names (see below)
_YEAR_COUNT_BEFORE = re.compile(
    r"\b(?:about|some|around|nearly|almost|over|than|approximately|roughly|up\s+to|only|just|total\s+of|"
    r"top|number|no\.|No\.|Nos?|route|flight|room|model|page|pages|section|article|rule|resolution|"
    r"code|bus|line|squad)\s*$",
    re.IGNORECASE,
)
_YEAR_UNIT_AFTER = re.compile(
    r"^\s*(?:[-–]?\s*(?:people|troops|soldiers|police|officers|km|kilometres|kilometers|miles|metres|meters|"
    r"feet|ft|tonnes|tons|barrels|points|votes|jobs|workers|members|units|cars|homes|houses|deaths|"
    r"cases|times|hours|minutes|dollars|euros|pounds|yen|kg|cc|hp|rpm|MW|GW|mph|calories|employees|"
    r"staff|students|refugees|migrants|civilians|fighters|militants|rebels|prisoners|men|women|children|"
    r"copies|users|customers|seats|shares|acres|hectares|pupils|patients|mm|cm|m|bn|million|billion)\b)",
)
_BARE_UNIT_BEFORE = re.compile(
    r"(?:^|[,;:(\"“—–]|\b(?:just|only|mere|barely|till|until|to|for|in|after|within|over|by|and|or|some|about|"
    r"took|takes|take|taking|spent|spend|lasted|last|lasts|waited|wait|before|during|through|ended|end))\s*$",
    re.IGNORECASE,
)
_TAKE_BEFORE = re.compile(
    r"\b(?:take|takes|took|taken|taking|last|lasts|lasted|lasting|spend|spends|spent|spending|wait|waits|waited)\s+$",
    re.IGNORECASE,
)
_SEASON_CUE = re.compile(
    r"\b(?:in|during|over|since|until|till|by|through|throughout|before|after|of|this|last|next)\s*$",
    re.IGNORECASE,
)


def _prev(text: str, start: int, n: int = 24) -> str:
    return text[max(0, start - n) : start]


def _iso(d: date) -> str:
    return d.isoformat()


def _month_num(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _rel_year(anchor: date | None, rel: str | None) -> int | None:
    if anchor is None or rel is None:
        return None
    r = rel.lower()
    return anchor.year + {"last": -1, "this": 0, "next": 1}[r]


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|\Z)")


def _num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    u = unit.lower().rstrip("s")
    if u == "centurie":
        u = "century"
    if u == "fortnight":
        n = 2 * n if n is not None else None
    t, code = _UNIT_CODE[u]
    return f"P{t}{'X' if n is None else _num_str(n)}{code}"


def _shift(d: date, unit: str, n: int) -> str:
    """The value ``n`` units after ``d`` (negative: before), at the unit's granularity."""
    u = unit.lower().rstrip("s")
    if u in ("day", "hour", "minute", "second"):
        return _iso(d + timedelta(days=n if u == "day" else 0))
    if u in ("week", "fortnight", "weekend"):
        return week_value(d + timedelta(weeks=n * (2 if u == "fortnight" else 1)))
    if u == "month":
        y, m = add_months(d.year, d.month, n)
        return f"{y:04d}-{m:02d}"
    if u == "quarter":
        y, m = add_months(d.year, d.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if u == "year":
        return f"{d.year + n:04d}"
    if u == "decade":
        return f"{(d.year + 10 * n) // 10:03d}"
    if u in ("century", "centurie"):
        return f"{(d.year + 100 * n) // 100:02d}"
    raise KeyError(unit)


def _placeholder(unit: str) -> str:
    u = unit.lower().rstrip("s")
    return {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "year": "XXXX",
        "decade": "XXX",
        "century": "XX",
    }.get(u, "XXXX-XX-XX")


def resolve(
    raw: Raw,
    text: str,
    anchor: date | None,
    direction: str,
    ref: date | None,
    ref_value: str | None = None,
    ref_gap: int = 99,
) -> Resolved | None:
    """``ref_value``: the value of the last calendar DATE of the text at any granularity
    (``1989-Q3``, ``2010-12``, ``2009``), ``ref_gap`` sentences back (0: this sentence).
    Narrative shifts (``a year earlier``, ``the year before``, ``the previous month``)
    from a month-, quarter-, half- or year-level reference in this or the previous
    sentence keep its granularity; so does ``a year ago`` after a period of the current
    year in the same sentence (``third-quarter profit fell from a year ago`` -> ``1988-Q3``)."""
    if raw.rule == "thequarter":
        # "the quarter" names the quarter the text last mentioned (TimeBank), else nothing
        if ref_value is not None and ref_gap <= 2 and re.fullmatch(r"\d{4}-Q[1-4]", ref_value):
            return Resolved(ref_value, "DATE", raw.start, raw.end)
        return None
    if raw.rule == "yearearlier":
        # "the year-earlier period": the same period a year before the one just named
        if ref_value is not None and ref_gap <= 1 and (v := _shift_coarse(ref_value, "year", -1)):
            return Resolved(v, "DATE", raw.start, raw.end)
        if anchor is None:
            return Resolved("XXXX", "DATE", raw.start, raw.end)
        return Resolved(f"{anchor.year - 1:04d}", "DATE", raw.start, raw.end)
    if ref_value is not None and ref_gap <= 1:
        step = _narrative_step(raw, ref_value, anchor, ref_gap)
        if step is not None:
            shifted = _shift_coarse(ref_value, step[0], step[1])
            if shifted is not None:
                return Resolved(shifted, "DATE", raw.start, raw.end)
    fn = _RESOLVERS[raw.rule]
    out = fn(raw, text, anchor, direction, ref)
    if out is None:
        return None
    if isinstance(out, Resolved):
        return out
    value, typ = out
    return Resolved(value, typ, raw.start, raw.end)


# --- one resolver per rule -------------------------------------------------------------

Out = Resolved | tuple[str, str] | None


def _r_iso(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    d = safe_date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
    if d is None:
        return None
    if g["t"]:
        return f"{_iso(d)}T{g['t']}", "TIME"
    return _iso(d), "DATE"


def _r_numeric(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    a, b, ys = int(g["a"] or 0), int(g["b"] or 0), g["y"] or ""
    y = int(ys) if len(ys) == 4 else 2000 + int(ys) if int(ys) < 50 else 1900 + int(ys)
    if len(ys) == 2 and g["sep"] == ".":
        return None  # "1.2.10" is more likely a version or a score
    cands = [d for d in (safe_date(y, a, b), safe_date(y, b, a)) if d is not None]
    if not cands:
        return None
    if len(cands) == 2 and anchor is not None:
        # Ambiguous day/month order: the reading nearest the publication date; a tie
        # (both equally far) goes to month-first, the convention of US wire copy.
        best = min(cands, key=lambda d: abs((d - anchor).days))
        return _iso(best), "DATE"
    return _iso(cands[0]), "DATE"


def _year_of(g: dict[str, str | None], anchor: date | None) -> int | None:
    if g.get("year"):
        return int(g["year"] or 0)
    return _rel_year(anchor, g.get("ryr"))


def _r_daymonth(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    month = _month_num(g["mon"] or "")
    day = int(g["day"] or 0)
    year = _year_of(g, anchor)
    if year is None:
        if anchor is None:
            if safe_date(2000, month, day) is None:
                return None
            return f"XXXX-{month:02d}-{day:02d}", "DATE"
        year = choose_year(anchor, month, day, direction, lenient=True)
    d = safe_date(year, month, day)
    if d is None:
        return None
    return _iso(d), "DATE"


def _r_month(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    mon_tok = (g["mon"] or "").rstrip(".")
    month = _month_num(mon_tok)
    rel = (g["rel"] or "").strip().lower() or None
    if not (g["year"] or g["ryr"] or rel or g["mod"]):
        prev = _prev(text, raw.start)
        if mon_tok.lower() in _AMBIGUOUS_MONTHS and not _MONTH_CUE.search(prev):
            return None
        # "Theresa May", "June Carter": a capitalised word right before, mid-sentence
        pm = re.search(r"([A-Z][a-z]+)\s+$", prev)
        if mon_tok.lower() in ("june", "april", "august") and re.match(
            r"\s+[A-Z][a-z]", text[raw.end : raw.end + 3]
        ):
            return None  # "June Carter", "April Ashley"
        if (
            pm
            and not re.search(r"[.!?\"“]\s*\S*\s*$", prev[: pm.start() + 1] if pm.start() else "")
            and pm.group(1) not in _CUE_CAPS
        ):
            return None
    year = _year_of(g, anchor)
    if year is None:
        if anchor is None:
            return f"XXXX-{month:02d}", "DATE"
        if rel in ("last", "past"):
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif rel in ("next", "coming"):
            year = anchor.year if month > anchor.month else anchor.year + 1
        elif rel == "this":
            year = anchor.year
        else:
            # a month naming a noun ("its August recess", "the April meetings") in a
            # future clause may be one just past: weigh past months 6x their distance
            if (
                direction == FUTURE
                and re.search(r"\b(?:its|their|his|her|our|the|this|that|a|an)\s+$", _prev(text, raw.start))
                and re.match(r"\s+[a-z]", text[raw.end : raw.end + 2])
            ):
                here = anchor.year * 12 + anchor.month
                year = min(
                    (anchor.year - 1, anchor.year, anchor.year + 1),
                    key=lambda y: skewed(y * 12 + month - here, later=1, earlier=6),
                )
                return f"{year:04d}-{month:02d}", "DATE"
            year = choose_year(anchor, month, None, direction)
    return f"{year:04d}-{month:02d}", "DATE"


def _r_quarter(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    n = ORDINALS.get((g["ord"] or "").lower(), 0)
    half = (g["qh"] or "").lower() == "half"
    if half and n > 2 and (g["ord"] or "").lower() not in ("last", "final"):
        return None
    if half and (g["ord"] or "").lower() in ("last", "final"):
        n = 2
    code = f"H{n}" if half else f"Q{n}"
    year = int(g["year"] or g["year2"] or 0) or None
    if year is None and g["ryr"]:
        ryr = (g["ryr"] or "").lower()
        year = anchor.year if anchor and ryr == "the" else _rel_year(anchor, ryr)
    return _period(code, year, anchor, direction)


def _r_qcode(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    q = g["q"] or ""
    if q.startswith("H") and q[1] not in "12":
        return None
    return _period(q, int(g["year"] or 0) or None, anchor, direction)


def _period(code: str, year: int | None, anchor: date | None, direction: str) -> Out:
    """A quarter or half ("Q3", "H1") of ``year``; without a year, the latest one begun by the
    anchor (the coming one in a future clause), or a placeholder with no anchor."""
    if year is None:
        if anchor is None:
            return f"XXXX-{code}", "DATE"
        cur = quarter_of(anchor) if code[0] == "Q" else (1 if anchor.month <= 6 else 2)
        year = anchor.year - 1 if int(code[1:]) > cur and direction != FUTURE else anchor.year
    return f"{year:04d}-{code}", "DATE"


def _r_decade(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    has_the = text[raw.start : raw.start + 4].lower() == "the "
    if g["dec"]:
        return g["dec"][:3], "DATE"
    if g["d2"]:
        if not has_the and "'" not in text[raw.start : raw.end]:
            return None  # "in his 80s" is an age
        return f"19{g['d2'][0]}", "DATE"
    if g["dw"]:
        if not has_the:
            return None
        return f"19{DECADE_WORDS[(g['dw'] or '').lower()]}", "DATE"
    return None


def _r_century(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    n = int(g["cn"]) if g["cn"] else ORDINALS[(g["cw"] or "").lower()]
    return f"{n - 1:02d}", "DATE"


def _r_season(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    s = _SEASON[(g["s"] or "").lower()]
    rel = (g["rel"] or "").strip().lower() or None
    if not (g["year"] or g["ryr"] or g["mod"]) and rel in (None, "the"):
        if not _SEASON_CUE.search(_prev(text, raw.start)):
            return None
        if s == "FA" and rel is None:
            return None
    year = _year_of(g, anchor)
    if year is None:
        if anchor is None:
            return f"XXXX-{s}", "DATE"
        year = resolve_season(anchor, s, None if rel == "the" else rel, direction)
    return f"{year:04d}-{s}", "DATE"


def _r_ago(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    unit = (g["unit"] or "").lower()
    n = number_value(g["num"])
    d = (g["dir"] or "").lower()
    sign = -1 if d in ("ago", "earlier") else 1
    if n is None:
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "DATE"
    if g["half"]:
        n += 0.5
    if n != int(n):
        return None
    base = ref if d in ("earlier", "later") and ref is not None else anchor
    if base is None:
        return _placeholder(unit), "DATE"
    return _shift(base, unit, sign * int(n)), "DATE"


_COARSE = re.compile(r"(?P<y>\d{4})(?:-(?:(?P<m>0[1-9]|1[0-2])|Q(?P<q>[1-4])|H(?P<h>[12])))?")


def _narrative_step(raw: Raw, ref_value: str, anchor: date | None, gap: int) -> tuple[str, int] | None:
    """(unit, signed count) of a narrative shift the match expresses, if it is one that
    counts from a coarse reference (see :func:`resolve`)."""
    g = raw.groups
    if raw.rule == "ago":
        d = (g["dir"] or "").lower()
        n = number_value(g["num"])
        if n is None or g["half"] or n != int(n):
            return None
        if d == "ago":
            # only a same-year period named just before: "from a year ago" compares with it
            if gap or anchor is None or len(ref_value) <= 4 or ref_value[:4] != f"{anchor.year:04d}":
                return None
        elif d not in ("earlier", "later"):
            return None
        return (g["unit"] or "").lower().rstrip("s"), int(n) * (1 if d == "later" else -1)
    if raw.rule == "narr2":
        return (g["unit"] or "").lower(), -1 if (g["which"] or "").lower() == "before" else 1
    if raw.rule == "relperiod":
        rel = (g["rel"] or "").lower()
        if rel in ("previous", "preceding", "following"):
            return (g["unit"] or "").lower(), 1 if rel == "following" else -1
    return None


def _shift_coarse(ref_value: str, unit: str, k: int) -> str | None:
    """``ref_value`` shifted by ``k`` units at its own granularity (TimeBank: net income
    in the third quarter ... from a year earlier -> the third quarter of the year
    before). None when the reference is day-level or the unit is finer than it."""
    m = _COARSE.fullmatch(ref_value)
    if m is None:
        return None
    y = int(m["y"])
    if unit == "year":
        return f"{y + k:04d}{ref_value[4:]}"
    if unit == "quarter" and m["q"]:
        total = y * 4 + int(m["q"]) - 1 + k
        return f"{total // 4:04d}-Q{total % 4 + 1}"
    if unit == "month" and m["m"]:
        yy, mm = add_months(y, int(m["m"]), k)
        return f"{yy:04d}-{mm:02d}"
    if unit == "quarter" and m["m"]:  # "the previous quarter" after a month: its quarter
        total = y * 4 + (int(m["m"]) - 1) // 3 + k
        return f"{total // 4:04d}-Q{total % 4 + 1}"
    return None


def _week_weekend(anchor: date, rel: str | None, direction: str) -> str:
    wd = anchor.weekday()
    if rel == "last" or rel == "past" or (rel in (None, "the") and direction == PAST):
        d = anchor if wd >= 5 and rel in (None, "the") else anchor - timedelta(days=wd + 1)
    elif rel == "next" or rel == "coming":
        d = anchor + timedelta(days=7 - wd + 5) if wd >= 5 else anchor + timedelta(days=5 - wd)
    else:
        d = anchor
    return week_value(d) + "-WE"


def _r_relperiod(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    unit = (g["unit"] or "").lower()
    rel = (g["rel"] or "").lower()
    the = bool(g["the"])
    if unit == "hour":  # "the last hour", "the next hour": a duration
        return (duration_value(1, unit), "DURATION") if rel in ("past", "last", "next", "coming") else None
    if rel in ("past",) or (rel == "last" and the):
        if unit == "weekend":
            return ("XXXX-WXX-WE" if anchor is None else _week_weekend(anchor, "last", direction)), "DATE"
        return duration_value(1, unit), "DURATION"
    if rel in ("same",):
        base = ref or anchor
        if base is None:
            return _placeholder(unit), "DATE"
        return (
            _week_weekend(base, "this", direction) if unit == "weekend" else _shift(base, unit, 0)
        ), "DATE"
    if rel in ("previous", "preceding", "following"):
        base = ref or anchor
        step = 1 if rel == "following" else -1
    else:
        base = anchor
        step = {"last": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1}[rel]
    if base is None:
        return _placeholder(unit), "DATE"
    if unit == "weekend":
        return _week_weekend(base, {-1: "last", 0: "this", 1: "next"}[step], direction), "DATE"
    if unit == "decade" and rel == "last":
        return duration_value(1, unit), "DURATION"
    return _shift(base, unit, step), "DATE"


def _r_weekend(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    if anchor is None:
        return "XXXX-WXX-WE", "DATE"
    return _week_weekend(anchor, None, direction), "DATE"


def _r_theperiod(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    unit = (raw.groups["unit"] or "").lower()
    base = anchor
    if base is None:
        return _placeholder(unit), "DATE"
    return _shift(base, unit, 0), "DATE"


def _r_narr(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    which = (g["which"] or "").lower()
    unit = (g["unit"] or "").lower()
    base = ref or anchor
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[which]
    if base is None:
        return ("XXXX-XX-XX" if unit == "day" else f"XXXX-XX-XXT{_POD[unit]}"), (
            "DATE" if unit == "day" else "TIME"
        )
    d = base + timedelta(days=step)
    if unit == "day":
        return _iso(d), "DATE"
    return f"{_iso(d)}T{_POD[unit]}", "TIME"


def _r_narr2(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    """``the day before``, ``the week after``: counted from the last date of the text."""
    g = raw.groups
    unit = (g["unit"] or "").lower()
    step = -1 if (g["which"] or "").lower() == "before" else 1
    if ref is None:
        return None  # "the day after the ban comes into force": dated by an event, not a date
    if unit == "night":
        return f"{_iso(ref + timedelta(days=step))}TNI", "TIME"
    return _shift(ref, unit, step), "DATE"


def _r_setfreq(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    return duration_value(1, raw.groups["unit"] or "year"), "SET"


def _r_setevery(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    unit = g["unit"] or ""
    low = unit.lower()
    if low in WEEKDAYS or low.rstrip("s") in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS[low.rstrip('s') if low not in WEEKDAYS else low] + 1}", "SET"
    if low in _POD:
        return f"XXXX-XX-XXT{_POD[low]}", "SET"
    if low in _SEASON:
        return f"XXXX-{_SEASON[low]}", "SET"
    n = number_value(g["num"]) if g["num"] else 1.0
    if g["other"]:
        n = 2.0
    return duration_value(n or 1.0, low), "SET"


def _r_setper(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    unit = (raw.groups["unit"] or "").lower()
    return duration_value(1, "year" if unit == "annum" else unit), "SET"


def _r_setadv(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    adv = (raw.groups["adv"] or "").lower()
    return {
        "annually": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
        "daily": "P1D",
        "nightly": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
    }[adv], "SET"


def _time_base(anchor: date | None, ref_day: date | None) -> str:
    d = ref_day or anchor
    return _iso(d) if d else "XXXX-XX-XX"


def _hhmm(h: int, mi: int) -> str:
    return f"{h:02d}:{mi:02d}"


def _r_time(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    h, mi = int(g["h"] or 0), int(g["mi"] or 0)
    ap = (g["ap"] or "").lower().replace(".", "")
    if h > 12 or h == 0:
        return None
    if ap == "pm" and h != 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    if g.get("day"):  # "2:30 p.m. Wednesday"
        day = _day_of(g["day"] or "", anchor, direction, ref)
        base = _iso(day) if day else "XXXX-XX-XX"
        return f"{base}T{_hhmm(h, mi)}", "TIME"
    return f"{_time_base(anchor, ref)}T{_hhmm(h, mi)}", "TIME"


_TIME_CUE = re.compile(r"\b(?:at|from|until|till|by|before|after|around|about|since|to)\s*$", re.IGNORECASE)


def _r_time24(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    if not g["tz"] and not _TIME_CUE.search(_prev(text, raw.start)):
        return None
    return f"{_time_base(anchor, ref)}T{_hhmm(int(g['h'] or 0), int(g['mi'] or 0))}", "TIME"


def _r_noon(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    n = (raw.groups["n"] or "").lower()
    return f"{_time_base(anchor, ref)}T{'24:00' if n == 'midnight' else '12:00'}", "TIME"


def _r_oclock(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    n = number_value(raw.groups["h"])
    if n is None or not 1 <= n <= 12:
        return None
    return f"{_time_base(anchor, ref)}T{int(n):02d}:00", "TIME"


def _day_of(token: str, anchor: date | None, direction: str, ref: date | None) -> date | None:
    t = token.lower()
    if t in WEEKDAYS:
        return resolve_weekday(anchor, WEEKDAYS[t], None, direction) if anchor else None
    if anchor is None:
        return None
    if t in ("yesterday", "last"):
        return anchor - timedelta(days=1)
    if t in ("today", "this"):
        return anchor
    if t == "tomorrow":
        return anchor + timedelta(days=1)
    if t == "that":
        return ref or anchor
    return None


def _r_pod(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    day_tok = g["day"] or ""
    pod = _POD[(g["pod"] or "").lower()]
    if day_tok.lower() == "last" and pod != "NI":
        return None  # "last evening" is rare; "last morning of ..." is not a date
    d = _day_of(day_tok, anchor, direction, ref)
    if d is None:
        low = day_tok.lower()
        if low in WEEKDAYS:
            return f"XXXX-WXX-{WEEKDAYS[low] + 1}T{pod}", "TIME"
        return f"XXXX-XX-XXT{pod}", "TIME"
    return f"{_iso(d)}T{pod}", "TIME"


def _r_tonight(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    return f"{_iso(anchor) if anchor else 'XXXX-XX-XX'}TNI", "TIME"


_US_HOLIDAYS = ("Independence", "Memorial", "Labor", "Veterans", "Columbus", "Presidents")


def _r_holiday(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    name = re.sub(r"\s+", " ", g["hol"] or "")
    rel = (g["rel"] or "").strip().lower() or None
    if name.startswith(_US_HOLIDAYS) and re.search(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$", _prev(text, raw.start)):
        return None  # "Ukrainian Independence Day", "Holocaust Memorial Day": not the US one
    if g["year"]:
        return _iso(holiday(name, int(g["year"]))), "DATE"
    if anchor is None:
        d = holiday(name, 2001)
        fixed = not name.lower().startswith(
            (
                "easter",
                "good",
                "black",
                "cyber",
                "thanks",
                "labor",
                "memorial",
                "columbus",
                "martin",
                "presidents",
            )
        )
        return (f"XXXX-{d.month:02d}-{d.day:02d}" if fixed else "XXXX-XX-XX"), "DATE"
    return _iso(holiday_near(name, anchor, rel, direction)), "DATE"


def _r_deictic(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    t = re.sub(r"\s+", " ", (raw.groups["dd"] or "").lower())
    delta = {
        "the day before yesterday": -2,
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
        "the day after tomorrow": 2,
    }[t]
    if anchor is None:
        return "XXXX-XX-XX", "DATE"
    return _iso(anchor + timedelta(days=delta)), "DATE"


def _r_weekday(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    wd = WEEKDAYS[(g["wd"] or "").lower()]
    if g["pl"]:
        return f"XXXX-WXX-{wd + 1}", "SET"
    rel = (g["rel"] or "").strip().lower() or None
    if anchor is None:
        return f"XXXX-WXX-{wd + 1}", "DATE"
    return _iso(resolve_weekday(anchor, wd, rel, direction)), "DATE"


def _r_dur(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    unit = (g["unit"] or "").lower()
    num = (g["num"] or "").lower()
    if unit == "second" or (unit == "seconds" and num in ("a", "an")):
        return None  # "a second term"
    n = number_value(num)
    if g["old"]:
        # "a 45-year-old man", "30 years old": an age, a DURATION in TimeML (the
        # article of the adjectival form stays out)
        if n is None:
            return None
        if g["sep"] == "-":
            return Resolved(duration_value(n, unit), "DURATION", raw.spans["num"][0], raw.end)
        return duration_value(n, unit), "DURATION"
    if num in ("a", "an") and unit.endswith("s") and unit != "centuries":
        return None
    if unit.startswith("quarter") and num in ("a", "an", "one"):
        return None  # "rose by a quarter": a fraction
    # "80,000 barrels a day", "$4 a day": a rate, TIMEX3 type SET
    rate = re.search(r"(?:\d|%|\b(?:bn|m|\w+s))\s+$", _prev(text, raw.start, 16))
    if num in ("a", "an") and not g["pre"] and not g["approx"] and rate:
        return duration_value(1, unit), "SET"
    if n is not None and g["half"]:
        n += 0.5
    pre = (g["pre"] or "").strip().lower()
    if g["sep"] == "-" and pre == "the":
        # "the three-year programme": the article belongs to the noun, not the duration
        return Resolved(duration_value(n, unit), "DURATION", raw.spans["num"][0], raw.end)
    return duration_value(n, unit), "DURATION"


def _r_vunits(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    unit = (g["unit"] or "").lower()
    q = re.sub(r"\s+", " ", (g["q"] or "").lower()).strip()
    if not q and not g["prep"]:
        if not (g["unit"] or "")[1:].islower():
            return None
        if g["rel"] is None:
            # "could take weeks", "lasted months": the object of a verb of duration
            if _TAKE_BEFORE.search(_prev(text, raw.start)):
                return duration_value(None, unit), "DURATION"
            return None
        # "just hours after the deadline", "to years of war": a vague duration, when
        # nothing but a particle or preposition precedes (not "the wilder days of")
        prev = _prev(text, raw.start)
        if prev.strip() and not _BARE_UNIT_BEFORE.search(prev):
            return None
        return duration_value(None, unit), "DURATION"
    start = raw.spans["q"][0] if g["q"] else raw.spans["unit"][0]
    if q.startswith("recent"):
        return Resolved("PAST_REF", "DATE", start, raw.end)
    return Resolved(duration_value(None, unit), "DURATION", start, raw.end)


def _r_year(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    g = raw.groups
    year = int(g["year"] or 0)
    if not (g["mod"] or g["fy"]):
        prev = _prev(text, raw.start)
        if _YEAR_COUNT_BEFORE.search(prev):
            return None
        if _YEAR_UNIT_AFTER.match(text[raw.end : raw.end + 20]):
            return None
        if anchor is not None and year > anchor.year + 30:
            return None
    if g["fy"]:
        return f"FY{year}", "DATE"
    return f"{year:04d}", "DATE"


def _r_vague(raw: Raw, text: str, anchor: date | None, direction: str, ref: date | None) -> Out:
    v = re.sub(r"\s+", " ", (raw.groups["v"] or "").lower())
    if v.startswith("the") and "past" in v:
        if not re.search(r"\b(?:in|of|from|for|into|than)\s*$", _prev(text, raw.start), re.IGNORECASE):
            return None
        return "PAST_REF", "DATE"
    if "future" in v:
        return "FUTURE_REF", "DATE"
    if v in ("recently", "lately"):
        return "PAST_REF", "DATE"
    return "PRESENT_REF", "DATE"


_RESOLVERS = {
    "iso": _r_iso,
    "numeric": _r_numeric,
    "mdy": _r_daymonth,
    "dmy": _r_daymonth,
    "month": _r_month,
    "quarter": _r_quarter,
    "qcode": _r_qcode,
    "yearq": _r_qcode,
    "decade": _r_decade,
    "century": _r_century,
    "season": _r_season,
    "ago": _r_ago,
    "relperiod": _r_relperiod,
    "theperiod": _r_theperiod,
    "weekend": _r_weekend,
    "narr": _r_narr,
    "narr2": _r_narr2,
    "setfreq": _r_setfreq,
    "setevery": _r_setevery,
    "setper": _r_setper,
    "setper2": _r_setper,
    "setadv": _r_setadv,
    "time": _r_time,
    "time24": _r_time24,
    "timemil": _r_time24,
    "noon": _r_noon,
    "oclock": _r_oclock,
    "pod": _r_pod,
    "tonight": _r_tonight,
    "holiday": _r_holiday,
    "deictic": _r_deictic,
    "weekday": _r_weekday,
    "dur": _r_dur,
    "vunits": _r_vunits,
    "year": _r_year,
    "vague": _r_vague,
}


def day_of_value(value: str) -> date | None:
    """The calendar day a resolved value names, if it names one ("2016-08-09", not "2016-08")."""
    return parse_iso(value) if _DAY_VALUE.match(value) else None


__all__ = ["Resolved", "resolve", "day_of_value", "duration_value", "holiday"]

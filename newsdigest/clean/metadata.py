"""Metadata found in article text: publication dates, datelines, titles and site names.

All patterns are precompiled and anchored or bounded, so they stay linear on long input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdigest.calendar_names import MONTHS

_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# "11 August, 2016", "August 11, 2016", "Aug. 11 2016", "2016-08-11", "11.08.2016", "11/08/2016"
_DATE_RXS = [
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)/(?P<m>\d\d)/(?P<d>\d\d)(?!\d)"),
    re.compile(r"\b(?P<d>\d\d)\.(?P<m>\d\d)\.(?P<y>(?:19|20)\d\d)\b"),
]
_ANY_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH.replace("?P<mon>", "?:")
    + r",?\s+(?:19|20)\d\d\b|\b"
    + _MONTH.replace("?P<mon>", "?:")
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|"
    r"\b(?:19|20)\d\d[-/]\d\d[-/]\d\d(?:T[\d:.+Z-]{0,20})?\b|\b\d\d?[./]\d\d?[./](?:19|20)?\d\d\b",
    re.I,
)
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d\d)?)?|[A-Z]{2,4}))?|"
    r"\b\d{1,2}\s*[ap]\.?m\.?\b",
    re.I,
)
_DATE_FILLER = re.compile(
    r"\b(?:published|updated|posted|first published|last updated|modified|created|on|at|date|"
    r"" + _WEEKDAY + r"|et|gmt|utc|ist|est|edt|pst|pdt|bst|cet|cest|msk|today|am|pm)\b",
    re.I,
)
_LEFTOVER = re.compile(r"[\w]+")


def parse_date(text: str) -> str | None:
    """The first full calendar date in ``text`` as ISO YYYY-MM-DD, or None."""
    best: tuple[int, str] | None = None
    for rx in _DATE_RXS:
        m = rx.search(text)
        if not m:
            continue
        g = m.groupdict()
        try:
            year = int(g["y"])
            month = MONTHS[g["mon"].lower()[:3]] if g.get("mon") else int(g["m"])
            day = int(g["d"])
        except (KeyError, ValueError):
            continue
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        if best is None or m.start() < best[0]:
            best = (m.start(), iso)
    return best[1] if best else None


def has_date(text: str) -> bool:
    """Whether a (short) text contains a calendar date."""
    return bool(_ANY_DATE.search(text[:500]))


def is_date_line(line: str) -> bool:
    """A short line that is only a date (plus words like "Published", a weekday, a time)."""
    if len(line) > 100 or not _ANY_DATE.search(line):
        return False
    rest = _ANY_DATE.sub(" ", line)
    rest = _TIME.sub(" ", rest)
    rest = _DATE_FILLER.sub(" ", rest)
    return len(_LEFTOVER.findall(rest)) == 0


# --- datelines --------------------------------------------------------------------------

_PLACE = (
    r"(?P<place>[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+){0,3}(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
)
_DL_DATE = r"(?:,\s*(?P<dldate>" + _MONTH.replace("?P<mon>", "?:") + r"\s+\d{1,2}(?:,\s*\d{4})?))?"
_AGENCY = r"\((?P<agency>[A-Z][\w .&'-]{0,30})\)"
_DASH = r"\s*(?:[-–—]{1,2}|:)\s+"
_DATELINE_FULL = re.compile(r"^" + _PLACE + _DL_DATE + r"\s*" + _AGENCY + _DASH)
_DATELINE_PLACE = re.compile(r"^" + _PLACE + _DL_DATE + r"\s*[-–—]{1,2}\s+(?=[A-Z\"“‘'])")
_DATELINE_AGENCY = re.compile(r"^" + _AGENCY + r"\s*[-–—]{1,2}\s+")


@dataclass(slots=True)
class Dateline:
    prefix: str  # the text removed from the start of the paragraph
    place: str | None
    agency: str | None


def parse_dateline(paragraph: str) -> Dateline | None:
    """A wire-style dateline at the start of a paragraph: "TEHRAN (Tasnim) – ", "(AP) — "."""
    head = paragraph[:160]
    for rx in (_DATELINE_FULL, _DATELINE_AGENCY, _DATELINE_PLACE):
        m = rx.match(head)
        if not m:
            continue
        g = m.groupdict()
        place = g.get("place")
        if place is not None:
            letters = [c for c in place.split(",")[0] if c.isalpha()]
            if len(letters) < 2 or not all(c.isupper() for c in letters):
                continue
            if g.get("agency") is None and len(letters) < 4:
                continue
        rest = paragraph[m.end() :]
        if len(rest.split()) < 4:
            continue
        return Dateline(prefix=m.group(0), place=place.strip() if place else None, agency=g.get("agency"))
    return None


# --- titles -------------------------------------------------------------------------------

_TITLE_SEP = re.compile(r"\s+(?:[-–—|•·»«]|::)\s+")


def split_site_title(line: str) -> tuple[str, str | None]:
    """Split a page title "Headline - Site Name" into (headline, site); site None if absent."""
    if len(line) > 300:
        return line, None
    parts = _TITLE_SEP.split(line)
    if len(parts) < 2:
        return line, None
    site = parts[-1].strip()
    head = line[: line.rfind(site)].rstrip()
    head = re.sub(r"\s+(?:[-–—|•·»«]|::)$", "", head).strip()
    if not head or len(site.split()) > 6 or len(head.split()) < 2:
        return line, None
    return head, site


_UNSPACED_HEAD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def looks_like_headline(line: str) -> bool:
    """A line that could be a headline: a few words, capitalised, no sentence ending."""
    if len(line) > 250:
        return False
    if line.endswith((".", ",", ";", ":", "。", "，")) and not line.endswith("..."):
        return False
    words = line.split()
    if len(words) == 1 and 6 <= len(line) <= 60 and _UNSPACED_HEAD.match(line):
        return True  # Chinese or Japanese headline: no spaces, no capitals
    if not 2 <= len(words) <= 30:
        return False
    if not line[0].isupper() and not line[0].isdigit() and line[0] not in "\"'“‘":
        return False
    return any(c.isalpha() for c in line)

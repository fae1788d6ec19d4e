# ruff: noqa: E501  (the grammar's regular expressions read better unbroken)
"""The time-expression grammar: one precompiled alternation, scanned once per article.

Each rule is a named top-level group; inner groups are renamed ``<rule>__<name>`` so one
compiled pattern holds them all. :func:`scan` returns :class:`Raw` matches (rule name,
span, inner groups) left to right, without overlaps; values are computed elsewhere
(``timex_resolve``). Rules are ordered most specific first: at one position the first
rule that matches wins.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass, field

from newsdigest.calendar_names import MONTHS

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a pair of": 2,
}
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "a number of", "numerous")
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "final": 4,
    "last": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d])"
_UNITS1 = r"(?:second|minute|hour|day|weekend|week|fortnight|month|quarter(?!s?\s+of\b)|year|decade)"
_UNIT = rf"(?:{_UNITS1}s?|century|centuries)"
_UNIT_PL = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUMWORD = (
    rf"(?:{_TENS}(?:[- ]{_ONES})?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    rf"|eighteen|nineteen|ten|{_ONES}|a\s+hundred|hundred|a\s+dozen|a\s+couple(?:\s+of)?"
    r"|couple\s+of|a\s+pair\s+of)"
)
_VAGUE = r"(?:a\s+few|few|several|some|many|a\s+number\s+of|numerous)"
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|(?i:{_NUMWORD}|{_VAGUE}|an?))"
_REL = r"(?i:last|next|this|past|coming)"
_MOD = r"(?i:early|late|mid|earlier|later)"
_MODP = r"(?i:(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+)"
_RYR = r"(?i:last|this|next)"
_TZ = r"(?:GMT|BST|UTC|EST|EDT|CST|PST|CET|CEST|(?i:local\s+time))"

# (rule name, pattern). Inner group names are local to their rule.
RULES: list[tuple[str, str]] = [
    (
        "iso",
        r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<t>[0-2]\d:[0-5]\d(?::[0-5]\d)?))?(?![\d])",
    ),
    (
        "numeric",
        r"(?<![\d/.,])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d]|[/.]\d)",
    ),
    (
        "mdy",
        rf"(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MONTH})\s*(?P<day>{_DAY})(?:st|nd|rd|th)?"
        rf"(?![\d:]|,\d|\.\d|%|\s*(?:-|–)\s*\d{{2,}}|\s+(?i:per\s*cent|percent|million|billion|years?|people)\b)"
        rf"(?:(?:,\s*|\s+)(?P<year>{_YEAR})|,?\s+(?:of\s+)?(?P<ryr>{_RYR})\s+year\b)?",
    ),
    (
        "dmy",
        rf"(?<![\d.,$£€])(?:(?P<wd>{_WD}),?\s+)?(?P<day>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<mon>{_MONTH})(?:(?:,\s*|\s+)(?P<year>{_YEAR})|,?\s+(?:of\s+)?(?P<ryr>{_RYR})\s+year\b)?",
    ),
    (
        "month",
        rf"(?P<mod>{_MODP}|{_MOD}[- ](?:in\s+)?)?(?P<rel>{_REL}\s+)?(?P<mon>{_MONTH_FULL}\b|{_MONTH_ABBR}(?=,?\s+(?:of\s+)?{_YEAR}))"
        rf"(?:(?:,\s*|\s+)(?:of\s+)?(?P<year>{_YEAR})|,?\s+(?:of\s+)?(?P<ryr>{_RYR})\s+year\b)?",
    ),
    (
        "quarter",
        rf"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th|last(?=[- ](?:quarter|half)\s+of\b)))"
        rf"[- ](?P<qh>(?i:quarter|half))(?!\s+of\s+(?:an?|the|this|last|next)\s+(?!year\b))"
        rf"(?:\s+of\s+(?:(?P<year>{_YEAR})|(?P<ryr>(?i:last|this|next|the))\s+year)|\s+(?P<year2>{_YEAR}))?",
    ),
    ("qcode", rf"(?P<q>[QH][1-4])(?:\s+(?P<year>{_YEAR}))?\b"),
    ("yearq", rf"(?P<year>{_YEAR})\s+(?P<q>Q[1-4])\b"),
    (
        "decade",
        r"(?:(?i:the)\s+)?(?P<mod>(?i:early|late|mid)[- ])?(?:(?P<dec>(?:1[0-9]|20)\d0)'?s\b|'?(?P<d2>[2-9]0)'?s\b"
        r"|(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b))",
    ),
    (
        "century",
        r"(?:(?i:the)\s+)?(?:(?P<cn>\d{1,2})(?:st|nd|rd|th)|(?P<cw>(?i:twenty-first|twentieth|nineteenth|eighteenth|seventeenth|sixteenth)))[- ](?i:century)\b",
    ),
    (
        "season",
        rf"(?P<mod>{_MODP}|(?i:early|late|mid)[- ])?(?P<rel>(?i:last|this|next|past|coming|the)\s+)?"
        rf"(?P<s>(?i:spring|summer|autumn|fall|winter))\b(?!\s+(?:of\s+(?:discontent|love|\d\d\b)|schools?|camps?|olympics|games)\b)"
        rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR})|,?\s+(?:of\s+)?(?P<ryr>{_RYR})\s+year\b)?",
    ),
    (
        "ago",
        rf"(?<![\d$£€.,])(?P<num>{_NUM})(?P<half>\s+and\s+a\s+half)?[\s-]+(?P<unit>{_UNIT})\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b",
    ),
    (
        "relperiod",
        rf"(?P<mod>{_MODP}|{_MOD}[- ](?:in\s+)?)?(?P<the>(?i:the)\s+)?(?P<rel>(?i:last|this|next|past|coming|previous|following|current|same|upcoming|preceding))\s+"
        r"(?P<unit>(?i:weekend|week|month|year|decade|century|quarter|hour))\b(?!-)",
    ),
    ("weekend", r"(?i:the)\s+(?i:weekend)\b"),
    # anaphoric: the quarter (or year-earlier period) the text is reporting on
    ("thequarter", r"(?i:the)\s+(?i:quarter)\b(?![-\u2010-\u2015]|\s+(?:of|century|mile|final)\b)"),
    ("yearearlier", r"(?i:year)[-\u2010\u2011](?i:earlier|ago)\b"),
    (
        "theperiod",
        r"(?P<mod>(?i:(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|turn|close)\s+of\s+))(?i:the)\s+(?P<unit>(?i:year|month|week|decade|century))\b",
    ),
    (
        "narr",
        r"(?i:the)\s+(?P<which>(?i:next|following|previous|same|preceding))\s+(?P<unit>(?i:day|morning|afternoon|evening|night))\b",
    ),
    (
        "narr2",
        r"(?i:the)\s+(?P<unit>(?i:day|night|week|month|year))\s+(?P<which>(?i:before|after))\b(?!\s+(?i:yesterday|tomorrow)\b)",
    ),
    (
        "setfreq",
        rf"(?P<freq>(?i:once|twice|thrice|(?:\d+|{_NUMWORD})\s+times))\s+(?:(?i:a|an|per|every|each)\s+)(?P<unit>{_UNITS1})\b",
    ),
    (
        "setevery",
        rf"(?P<q>(?i:every|each))\s+(?P<other>(?i:other)\s+)?(?:(?P<num>\d+|{_NUMWORD})\s+)?(?P<unit>{_UNIT}|{_WD}|(?i:morning|afternoon|evening|night|spring|summer|autumn|winter))\b",
    ),
    (
        "setper",
        r"(?:(?<=\d )|(?<=% )|(?<=bn )|(?<=m )|(?<=illion )|(?<=\d)|(?<=ollars )|(?<=euros )|(?<=pounds ))"
        r"(?P<per>(?i:a|per))\s+(?P<unit>(?i:day|week|month|year|annum))\b",
    ),
    ("setper2", r"(?P<per>(?i:per))\s+(?P<unit>(?i:day|week|month|year|annum))\b"),
    (
        "setadv",
        r"(?P<adv>(?i:annually|yearly|hourly)|daily|weekly|monthly|nightly)\b(?!-|\s+(?:life|lives|routine|running|plight|struggles?|grind|chores)\b)",
    ),
    (
        "time",
        rf"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:[ap]\.m\.|[ap]m\b))(?:\s+(?P<tz>{_TZ}))?"
        rf"(?:,?\s+(?:(?i:on)\s+)?(?P<day>{_WD}|(?i:yesterday|today|tomorrow))\b)?",
    ),
    ("time24", rf"(?<![\d.:])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s*(?P<tz>{_TZ}|hrs\b))?"),
    ("timemil", rf"(?<![\d.,])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>{_TZ}|hrs\b)"),
    ("noon", r"(?P<n>(?i:noon|midday|midnight))\b"),
    ("oclock", rf"(?P<h>\d{{1,2}}|{_NUMWORD})\s+o'clock\b"),
    (
        "pod",
        rf"(?P<mod>(?i:early|late)\s+)?(?P<day>{_WD}|(?i:yesterday|today|tomorrow|this|last|that))\s+(?P<pod>(?i:morning|afternoon|evening|night))\b",
    ),
    ("tonight", r"(?P<t>(?i:tonight))\b"),
    (
        "holiday",
        rf"(?<!Chinese )(?<!Lunar )(?P<rel>(?i:last|this|next)\s+)?(?P<hol>Christmas\s+Eve|Christmas\s+Day|Christmas(?!\s+(?:Island|tree|card|carol)s?\b)"
        rf"|New\s+Year(?:'|’)?s\s+(?:Eve|Day)|New\s+Year(?!'|’|\s+(?:[Hh]onours?|[Rr]esolutions?)\b)|Easter\s+(?:Sunday|Monday)|Easter(?!\s+(?:Island|Rising|[Ee]ggs?)\b)"
        rf"|Good\s+Friday(?!\s+Agreement)|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Armistice\s+Day|Bastille\s+Day|Columbus\s+Day"
        rf"|(?<!['’]s )Independence\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day|Black\s+Friday|Cyber\s+Monday|Thanksgiving(?:\s+Day)?|Boxing\s+Day|Valentine(?:'|’)?s\s+Day|Halloween|Hogmanay)"
        rf"(?:\s+(?P<year>{_YEAR}))?",
    ),
    (
        "deictic",
        r"(?<!USA )(?P<dd>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow))\b(?!\s+(?:programme|show|newspaper)\b)",
    ),
    (
        "weekday",
        rf"(?<!Mail on )(?<!Bloody )(?<!Black )(?<!Good )(?<!Man )(?<!Girl )(?<!Super )(?<!Cyber )(?P<mod>(?i:early|late)\s+)?(?P<rel>{_REL}\s+)?(?P<wd>{_WD})(?P<pl>s)?\b"
        r"(?!\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|People|Mail|Tribune|Independent|Sport|Star|Record|Business|Night\s+Football|Agreement|Club|Review|Magazine)\b)",
    ),
    (
        "dur",
        rf"(?<![\d$£€.,])(?P<pre>(?i:the\s+)(?:(?i:past|last|next|first|previous|coming|following|final|remaining|latest|initial|same)\s+)?|(?i:past|last|next|first|previous|coming|following|final|remaining|latest|initial|same)\s+)?"
        rf"(?P<approx>(?i:about|around|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|some|another|an\s+additional|roughly|approximately|just|only|barely|over)\s+)?"
        rf"(?P<num>{_NUM})(?P<half>\s+and\s+a\s+half)?(?P<sep>-|\s+)(?P<adj>(?i:consecutive|straight|successive|full|more|additional|further|whole|long)\s+)?(?P<unit>{_UNIT})\b(?P<old>\s+old\b|-old\b)?",
    ),
    (
        "vunits",
        rf"(?P<prep>(?i:for|in|over|within|after|from)\s+)?(?P<q>(?i:(?:the\s+)?(?:past|last|next|coming|recent)\s+(?:few\s+|several\s+|many\s+)?|recent\s+))?(?P<unit>(?i:{_UNIT_PL}))\b"
        r"(?P<rel>(?=\s+(?:after|before|of)\s))?",
    ),
    (
        "year",
        rf"(?<![\d$£€.,:/])(?<![A-Za-z]-)(?P<mod>{_MODP}|(?i:early|late|mid)[- ](?:in\s+)?)?(?P<fy>(?i:fiscal)\s+(?:(?i:year)\s+)?|FY\s*)?(?P<year>{_YEAR})(?!\s*(?:%|per\s*cent|percent)|,\d|\.\d)",
    ),
    (
        "vague",
        r"(?P<v>(?i:right\s+now|now|currently|nowadays|these\s+days|at\s+present|presently|at\s+the\s+moment|recently|lately"
        r"|the\s+past(?!\s+(?:tense|master|participle))|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?!\s+of\b)))\b",
    ),
]


def _prefixed(name: str, pattern: str) -> str:
    return re.sub(r"\(\?P([<=])(\w+)", lambda m: f"(?P{m.group(1)}{name}__{m.group(2)}", pattern)


_COMBINED = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{_prefixed(name, pat)})" for name, pat in RULES) + ")"
)
_GROUPS: dict[str, list[tuple[str, str]]] = {
    name: [(g, g.split("__", 1)[1]) for g in _COMBINED.groupindex if g.startswith(name + "__")]
    for name, _ in RULES
}


@dataclass(slots=True)
class Raw:
    """One grammar match: the rule, its span in the text and its inner groups."""

    rule: str
    start: int
    end: int
    groups: dict[str, str | None] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


# Tokens that can start an expression. Scanning tries the full grammar only where one
# of these starts (the grammar is long; trying it at every word is ten times slower).
_STRONG = frozenset(
    list(MONTHS)
    + list(WEEKDAYS)
    + [w for w in NUMBER_WORDS if " " not in w and w not in ("a", "an")]
    + list(ORDINALS)
    + list(DECADE_WORDS)
    + [w + "s" for w in WEEKDAYS]
    + ["hours", "days", "weeks", "months", "years", "decades", "year"]
    + """near distant foreseeable number yesterday today tomorrow tonight now currently recently lately nowadays presently
    annually yearly hourly noon midday midnight last next this past coming early late mid
    earlier later every each once twice thrice per fiscal fy q h spring summer autumn fall
    winter these right at christmas easter good black cyber thanksgiving boxing valentine
    halloween hogmanay labor memorial veterans armistice bastille columbus independence martin
    presidents daily weekly monthly nightly few several some many numerous about around nearly almost more less
    fewer up another roughly approximately just only barely over previous following current
    same upcoming preceding remaining latest initial end beginning start middle turn close
    rest remainder recent couple pair dozen hundred that""".split()
)
_UNIT_WORDS = frozenset(
    """second seconds minute minutes hour hours day days week weeks weekend weekends
    fortnight month months quarter quarters year years decade decades century centuries
    future""".split()
)
# Frequent words that start an expression only before a strong token or a unit.
_WEAK = frozenset("the a an in for over within after from new".split())
_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def iter_matches(text: str) -> Generator[re.Match[str], int | None, None]:
    """Grammar matches at token starts, left to right; the caller skips past each one
    it accepts (see ``timex.scan``) by sending the position to continue from."""
    toks = [(m.start(), m.group(0)) for m in _TOKEN.finditer(text)]
    n = len(toks)
    i = 0
    while i < n:
        start, tok = toks[i]
        low = tok.lower()
        ok = tok[0].isdigit() or low in _STRONG
        j = i + 1
        while not ok and low in _WEAK and j < n and j <= i + 2:
            nxt = toks[j][1]
            nlow = nxt.lower()
            ok = nxt[0].isdigit() or nlow in _STRONG or nlow in _UNIT_WORDS
            low = nlow
            j += 1
        if not ok:
            i += 1
            continue
        m = _COMBINED.match(text, start)
        if m is None:
            i += 1
            continue
        resume = yield m
        target = m.end() if resume is None else resume
        i += 1
        while i < n and toks[i][0] < target:
            i += 1


def to_raw(m: re.Match[str]) -> Raw:
    rule = m.lastgroup
    assert rule is not None
    groups: dict[str, str | None] = {}
    spans: dict[str, tuple[int, int]] = {}
    for full, short in _GROUPS[rule]:
        v = m.group(full)
        groups[short] = v
        if v is not None:
            spans[short] = m.span(full)
    return Raw(rule, m.start(), m.end(), groups, spans)


def number_value(token: str | None) -> float | None:
    """The number a count word or numeral stands for; None when vague (``several``)."""
    if token is None:
        return None
    t = re.sub(r"\s+", " ", token.strip().lower())
    if t in VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None

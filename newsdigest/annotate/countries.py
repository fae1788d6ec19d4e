"""Gazetteer of countries and organisations: names, adjectives, demonyms, capitals -> codes.

The data live in ``newsdigest/data/countries.txt`` (hand-written, one entity a line; the
file's header documents the format and the organisation codes). All forms are compiled
once into a single case-sensitive regular expression, built from a character trie so that
the longest form wins at each position ("Guinea-Bissau" over "Guinea", "Papua New Guinea"
over "Guinea", "Democratic Republic of Congo" over "Congo").

Ambiguity is handled in three ways:

* case: forms are matched case-sensitively, so "roast turkey" or "hanging chad" never match;
* block phrases: "French fries", "New Mexico", "Indian Ocean", "Washington Post", "Michael
  Jordan"... are matched like any form (so they win by length) and then dropped;
* context rules for a few forms that are also given names or US places ("Jordan", "Chad",
  "Georgia", "Washington", "Israel", "Sofia", "Paris", ...): a capitalised word right before
  or after (a first name or surname) drops the match unless it is a function word, a title
  or a government word; "Georgia" is dropped next to US-state cues ("Atlanta, Georgia",
  "Georgia's governor") or when the whole text reads as US news and never as Caucasus news;
  short all-capital acronyms ("US", "IS") are dropped inside all-capital runs of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsdigest.models import Mention

KINDS = ("name", "adjective", "demonym", "capital", "seat")
_COLUMNS = {3: "name", 4: "adjective", 5: "demonym", 6: "capital", 7: "seat"}


@dataclass(frozen=True, slots=True)
class Entity:
    code: str
    type: str  # "country" | "org"
    name: str
    adjective: str | None


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    forms: dict[str, tuple[str, str]]  # surface form -> (code, kind); code "" = blocked
    entities: dict[str, Entity]
    folded: dict[str, str]  # casefolded form -> code, for lookup()
    pattern: re.Pattern[str]


def _apostrophe_variants(form: str) -> list[str]:
    out = [form]
    if "'" in form:
        out.append(form.replace("'", "\u2019"))
    if "\u2019" in form:
        out.append(form.replace("\u2019", "'"))
    return out


def _trie_regex(words: list[str]) -> str:
    """A regex alternation equivalent to ``words`` that prefers longer words, factored
    through a character trie so that matching costs about one character test per step."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            # Greedy optional: the longer continuation is tried first, the shorter one on failure.
            return "(?:" + body + ")?"
        return body

    return build(trie)


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    raw = resources.files("newsdigest").joinpath("data/countries.txt").read_text(encoding="utf-8")
    forms: dict[str, tuple[str, str]] = {}
    entities: dict[str, Entity] = {}
    folded: dict[str, str] = {}

    def add(form: str, code: str, kind: str) -> None:
        for f in _apostrophe_variants(form.strip()):
            if not f:
                continue
            variants = [f]
            if len(f) >= 4 and f.upper() != f and kind != "block":
                variants.append(f.upper())
            for v in variants:
                forms.setdefault(v, (code, kind))
            if code:
                folded.setdefault(f.casefold(), code)

    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("|")
        cols += [""] * (8 - len(cols))
        code, typ, display = cols[0].strip(), cols[1].strip(), cols[2].strip()
        if typ == "block":
            for f in cols[3].split(";"):
                add(f, "", "block")
            continue
        adjectives = [a.strip() for a in cols[4].split(";") if a.strip()]
        entities[code] = Entity(code, typ, display, adjectives[0] if adjectives else None)
        for col, kind in _COLUMNS.items():
            for f in cols[col].split(";"):
                if typ == "org" and kind == "name":
                    add(f, code, "org")
                else:
                    add(f, code, kind)
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    pattern = re.compile(r"(?<!\w)(?:" + _trie_regex(ordered) + r")(?!\w)")
    return _Gazetteer(forms, entities, folded, pattern)


# --- context rules ---------------------------------------------------------------------------

# Forms that are also common given names or surnames (or US places).
_PERSONLIKE = frozenset(
    {"Jordan", "Chad", "Georgia", "Washington", "Sofia", "Paris", "Wellington", "Cuba", "Santiago"}
)
# Forms where a capitalised next word is read as a surname ("Jordan Peterson").
_NEXT_SURNAME = frozenset(
    {"Jordan", "Chad", "Georgia", "Sofia", "Paris", "Cuba", "Santiago", "India", "Kenya"}
)
_OK_NEIGHBOURS = frozenset(
    """In From To And The With For By Of On At As Neighbouring Neighboring Southern Northern
    Eastern Western Central Hashemite Kingdom Republic Visit Visiting Between Both While Unlike
    Like Against Under Across Inside Outside But Then Meanwhile Also Only Even Why How When Where
    If After Before Since Until Although Though Because Whether Did Does Do Has Have Had Is Was
    Were Will Would Could Should Can May Might Must Said Says Tells Told Asked Urged Called Than
    That This These Those Neither Nor Or So Yet Not Now Today Yesterday Tomorrow Tonight Last
    Next Nearby Rival Rivals Ally Allies Fellow Oil Gas Arab Muslim Christian Jewish Occupied
    Mr Mrs Ms Dr President Prime Minister Ministry Foreign Defence Defense Government Army Armed
    Forces Military Navy Air Police Parliament Senate King Queen Prince Emir Sheikh Crown Embassy
    Ambassador Officials Official Authorities Authority Leader Leaders Valley River Times Post
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June
    July August September October November December Agency Council Court Supreme Royal
    National Federal Capital Cabinet Office Mission Delegation Envoy Spokesman Spokeswoman""".split()
)
_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*)[ \u00a0]$")
_WORD_AFTER = re.compile(r"^[ \u00a0]([A-Z][\w'’-]*)")
_GEORGIA_US_BEFORE = re.compile(r"(?:\bstate of|\bU\.?S\.? state of|\b[A-Z][a-z]+,)\s*$")
_GEORGIA_US_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:governor|Governor|Gov\.|state\b|State\b|Senate|senator|Senator|Republicans?|"
    r"Democrats?|voters|county|County|Bulldogs|Tech|Power|Southern|Secretary of State|"
    r"secretary of state|legislature|Legislature|General Assembly|lawmakers|primary|runoff|"
    r"elections? officials|peach|Peach|Dome|Aquarium)"
)
_US_CUES = re.compile(r"\b(?:Atlanta|Savannah|Augusta|Macon|Peach State|Kemp|Raffensperger|Fulton County)\b")
_CAUCASUS_CUES = re.compile(r"\b(?:Tbilisi|Georgian|Caucasus|Ossetia|Abkhazia|Saakashvili|Batumi)\b")
_CAPS_TOKEN = re.compile(r"[A-Z]{2,}")
# Countries whose capitals share their name with a bigger place elsewhere: a capital of theirs
# is kept only where the text also names the country ("San Jose" is also a Californian city,
# "Victoria" an Australian state), in any of its written forms
_NEEDS_COUNTRY = {"CRI": "Costa Ric", "SYC": "Seychell", "ATG": "Antigua", "GRD": "Grenad"}


_CURRENCY_AFTER = re.compile(
    r"[ ](?:dollars?|francs?|dinars?|yen|yuan|renminbi|rupees?|roubles?|rubles?|pounds?|euros?|pesos?|"
    r"riyals?|rials?|dirhams?|won|liras?|kronor|krona|kroner|krone|shillings?|rand|naira|cedis?|taka|"
    r"baht|ringgit|rupiah|dong|hryvnias?|zlotys?|forints?|lei|leu)\b"
)


def _drop(text: str, form: str, start: int, end: int, gz: _Gazetteer, us_georgia: bool) -> bool:
    """True when the match ``text[start:end]`` of ``form`` does not name the country."""
    if form == "Georgia" or form == "GEORGIA":
        if us_georgia:
            return True
        before = text[max(0, start - 40) : start]
        after = text[end : end + 40]
        if _GEORGIA_US_AFTER.match(after):
            return True
        m = _GEORGIA_US_BEFORE.search(before)
        if m and "," in m.group(0):
            city = before.rstrip().rstrip(",").split()[-1] if before.strip() else ""
            if city and city not in gz.forms:
                return True
        elif m:
            return True
    code, kind = gz.forms[form]
    if kind == "capital" and code in _NEEDS_COUNTRY and _NEEDS_COUNTRY[code] not in text:
        return True  # "San Jose" is Costa Rica's capital only where the text names Costa Rica
    if _CURRENCY_AFTER.match(text, end):
        return True  # "6 million Kuwaiti dinars", "3 million US dollars": a currency
    if form in _PERSONLIKE:
        m = _WORD_BEFORE.search(text[max(0, start - 30) : start])
        if m:
            prev = m.group(1)
            if (
                prev not in _OK_NEIGHBOURS
                and prev.rstrip(".") not in _OK_NEIGHBOURS
                and prev not in gz.forms
                and not (len(prev) <= 3 and prev.isupper())
            ):
                return True
        if form in _NEXT_SURNAME:
            m = _WORD_AFTER.match(text[end : end + 30])
            if m:
                nxt = m.group(1)
                if nxt not in _OK_NEIGHBOURS and nxt not in gz.forms and not nxt.isupper():
                    return True
    if len(form) <= 3 and form.isupper() and form.isalpha():
        # "US"/"IS"/"UK" inside an all-capital run ("JOIN US NOW", "WHAT IS IT") is not a name.
        before = text[max(0, start - 20) : start].split()
        after = text[end : end + 20].split()
        for tok in before[-1:] + after[:1]:
            word = tok.strip(".,:;!?\"'()[]")
            if _CAPS_TOKEN.fullmatch(word) and word not in gz.forms:
                return True
    return False


def find_mentions(text: str) -> list[Mention]:
    """Every country/organisation mention in ``text``, in order of position."""
    gz = _gazetteer()
    out: list[Mention] = []
    us_georgia: bool | None = None
    for m in gz.pattern.finditer(text):
        form = m.group(0)
        code, kind = gz.forms[form]
        if not code:
            continue
        if form in ("Georgia", "GEORGIA") and us_georgia is None:
            us_georgia = bool(_US_CUES.search(text)) and not _CAUCASUS_CUES.search(text)
        if _drop(text, form, m.start(), m.end(), gz, bool(us_georgia)):
            continue
        start = m.start()
        if kind == "name":
            # "the Socialist Republic of (Viet Nam)", "the Republic of the Union of (Myanmar)": the
            # state's formal name is one mention
            fm = _FORMAL_BEFORE.search(text, max(0, start - 80), start)
            if fm:
                start = fm.start()
        if kind == "adjective":
            # "Sino-Indian", "Franco-German": the combining form names a country of its own;
            # "inter-Korean": both Koreas
            cf = _COMBINING.search(text, max(0, start - 10), start)
            if cf:
                inter = cf.group(1).lower() == "inter"
                if inter and code == "USA":
                    continue  # "inter-American": the Americas
                other = ("PRK" if code == "KOR" else None) if inter else _COMBINING_FORMS[cf.group(1)]
                if other and other != code:
                    out.append(
                        Mention(text=cf.group(1), start=cf.start(1), end=cf.end(1), code=other, kind=kind)
                    )
        out.append(Mention(text=text[start : m.end()], start=start, end=m.end(), code=code, kind=kind))
    return out


_COMBINING_FORMS = {
    "Sino": "CHN",
    "Franco": "FRA",
    "Russo": "RUS",
    "Anglo": "GBR",
    "Indo": "IND",
    "Turco": "TUR",
    "Italo": "ITA",
    "Greco": "GRC",
    "Luso": "PRT",
    "Hispano": "ESP",
    "Japano": "JPN",
    "Germano": "DEU",
    "Serbo": "SRB",
    "Austro": "AUT",
}
_COMBINING = re.compile(r"(?<![\w-])(" + "|".join(_COMBINING_FORMS) + r"|[Ii]nter)-$")


_STATE_WORDS = (
    r"Republic|Kingdom|Principality|Grand\s+Duchy|Duchy|Sultanate|State|Union|Commonwealth|Emirate|"
    r"Federation|Confederation"
)
_FORMAL_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:Democratic|Socialist|Federal|Islamic|People['’]s|Co-operative|Cooperative|"
    rf"Plurinational|Bolivarian|Arab|Federative|Oriental|Hashemite|Independent|Sovereign)\s+)*"
    rf"(?:{_STATE_WORDS})\s+of\s+(?:the\s+)?(?:(?:{_STATE_WORDS})\s+of\s+(?:the\s+)?)?$"
)


def lookup(phrase: str) -> str | None:
    """The code a phrase names ("Turkish" -> "TUR", "the Kremlin" -> "RUS"), or None."""
    p = " ".join(phrase.split())
    folded = _gazetteer().folded
    key = p.casefold()
    if key in folded:
        return folded[key]
    if key.startswith("the "):
        return folded.get(key[4:])
    return None


def entity(code: str) -> Entity | None:
    """The gazetteer record of ``code`` (country or organisation), or None."""
    return _gazetteer().entities.get(code)


def country_name(code: str) -> str:
    """Display name of a code ("TUR" -> "Turkey"); unknown codes come back unchanged."""
    e = _gazetteer().entities.get(code)
    return e.name if e else code


name_of = country_name


def adjective_of(code: str) -> str | None:
    """The main adjective of a country ("TUR" -> "Turkish"), or None (organisations mostly)."""
    e = _gazetteer().entities.get(code)
    return e.adjective if e else None


def is_org(code: str) -> bool:
    """True for organisation and armed-group codes (NATO, EU, UN, IS, HAMAS...)."""
    e = _gazetteer().entities.get(code)
    return bool(e and e.type == "org")


def codes(kind: str | None = None) -> list[str]:
    """All codes, sorted; ``kind`` "country" or "org" restricts them."""
    return sorted(c for c, e in _gazetteer().entities.items() if kind is None or e.type == kind)

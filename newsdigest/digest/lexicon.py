"""A small normalisation lexicon: content words to concepts, so that paraphrases match.

"the shooting-down of a Russian fighter jet" and "shot down a Russian plane" both give the
concepts ``shootdown``, ``aircraft``; "coup" and "putsch" both give ``coup``. Words not in the
lexicon are reduced by the shared light stemmer (:func:`newsdigest.vectors.stem`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsdigest.vectors import STOP_WORDS, stem

# Multi-word expressions, matched on lower-cased text before splitting into words.
PHRASES: tuple[tuple[str, str], ...] = (
    (r"\b(?:shoot|shoots|shot|shooting)[- ]down\b", " shootdown "),
    (r"\bdown(?:ing|ed)\b", " shootdown "),
    (r"\bislamic state\b", " IS "),
    (r"\b(?:coup|putsch) attempts?\b", " coup "),
    (r"\battempted (?:coup|putsch)\b", " coup "),
    (r"\bair forces?\b", " military "),
    (r"\barmed forces\b", " military "),
    (r"\bwork together\b", " cooperate "),
    (r"\bjoint work\b", " cooperate "),
    (r"\btogether\b", " joint "),
    (r"\bhold talks\b|\bheld talks\b", " meet "),
    (r"\bmet with\b", " meet "),
    (r"\bde-?escalat\w*", " easetension "),
    (r"\bcease-?fire\b", " ceasefire "),
    (r"\bunited states\b", " USA "),
    (r"\bin the wake of\b", " after "),
    (r"\bdefen[cs]e\b", " defence "),
)
_PHRASE_RES = tuple((re.compile(p), r) for p, r in PHRASES)

# Single words (lower case, or their stem) to a concept.
SYNONYMS: dict[str, str] = {}
for _concept, _words in {
    "aircraft": "jet jets plane planes aircraft aircrafts bomber bombers warplane warplanes fighter-jet",
    "coup": "coup coups putsch putsches putschist putschists plotter plotters",
    "meet": "meet meets meeting meetings met talks summit summits visit visits visited visiting",
    "military": "military army armies troops troop soldiers forces",
    "IS": "isis isil daesh",
    "fight": "fight fights fighting fought combat combating battle battles",
    "cooperate": "cooperation cooperate cooperating cooperated cooperative collaborate "
    "collaboration partnership coordinate coordinating coordination",
    "joint": "joint jointly together",
    "agree": "agreement agreements agreed agree deal accord",
    "kill": "kill killed killing dead died death deaths",
    "strike": "strike strikes airstrike airstrikes raid raids bombing bombings",
    "crisis": "crisis crises standoff stand-off tension tensions turmoil row spat rift",
    "relation": "relation relations ties tie",
    "president": "president presidents presidential",
    "minister": "minister ministers ministry",
    "fail": "failed fail failure abortive",
    "member": "member members membership",
    "operation": "operation operations op ops",
    "terror": "terror terrorist terrorists terrorism",
    "militant": "militant militants rebels rebel insurgents insurgent",
    "sanction": "sanction sanctions embargo",
    "talk": "discuss discussed discussion discussions",
    "urge": "urge urged urges call called calls calling appeal appealed",
}.items():
    for _w in _words.split():
        SYNONYMS[_w] = _concept

# Words that carry no fact: speech verbs, hedges, generic nouns and time fillers.
EXTRA_STOP = frozenset(
    """say says saying tell tells telling told add added adding stress stressed note noted
    state stated according also one two three first last next back then course many much
    would could might must shall may can will like including include includes included even
    well new year years month months week weeks day days time times ago later earlier already
    yet ever never always often way thing things part per cent percent among across around
    get got make made take took taken give given go going went come came coming s t mr mrs ms
    attempt attempts attempted try tried trying
    de la le al el whether however therefore meanwhile instead""".split()
)

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_UPPER_ORG = {"IS": "IS", "ISIS": "IS", "ISIL": "IS", "USA": "USA", "US": "USA"}


@lru_cache(maxsize=131072)
def concept(word: str) -> str | None:
    """The concept a single word stands for, or None for a stop word."""
    if word in _UPPER_ORG:  # case matters: "IS" the group, not "is" the verb
        return _UPPER_ORG[word]
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if low in STOP_WORDS or low in EXTRA_STOP or len(low) < 2:
        return None
    if low.isdigit():
        return low if len(low) == 4 else None  # years are facts; other numbers too vague
    if low in SYNONYMS:
        return SYNONYMS[low] or None
    st = stem(low)
    if st in SYNONYMS:
        return SYNONYMS[st] or None
    if st in STOP_WORDS or st in EXTRA_STOP:
        return None
    return st


def concepts(text: str) -> list[str]:
    """The concepts of a stretch of plain text (no entity spans), in order."""
    # Protect upper-case organisation names before lower-casing.
    low = re.sub(r"\b(?:IS|ISIS|ISIL)\b", " qqisorgqq ", text)
    low = re.sub(r"\bU\.?S\.?(?=\W)", " qqusaorgqq ", low)
    low = low.lower().replace("qqisorgqq", "IS").replace("qqusaorgqq", "USA")
    for rx, repl in _PHRASE_RES:
        low = rx.sub(repl, low)
    out = []
    for w in _WORD.findall(low):
        c = concept(w if w in ("IS", "USA") else w.lower())
        if c:
            out.append(c)
    return out

"""The clause a time expression sits in: its tense (which way relative dates point) and
the readable event phrase it dates.

A clause is the stretch of the sentence between separators (``,;:`` dashes, brackets,
quotation marks) around the expression; very short stretches borrow their neighbour.
"""

from __future__ import annotations

import re

from newsdigest.annotate.timex_calendar import FUTURE, NEAR, PAST

_SEP = re.compile(r"\s*(?:[;:–—\"“”]|\s-\s|,(?!\d))\s*")
_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|(?:may|might|must|should)(?!\s+(?:not\s+)?have\b)|going\s+to|is\s+to|are\s+to|due\s+to|set\s+to|expected\s+to|"
    r"scheduled|slated|plans?\s+to|planning\s+to|intends?\s+to|would|upcoming|forthcoming|"
    r"to\s+be\s+held|next|agreed\s+to|expected|anticipated|due\s+(?:in|on|by)|"
    r"takes?\s+effect|comes?\s+into\s+force|enters?\s+into\s+force|begins|starts|opens|expires|resumes|kicks\s+off|hopes?\s+to|aims?\s+to|wants?\s+to|"
    r"to\s+(?:hold|meet|visit|begin|start|launch|resume|take\s+place|vote|sign|travel|host|attend|open|"
    r"announce|decide|return|arrive|finish|end|complete|deliver|publish|release))\b",
    re.IGNORECASE,
)
_NOT_PAST_ED = {
    "need",
    "feed",
    "speed",
    "seed",
    "proceed",
    "succeed",
    "exceed",
    "indeed",
    "embed",
    "shed",
    "bleed",
    "breed",
    "creed",
    "greed",
    "weed",
    "hundred",
    "fled",
    "bred",
}
_PAST_WORD = re.compile(
    r"\b(?:was|were|had|did|said|told|met|held|took|made|came|went|began|saw|fell|rose|won|"
    r"lost|shot|left|became|gave|got|sent|spoke|wrote|paid|sold|bought|brought|struck|"
    r"thought|found|kept|ran|set|put|hit|cut|flew|drove|broke|chose|stood|"
    r"[a-z]{2,}ed)\b"
)
_LEAD = re.compile(
    r"^(?:(?:and|but|or|so|while|as|after|before|when|since|although|though|because|which|that|who|where|whereas|adding|saying|with|on|in|at|of|by|for|from|to|during)\b\s*)+",
    re.IGNORECASE,
)
_PREP_BEFORE = re.compile(
    r"(?:\b(?:on|in|at|since|until|till|by|during|from|to|before|after|of|for|over|within|through|throughout|between|around|about|as\s+of|as\s+early\s+as|as\s+late\s+as)\s+)$",
    re.IGNORECASE,
)


# A participle right after one of these is passive or adjectival ("will be held",
# "is expected", "remain closed"), not a past tense: the auxiliary carries the tense.
_PARTICIPLE_AFTER = re.compile(
    r"\b(?:be|been|being|is|are|am|remain|remains|stay|stays|become|becomes|get|gets|seem|seems)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


# "was expected to", "had been scheduled for": a plan reported in the past tense, which
# may or may not have come yet: no direction (NEAR)
_PAST_AUX = re.compile(r"\b(?:was|were|had\s+been)\s+$", re.IGNORECASE)


def signal_before(text: str, start: int) -> tuple[str | None, int]:
    """The preposition right before ``start`` (TimeML's SIGNAL) and where it begins."""
    head = text[max(0, start - 20) : start]
    m = _PREP_BEFORE.search(head)
    if not m:
        return None, start
    return m.group(0).strip(), start - (len(head) - m.start())


def _bounds(sentence: str, s: int, e: int) -> tuple[int, int]:
    """The clause of the sentence around [s, e) (offsets into ``sentence``)."""
    cuts = [(m.start(), m.end()) for m in _SEP.finditer(sentence) if m.end() <= s or m.start() >= e]
    left = [c for c in cuts if c[1] <= s]
    right = [c for c in cuts if c[0] >= e]
    lo = left[-1][1] if left else 0
    hi = right[0][0] if right else len(sentence)
    # A stretch of under four words borrows its neighbour (to the left, else to the right).
    if len(sentence[lo:hi].split()) < 4:
        if len(left) >= 2 and lo > 0:
            lo = left[-2][1]
        elif left and lo > 0:
            lo = 0
        elif right:
            hi = right[1][0] if len(right) >= 2 else len(sentence)
    return lo, hi


def clause_direction(sentence: str, s: int, e: int) -> str:
    """PAST, FUTURE or NEAR for the expression at [s, e) of ``sentence``: the tense cue
    nearest before it in its clause (``said on Monday it would ...`` is past for
    Monday, future for what follows ``would``), else the first one after it."""
    lo, hi = _bounds(sentence, s, e)
    cues: list[tuple[int, str]] = [
        (m.start(), NEAR if _PAST_AUX.search(sentence, max(lo, m.start() - 20), m.start()) else FUTURE)
        for m in _FUTURE.finditer(sentence, lo, hi)
    ]
    fut = {c[0] for c in cues}
    cues += [
        (m.start(), PAST)
        for m in _PAST_WORD.finditer(sentence, lo, hi)
        if m.group(0) not in _NOT_PAST_ED
        and not (s <= m.start() < e)
        and m.start() not in fut
        and not _PARTICIPLE_AFTER.search(sentence, max(lo, m.start() - 24), m.start())
    ]
    if not cues:
        return NEAR
    before = [c for c in cues if c[0] < s]
    if before:
        return max(before)[1]
    return min(c for c in cues if c[0] >= e)[1] if any(c[0] >= e for c in cues) else NEAR


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def event_phrase(sentence: str, s: int, e: int, max_words: int = 20) -> str:
    """The clause around [s, e) with the expression (and its preposition) taken out."""
    lo, hi = _bounds(sentence, s, e)
    _, ss = signal_before(sentence, s)
    tail = sentence[e:hi]
    possessive = tail.startswith(("'s", "’s"))
    after_the = _THE_BEFORE.search(sentence[lo:s])
    if ss < lo or possessive or after_the:
        ss = s
    if possessive:
        lead = "" if after_the else " the"
        before, after = sentence[lo:ss].rstrip() + lead, tail[2:].lstrip()
    else:
        before, after = sentence[lo:ss].rstrip(), tail.lstrip(" ,")
        if after and after[0] in ".,;":
            after = after[1:].lstrip()
    phrase = f"{before} {after}".strip()
    phrase = re.sub(r"\s+", " ", phrase)
    phrase = _LEAD.sub("", phrase).strip(" ,.;:-–—")
    words = phrase.split()
    if len(words) > max_words:
        # keep the words nearest the expression
        n_before = len(before.split())
        lo_w = max(0, min(n_before - max_words // 2, len(words) - max_words))
        words = words[lo_w : lo_w + max_words]
    return " ".join(words)

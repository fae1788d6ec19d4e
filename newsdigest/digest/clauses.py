"""Split sentences into clauses: the units a fact is stated in.

"NATO member Turkey was long criticised ... for not playing a full role in the fight against
IS but upped its involvement last year by offering US forces use of an air base" states two
facts; the digest compares them separately. Boundaries are punctuation (; : dashes), commas
before a connective, connectives that open a new clause (but, after, since, while ...) and
"and" before a pronoun subject. Pieces with too few content words join their neighbour.
"""

from __future__ import annotations

import re

from newsdigest.digest.lexicon import concepts

_CONNECTIVES = (
    r"but|while|whereas|although|though|because|after|since|before|following|as|so that|"
    r"when|saying|adding|warning|noting|insisting|stressing|amid|despite|until"
)
_BOUNDARY = re.compile(
    r"\s*;\s*|\s+[–—]\s+|\s+-\s+|:\s+(?=[A-Z\"“])"
    rf"|,\s+(?=(?:{_CONNECTIVES})\b)"
    r"|\s+(?=(?:but|whereas|although|after|since|following|amid|despite)\s)"
    r"|\s+(?=and\s+(?:we|he|she|it|they|this|that|i|you|there)\s)"
    r"|\s+(?=as\s+(?:the|a|an|it|he|she|they|we|this|his|her|their|its)\s)"
    r"|,\s+(?=including\s)"
    r"|,\s+(?=[\"“])|(?<=[\"”]),\s+"
    r"|,\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:said|says|told|added|stressed)\b)"
)
_LEAD = re.compile(
    r"^(?:(?:and|but|so|then|back then|while|whereas|although|though|because|after|since|"
    r"following|as|so that|saying that|saying|adding that|adding|warning that|warning|"
    r"noting that|noting|amid|despite|until|that|of course|in the wake of|also)\b[\s,]*)+",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"^(?:Following|After|Since|Despite|Amid|While|Although|Before|Unlike|Back then)\b[^,]{3,}?,\s+"
)
_SPEECH_TAIL = re.compile(
    r"^[\w\s.'’-]{0,60}?\b(?:said|says|stressed|added|noted|explained|told \w+)(?: on \w+)?[.!?\"”]*$"
)
MIN_CONCEPTS = 4
_LOWER_ONLY = re.compile(r"\b[A-Z][\w'’-]*")


def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the clauses of one sentence, covering its content."""
    cuts = [0]
    opener = _OPENER.match(text)
    if opener:
        cuts += [opener.end() - len(opener.group(0)) + len(opener.group(0).rstrip(", ")), opener.end()]
    for m in _BOUNDARY.finditer(text):
        if opener and m.start() < opener.end():
            continue
        if m.start() > 0 and m.end() < len(text):
            cuts.append(m.start())
            cuts.append(m.end())
    cuts.append(len(text))
    pieces = []
    for i in range(0, len(cuts), 2):
        a, b = cuts[i], cuts[i + 1]
        if b > a and text[a:b].strip():
            pieces.append((a, b))
    if not pieces:
        return [(0, len(text))] if text.strip() else []
    # A speech tail ("the minister further said") belongs to the clause it reports.
    joined: list[tuple[int, int]] = []
    for a, b in pieces:
        if joined and len(text[a:b].split()) <= 7 and _SPEECH_TAIL.match(text[a:b].strip()):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    pieces = joined
    # Merge pieces with too little content into the following one (or the previous at the end).
    # Merge pieces that cannot stand alone into the following one (the previous at the end).
    merged: list[list[int]] = []
    pending: int | None = None
    for k, (a, b) in enumerate(pieces):
        if pending is not None:
            a = pending
            pending = None
        if not _stands_alone(text[a:b]):
            nxt = text[pieces[k + 1][0] : pieces[k + 1][1]] if k + 1 < len(pieces) else ""
            if merged and _PARTICIPLE.match(nxt.lstrip(" ,")):
                # "... told reporters | after the talks | , adding that ...": the fragment
                # belongs to the clause before it, not to the participle after it.
                merged[-1][1] = b
            else:
                pending = a
            continue
        merged.append([a, b])
    if pending is not None:
        if merged:
            merged[-1][1] = len(text.rstrip())
        else:
            merged.append([pending, len(text)])
    return [(a, b) for a, b in merged]


_PARTICIPLE = re.compile(r"^(?:adding|saying|warning|noting|insisting|stressing)\b")


def _stands_alone(piece: str) -> bool:
    """Enough concepts to be a fact, two of them common words (not only names)."""
    return len(concepts(piece)) >= MIN_CONCEPTS and len(concepts(_LOWER_ONLY.sub(" ", piece))) >= 2


def display(text: str, limit: int = 40) -> str:
    """A clause as a readable stand-alone line: leading connectives and stray quotation
    marks dropped, first letter capitalised, cut at ``limit`` words with an ellipsis."""
    t = text.strip().strip(",;:–—- ")
    t = _LEAD.sub("", t).strip()
    for q1, q2 in (('"', '"'), ("“", "”")):
        if q1 == q2:
            if t.count(q1) % 2:
                t = t.replace(q1, "")
        elif t.count(q1) != t.count(q2):
            t = t.replace(q1, "").replace(q2, "")
    if t.count("(") != t.count(")"):
        t = t.replace("(", "").replace(")", "")
    if t.count("[") != t.count("]"):
        t = t.replace("[", "").replace("]", "")
    t = re.sub(r"\s{2,}", " ", t).strip(" ,;:")
    w = t.split()
    if len(w) > limit:
        t = " ".join(w[:limit]).rstrip(",;:") + " …"
    if t and t[0].islower():
        t = t[0].upper() + t[1:]
    if t and t[-1] not in '.!?…"”':
        t += "."
    return t


# --- Clauses as stand-alone lines: subjects restored, reporting frames resolved, trimmed ---

_AUX = frozenset(
    """is are was were has have had will would can could should may might must did does do
    said says told added stressed""".split()
)
_COORD_VP = re.compile(
    r"^[\s,]*(?:but|and|yet|or)\s+(?P<vp>(?:(?:also|later|then|now|still|since|recently|quickly)\s+)?"
    r"(?P<verb>[a-z]+)\b.*)$",
    re.DOTALL,
)
_NOT_VERB = frozenset(
    """the a an its his her their our my your this that these those it he she they we i you
    there here not no some many most all both each other another such one two three""".split()
)


def _finite(word: str) -> bool:
    """A word that can head a predicate on its own: an auxiliary or an -ed past form."""
    w = word.lower().strip(".,;:!?\"“”'’")
    return w in _AUX or (len(w) > 4 and w.endswith("ed") and w not in _NOT_VERB)


def subject_of(text: str) -> str | None:
    """The subject of the first clause of ``text``: the words before its first finite verb
    ("NATO member Turkey" in "NATO member Turkey was long criticised ..."), 1-8 words, or None."""
    t = text.strip()
    op = _OPENER.match(t)
    if op:
        t = t[op.end() :]
    out: list[str] = []
    for w in t.split():
        if _finite(w):
            break
        if w[-1:] in ",;:" or len(out) >= 8:
            return None
        out.append(w)
    else:
        return None
    if not out or out[0].lower() in ("it", "this", "that", "there", "which", "who"):
        return None
    if not (out[0][0].isupper() or out[0].lower() in ("the", "a", "an")):
        return None
    return " ".join(out)


def with_subject(sentence: str, a: int, b: int) -> str:
    """Clause ``sentence[a:b]``, with the subject of the first conjunct restored when the
    clause is a coordinated verb phrase ("... but upped its involvement" -> "NATO member
    Turkey upped its involvement")."""
    clause = sentence[a:b]
    m = _COORD_VP.match(clause)
    if a == 0 or not m or not _finite(m.group("verb")) or m.group("verb") in _NOT_VERB:
        return clause
    subj = subject_of(sentence[:a])
    if subj is None:
        return clause
    return subj + " " + m.group("vp")


_SPEECH = r"(?:said|says|told|tells|added|stressed|noted|announced|explained|insisted|warned|reported)"
_TRAIL_FRAME = re.compile(
    rf",\s+(?P<frame>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,5}}?\s+{_SPEECH}\b[^,;\"“”]{{0,60}}?)"
    r"\s*[.!?]?$"
)
_LEAD_FRAME = re.compile(
    rf"^(?P<frame>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,6}}?\s+{_SPEECH}\b(?:\s+[^,;\"“”]{{0,30}}?)?)"
    r"\s+that\s+(?P<rest>.+)$"
)
_LOWER_FIRST = frozenset("The A An Its Their His Her This These That There Some".split())


def reported(sentence: str) -> tuple[str, str, int] | None:
    """A sentence that is content plus a trailing reporting frame ("X, Isik told Haberturk TV
    on Friday."): (frame, content, frame offset). None when there is no such frame."""
    t = sentence.rstrip()
    m = _TRAIL_FRAME.search(t)
    if not m or len(m.group("frame").split()) > 10:
        return None
    content = t[: m.start()].strip()
    if len(content.split()) < 4 or not _stands_alone(content):
        return None
    return m.group("frame").strip(), content, m.start("frame")


def frame_first(frame: str, content: str) -> str:
    """ "Isik told Haberturk TV" + "The agreement was reached ..." -> "Isik told Haberturk TV
    that the agreement was reached ..."."""
    first = content.split(" ", 1)[0]
    if first in _LOWER_FIRST:
        content = first.lower() + content[len(first) :]
    return f"{frame} that {content}"


_CUTS = re.compile(
    r",\s+(?:which|who|where|including|adding|saying|as|while|after|before|with|made up of)\b"
    r"|\s+(?:that caused|which|before|while|as it|as they|so that)\s"
    r"|,\s+(?:the|a|an)\s|\s+[–—]\s+|;\s+"
)


def trim(text: str, limit: int) -> str:
    """At most ``limit`` words: cut at the last clause-like boundary before the limit (a
    relative clause, a participle, a dash) when one leaves 8+ words, else at the limit with an
    ellipsis."""
    w = text.split()
    if len(w) <= limit:
        return text
    best = None
    for m in _CUTS.finditer(text):
        n = len(text[: m.start()].split())
        if 8 <= n <= limit:
            best = m.start()
    if best is not None:
        return text[:best].rstrip(" ,;:")
    return " ".join(w[:limit]).rstrip(",;:") + " …"

"""Direct quotations and who said them.

``find_quotes(article, sentences, actors)`` returns one :class:`Quote` per stretch of text
between quotation marks (straight ``"`` or curly ``“ ”``), with offsets of the quoted text
(marks excluded, a trailing comma dropped) so that ``text[q.start:q.end] == q.quote``.

Decisions (documented so the output is predictable):

* **Split quotes** ('"We will win," he said, "and soon."') give **two quotes** with the same
  speaker and cue: each part keeps exact offsets.
* **Multi-paragraph quotes**: a paragraph that opens a quote without closing it ends that
  part at the paragraph end; the next paragraph reopens it. Each paragraph's part is its
  own quote, and all parts of one quotation share the speaker found for any of them.
* A paragraph that is only a quotation, with no speech verb, continues the previous
  quotation's speaker when that quotation is in the same or the previous paragraph.
* **Partial quotes** (a fragment embedded in a sentence: the "common enemy"; was still
  "on the table") have ``partial=True``. They are kept only when a speech verb governs the
  sentence ("urged", "said", "adding that", ...); otherwise they are scare quotes or titles
  and dropped. Short all-Title-Case fragments (programme or book names) are dropped too.
* Speakers: a name is resolved to the actor whose span it overlaps (full name); "he"/"she"
  go to the latest gender-compatible speaker or sentence subject; role nouns ("the
  minister", "the spokesman") to the nearest earlier actor with that title. An anonymous
  speaker ("an official", "a spokesman", "sources") gives ``speaker=None``, as does no
  speech verb at all: a quotation with no clear speaker is listed, never guessed.
* Single quotation marks are treated as nested quotes or scare quotes and ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsdigest.annotate.actors import (
    _AGE_AFTER,
    _CUE_WORDS,
    _MEDIA,
    _NAME_PREFIXES,
    _PRONOUN_GENDER,
    _SPEECH_AFTER_NAME,
    _STOP_FIRST,
    NAME_RE,
    OFFICE_SYNONYMS,
    RELATION_NOUNS,
    fold,
    given_name,
    has_org_word,
    occupation,
    org_is_company,
    resolve_pronoun,
    resolve_role,
)
from newsdigest.annotate.countries import lookup
from newsdigest.models import Actor, Article, Quote, Sentence

_OPENERS = frozenset('"“„«')
_CLOSERS = frozenset('"”»')
_QUOTE_CHARS = re.compile(r'["“”„«»]')
_PARA_SPLIT = re.compile(r"\n")

_CUE_EXTRA = (
    "adding|saying|telling|warning|urging|insisting|stressing|noting|explaining|arguing|"
    "claiming|declaring|announcing|stating|asking|calling|describing|vowing|pledging|"
    "promising|[Aa]ccording to|quoted as saying|went on|pointed out|called for|called on|"
    "calling for|described|referred to|branded|dubbed|labelled|labeled"
)
_CUE = rf"(?:{_CUE_WORDS}|{_CUE_EXTRA})"
_INVERTED_HEAD = re.compile(rf"\b(?:{_CUE})\s+(?:[\w-]+\s+){{0,3}}$")
# "states" and "notes" are speech verbs only before what is said ("the report states that"),
# not as plural nouns ("urged both partner states to")
_CUE_RE = re.compile(rf"(?<![\w-])(?!(?:states|notes)\b(?!\s*(?:that\b|[:,\"“])))(?P<cue>{_CUE})\b")
_PARTICIPLE = frozenset(
    "adding saying telling warning urging insisting stressing noting explaining arguing "
    "claiming declaring announcing stating asking calling describing vowing pledging "
    "promising".split()
)
_ADV = (
    r"(?:also|further|then|later|again|quickly|simply|just|has|had|have|was|were|is|"
    r"reportedly|once|previously|recently|earlier|separately|repeatedly|publicly|bluntly|"
    r"firmly|angrily|told|,)"
)
# after the closing mark: ', the minister further said' / ' he added' / ', said Mr Smith'
_READ = (
    r"(?<=statement\s)read|(?<=letter\s)read|(?<=post\s)read|(?<=message\s)read|"
    r"(?<=\bit\s)reads|(?<=\bit\s)read"  # '"Your cable was correct," it reads': a letter's words
)
_AFTER = re.compile(
    rf"^[\s,;:]*(?:[—–-]+\s*)?(?P<pre>[^\"“”.!?;]{{0,90}}?)\s*\b(?:{_ADV}\s+){{0,2}}(?P<cue>{_CUE}|{_READ})\b(?P<post>[^\"“”.!?;]{{0,90}})"
)
_ACCORDING_DOCUMENT = re.compile(
    r"\s+(?:a|an|the)\s+(?:\w+\s+)?(?:readout|transcript|summary|recording|record|minutes)\b", re.I
)
_ACCORDING_MEDIA = re.compile(
    r"\s+(?:the\s+)?(?P<name>(?:[\w'’-]+\s+){0,4}?(?:Press\s+Agency|News\s+Agency|news\s+agency|state\s+media|"
    r"state\s+television|state\s+TV|newspaper|broadcaster)|[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})(?=\s*[,.;]|\s*$)"
)


def _according_report(post: str) -> bool:
    """Whether what follows "according to" is a document or a news organisation."""
    if _ACCORDING_DOCUMENT.match(post):
        return True
    m = _ACCORDING_MEDIA.match(post)
    return bool(m) and (
        not m.group("name")[:1].isupper() or m.group("name") in _MEDIA or "Agency" in m.group("name")
    )


_ANON_AT_BODY = re.compile(
    r"(?:^|[.!?]\s+|,\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:officials?|sources?|diplomats?|aides?|employees?|staffers?|insiders?|officers?)\s+(?:at|in|with|from|of|"
    r"inside|within)\s+(?:the\s+)?[A-Z][^.,;:]{0,12}$"
)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i)$", re.I)
_ANON = re.compile(
    r"^(?:an?|one|another|some|two|three|several|other|senior|unnamed)\b|^(?:officials|sources|analysts|observers|experts|witnesses|residents|diplomats|critics|reports|people)\b"
    r"|^(?-i:[Rr]eporters|[Jj]ournalists|[Pp]rotesters|[Dd]emonstrators|[Ss]upporters|[Ss]tudents|[Vv]oters|"
    r"[Cc]rowds|[Cc]ampaigners)\b(?![ ](?:[A-Z]|without|for)\b)",
    re.I,
)
_ROLE_NP = re.compile(
    r"^(?:the|this|that)\s+(?:(?P<adj>[A-Z][\w]*(?:'s|’s)?)\s+)?(?P<role>(?:(?:deputy|vice|prime|foreign|defen[cs]e|interior|finance|economy|energy|trade|justice|health|home)\s+)?(?:minister|president|chancellor|premier|secretary|secretary-general|spokesman|spokeswoman|spokesperson|ambassador|envoy|general|king|queen|prince|emir|leader|governor|mayor|senator|chairman|chairwoman|commander|judge|coroner|admiral|official|source|diplomat|officer|chief|head|director|manager|analyst|"
    r"lawmaker|legislator|congressman|congresswoman|high\s+commissioner|commissioner|(?-i:CS|MLA|MP|MEP)))\b",
    re.I,
)
_WORD = re.compile(r"[\w'’-]+")
_ANON_HEADS = frozenset(
    "spokesman spokeswoman spokesperson official officials source sources diplomat diplomats "
    "statement ministry company firm group organisation organization report agency government "
    "court police department office committee board bank union party council authorities "
    "team club website newspaper paper magazine channel network broadcaster regulator "
    "commission embassy military army army's military's prosecutors prosecutor lawyers".split()
)
_CONNECTIVES = frozenset(
    "but and yet so then however meanwhile earlier later also still now and, but, however, "
    "instead indeed separately moreover furthermore".split()
)
# an opening place phrase ("In Kabul, Mawlawi Abdul Rahman Haqyar ... said", "In Moyale town,
# which is split by the boundary, Mzee Abdi ...") comes before the subject
_PLACE_INTRO = (
    r"(?:(?:(?:Back|Later|Earlier)[ ](?:in|at|on|outside|inside)|In|At|From|Near|Outside|Inside|Across|Along|"
    r"Over[ ]in)\s+"
    # "In the fishing town of Kayar, ", "Back at the harbor, "
    r"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z-]+\s+){0,4}(?:[A-Z][^,.;\"“”]{0,60}|[a-z][a-z-]+)"
    # not "In a phone call with his Norwegian counterpart, Espen Haugland,": an appositive
    r"(?<!counterpart)(?<!minister)(?<!president)(?<!envoy)(?<!ambassador)(?<!leader)(?<!secretary),\s+"
    r"(?:(?:which|where)\s[^,.;\"“”]{1,60},\s+)?)?"
)
# "Shadow education secretary Tim Collins ...", "In the Odesa region, wheat farmer Mykola
# Hrytsenko ...": a lower-case role phrase opening the sentence
_ROLE_LEAD = re.compile(rf"\s*{_PLACE_INTRO}(?:[\w'’.-]+\s+){{0,4}}(?P<role>[a-z-]+)\s+")
# roles besides the occupations that actors.occupation knows ("farmer", "owner", "glaciologist")
_ROLE_WORDS = frozenset(
    """ambassador boss chairman chairwoman chief commissioner director editor elder executive expert
    general governor head herder leader mayor minister president researcher secretary senator
    spokesman spokesperson spokeswoman""".split()
)
# "Its spokesman in Lagos, (Abdullahi Maiwada-Bello), went further", "Her husband, (Ibrahim), ...":
# a role or kin noun opening the sentence, then the name in apposition
_APPOSITION_LEAD = re.compile(
    r"\s*(?:[^,.;:\"“”_]{3,60},\s+)?(?:[\w'’-]+\s+){0,5}?(?P<role>[a-z-]+)"
    r"(?:\s+(?:in|at|of|for|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?,\s*"
)
_SUBJECT_LEAD = re.compile(
    rf"\s*{_PLACE_INTRO}"
    r"(?:(?:[A-Z][\w.'’․-]*|the|of|and|leader|minister|spokesman|spokeswoman|spokesperson|"
    r"president|secretary|chief|foreign|defence|defense|deputy|prime|general|ambassador|envoy|"
    r"chairman|chairwoman|commissioner|official|head|director|chancellor|premier|interior|"
    r"finance|policy|opposition|former)\s+)*"
)


@dataclass(slots=True)
class _Seg:
    start: int  # quoted text (trimmed) start
    end: int
    open_pos: int  # position of the opening mark
    close_pos: int | None  # position of the closing mark (None: runs to paragraph end)
    para: int
    para_start: int
    para_end: int
    stop: int  # end of the quoted region: the closing mark, the next opener or paragraph end
    chain: int = -1
    sent_start: int = 0
    partial: bool = False
    speaker: Actor | None = None
    resolved: bool = False  # a speech cue decided the speaker (possibly None)
    cue: str | None = None
    cue_pos: int = -1
    speaker_pos: int = -1


def _segments(text: str) -> list[_Seg]:
    segs: list[_Seg] = []
    pos = 0
    para = 0
    for line in text.split("\n"):
        ps, pe = pos, pos + len(line)
        pos = pe + 1
        if not line.strip():
            continue
        marks = [m.start() for m in _QUOTE_CHARS.finditer(text, ps, pe)]
        inside = False
        open_at = -1
        for i in marks:
            ch = text[i]
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            if not inside:
                if ch in "”»" and not (prev.isspace() or prev in "([—–-"):
                    continue  # stray closer
                if ch == '"' and nxt.isspace() and not prev.isspace() and i > ps:
                    continue  # a closing-looking straight quote with nothing open: skip
                inside = True
                open_at = i
            else:
                if ch in "“„«" or (
                    ch == '"' and prev.isspace() and not nxt.isspace() and nxt not in ",.;:!?"
                ):
                    # a new opener while inside: the quotation continues with a new
                    # paragraph that lost its line break ('... own. "Trying to ...')
                    _add_seg(segs, text, open_at, None, para, ps, pe, stop=i)
                    open_at = i
                    continue
                _add_seg(segs, text, open_at, i, para, ps, pe)
                inside = False
        if inside:
            _add_seg(segs, text, open_at, None, para, ps, pe)
        if "'" in line or "‘" in line:
            n_before = len(segs)
            _single_segments(segs, text, para, ps, pe)
            if len(segs) > n_before:
                segs.sort(key=lambda s: s.open_pos)
        para += 1
    # chains across paragraphs
    chain = 0
    for k, s in enumerate(segs):
        if s.chain < 0:
            s.chain = chain
            chain += 1
        if s.close_pos is None and k + 1 < len(segs):
            n = segs[k + 1]
            if (n.para == s.para and n.open_pos == s.stop) or (
                n.para == s.para + 1 and n.open_pos == _first_nonspace(text, n.para_start)
            ):
                n.chain = s.chain
    return segs


_SINGLE_OPEN_PREV = frozenset(' \t([—–-"“')
_CLOSE_PUNCT_BEFORE = frozenset(".,!?;:")
_CLOSE_PUNCT_AFTER = frozenset(".,;:!?)—–")


def _single_segments(segs: list[_Seg], text: str, para: int, ps: int, pe: int) -> None:
    """Quotations in single marks (British style: 'We will win,' he said; ‘...’), outside
    any double-quoted stretch of the paragraph. An apostrophe is told from a mark by its
    neighbours: a mark opens after a space and before a letter, and closes after a letter
    or punctuation and before punctuation, a space or the paragraph end; "won't", "Obi’s"
    (a letter after it) never close, and "Farmers' livelihoods" (s' before a lower-case
    word) closes only when no better closer follows."""
    covered = [(s.open_pos, s.stop) for s in segs if s.para == para]
    i = ps
    while i < pe:
        ch = text[i]
        if ch not in "'‘" or any(a <= i <= b for a, b in covered):
            i += 1
            continue
        prev = text[i - 1] if i > ps else " "
        nxt = text[i + 1] if i + 1 < pe else " "
        if prev not in _SINGLE_OPEN_PREV or not (nxt.isalnum() or nxt in '“"$£€'):
            i += 1
            continue
        if ch == "'" and (
            text[i + 1 : i + 3] in ("n'", "n ") or re.match(r"\d0s\b|em\b|til\b|cos\b", text[i + 1 : i + 5])
        ):
            i += 1  # rock 'n' roll, the '90s, 'em
            continue
        close = None
        weak = None
        j = i + 1
        while j < pe:
            c = text[j]
            if c in "'’" and not text[j - 1].isspace():
                after = text[j + 1] if j + 1 < pe else "\n"
                if after.isalnum():
                    j += 1
                    continue  # won't, Obi’s
                before = text[j - 1]
                if before in _CLOSE_PUNCT_BEFORE or after in _CLOSE_PUNCT_AFTER or after in '\n"”':
                    close = j
                    break
                if before in "sS" and after == " ":
                    weak = j if weak is None else weak  # Farmers' livelihoods
                    j += 1
                    continue
                close = j
                break
            if c in "‘" or (c == "'" and text[j - 1].isspace() and j + 1 < pe and text[j + 1].isalnum()):
                if any(a <= j <= b for a, b in covered):
                    j += 1
                    continue
                break  # a new opener: the first one was an apostrophe or never closed
            j += 1
        if close is None:
            close = weak
        if close is None:
            # a quotation reopened by every paragraph runs to the paragraph end
            if i == _first_nonspace(text, ps) and j >= pe:
                _add_seg(segs, text, i, None, para, ps, pe)
                break
            i += 1
            continue
        if any(i < a < close for a, _b in covered):
            i += 1
            continue
        _add_seg(segs, text, i, close, para, ps, pe)
        i = close + 1


def _first_nonspace(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _add_seg(
    segs: list[_Seg],
    text: str,
    open_at: int,
    close: int | None,
    para: int,
    ps: int,
    pe: int,
    stop: int | None = None,
) -> None:
    s = open_at + 1
    stop = close if close is not None else (stop if stop is not None else pe)
    e = stop
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    if e <= s:
        return
    segs.append(_Seg(s, e, open_at, close, para, ps, pe, stop))


def _mask(text: str, segs: list[_Seg]) -> str:
    """The text with quoted stretches blanked out (marks kept): for cue searches."""
    chars = list(text)
    for s in segs:
        for i in range(s.open_pos + 1, s.stop):
            if chars[i] != "\n":
                chars[i] = "_"
    return "".join(chars)


_ABBREV_DOT = re.compile(
    r"(?<![\w.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Prof|Rev|Jr|Sr|Mt|Ft|"
    r"No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z]\.[A-Z])\.(?=[ ]+[\w\"“‘'])"
)


def _mask_abbreviations(masked: str) -> str:
    """Abbreviation and initial full stops ("Sen.", "U.S.", "George W.") become a dot that
    ends no sentence, so cue searches and sentence starts do not stop at them."""
    if "." not in masked:
        return masked
    chars = None
    for m in _ABBREV_DOT.finditer(masked):
        if chars is None:
            chars = list(masked)
        chars[m.end() - 1] = "\u2024"
    return "".join(chars) if chars is not None else masked


_SENT_END = re.compile(r"[.!?](?=\s+[A-Z\"“])|[.!?][\"”](?=\s+[A-Z\"“])")


def _sentence_start(masked: str, seg: _Seg, text: str) -> int:
    """Start of the sentence holding the opening mark (within the paragraph)."""
    i = seg.open_pos - 1
    while i >= seg.para_start:
        ch = masked[i]
        if ch in ".!?" and i + 1 < len(masked) and masked[i + 1] in " \t":
            return i + 1
        if ch in '"”' and i > seg.para_start and masked[i - 1] == "_":
            # a closing mark whose quote ended with sentence punctuation
            j = i - 1
            while j > seg.para_start and masked[j] == "_":
                j -= 1
            qend = text[i - 1] if i - 1 >= 0 else ""
            if qend in ".!?" and i + 1 < len(masked) and masked[i + 1] in " \t":
                return i + 1
            i = j
            continue
        i -= 1
    return seg.para_start


def _after_region(masked: str, seg: _Seg, text: str) -> str:
    if seg.close_pos is None:
        return ""
    i = seg.close_pos + 1
    stop = min(seg.para_end, i + 160)
    j = i
    while j < stop:
        ch = masked[j]
        if ch in "\"“'‘" and masked[j + 1 : j + 2] == "_":
            break
        if ch in ".!?" and (j + 1 >= len(masked) or masked[j + 1] in " \t\n"):
            break
        j += 1
    # a quote ending in sentence punctuation followed by a capital starts a new sentence
    q_last = text[seg.close_pos - 1] if seg.close_pos > 0 else ""
    rest = masked[i:j]
    if (
        q_last in ".!?"
        and re.match(r"\s+(?:[A-Z]|\")", rest)
        and not (
            q_last in "?!"  # '"Why now?" Smith asked.'; after a full stop it is a new sentence
            and re.match(r"\s+(?:[A-Z][\w'’.-]*\s+){0,4}(?:" + _CUE + r")\b", rest)
        )
    ):
        return ""
    return rest


def find_quotes(article: Article, sentences: list[Sentence], actors: list[Actor]) -> list[Quote]:
    """Every direct quotation in the article with its speaker."""
    text = article.text
    if not any(c in text for c in ('"', "“", "«", "„", "'", "‘")):
        return []
    segs = _segments(text)
    if not segs:
        return []
    masked = _mask_abbreviations(_mask(text, segs))
    persons = [a for a in actors if a.kind == "person"]
    subjects: list[tuple[int, Actor | None]] = _sentence_subjects(text, masked, actors)
    kept: list[_Seg] = []
    for k, seg in enumerate(segs):
        sent_start = _sentence_start(masked, seg, text)
        seg.sent_start = sent_start
        before = masked[sent_start : seg.open_pos]
        after = _after_region(masked, seg, text)
        lead = before.rstrip()
        seg.partial = (
            bool(lead)
            and (lead[-1].isalnum() or lead[-1] in "'’)")
            and not re.search(rf"(?:{_CUE})\s*$", lead)
        )
        if not seg.partial and lead and re.search(rf"\b(?:{_CUE})\s*$", lead) and text[seg.start].islower():
            seg.partial = True
        # attribution after the quote
        m = _AFTER.match(after) if after else None
        if m and seg.partial and not (re.match(r"\s*[,—–-]", after) or text[seg.close_pos - 1] in ",.!?"):
            m = None  # a fragment mid-sentence: a later verb belongs to another clause
        if (
            m
            and seg.partial
            and re.match(r"[\s,]*(?:while|whereas)\s", m.group("pre"))
            and re.search(rf"\b(?:{_CUE})\b", before)
        ):
            # 'the ministry said the decision responded "...", while the minister wrote that ...':
            # the later clause has a speaker of its own
            m = None
        if m and m.group("cue").lower() == "according to" and _according_report(m.group("post")):
            # '"...," according to a readout' / 'according to the Saudi Press Agency': the one
            # reporting is no speaker, the sentence's subject is
            m = None
        pre_words = _pre_words(m, seg.close_pos + 1, actors) if m else 0
        if m and (pre_words <= 7 or (pre_words <= 16 and "," in m.group("pre").strip(" ,"))):
            base = seg.close_pos + 1
            pre = m.group("pre").strip(" ,")
            appositive = False
            if pre:
                ps = base + m.start("pre") + (len(m.group("pre")) - len(m.group("pre").lstrip(" ,")))
                phrase, ppos = pre, ps
                appositive = True  # 'Michael Rabb, an analyst with Bank X, told Reuters'
            else:
                post = m.group("post")
                phrase = re.split(
                    r",|\s(?:in|on|at|to|during|after|before|when|while|who|which|that)\s",
                    post.strip(),
                    maxsplit=1,
                )[0]
                ppos = base + m.start("post") + (len(post) - len(post.lstrip()))
                named = _named_after_role(phrase, ppos, text, actors)
                if named is not None:
                    phrase, ppos = named
            _attribute_np(
                seg,
                phrase,
                ppos,
                m.group("cue"),
                base + m.start("cue"),
                text,
                actors,
                persons,
                subjects,
                appositive=bool(pre) and appositive,
            )
        if not seg.resolved:
            # "Interfax quoted Deputy Foreign Minister X as saying": X, not the agency
            qm = _QUOTED_AS.search(before)
            if qm:
                _attribute(
                    seg,
                    qm.group("who"),
                    sent_start + qm.start("who"),
                    "quoted",
                    sent_start + qm.start(),
                    text,
                    actors,
                    persons,
                    subjects,
                )
        if not seg.resolved:
            # a cue earlier in the same sentence ("Cavusoglu urged Russia to fight the ...")
            cues = [c for c in _CUE_RE.finditer(before) if not _in_relative(before, c)]
            if cues:
                c = cues[-1]
                cue_abs = sent_start + c.start()
                # "with Foreign Minister Ayman Safadi warning of ...": an actor right before
                # the participle is its subject
                near = _actors_in(actors, max(sent_start, cue_abs - 40), cue_abs)
                close = [a for a in near if any(cue_abs - 3 <= e <= cue_abs for _, e in a.spans)]
                if c.group("cue") in _PARTICIPLE and close:
                    a = close[-1]
                    seg.speaker, seg.resolved, seg.cue = a, True, c.group("cue")
                    seg.speaker_pos, seg.cue_pos = cue_abs, cue_abs
                elif c.group("cue") in _PARTICIPLE and len(cues) > 1:
                    c0 = cues[-2]
                    _attribute_before(
                        seg, before, c0, sent_start, text, actors, persons, subjects, c.group("cue")
                    )
                elif c.group("cue") in _PARTICIPLE:
                    _attribute_subject(
                        seg, before, sent_start, text, actors, persons, subjects, c.group("cue"), cue_abs
                    )
                else:
                    _attribute_before(seg, before, c, sent_start, text, actors, persons, subjects)
                    inner = before[cues[-2].end() : c.start()] if len(cues) > 1 else ""
                    if (
                        seg.speaker is None
                        and len(cues) > 1
                        and cues[-2].group("cue") in _REPORTING
                        # "said Wednesday, a day after a U.S. senator called ...": another clause
                        and not _ADJUNCT_CLAUSE.search(inner)
                    ):
                        # "Restrepo said truckers had complained for months: "...": the person
                        # reporting the complaint, not the unnamed complainers
                        tmp = _unattributed(seg)
                        _attribute_before(tmp, before, cues[-2], sent_start, text, actors, persons, subjects)
                        if tmp.speaker is not None and (
                            tmp.speaker.kind == "person" or _SAME_SUBJECT.fullmatch(inner)
                        ):
                            seg.speaker, seg.cue, seg.cue_pos, seg.speaker_pos = (
                                tmp.speaker,
                                tmp.cue,
                                tmp.cue_pos,
                                tmp.speaker_pos,
                            )
            if not seg.resolved and not cues and before.rstrip().endswith(":"):
                # "Osbourne was at a loss to explain its popularity: "...": the subject
                # of a sentence that introduces the quotation with a colon
                first = _actors_in(actors, sent_start, seg.open_pos)
                at = min((x for x, _ in first[0].spans if x >= sent_start), default=0) if first else 0
                lead_words = len(text[sent_start:at].split()) if first else 9
                if first and first[0].kind == "person" and lead_words <= 4:
                    seg.speaker, seg.resolved = first[0], True
                    seg.speaker_pos = sent_start
                else:
                    # "Asked whether ..., he was emphatic: "...""
                    pm = re.search(r"(?:^\s*|,\s+)([Hh]e|[Ss]he)\s", before)
                    if pm and not first:
                        ok, a = resolve_pronoun(
                            pm.group(1), sent_start + pm.start(1), persons, subjects, text
                        )
                        if ok and a is not None:
                            seg.speaker, seg.resolved = a, True
                            seg.speaker_pos = sent_start + pm.start(1)
            if not seg.resolved and cues and not seg.cue:
                # a speech verb governs the quotation even if its speaker is unnamed
                # ("Russia's foreign ministry said ...", "the High Commissioner said ...")
                seg.cue = cues[-1].group("cue")
        # filters for scare quotes / titles
        words = _WORD.findall(seg_text := text[seg.start : seg.end])
        if seg.partial and not seg.resolved and not seg.cue:
            continue
        if seg.partial and re.search(r"(?:\bso-called|\b[\w-]+(?:'s|’s))\s*$", before):
            continue  # the so-called "war of the Waleses", Russia's "shadow fleet": a label
        if len(words) <= 6 and re.search(r"\b(?:so-called|dubbed|nicknamed)\s*$", before):
            continue  # the so-called "New Year's Eve agreement"
        # a one- or two-word quote with no cue and no inheritance: only a continuation
        if (
            not seg.cue
            and len(words) <= 2
            and not seg.partial
            and not (k > 0 and segs[k - 1].chain == seg.chain)
        ):
            continue
        if (
            (seg.partial or not seg.cue or len(words) >= 2)
            and len(words) <= 5
            and words
            and all(
                w[:1].isupper() or w.lower() in ("of", "the", "and", "a", "in", "on", "for", "to")
                for w in words
            )
            and not seg_text.rstrip().endswith((".", "!", "?"))
        ):
            continue
        if not words:
            continue
        kept.append(seg)
        if seg.resolved and seg.speaker_pos >= 0:
            subjects.append((seg.speaker_pos, seg.speaker))
            subjects.sort(key=lambda t: t[0])
    # chains and continuation paragraphs
    chains: dict[int, _Seg] = {}
    for seg in kept:
        if seg.resolved and seg.chain not in chains:
            chains[seg.chain] = seg
    prev: _Seg | None = None
    for seg in kept:
        if not seg.partial:
            # a quotation then "The words, spoken on state television, came from X" or "This was
            # how X put it": named there, whatever an earlier sentence's verb suggested
            who = _trailing_attribution(masked, seg, text, actors) or _next_paragraph_speaker(
                masked, seg, text, actors, explicit=True
            )
            if who is not None:
                seg.speaker, seg.resolved, seg.cue = who, True, None
        if not seg.resolved:
            src = chains.get(seg.chain)
            if src is not None and src is not seg:
                _copy(seg, src)
            elif (
                prev is not None
                and prev.resolved
                and not seg.partial
                and (
                    seg.para == prev.para
                    or (seg.para == prev.para + 1 and seg.open_pos == _first_nonspace(text, seg.para_start))
                )
                and _gap_is_quote_only(masked, prev, seg)
            ):
                _copy(seg, prev)
            if not seg.resolved:
                colon = _colon_intro(masked, seg, text, actors, persons, subjects)
                if colon is not None:
                    _copy(seg, colon)
            if not seg.resolved and not seg.partial and not masked[seg.sent_start : seg.open_pos].strip():
                back = _previous_sentence_cue(masked, seg, text, actors, persons, subjects)
                if back is not None and back.speaker is not None:
                    _copy(seg, back)
                    seg.cue = None  # the verb governs the previous sentence, not this quote
                elif back is None:
                    who = (
                        _previous_sentence_subject(masked, seg, text, actors)
                        or _previous_sentence_pronoun(masked, seg, text, persons)
                        or _previous_paragraph_account(masked, seg, text, actors)
                        or _introduced_person(masked, seg, text, actors)
                    )
                    if who is not None:
                        seg.speaker, seg.resolved = who, True
            if not seg.resolved and not seg.partial:
                who = _next_paragraph_speaker(masked, seg, text, actors)
                if who is not None:
                    seg.speaker, seg.resolved = who, True
            if seg.resolved:
                src = chains.setdefault(seg.chain, seg)
                if src is not seg and not src.resolved:
                    chains[seg.chain] = seg
        prev = seg
    out: list[Quote] = []
    for seg in kept:
        sp = seg.speaker
        out.append(
            Quote(
                id=article.id,
                quote=text[seg.start : seg.end],
                start=seg.start,
                end=seg.end,
                speaker=sp.name if sp else None,
                speaker_title=sp.title if sp else None,
                speaker_country=sp.country if sp else None,
                cue=seg.cue,
                partial=seg.partial,
            )
        )
    return out


_APPOSITIVE_OPEN = re.compile(r",\s+(?:a|an|the|who|whose|[1-9][0-9]?,)\s")
_REPORTING = frozenset("said says told added stated".split())
# "The ministry said it had asked Washington for "...": the reporting subject again
_SAME_SUBJECT = re.compile(
    r"\s*(?:that\s+)?(?:it|they|he|she|we)(?:\s+(?:had|has|have|would|will|was|were))?\s*"
)


_TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w'’.-]*|and|of|for|&)\s+){1,8}$")


def _pre_words(m: re.Match[str], base: int, actors: list[Actor]) -> int:
    """Words between a quotation and its cue, a named actor counting as one word ("Ukraine's
    Coordination Headquarters for the Treatment of Prisoners of War said" is three)."""
    s, e = base + m.start("pre"), base + m.end("pre")
    n = len(m.group("pre").split())
    pre = m.group("pre")
    for a in _actors_in(actors, s, e):
        for x, y in a.spans:
            if s <= x and y <= e:
                n -= len(a.name.split()) - 1
                # "Agriculture and Food Security Minister Datuk Seri (Rosli bin Hamzah)": the
                # capitalised title and honorifics before the name count with it
                t = _TITLE_RUN.search(pre, 0, x - base - m.start("pre"))
                if t:
                    n -= len(t.group(0).split())
    return n


_OPEN_RELATIVE = re.compile(r",\s+(?:which|who|whom|where)\b[^,]*$")


def _in_relative(before: str, c: re.Match[str]) -> bool:
    """A cue inside a closed relative clause ("the islands, which China calls the Diaoyu,
    were ...") is not the quotation's cue."""
    return bool(_OPEN_RELATIVE.search(before, 0, c.start())) and "," in before[c.end() :]


def _unattributed(seg: _Seg) -> _Seg:
    """The same quotation with no speaker yet, to try an attribution on."""
    return _Seg(
        seg.start, seg.end, seg.open_pos, seg.close_pos, seg.para, seg.para_start, seg.para_end, seg.stop
    )


def _copy(dst: _Seg, src: _Seg) -> None:
    dst.speaker = src.speaker
    dst.resolved = True
    dst.cue = src.cue


def _gap_is_quote_only(masked: str, prev: _Seg, seg: _Seg) -> bool:
    """Between two quotations there is only attribution (no other sentence)."""
    start = prev.close_pos + 1 if prev.close_pos is not None else prev.stop
    gap = masked[start : seg.open_pos]
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", gap.strip()) if s.strip(' \n"“”')]
    if len(sentences) > 1:
        return False
    g = gap.strip(' \n,."“”')
    if not g:
        return True
    if start <= prev.cue_pos < seg.open_pos:
        return True  # the gap is the previous quotation's own attribution sentence
    return bool(_CUE_RE.search(g)) and len(g.split()) <= 12


_BOUNDARY = re.compile(r"[.!?][\"”’]?\s+|_[\"”]\s+(?=[\"“A-Z])|\n\s*")


_RELATIVE_VERB = re.compile(r"\b(?:who|whom)\s+(?:has\s+|had\s+|have\s+)?$")


def _previous_sentence_cue(masked, seg, text, actors, persons, subjects):  # type: ignore[no-untyped-def]
    """A quotation that opens its sentence with no speech verb of its own, right after a
    sentence of reported speech ("The world champion says he is in good shape."), is that
    sentence's speaker's."""
    end = seg.open_pos
    while end > 0 and masked[end - 1] in " \t\n":
        end -= 1
    floor = max(0, end - 400)
    bounds = [m.end() for m in _BOUNDARY.finditer(masked, floor, end + 1)]
    while bounds and bounds[-1] >= end:
        bounds.pop()
    start = bounds[-1] if bounds else floor
    if start >= end or (not bounds and floor > 0):
        return None
    region = masked[start:end]
    marks = [i for i in (region.find('"'), region.find("“")) if i >= 0]
    if marks:
        # a sentence holding a quotation of its own is handled as a continuation, unless its
        # speech verb comes before that quotation: 'Kinoshita said both sides would "face
        # history squarely".' speaks for the quote paragraph that follows it
        region = region[: min(marks)]
        if not region.strip():
            return None
    # "Moussa, a law student who asked that only his first name be used, watched ...": a verb
    # of a relative clause is no speech cue
    cues = [c for c in _CUE_RE.finditer(region) if not _RELATIVE_VERB.search(region, 0, c.start())]
    if not cues:
        return None
    tmp = _unattributed(seg)
    c = cues[0]
    _attribute_before(tmp, region, c, start, text, actors, persons, subjects)
    return tmp if tmp.resolved else None


def _paragraph_before(text: str, seg: _Seg) -> tuple[int, int] | None:
    """(start, end) of the paragraph before a quotation that opens its own paragraph, with the
    white space after it left out; None when the quotation does not open its paragraph or none
    comes before it."""
    if seg.open_pos != _first_nonspace(text, seg.para_start) or seg.para_start == 0:
        return None
    pe = seg.para_start - 1
    while pe > 0 and text[pe - 1] in " \n\t":
        pe -= 1
    if pe <= 0:
        return None
    return text.rfind("\n", 0, pe) + 1, pe


def _colon_intro(masked, seg, text, actors, persons, subjects):  # type: ignore[no-untyped-def]
    """'Mr Blair said:' at the end of the previous paragraph introduces a quote paragraph."""
    bounds = _paragraph_before(text, seg)
    if bounds is None or text[bounds[1] - 1] != ":":
        return None
    ps, prev_end = bounds
    before = masked[ps : prev_end - 1]
    sstart = max(before.rfind(". "), -1) + 1
    cues = list(_CUE_RE.finditer(before, sstart))
    if not cues:
        return None
    tmp = _unattributed(seg)
    _attribute_before(tmp, before, cues[-1], ps, text, actors, persons, subjects)
    return tmp if tmp.resolved else None


_APPOSITIVE_TO_CUE = re.compile(r",\s+(?:a|an|the)\s+[^,;:\"“”.]{3,90}?,?\s*")


def _attribute_before(seg, before, c, sent_start, text, actors, persons, subjects, cue_name=None):  # type: ignore[no-untyped-def]
    """Speaker of a cue found before the quote: the phrase just before the cue, or after it
    for an inverted or "according to" cue."""
    cue = c.group("cue")
    cue_abs = sent_start + c.start()
    bm = (
        re.match(r"\s+by\s+(?P<who>[^,:;]{1,60})", before[c.end() :])
        if cue in ("asked", "questioned")
        else None
    )
    if bm:
        # "was asked by reporters: "Will you resign?"": the askers speak
        ppos = sent_start + c.end() + bm.start("who")
        _attribute(seg, bm.group("who"), ppos, cue, cue_abs, text, actors, persons, subjects)
        if seg.speaker is None:
            seg.speaker_pos = -1  # unnamed askers are no antecedent for a later "he"/"she"
        return
    if cue.lower() == "according to":
        post = before[c.end() :]
        chunks = post.strip().split(",")
        phrase = chunks[0]
        ppos = sent_start + c.end() + (len(post) - len(post.lstrip()))
        if len(chunks) > 2:
            # "According to his Mauritanian counterpart, Mohamed Ould Cheikh Sidi, ...": the name
            npos = ppos + len(chunks[0]) + 1
            named = [a for a in _actors_in(actors, npos, npos + len(chunks[1]) + 1) if a.kind == "person"]
            if named:
                phrase, ppos = chunks[1].strip(), npos + len(chunks[1]) - len(chunks[1].lstrip())
        _attribute(seg, phrase, ppos, cue, cue_abs, text, actors, persons, subjects)
        return
    head = before[: c.start()]
    # "Mr Mennear, who was sent the e-mail by a friend, said": skip the parenthetical
    stripped = head.rstrip()
    if stripped.endswith(","):
        k = stripped.rfind(", ", 0, len(stripped) - 1)
        inner = stripped[k + 2 : -1] if k > 0 else ""
        ipos = sent_start + k + 2
        inner_people = [a for a in _actors_in(actors, ipos, ipos + len(inner) + 1) if a.kind == "person"]
        described = re.match(r"(?:the|a|an|his|her|its|their|who|whose|which)\s", inner, re.I) is not None
        if k > 0 and (NAME_RE.fullmatch(inner) or (inner_people and not described)):
            # "The chairman of the committee, Sher Khan, said": the name is the speaker
            _attribute(seg, inner, ipos, cue_name or cue, cue_abs, text, actors, persons, subjects)
            if seg.resolved:
                return
        elif k > 0:
            head = head[:k] + " "
    # "Dedi Kurniawan Siregar, a member of House of Representatives Commission I, (which ...,)
    # wrote": the person the appositive describes, however long it is
    for a in actors:
        if a.kind != "person":
            continue
        for s0, e0 in a.spans:
            if (
                sent_start <= s0
                and e0 - sent_start < len(head)
                and _APPOSITIVE_TO_CUE.fullmatch(head, e0 - sent_start)
                and not any(
                    e0 < x < sent_start + len(head) for b in actors if b.kind == "person" for x, _ in b.spans
                )
            ):
                _settle(seg, a, cue_name or cue, s0, cue_abs)
                return
    # the subject phrase: the words right before the cue (skipping adverbs)
    hm = re.search(rf"((?:[^\s\"“”]+\s+){{0,8}}?)(?:(?:{_ADV})\s+){{0,2}}$", head)
    phrase = hm.group(1).strip() if hm else ""
    ppos = sent_start + (hm.start(1) if hm else c.start())
    # keep only the part after the last clause break
    for sep in ("; ", " that ", ": "):
        k = phrase.rfind(sep)
        if k >= 0:
            ppos += k + len(sep)
            phrase = phrase[k + len(sep) :]
    if not phrase.strip() or re.search(r"(?:^|\s)(?:and|but)$", phrase.strip()):
        # a cue coordinated with an earlier verb ("X pledged aid and said ..."): the subject
        _attribute_subject(seg, before, sent_start, text, actors, persons, subjects, cue, cue_abs)
        return
    _attribute_np(seg, phrase, ppos, cue_name or cue, cue_abs, text, actors, persons, subjects)
    if not seg.resolved:
        _attribute_subject(seg, before, sent_start, text, actors, persons, subjects, cue_name or cue, cue_abs)


def _attribute_subject(seg, before, sent_start, text, actors, persons, subjects, cue, cue_abs):  # type: ignore[no-untyped-def]
    """Fall back on the sentence's first person (its subject) for a participle cue; an
    organisation only when no person is named ("As he arrived at Spain's High Court, Mr
    Botin greeted the media, saying")."""
    found = _actors_in(actors, sent_start, cue_abs)
    lead = before.lstrip()
    pm = re.match(r"(He|She)\b", lead)
    if pm and not any(a.kind == "person" for a in found):
        found = []  # "He told the RIA news agency that ... but said": the pronoun is the subject
    found = (
        [a for a in found if a.kind == "person"]
        or [a for a in found if not _after_preposition(a, sent_start, cue_abs, text)]
        or found
    )
    for a in found:
        seg.speaker, seg.resolved, seg.cue = a, True, cue
        seg.speaker_pos = sent_start
        return
    if pm:
        ok, a = resolve_pronoun(pm.group(1), sent_start, persons, subjects, text)
        if ok:
            seg.speaker, seg.resolved, seg.cue = a, True, cue
            seg.speaker_pos = sent_start
            return
    rm = _ROLE_NP.match(lead)
    if rm:
        _attribute(
            seg,
            rm.group(),
            sent_start + (len(before) - len(lead)),
            cue,
            cue_abs,
            text,
            actors,
            persons,
            subjects,
        )


def _after_preposition(a: Actor, start: int, end: int, text: str) -> bool:
    """ "In a note delivered to the State Department, the Foreign Ministry ... warned": an
    organisation named after a preposition is no subject."""
    return all(_PREPOSITION_END.search(text, max(0, s - 20), s) for s, _ in a.spans if start <= s < end)


_PREPOSITION_END = re.compile(r"\b(?:to|by|with|from|of|at|in|on|for|against|about)\s+(?:the\s+)?$")


_APPOSITION = re.compile(r"(?:,\s|\s(?:of|at|from|for|with)\s)")


def _appositive_head(people: list[Actor], start: int, end: int, text: str) -> Actor:
    """The speaker among several people named in one subject phrase: the first one when the
    rest sit in its appositive or prepositional phrase ("Kim Yo Jong, the sister of leader
    Kim Jong Un, said"), else the last one ("Ron Paul's adviser Jesse Benton said")."""
    if len(people) < 2:
        return people[-1]
    first = people[0]
    fend = min((e for s, e in first.spans if s >= start and e <= end + 1), default=-1)
    if fend >= 0 and _APPOSITION.match(text, fend):
        return first
    return people[-1]


def _actors_in(actors: list[Actor], start: int, end: int) -> list[Actor]:
    found: list[tuple[int, int, Actor]] = []
    for a in actors:
        for s, e in a.spans:
            if s >= start and e <= end:
                found.append((s, 0 if a.kind == "person" else 1, a))
                break
    found.sort(key=lambda t: (t[0], t[1]))
    return [a for _, _, a in found]


def _settle(seg: _Seg, speaker: Actor | None, cue: str | None, ppos: int, cue_pos: int) -> None:
    """Give the quotation its speaker (None: an anonymous one), the cue and their positions."""
    seg.speaker, seg.resolved, seg.cue, seg.speaker_pos, seg.cue_pos = speaker, True, cue, ppos, cue_pos


def _introduced_with(name: str, pos: int, text: str, persons: list[Actor]) -> Actor | None:
    """The last person before ``pos`` named right after (or in a title with) ``name``."""
    best, best_pos = None, -1
    rx = re.compile(rf"\b{re.escape(name)}\b")
    for a in persons:
        if getattr(a, "kind", "person") != "person":
            continue
        for s0, _e in a.spans:
            if (
                s0 < pos
                and s0 > best_pos
                and (rx.search(text, max(0, s0 - 25), s0) or (a.title and rx.search(a.title)))
            ):
                best, best_pos = a, s0
    return best


def _speaker_before(start: int, open_pos: int, text: str, actors: list[Actor]) -> Actor | None:
    """The person named as the subject of a speech verb in the quotation's sentence (from
    ``start``) before the quotation."""
    best, best_pos = None, -1
    for a in actors:
        if a.kind != "person":
            continue
        for s, e in a.spans:
            if start <= s and e <= open_pos and s > best_pos and _SPEECH_AFTER_NAME.match(text, e):
                best, best_pos = a, s
    return best


# "In a statement, ", "In its readout, ", "On Thursday, " before a lower-case subject
_LEAD_ADVERBIAL = re.compile(
    r"(?:In|On|At|From|Later|Earlier|Separately|Meanwhile)\b[^,]{0,40},\s+(?=(?:the|its|this|that)\s)"
)


def _attribute(seg, phrase, ppos, cue, cue_pos, text, actors, persons, subjects):  # type: ignore[no-untyped-def]
    phrase = phrase.strip(" ,")
    if not phrase:
        return
    pend = ppos + len(phrase)
    lead = text[max(0, text.rfind("\n", 0, ppos) + 1, ppos - 60) : ppos + 12]
    if _ANON_AT_BODY.search(lead):
        # "An official at Japan's Ministry of Economy, Trade and Industry said": no one named,
        # though the body is (unlike "a spokesman for the ministry")
        _settle(seg, None, cue, ppos, cue_pos)
        return
    # 1. an actor named in the phrase (prefer persons, then the last one named)
    hits = [  # "BRASILIA, Dec 9 (Reuters) - Brazil's foreign minister said": not the agency
        a
        for a in _actors_in(actors, ppos, pend + 1)
        if a.name not in _MEDIA
        or not all(
            text[s - 1 : s] == "(" and text[e : e + 1] == ")" for s, e in a.spans if ppos <= s < pend + 1
        )
    ]
    people = [a for a in hits if a.kind == "person"]
    if people:
        _settle(seg, _appositive_head(people, ppos, pend, text), cue, ppos, cue_pos)
        return
    if hits and ppos > seg.open_pos and all(a.name in _MEDIA for a in hits):
        # "Mr Al Jubouri told Sheikh Nawaf that Iraq "...", Kuna said": the agency reports the
        # speaker the sentence names before the quotation
        inner = _speaker_before(seg.sent_start, seg.open_pos, text, actors)
        if inner is not None:
            _settle(seg, inner, cue, ppos, cue_pos)
            return
    if hits:
        # "Mark Longden of the Supporters' Association", "Home Office minister Baroness
        # Scotland": a person's name next to the organisation is the speaker
        own = _person_name_in(phrase, ppos, hits, text)
        _settle(seg, own if own is not None else hits[-1], cue, ppos, cue_pos)
        return
    words = phrase.split()
    while len(words) > 1 and words[0].strip(",").lower() in _CONNECTIVES:
        ppos = text.find(words[1], ppos + len(words[0]))
        words = words[1:]
        phrase = " ".join(words)
    lm = _LEAD_ADVERBIAL.match(phrase)
    if lm:
        # "In a statement, the ministry said": the subject after the opening phrase
        ppos += lm.end()
        phrase = phrase[lm.end() :]
        words = phrase.split()
    first = words[0]
    if len(words) == 1 and first.lower() in ("him", "her"):
        first = "he" if first.lower() == "him" else "she"  # "SPA quoted him as saying"
    if len(words) == 1 and _PRONOUN.match(first):
        if first.lower() in ("he", "she"):
            ok, a = resolve_pronoun(first, ppos, persons, subjects, text)
            seg.speaker, seg.resolved, seg.cue, seg.speaker_pos = a, True, cue, ppos
            seg.cue_pos = cue_pos
        else:  # "it said", "they said": an organisation or group, not a person to refer back to
            org = None
            if first.lower() == "it":
                org = (
                    _reporting_body(ppos, text, actors)
                    or _document_sender(ppos, text, actors)
                    or _recent_body(ppos, subjects)
                )
            seg.speaker, seg.resolved, seg.cue = org, True, cue
            if org is not None:
                seg.speaker_pos, seg.cue_pos = ppos, cue_pos
        return
    om = _ORG_ANAPHOR.match(phrase)
    if om:
        # an organisation named inside the quotation itself is not what "the company" means
        org = _resolve_org(om.group("head").lower(), min(ppos, seg.open_pos), actors, subjects, text)
        if org is not None:
            _settle(seg, org, cue, ppos, cue_pos)
            return
    bm = re.fullmatch(r"(?:the|its)\s+([a-z]{4,})", phrase)
    if bm and not _ROLE_NP.match(phrase):
        org = _resolve_org(bm.group(1), min(ppos, seg.open_pos), actors, subjects, text)
        if org is not None:
            _settle(seg, org, cue, ppos, cue_pos)
            return
    # "Chile's foreign minister" reads as "the Chilean foreign minister"
    rphrase = "the " + phrase if re.match(r"[A-Z][\w-]*(?:'s|’s)\s+[a-z]", phrase) else phrase
    rm = _ROLE_NP.match(rphrase)
    if rm and rm.end() < len(rphrase.rstrip(" ,")) and rphrase[rm.end() :].strip(" ,")[:1].isupper():
        rm = None  # "the minister Mevlut Cavusoglu": a title before a name
    if rm:
        code = None
        adj_code = lookup(rm.group("adj").removesuffix("'s").removesuffix("’s")) if rm.group("adj") else None
        # "the PNG minister interjected": the last minister of that country, not the last minister
        p = (adj_code and resolve_role(rm.group("role"), ppos, persons, adj_code)) or resolve_role(
            rm.group("role"), ppos, persons, None
        )
        if rm.group("adj") and not adj_code and p is None:
            # "the KHNP chief" after "Korea Hydro & Nuclear Power Co. (KHNP) CEO Paik Seung-hoon":
            # the person introduced with that body's name
            p = _introduced_with(rm.group("adj").removesuffix("'s").removesuffix("’s"), ppos, text, persons)
        spokes = rm.group("role").lower() in ("spokesman", "spokeswoman", "spokesperson")
        if p is None and spokes:
            # "A spokesman for the Home Office said ... the spokesman said": the body spoken for
            # comes before a spokesman named later for another body
            p = _recent_body(ppos, subjects)
        if p is None:
            p = _role_forward(rm.group("role"), ppos, persons)
        if p is None:
            p = _unnamed_role_holder(rm.group("role"), ppos, text, persons)
        if (
            p is None
            and phrase.lower().startswith("the ")
            and rm.group("role").lower().split()[-1] not in _ANON_HEADS
        ):
            p = _lone_untitled(ppos, text, persons)
        if rm.group("adj") and p is not None and p.country:
            code = lookup(rm.group("adj").removesuffix("'s").removesuffix("’s"))
            if code and code != p.country:
                p = None
        _settle(seg, p, cue, ppos, cue_pos)
        return
    orm = _ORG_ROLE_NP.match(phrase) or _ORG_DOCUMENT.match(phrase)
    if orm and orm.group("role").lower() in ("spokesman", "spokeswoman", "spokesperson") + _DOCUMENTS:
        # "A European Commission spokesperson said": the body speaks (no one is named)
        body = [
            a
            for a in actors
            if a.kind != "person" and any(st < ppos + orm.end() and en > ppos for st, en in a.spans)
        ]
        if body:
            _settle(seg, body[-1], cue, ppos, cue_pos)
            return
        if orm.re is _ORG_DOCUMENT:
            # "said a CAS statement", "an FA statement": the body named by its own words
            name = re.sub(r"^(?:an?|the)\s+", "", phrase[: orm.start("role")], flags=re.I).strip()
            name = re.sub(r"['’]s$", "", name)
            speaker = Actor(name=name, kind="institution") if name and name not in _MEDIA else None
            _settle(seg, speaker, cue, ppos, cue_pos)
            return
    if orm:
        # "the Reform UK leader", "Tesco boss": a role in a named body; the last person with
        # that role, else the one named next (headlines), else the salient person
        p = resolve_role(orm.group("role"), ppos, persons, None) or _role_forward(
            orm.group("role"), ppos, persons
        )
        body = re.sub(r"^the\s+", "", phrase[: orm.start("role")], flags=re.I).strip()
        if p is None and body:
            # "the KHNP chief" after "Korea Hydro & Nuclear Power Co. (KHNP) CEO Paik Seung-hoon"
            p = _introduced_with(body, ppos, text, persons)
        if p is None:
            ok, p = resolve_pronoun("they", ppos, persons, subjects, text)
        if p is not None:
            _settle(seg, p, cue, ppos, cue_pos)
            return
    if _ANON.match(phrase):
        _settle(seg, None, cue, ppos, cue_pos)
        return
    # "Zainab Garba Yusuf, a researcher who studies trade at Usmanu Danfodiyo University,
    # Sokoto, described ...": the person the phrase opens with, before her appositive
    at = ppos + len(phrase) - len(phrase.lstrip())
    if text[max(0, at - 2) : at] == ", ":  # the phrase is the tail of an appositive: its head
        at = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    lead = [a for a in persons for s0, e0 in a.spans if s0 == at and _APPOSITIVE_OPEN.match(text, e0)]
    if lead:
        _settle(seg, lead[0], cue, ppos, cue_pos)
        return
    # an unrecognised capitalised name: match a surname of a known actor, else use as is
    nm = None
    for m in NAME_RE.finditer(phrase):
        nm = m
    # the name must head the phrase ("Mr Blair", "Amazon's Robin Terrell"), not modify a
    # noun ("the Jewish state's premier")
    if nm is not None and phrase[nm.end() :].strip(" ,"):
        nm = None
    if nm is not None and words[0].lower() == "the" and _DEMONYM.search(nm.group()):
        # "the 21-year-old Spaniard", "the Christian Democrat": an epithet, not a name
        ok, a = resolve_pronoun("they", ppos, persons, subjects, text)
        if ok and a is not None:
            _settle(seg, a, cue, ppos, cue_pos)
            return
        nm = None
    if nm is not None:
        name = nm.group()
        ns, ne = ppos + nm.start(), ppos + nm.end()
        listed = _LISTED_NAME_HEAD.search(text, max(0, ns - 60), ns)
        lstart = listed.start() if listed else ns
        while lstart < ns and re.search(r"[A-Z][\w.]*\s$", text[max(0, lstart - 20) : lstart]):
            k = text.find(", ", lstart, ns)  # "CBC News, (Immigration, ...)": a name before the list
            lstart = k + 2 if k >= 0 else ns
        if (
            lstart < ns
            and len(name.split()) >= 2
            and not any(lookup(w) for w in re.findall(r"[A-Z]\w+", text[lstart:ns]))
        ):
            # "Immigration, Refugees and (Citizenship Canada)": a body named as a list of words
            name, ns = text[lstart:ne], lstart
        inside = [a for a in actors for s, e in a.spans if s <= ns and ne <= e and (s, e) != (ns, ne)]
        if inside:  # "(the Coordination Headquarters for the Treatment of Prisoners of) War said"
            _settle(seg, inside[0], cue, ppos, cue_pos)
            return
        surname = fold(name).split()[-1]
        same = [a for a in persons if surname in fold(a.name).split()]
        if len(same) == 1:  # "Liu" for "Liu Xiaming", "Mayer" for "Kevin Mayer"
            seg.speaker, seg.resolved, seg.cue, seg.speaker_pos = same[0], True, cue, ppos
            return
        if name.split()[0] not in _STOP_FIRST and not has_org_word(name.split()) and lookup(name) is None:
            _settle(seg, Actor(name=name), cue, ppos, cue_pos)
            return
        ntoks = name.split()
        if (
            len(ntoks) >= 2
            and has_org_word(ntoks)
            and lookup(name) is None
            and (cue or "").lower() in _PLAIN_CUES
            and _BODY_LEAD.fullmatch(phrase[: nm.start()])
            and not any(  # "Commons Oliver Heald": a person's name inside
                given_name(t) and not has_org_word([u]) for t, u in zip(ntoks, ntoks[1:], strict=False)
            )
        ):
            # "Amnesty International said in a statement", "the conservation group Te Vaka Moana
            # Trust said on X": a body the actors step did not list, named right before the verb
            _settle(seg, Actor(name=re.sub(r"^The\s+", "", name), kind="institution"), cue, ppos, cue_pos)
            return
    # an epithet for someone already named ("the 28-year-old", "the world champion"):
    # the salient person, as for a pronoun; institutions and anonymous roles stay None
    if (
        words[0].lower() == "the"
        and 2 <= len(words) <= 5
        and words[-1].lower().strip(",") not in _ANON_HEADS
        and all(_epithet_word(w) for w in words[1:])
        and not words[-1][:1].isupper()
    ):
        # "the mother-of-nine" is a woman, "the father of three" a man
        head = words[-1].lower().strip(",")
        gm = _GENDERED_EPITHET.match(head)
        pron = "they" if gm is None else ("she" if gm.group("f") else "he")
        ok, a = resolve_pronoun(pron, ppos, persons, subjects, text)
        if ok and a is not None:
            _settle(seg, a, cue, ppos, cue_pos)
            return
    # a lower-case noun phrase ("the ministry", "officials"): no named speaker
    if len(words) <= 6 and words[0].lower() in ("the", "a", "an", "his", "her", "its", "their"):
        _settle(seg, None, cue, ppos, cue_pos)


# "X said Wednesday, a day after a U.S. senator called ...": a clause of its own time and subject
_ADJUNCT_CLAUSE = re.compile(
    r",\s+(?:(?:a|an|one|two|three|the|\w+)\s+(?:day|days|week|weeks|month|months|hours?)\s+)?"
    r"(?:after|before|since|when|while|as|following|weeks\s+after|days\s+after)\s",
    re.IGNORECASE,
)
_PLAIN_CUES = frozenset(
    "said says told tells added adds stated states warned warns argued argues wrote writes announced "
    "called calls described describes".split()
)
# the words of a body's name listed before its last ones: "(Immigration, Refugees and) Citizenship Canada"
_LISTED_NAME_HEAD = re.compile(r"(?<!\w)(?:[A-Z][a-z]+,\s+){1,3}[A-Z][a-z]+,?\s+and\s+$")
# what may come before a body's name in a subject: "In Rarotonga, the conservation group", "the"
_BODY_LEAD = re.compile(r"(?:[^,]*,\s+)?(?:(?!(?:at|of|for|with|from|in|by|to)\b)[a-z][\w-]*\s+)*")
_DEMONYM = re.compile(r"(?:ard|ian|an|ese|ish|i|ite|crat|ist|er|ch|b)$")
_ORG_HEADS = (
    "company|firm|group|bank|lender|carmaker|automaker|miner|retailer|supermarket|airline|insurer|"
    "chipmaker|maker|manufacturer|conglomerate|business|giant|ministry|embassy|consulate|commission|"
    "agency|council|committee|office|department|organisation|organization|union|alliance|guard|"
    "statement|letter|memo|report|communique|communiqué|post|notice"
)
_ORG_ANAPHOR = re.compile(rf"^(?:the|its|this|that)\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<head>{_ORG_HEADS})$", re.I)
_COMPANY_HEADS = frozenset(
    "company firm group bank lender carmaker automaker miner retailer supermarket airline insurer "
    "chipmaker maker manufacturer conglomerate business giant".split()
)
_DOCUMENT_HEADS = frozenset("statement letter memo report communique communiqué post notice".split())
_ROLE_HEADS = (
    "leader|boss|chief executive|chief|chairman|chairwoman|head|president|founder|owner|"
    "director|governor|spokesman|spokeswoman|spokesperson|minister|secretary|premier|chancellor"
)
_DOCUMENTS = ("readout", "statement", "communique", "communiqué", "note", "notice")
# "A State Department readout of the meeting said": the body's document speaks for it
_ORG_DOCUMENT = re.compile(
    rf"^(?:an?\s+|the\s+)?(?:[A-Z][\w'’.&-]*\s+){{1,4}}(?P<role>{'|'.join(_DOCUMENTS)})\b"
    r"(?:\s+(?:of|on|after)\s+[^,;]{1,40})?$"
)
_ORG_ROLE_NP = re.compile(
    rf"^(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){{1,3}}(?P<role>{_ROLE_HEADS})$",
)
# role nouns and the title words they can stand for
_ROLE_SYNONYMS = {
    "boss": ("chief executive", "chief", "boss", "chairman", "chairwoman", "head", "executive", "ceo"),
    "chief": ("chief executive", "chief", "head", "ceo"),
    "head": ("head", "chief", "director", "chief executive", "leader", "president"),
    "premier": ("premier", "prime minister"),
    "leader": ("leader", "president", "prime minister", "chancellor", "premier", "king"),
    **OFFICE_SYNONYMS,
}


def _recent_body(pos: int, subjects: list[tuple[int, Actor | None]]) -> Actor | None:
    """The organisation that spoke or led a sentence last, within a few paragraphs before
    ``pos``, when no person came in between ("..., the report said. It added: ...")."""
    for spos, a in reversed(subjects):
        if spos >= pos:
            continue
        if pos - spos > 600 or a is None or a.kind == "person":
            return None
        return a
    return None


_REPORTED_THAT = re.compile(
    r"^(?:'s|’s)?[^.;\n\"“”]{0,40}?\b(?:said|says|stated|announced|added)\b[^.;\n\"“”]{0,40}?\bthat\s+$"
)


def _reporting_body(pos: int, text: str, actors: list[Actor]) -> Actor | None:
    """The organisation whose report an "it" at ``pos`` continues, in the same sentence: "The
    U.S. State Department said in a statement that it welcomed ..."."""
    best: tuple[int, Actor] | None = None
    for a in actors:
        if a.kind == "person":
            continue
        for s, e in a.spans:
            if (
                e <= pos
                and pos - e <= 90
                and _REPORTED_THAT.match(text[e:pos])
                and (best is None or s > best[0])
            ):
                best = (s, a)
    return best[1] if best else None


_SENT_DOCUMENT = re.compile(
    r"\b(?:letter|note|message|cable|memo|email|e-mail|telegram|postcard)\b[^.;]{0,80}?\bfrom\s+"
    r"(?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+){0,3}?"
)


def _document_sender(pos: int, text: str, actors: list[Actor]) -> Actor | None:
    """ "A letter Whitlock received from his former ambassador, Walter Mondsley, hangs framed in his
    kitchen. "...," it reads": the sender of the letter the sentence (or the one before) is about."""
    ps = text.rfind("\n", 0, pos) + 1
    for m in _SENT_DOCUMENT.finditer(text, ps, pos):
        hits = [(s, a) for a in actors for s, _ in a.spans if m.end() <= s <= m.end() + 30]
        if hits:
            return min(hits, key=lambda t: t[0])[1]
    return None


def _role_fits(role: str, title: str | None) -> bool:
    if not title:
        return False
    t = fold(title).replace("-", " ")
    r = fold(role).replace("-", " ")
    head = r.split()[-1]
    words = _ROLE_SYNONYMS.get(r) or _ROLE_SYNONYMS.get(head) or (r,)
    return any(w in t for w in words) or head in t.split()


def _role_forward(role: str, pos: int, persons: list[Actor], untitled: bool = False) -> Actor | None:
    """A role noun with nobody before it ("The Prime Minister has said ..." in a lede,
    "says Tesco boss" in a headline): the first person named within the next few
    paragraphs whose title fits. With ``untitled``, failing that, the very next person
    named if the text gives them no title ("India's foreign minister said ... \n\n
    Subrahmanyam Jaishankar told a conference")."""
    best, best_pos = None, None
    nxt, nxt_pos = None, None
    for p in persons:
        first = min((s for s, _ in p.spans if s > pos), default=None)
        if first is None or first - pos > 700 or any(s < pos for s, _ in p.spans):
            continue
        if nxt_pos is None or first < nxt_pos:
            nxt, nxt_pos = p, first
        if not _role_fits(role, p.title):
            continue
        if best_pos is None or first < best_pos:
            best, best_pos = p, first
    if best is None and untitled and nxt is not None and not nxt.title and nxt_pos - pos <= 400:
        return nxt
    return best


# office-holders a news story names: an unnamed "the minister" is someone it names next
_NAMED_ROLES = frozenset(
    "minister president chancellor premier secretary ambassador envoy governor mayor senator "
    "chairman chairwoman leader king queen prince emir commissioner".split()
)


def _unnamed_role_holder(role: str, pos: int, text: str, persons: list[Actor]) -> Actor | None:
    """ "The minister also said ...": the person named right after the first mention of that
    role with no name attached (a lede's "India's foreign minister said ...")."""
    head = role.lower().split()[-1]
    if head not in _NAMED_ROLES:
        return None
    p = _role_forward(role, pos, persons, untitled=True)
    if p is not None:
        return p
    m = re.search(rf"\b{re.escape(head)}\b", text[:pos], re.I)
    return _role_forward(role, m.end(), persons, untitled=True) if m else None


def _lone_untitled(pos: int, text: str, persons: list[Actor]) -> Actor | None:
    """ "Rebecca Lindqvist-Hart, who hosted the talks, struck a more optimistic tone. The envoy
    told reporters ...": a definite role noun with no titled holder is the one person named in
    the sentence before, when that person's title is unknown."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    prev = max(text.rfind(". ", 0, max(start, 0)), text.rfind("\n", 0, max(start, 0)), 0)
    named = [a for a in persons if any(prev <= s < pos for s, _ in a.spans)]
    if len(named) == 1 and named[0].title is None:
        return named[0]
    return None


def _resolve_org(
    head: str,
    pos: int,
    actors: list[Actor],
    subjects: list[tuple[int, Actor | None]],
    text: str | None = None,
) -> Actor | None:
    """ "the company", "the ministry", "the statement" at ``pos``: the latest organisation
    of that kind named before (a document: the body it is by, else the latest speaker)."""
    if head in _DOCUMENT_HEADS and text is not None:
        author = _document_author(head, pos, actors, text)
        if author is not None:
            return author
    if head in _DOCUMENT_HEADS:
        for spos, a in reversed(subjects):
            if spos < pos and pos - spos <= 600:
                return a
        return None
    best, best_pos = None, -1
    for a in actors:
        if a.kind != "institution":
            continue
        last = max((s for s, _ in a.spans if s < pos), default=-1)
        if last < 0:
            continue
        words = fold(a.name).split()
        fits = head in words or (head in _COMPANY_HEADS and org_is_company(a.name))
        if not fits and text is not None and " " not in a.name and a.name.isupper():
            # "The UN refugee agency, UNHCR, ...": the acronym was introduced with the head
            first = min(s for s, _ in a.spans)
            fits = re.search(rf"\b{re.escape(head)}\b", fold(text[max(0, first - 40) : first])) is not None
        if fits and last > best_pos:
            best, best_pos = a, last
    return best


_SAID_IN = re.compile(
    r"\s+(?:said|says|announced|stated|added|wrote)(?:\s+(?:on|late\s+on)\s+\w+)?\s+in\s+(?:a|an|its|their)\s+"
    r"(?:[\w-]+\s+)?"
)


def _document_author(head: str, pos: int, actors: list[Actor], text: str) -> Actor | None:
    """The body a document was named with earlier: "a report by the National Audit Office",
    "the IMF's report", "the charity World Central Kitchen said in a statement"."""
    for m in reversed(list(re.finditer(rf"\b{head}s?\b", text[max(0, pos - 1500) : pos]))):
        at = max(0, pos - 1500) + m.start()
        if at >= pos - 2:
            continue
        best = None
        for a in actors:
            if a.kind != "institution":
                continue
            for s, _e in a.spans:
                after = 0 < s - (at + len(head)) <= 30 and re.match(
                    r"s?\s+(?:by|from|of|issued by|published by)\s+(?:the\s+)?$", text[at + len(head) : s]
                )
                before = (
                    0 < at - _e <= 4
                    and text[_e:at].strip() in ("'s", "’s", "")
                    # "the Ministry of Foreign Affairs said in a statement"
                    or 0 < at - _e <= 45
                    and _SAID_IN.fullmatch(text, _e, at) is not None
                )
                if after or before:
                    best = a
        if best is not None:
            return best
    return None


_QUOTED_AS = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<who>[^\"“”‘]{2,100}?)\s+as\s+(?:saying|telling|warning|adding)\b"
)
_POSSESSIVE_ROLE = re.compile(
    r"^(?:(?i:his|her|its|their|the|a|an)|[A-Z][\w-]*(?:'s|’s))\s+[A-Za-z][\w\s'’-]{0,40}$"
)


def _named_after_role(phrase: str, ppos: int, text: str, actors: list[Actor]) -> tuple[str, int] | None:
    """ "said his spokesman, Yunusa Tanko", "said Ghana's Agriculture Minister, Kwabena
    Asante-Boateng": the person named right after the role."""
    if not _POSSESSIVE_ROLE.match(phrase.strip()):
        return None
    if any(a.kind == "person" and any(ppos <= s < ppos + len(phrase) for s, _ in a.spans) for a in actors):
        return None  # the phrase names its person already
    at = ppos + len(phrase)
    m = re.compile(r",\s+").match(text, at)
    if not m:
        return None
    for a in actors:
        if a.kind == "person":
            for s, e in a.spans:
                if s == m.end():
                    return text[s:e], s
    return None


def _previous_sentence_subject(masked: str, seg: _Seg, text: str, actors: list[Actor]) -> Actor | None:
    """ "Fiona Hill put it bluntly. "Putin doesn't want a deal."": a quotation that ends its
    paragraph right after a sentence opened by a person is that person's."""
    if seg.close_pos is None or text[seg.close_pos + 1 : seg.para_end].strip():
        return None
    return _last_sentence_opener(masked, text, seg.para_start, seg.open_pos, actors, lambda start: True)


def _previous_sentence_pronoun(masked: str, seg: _Seg, text: str, persons: list[Actor]) -> Actor | None:
    """ "She was not sure it would help. "He tells me not to worry."": the same for a sentence
    opened by "he" or "she"."""
    if seg.close_pos is None or text[seg.close_pos + 1 : seg.para_end].strip():
        return None
    if not masked[seg.para_start : seg.open_pos].rstrip().endswith("."):
        return None
    start = _last_sentence_start(masked, text, seg.para_start, seg.open_pos)
    pm = re.match(r"(He|She)\s+[a-z]", text[start : start + 6]) if start is not None else None
    if pm is None:
        return None
    # the person of that gender named earlier in the paragraph ("Ms. Téllez's son has told her ...")
    g = _PRONOUN_GENDER[pm.group(1).lower()]
    near = [(s, a) for a in persons if a.gender == g for s, _ in a.spans if seg.para_start <= s < start]
    return max(near, key=lambda t: t[0])[1] if near else None


def _last_sentence_start(masked: str, text: str, ps: int, pe: int) -> int | None:
    """Where the last sentence of ``masked[ps:pe]`` starts, for a stretch with no quotation that
    ends a sentence ("." or ":")."""
    region = masked[ps:pe]
    if not region or any(c in region for c in '"“”‘') or not region.rstrip().endswith((".", ":")):
        return None
    stops = [m.end() for m in re.finditer(r"[.!?]\s+", region.rstrip())]
    return _first_nonspace(text, ps + (stops[-1] if stops else 0))


def _last_sentence_opener(
    masked: str, text: str, ps: int, pe: int, actors: list[Actor], accept: Callable[[int], bool]
) -> Actor | None:
    """The person opening the last sentence of ``masked[ps:pe]``, a stretch with no quotation
    that ends a sentence ("." or ":"), if ``accept`` takes that sentence's start."""
    start = _last_sentence_start(masked, text, ps, pe)
    if start is None or not accept(start):
        return None
    for a in actors:
        if a.kind == "person" and any(s == start for s, _ in a.spans):
            return a
    return None


_ACCOUNT = re.compile(
    r"\b(?:gave|gives|give|offered|offers)\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?(?:account|version|description)\b"
    r"|\b(?:recalled|recalls|described|describes|explained|explains|put\s+it|testified|remembered|remembers)\b"
)


def _previous_paragraph_account(masked: str, seg: _Seg, text: str, actors: list[Actor]) -> Actor | None:
    """ "Filippo Rinaldi, a coordinator with the NGO, gave a different account to ANSA." then a
    paragraph opened by a quotation: the person giving the account speaks it."""
    bounds = _paragraph_before(text, seg)
    if bounds is None:
        return None
    ps, pe = bounds
    colon = masked[ps:pe].rstrip().endswith(":")
    return _last_sentence_opener(
        masked, text, ps, pe, actors, lambda start: colon or _ACCOUNT.search(masked, start, pe) is not None
    )


def _introduced_person(masked: str, seg: _Seg, text: str, actors: list[Actor]) -> Actor | None:
    """ "Rodel Abrenica, 43, was anchored a mile away ... He has fished the shoal since he was 15."
    then a paragraph that is nothing but a quotation: the one person the paragraph before
    introduces (named in its first sentence, no other person named in it) speaks it."""
    bounds = _paragraph_before(text, seg)
    if bounds is None or masked[seg.para_start : seg.para_end].strip(' \t\n_"“”‘’.,'):
        return None  # not a paragraph that holds nothing but its quotations
    ps, pe = bounds
    named = [a for a in actors if any(ps <= s0 < pe for s0, _ in a.spans)]
    people = [a for a in named if a.kind == "person"]
    if len(people) != 1:
        return None
    first_stop = re.search(r"[.!?]\s", masked[ps:pe])
    first_end = ps + first_stop.start() if first_stop else pe
    # named in the first sentence, or opening a later one ("Not everyone shares his view.
    # Hodan, a university student in Hargeisa, worries ...")
    if not any(
        ps <= s0 < first_end or (s0 < pe and re.search(r"[.!?]\s+$", masked[max(ps, s0 - 3) : s0]))
        for s0, _ in people[0].spans
    ):
        return None
    return people[0]


def _next_paragraph_speaker(
    masked: str, seg: _Seg, text: str, actors: list[Actor], explicit: bool = False
) -> Actor | None:
    """A paragraph that is only a quotation, answered by the next paragraph's opening
    sentence naming a person with a speech verb ("That is how Maria Oliveira ... describes
    the floods", "Ian Baxter has been fishing for thirty years, and he says ...")."""
    if seg.open_pos != _first_nonspace(text, seg.para_start) or seg.close_pos is None:
        return None
    if text[seg.close_pos + 1 : seg.para_end].strip():
        return None
    ns = seg.para_end + 1
    while ns < len(text) and text[ns] in " \n\t":
        ns += 1
    pe = text.find("\n", ns)
    pe = len(text) if pe < 0 else pe
    m = re.search(r"[.!?](?:\s|$)", masked[ns:pe])
    se = ns + (m.start() if m else pe - ns)
    sentence = masked[ns:se]
    if explicit:
        return _named_by(masked, ns, se, actors)
    if not sentence or any(c in sentence for c in '"“”'):
        return None
    cue = _CUE_RE.search(sentence)
    if cue is None:
        return None
    people = [a for a in _actors_in(actors, ns, ns + cue.start()) if a.kind == "person"]
    return people[0] if len(people) == 1 else None


# the sentence after a quotation names its speaker: "This was how Muhammad Ayaz Afridi ...
# described the situation", "The words were those of Mauritanian Petroleum Minister ..."
_WORDS_OF = re.compile(
    r"\s*(?:(?:This|That|These|Those|Such|It)\s+(?:was|were|is|are)\s+(?:how\b|the\s+(?:\w+\s+)?"
    r"(?:words?|verdict|view|assessment|message|account|warning|reaction|plea|response|answer)\s+"
    r"(?:of|from)\b)|The\s+(?:\w+\s+)?(?:words|statement|remarks|comments|message|warning|plea|appeal|"
    r"complaint|admission|assessment|verdict|reaction|response|claim|accusation)(?:,[^,]{0,80},)?\s+"
    r"(?:were|was|are|is|came)\s+(?:(?:those\s+)?of|from)\b|"
    r"(?:So|Thus)\s+(?:said|says)\b|With\s+(?:those|these)\s+words\b)"
)


def _trailing_attribution(masked: str, seg: _Seg, text: str, actors: list[Actor]) -> Actor | None:
    """A quotation opening its sentence, followed in its paragraph by a sentence that names the
    speaker ("...." This was how Muhammad Ayaz Afridi, a trader, described the situation)."""
    if seg.close_pos is None or masked[seg.sent_start : seg.open_pos].strip():
        return None
    return _named_by(masked, seg.close_pos + 1, seg.para_end, actors)


def _named_by(masked: str, start: int, end: int, actors: list[Actor]) -> Actor | None:
    """The first person in a sentence at ``start`` (within ``end``) that opens by naming a
    quotation's speaker ("The words were those of X", "This was how X described ...")."""
    m = _WORDS_OF.match(masked, start, end)
    if m is None:
        return None
    stop = re.search(r"[.!?](?:\s|$)", masked[m.end() : end])
    se = m.end() + stop.start() if stop else end
    people = [a for a in _actors_in(actors, m.end(), se) if a.kind == "person"]
    return people[0] if people else None


_LEAD_LINK = re.compile(r",[ ]|[ ](?:of|at|from|with)[ ]")
_AFFILIATION = re.compile(r"[ ](?:of|at|from)[ ](?!(?:he|she|it|they|his|her)\b)")
# "his lawyer", "her spokesman": someone else, unnamed, speaks for the person
_OWN_ROLE = re.compile(r"(?:his|her|their)[ ][a-z][\w-]*(?:[ ][a-z][\w-]*)?")
_OWN_ROLE_TAIL = re.compile(rf",[ ]{_OWN_ROLE.pattern}$")


def _lead_person(phrase: str, ppos: int, text: str, actors: list[Actor]) -> Actor | None:
    """A person named at the very start of ``phrase`` and followed by an appositive or an
    affiliation ("X, a spokesman for Y", "X of the Y Association")."""
    at = ppos + len(phrase) - len(phrase.lstrip(" ,"))
    if _OWN_ROLE_TAIL.search(phrase):
        return None  # "Lee, 82, who created Spider-Man, his lawyer said": someone else speaks
    for a in actors:
        if a.kind != "person":
            continue
        for s, e in a.spans:
            if s == at and _LEAD_LINK.match(text, e) and e < ppos + len(phrase):
                return a
    return None


_PEERS = ("Lord", "Baroness", "Lady")


def _person_name_in(phrase: str, ppos: int, orgs: list[Actor], text: str) -> Actor | None:
    """A capitalised name in ``phrase`` outside every organisation span that looks like a
    person's (not a country, not an organisation word, not a stop word), if any."""
    spans = [(s, e) for a in orgs for s, e in a.spans]
    for m in NAME_RE.finditer(phrase):
        s, e = ppos + m.start(), ppos + m.end()
        if any(s < oe and os_ < e for os_, oe in spans):
            continue
        toks = m.group().split()
        if len(toks) < 2 or has_org_word(toks) or lookup(m.group()) is not None:
            continue
        while toks and (toks[0] in _STOP_FIRST or toks[0] in _NAME_PREFIXES) and toks[0] not in _PEERS:
            toks = toks[1:]
        if len(toks) >= 2 and not any(t in _STOP_FIRST and t not in _PEERS for t in toks):
            return Actor(name=" ".join(toks))
    return None


_FUNCTION_WORDS = frozenset(
    "have has had was were is are be been will would could should may might must not also "
    "already still just then now and or but who which that this these those it its their "
    "his her they he she we of in on at to for with by from as".split()
)


_GENDERED_EPITHET = re.compile(
    r"^(?:(?P<f>mother|grandmother|wife|widow|daughter|sister|woman|actress|businesswoman|congresswoman|"
    r"chairwoman|spokeswoman|queen|princess)|father|grandfather|husband|widower|son|brother|man|actor|"
    r"businessman|congressman|chairman|spokesman|king|prince)(?:-of-\w+)?$"
)


def _epithet_word(w: str) -> bool:
    """A word of an epithet like "the British producer" or "the 28-year-old"."""
    w = w.strip(",")
    if w.lower() in _FUNCTION_WORDS:
        return False
    if w[:1].isupper():
        return lookup(w) is not None  # a nationality adjective, not a name
    return True


def _strong(seg, sub, spos, cue, cue_pos, text, actors, persons, subjects) -> bool:  # type: ignore[no-untyped-def]
    """Resolve ``sub`` only if it is unmistakably a speaker phrase: a named actor, a
    pronoun, a title role noun or an anonymous source."""
    sub = sub.strip(" ,")
    if not sub or "," in sub:
        return False
    words = sub.split()
    pronoun = len(words) == 1 and _PRONOUN.match(sub) is not None
    if pronoun and sub == "I" and re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, spos - 30) : spos]):
        return False  # "House of Representatives Commission I", "World War I": a numeral
    if _actors_in(actors, spos, spos + len(sub) + 1) or pronoun:
        _attribute(seg, sub, spos, cue, cue_pos, text, actors, persons, subjects)
        return seg.resolved
    if (
        _ROLE_NP.fullmatch(sub)
        or _ORG_ROLE_NP.fullmatch(sub)
        or (_ANON.match(sub) and len(words) <= 6)
        or _OWN_ROLE.fullmatch(sub)
    ):
        _attribute(seg, sub, spos, cue, cue_pos, text, actors, persons, subjects)
        return seg.resolved
    return False


_NONSPACE = re.compile(r"\S+")


def _attribute_np(seg, phrase, ppos, cue, cue_pos, text, actors, persons, subjects, appositive=False):  # type: ignore[no-untyped-def]
    """Find the speaker in the words next to a cue: an appositive-led name ("Michael Rabb,
    an analyst with X,"), else the shortest unmistakable phrase ending at the cue, else
    the whole phrase."""
    lead = _lead_person(phrase, ppos, text, actors)
    if lead is not None:
        # "Colin Asplin, Blackpool Hotel Association", "Paul Hofheinz of the Lisbon Council"
        _settle(seg, lead, cue, ppos, cue_pos)
        return
    near = _actors_in(actors, ppos, ppos + len(phrase) + 1)
    people = [a for a in near if a.kind == "person"]
    if len(people) == 1:
        # "said ING analyst Gerard Rijk of Inbev's strong performance": the person named with an
        # affiliation, not the body in it
        pe = min(e for s0, e in people[0].spans if s0 >= ppos)
        if _AFFILIATION.match(text, pe) and pe < ppos + len(phrase):
            _settle(seg, people[0], cue, ppos, cue_pos)
            return
    if near and all(a.kind != "person" for a in near):
        own = _person_name_in(phrase, ppos, near, text)
        if own is not None:  # "Lt Col Eric Schnaible of the PCO"
            _settle(seg, own, cue, ppos, cue_pos)
            return
    if appositive:
        k = phrase.find(",")
        if k > 0:
            head = phrase[:k].strip()
            hpos = ppos + (len(phrase[:k]) - len(phrase[:k].lstrip()))
            in_head = _actors_in(actors, hpos, hpos + len(head) + 1)
            named = [a for a in _actors_in(actors, ppos + k, ppos + len(phrase) + 1) if a.kind == "person"]
            if in_head and all(a.kind != "person" for a in in_head) and named:
                # "UNHCR's representative in Chad, Magatte Ndiaye-Sarr,": the person named
                seg.speaker, seg.resolved, seg.cue, seg.cue_pos = named[0], True, cue, cue_pos
                seg.speaker_pos = min(s for s, _ in named[0].spans if s >= ppos + k)
                return
            if in_head or NAME_RE.fullmatch(head):
                _attribute(seg, head, hpos, cue, cue_pos, text, actors, persons, subjects)
                if seg.resolved:
                    return
    words = list(_NONSPACE.finditer(phrase))
    for n in range(1, min(len(words), 8) + 1):
        w = words[-n]
        if _strong(seg, phrase[w.start() :], ppos + w.start(), cue, cue_pos, text, actors, persons, subjects):
            return
    _attribute(seg, phrase, ppos, cue, cue_pos, text, actors, persons, subjects)


# "Kgoshi Mampuru Sekwati, a descendant of the king, said": a mention after a preposition is
# no subject, whatever verb follows it
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|with|to|by|from)\s+(?:the\s+)?$")
# a speech verb right after a mention, past an appositive and adverbs: "X, the minister, later said"
_CUE_NEXT = re.compile(rf"(?:,[^,]{{1,60}},|,)?\s+(?:(?:{_ADV})\s+){{0,2}}(?:{_CUE})\b")


def _role_lead(lead: str) -> bool:
    """ "Shadow education secretary (Tim Collins)", "In Kayar, boat owner (Moustapha Gueye)": a
    lower-case role phrase opening the sentence before a name."""
    m = _ROLE_LEAD.fullmatch(lead)
    return m is not None and _role_word(m.group("role"))


def _role_word(word: str) -> bool:
    """A lower-case noun for someone's role or relation ("spokesman", "colleague", "farmer")."""
    return word in _ROLE_WORDS or word in RELATION_NOUNS or occupation(word)


# "A National Audit Office report on the 20 biggest projects says": the body's document speaks
_BODY_DOCUMENT = re.compile(
    r"\s+(?:report|study|survey|review|statement|analysis)\b[^.;:_]{0,50}?(?=\s+[a-z]+s\b)"
)
_BODY_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)(?:[Tt]he\s+|An?\s+)?(?:[A-Z][a-z]+(?:['’]s)?\s+)?$")
_BODY_VERB = re.compile(r"\s+(?:has\s+|had\s+|have\s+|also\s+)?[a-z]+(?:s|ed)\b")


def _body_subjects(a: Actor, masked: str) -> list[tuple[int, Actor | None]]:
    """ "The Nigeria Customs Service insists the closures work. In a statement, it said ...": an
    organisation opening a sentence before its verb, for a later "it said"."""
    out: list[tuple[int, Actor | None]] = []
    for s, e in a.spans:
        head = masked[max(0, s - 30) : s]
        if not _BODY_OPENS.search(head if s >= 30 else "\n" + head):
            continue
        rm = _BODY_DOCUMENT.match(masked, e)
        if _BODY_VERB.match(masked, rm.end() if rm else e):
            out.append((s, a))
    return out


def _sentence_lead(masked: str, text: str, s: int, width: int) -> str | None:
    """What opens the sentence before position ``s``, if the sentence starts within ``width``."""
    head = masked[max(0, s - width) : s]
    k = max(head.rfind(". "), head.rfind("\n"), _quotation_end(head, text, max(0, s - width)))
    return head[k + 1 :] if k >= 0 else (head if s < width else None)


def _quotation_end(head: str, text: str, base: int) -> int:
    """Where the last quotation of ``head`` (``text[base:]`` masked) that ends a sentence closes
    (before a capital), or -1: "... separately.’ Her colleague (Jakub Dvořák) is more blunt",
    not "he was “amazed” Mr Smith was still in his job"."""
    k = -1
    for m in re.finditer(r"_[\"”’'] (?=[A-Z])", head):
        if text[base + m.start() : base + m.start() + 1] in ".!?":
            k = m.end() - 2
    return k


def _apposition_lead(lead: str) -> bool:
    m = _APPOSITION_LEAD.fullmatch(lead)
    return m is not None and _role_word(m.group("role"))


def _sentence_subjects(text: str, masked: str, actors: list[Actor]) -> list[tuple[int, Actor | None]]:
    """Actor mentions that open a sentence or directly precede a speech verb: the
    salient subjects that a later "he said" most likely refers to."""
    out: list[tuple[int, Actor | None]] = []
    for a in actors:
        if a.kind != "person":
            out.extend(_body_subjects(a, masked))
            continue
        for s, e in a.spans:
            if masked[s : s + 1] == "_":
                continue  # inside a quotation
            tail = masked[e : e + 40]
            if tail[:2] in ("'s", "’s"):
                continue  # "Kenteris's lawyer, Gregory Ioannidis, ...": the lawyer is the subject
            if _INVERTED_HEAD.search(masked, max(0, s - 40), s):
                out.append((s, a))
                continue
            if _CUE_NEXT.match(tail) and not _OBJECT_BEFORE.search(masked, max(0, s - 12), s):
                out.append((s, a))
                continue
            if _AGE_AFTER.match(tail):  # "One of the injured men, Jomar Dela Cruz, 27, was hit"
                out.append((s, a))
                continue
            # sentence-initial (allowing a title/adjectives before the name)
            lead = _sentence_lead(masked, text, s, 60)
            if lead is not None and (_SUBJECT_LEAD.fullmatch(lead) or _role_lead(lead)):
                out.append((s, a))
            elif tail[:1] == ",":
                lead = _sentence_lead(masked, text, s, 120)
                if lead is not None and _apposition_lead(lead):
                    out.append((s, a))
    out.extend(_anonymous_subjects(masked))
    out.sort(key=lambda t: t[0])
    return out


_ANON_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:In|At|On|From|Outside|Inside|Near)\s+[^,.\n]{1,50},\s+)?"
    r"(?P<np>(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*))\b"
    r"(?=[^.!?\n_]{0,160}?\b(?:said|says|told|tells|added)\b)"
)
_ANON_NOUNS = frozenset(
    "man woman resident official source diplomat trader nurse driver student worker mother father "
    "farmer shopkeeper vendor fisherman soldier officer teacher doctor activist".split()
)


def _anonymous_subjects(masked: str) -> list[tuple[int, Actor | None]]:
    """ "At Philippine General Hospital, a nurse who asked not to be named said ...": an unnamed
    person as a sentence's subject, so that a later "she said" is hers, not a named woman's."""
    return [
        (m.start("np"), None)
        for m in _ANON_SUBJECT.finditer(masked)
        if m.group("noun") in _ANON_NOUNS or occupation(m.group("noun"))
    ]

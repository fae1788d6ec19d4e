"""Plain-text cleaning: drop boilerplate lines, keep every line of the article body.

Two modes share one pipeline:

* ``page`` (plain text as people save it, possibly a whole web page): the article is the
  densest run of prose paragraphs (a maximum-sum segment over paragraph scores, as in
  body-text extraction), then line rules drop captions, prompts, bylines, ... inside it.
* ``extracted`` (text an HTML extractor already chose): only the line rules and block rules.

Lines are only ever removed whole (each kept line is an input line, whitespace-stripped),
except a wire dateline prefix ("TEHRAN (Tasnim) – ") cut from the first body paragraph.
Every removed line is recorded as :class:`RemovedLine` with a kebab-case reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdigest.clean.metadata import (
    has_date,
    is_date_line,
    looks_like_headline,
    parse_date,
    parse_dateline,
    split_site_title,
)
from newsdigest.clean.rules import (
    is_comments_marker,
    is_related_heading,
    line_reason,
    strip_bullet,
)
from newsdigest.models import Article, RemovedLine

# Lines above an article that look like headlines but are credits, captions or widgets.
_NOT_HEADLINE = re.compile(
    r"\||\b(?:Getty Images|Images?|AP|AFP|Reuters|EPA|Photo|copyright|caption|sharing|Icon)\s*$|"
    r"\b(?:photo by|image copyright|media caption|captionwho|writer|correspondent|editor)\b",
    re.I,
)
_TERMINAL = re.compile(r"[.!?…。！？\"”’')\]」』]$")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]?\s+[A-Z\"“‘']|[。！？]\S")
# Scripts written without spaces between words (Chinese, Japanese, Thai, ...): every two
# characters count as about one word, so their paragraphs are measured like others.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Page furniture that reads like a sentence: calls to action, teasers cut with an ellipsis.
_UI_TEXT = re.compile(r"(?i)\byou(?:r|'re|'ll)?\b|!\W*$|(?:\.\.\.|…)\W*$")
# A short paragraph that reads as a sentence of the article ("The talks went well, he said.").
_SENTENCE_LIKE = re.compile(r"^[\"“‘'(]?[A-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff].*\b\w+\b.*[.!?…\"”’)]$")
_WORD = re.compile(r"\w+")

# Region scoring (see _unit_score): prose earns its word count, anything else costs.
_SHORT_COST = 3.0
_RULE_COST = 5.0
_BULLET_COST = 4.0
_RUN_CAP = 6  # the k-th non-prose paragraph in a row costs min(k, _RUN_CAP) times its cost
_ANCHOR_MIN = 40.0  # prose words needed after a headline recurrence to trust it
_ANCHOR_WINDOW = 15  # paragraphs between the headline and the first line of prose
_TITLE_MAX_CHARS = 400  # longer paragraphs are never compared with the headline
_DUP_MAX_CHARS = 5000  # longer paragraphs are never checked for duplicates
_TEASER_CAPS = 7  # leading capitalised words that mark a headline run into a teaser
_TAIL_AFTER = 100.0  # prose words before a related heading or teaser run may end the article
_LIST_WINDOW = 8  # paragraphs looked at after a "Related" heading
_RESUME_WINDOW = 14  # paragraphs in which the article may resume after an inline list
_COMMENTS_AFTER = 40.0  # prose words before a comments marker for it to end the article


@dataclass(slots=True)
class Unit:
    """A paragraph: one line, or the consecutive lines of one wrapped paragraph (w3m dumps)."""

    first: int  # index of its first line in the input
    last: int  # index of its last line (inclusive)
    text: str  # its lines joined by a space (stripped)
    words: int
    bullet: bool
    reason: str | None = None
    keep: bool = True


def _is_wrapped(lengths: list[int]) -> int:
    """Column width when the text was hard-wrapped (terminal dumps), else 0."""
    long = [n for n in lengths if n >= 40]
    if len(long) < 10:
        return 0
    width = sorted(long)[int(0.95 * (len(long) - 1))]
    if not 60 <= width <= 140:
        return 0
    near = sum(1 for n in long if n >= width - 25)
    over = sum(1 for n in long if n > width + 5)
    if near >= 0.4 * len(long) and over <= 0.03 * len(long):
        return width
    return 0


def _count_words(s: str) -> int:
    # exact for ordinary lines; an estimate for megabyte-long ones, where only size matters
    if len(s) > 100_000:
        return s.count(" ") + 1
    n = len(s.split())
    if not s.isascii():
        n += len(_UNSPACED.findall(s)) // 2
    return n


def split_units(lines: list[str]) -> list[Unit]:
    """Group stripped lines into paragraphs; wrapped lines of one paragraph stay together."""
    width = _is_wrapped([len(s) for s in lines if s])
    units: list[Unit] = []
    prev_len = 0
    for i, s in enumerate(lines):
        if not s:
            prev_len = 0
            continue
        body, bullet = strip_bullet(s)
        continues = (
            width
            and units
            and units[-1].last == i - 1
            and prev_len >= width - 30
            and not bullet
            and not units[-1].bullet
        )
        if continues:
            u = units[-1]
            u.last = i
            u.text = f"{u.text} {s}"
            u.words += _count_words(s)
        else:
            units.append(Unit(i, i, body, _count_words(body), bullet))
        prev_len = len(s)
    return units


def _leading_capitals(text: str, limit: int = _TEASER_CAPS) -> int:
    k = 0
    for w in text.split(maxsplit=limit)[:limit]:
        if not (w[0].isupper() or w[0].isdigit()):
            break
        k += 1
    return k


def _is_prose(u: Unit) -> bool:
    # A headline in Title Case run into its teaser text ("Tape Gaffe Ends Hamlin's Title
    # Run Denny Hamlin's championship ...") is a teaser card, not article prose.
    if u.words >= _TEASER_CAPS and _leading_capitals(u.text) >= _TEASER_CAPS:
        return False
    if u.words >= 25:
        return True
    if u.words >= 8 and _TERMINAL.search(u.text):
        return True
    return u.words >= 12 and bool(_SENTENCE_END.search(u.text))


def _unit_score(u: Unit) -> float:
    if u.reason is not None:
        return -max(_RULE_COST, u.words / 2)
    if u.bullet:
        return -_BULLET_COST
    if _is_prose(u):
        return float(u.words)
    return -_SHORT_COST


def _is_short_sentence(u: Unit) -> bool:
    """A few words that read as a sentence: capital start, lower-case words, end punctuation.
    Not prose enough to pull a region towards it, but never a reason to cut it off."""
    if u.words < 3 or u.bullet or u.reason is not None:
        return False
    if not _SENTENCE_LIKE.match(u.text) or _UI_TEXT.search(u.text):
        return False
    lower = sum(1 for w in u.text.split() if w[:1].islower())
    return lower >= max(2, u.words // 2)


def _best_segment(scores: list[float]) -> tuple[int, int]:
    """Maximum-sum contiguous segment (Kadane); (start, end inclusive); (0, -1) if none."""
    best, best_range = 0.0, (0, -1)
    cur, start = 0.0, 0
    for i, sc in enumerate(scores):
        if cur <= 0:
            cur, start = sc, i
        else:
            cur += sc
        if cur > best:
            best, best_range = cur, (start, i)
    return best_range


def _anchored_segment(units: list[Unit], scores: list[float], title_keys: set[str]) -> tuple[int, int] | None:
    """The region that starts right after the first recurrence of the headline, if any."""
    if not title_keys:
        return None
    n = len(units)
    for c in range(1, n):
        if _key(units[c], _TITLE_MAX_CHARS) not in title_keys:
            continue
        start = next((i for i in range(c + 1, min(n, c + 1 + _ANCHOR_WINDOW)) if scores[i] > 0), None)
        if start is None:
            continue
        total, best, end = 0.0, 0.0, start
        for i in range(start, n):
            total += scores[i]
            if total > best:
                best, end = total, i
        if best >= _ANCHOR_MIN:
            return start, end
    return None


def _is_date_unit(u: Unit) -> bool:
    return u.reason == "date-line" or (u.words <= 14 and is_date_line(u.text))


def _cut_tail(units: list[Unit], scores: list[float], lo: int, hi: int) -> int:
    """End the region where the article visibly stops, once enough prose is behind.

    A comments marker ends it; so does a "Related"/"More from" heading followed by a
    list, and a run of dated teaser cards (two date lines a few paragraphs apart).
    Returns the new last index, trailing non-prose trimmed.
    """
    acc = 0.0
    cut = hi + 1
    for i in range(lo, hi + 1):
        u = units[i]
        if acc >= _COMMENTS_AFTER and is_comments_marker(u.text):
            cut = i
            break
        if acc >= _TAIL_AFTER:
            nxt = units[i + 1 : i + 1 + _LIST_WINDOW]
            if is_related_heading(u.text) and nxt:
                listy = sum(1 for v in nxt if not _is_prose(v)) >= 0.5 * len(nxt)
                # an inline "Related" box has the article going on below it: two
                # paragraphs of prose in a row soon after the list
                after = [_is_prose(v) and v.reason is None for v in units[i + 1 : i + 1 + _RESUME_WINDOW]]
                resumes = any(a and b for a, b in zip(after, after[1:], strict=False))
                if listy and not resumes:
                    cut = i
                    break
            if _is_date_unit(u) and any(_is_date_unit(v) for v in nxt[:6]):
                cut = i
                while cut - 1 > lo and scores[cut - 1] <= 0:
                    cut -= 1
                # the teaser's own headline (and byline) sit right above its date
                break
        acc += max(scores[i], 0.0)
    end = cut - 1
    while end > lo and scores[end] <= 0:
        end -= 1
    return end


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def _key(u: Unit, max_chars: int) -> str:
    """The unit's normalised words, or "" for units too long to be compared (cheap on 50 MB)."""
    return _norm(u.text) if len(u.text) <= max_chars else ""


def clean_text(
    text: str,
    doc_id: str,
    path: str | None,
    mode: str = "page",
    title_hint: str | None = None,
) -> Article:
    """Clean plain text (``mode="page"``) or extractor output (``mode="extracted"``).

    ``title_hint`` is a title known from elsewhere (HTML metadata): body lines repeating it
    are removed as the repeated headline.
    """
    raw_lines = text.split("\n")
    lines = [s.strip() for s in raw_lines]
    units = split_units(lines)
    removed: dict[int, str] = {}  # unit index -> reason
    for u in units:
        u.reason = line_reason(u.text)

    # --- title: the first paragraph when it reads as a headline ------------------------
    title: str | None = None
    site: str | None = None
    title_keys: set[str] = set()
    confirmed = False  # the headline recurs below the first line
    if title_hint:
        title_keys.add(_norm(title_hint))
    if units and mode == "page":
        first = units[0]
        head, site_name = split_site_title(first.text)
        if looks_like_headline(first.text) and first.reason is None:
            title_keys.add(_norm(first.text))
            if site_name is not None:
                # "Headline - Site": trust the split when the bare headline recurs below.
                bare = _norm(head)
                if any(
                    u.words <= 40
                    and (_key(u, _TITLE_MAX_CHARS) == bare or _key(u, _TITLE_MAX_CHARS).endswith(" " + bare))
                    for u in units[1:]
                ):
                    title, site = head, site_name
                    title_keys.add(bare)
                    confirmed = True
            if title is None:
                title = first.text
            removed[0] = "title"

    # --- region: the densest run of prose (page mode) ---------------------------------
    n = len(units)
    if mode == "page" and n:
        scores = [_unit_score(u) for u in units]
        for i in removed:
            scores[i] = -_RULE_COST
        # Runs of non-prose paragraphs (menus, tag lists, teaser cards) cost more the longer
        # they get, so one subheading between paragraphs is cheap and a menu is not.
        run = 0
        for i, sc in enumerate(scores):
            if sc < 0:
                run += 1
                scores[i] = sc * min(run, _RUN_CAP)
            else:
                run = 0
        lo, hi = _best_segment(scores)
        # The headline printed above the article anchors its start: when the page title
        # recurs (as the h1) and prose follows within a few paragraphs (byline, date and
        # caption come between), the article runs from that prose as far as it pays.
        anchored = _anchored_segment(units, scores, title_keys)
        if anchored is not None:
            lo, hi = anchored
        if hi < lo:  # no prose at all: keep whatever no rule removes
            lo, hi = 0, n - 1
        hi = _cut_tail(units, scores, lo, hi)
        # A short closing sentence right after the prose ("The talks went well, he said.") is
        # article text: the region never stops just before one.
        while hi + 1 < n and hi + 1 not in removed and _is_short_sentence(units[hi + 1]):
            hi += 1
    else:
        lo, hi = 0, n - 1

    # --- a page saved without its <title> line: the headline sits just above the body --
    if not confirmed and title_keys:
        confirmed = any(_key(u, _TITLE_MAX_CHARS) in title_keys for u in units[1:])
    if mode == "page" and lo > 1 and not confirmed and (title is None or len(title.split()) < 4):
        for i in range(lo - 1, max(0, lo - _ANCHOR_WINDOW) - 1, -1):
            u = units[i]
            if (
                u.reason is None
                and u.words >= 4
                and looks_like_headline(u.text)
                and not _NOT_HEADLINE.search(u.text)
                and not has_date(u.text)
            ):
                if title is not None:
                    removed[0] = "navigation"
                title = u.text
                removed[i] = "title"
                break

    # --- lines outside the region -------------------------------------------------------
    tail_reason = "footer"
    for i, u in enumerate(units):
        if lo <= i <= hi or i in removed:
            continue
        if title_keys and _key(u, _TITLE_MAX_CHARS) in title_keys:
            removed[i] = "repeated-headline"
            continue
        if u.reason is not None:
            removed[i] = u.reason
            if i > hi and u.reason in ("comments", "related-links"):
                tail_reason = u.reason
            continue
        if i < lo:
            removed[i] = "navigation" if u.words < 10 and not _is_prose(u) else "outside-article"
        else:
            removed[i] = tail_reason if tail_reason != "footer" or u.words < 10 else "outside-article"

    # --- inside the region: rules, related-link lists, repeated headline ---------------
    in_related = False
    seen: dict[str, int] = {}
    for i in range(lo, hi + 1):
        if i in removed:
            continue
        u = units[i]
        key = _key(u, _DUP_MAX_CHARS)
        if key and key in title_keys:
            removed[i] = "repeated-headline"
            continue
        if in_related:
            if _is_prose(u) and u.reason is None:
                in_related = False
            else:
                removed[i] = u.reason or "related-links"
                continue
        if u.reason is not None:
            removed[i] = u.reason
            if u.reason == "related-links" and is_related_heading(u.text):
                in_related = True
            continue
        if u.words >= 8 and key:
            if key in seen:
                # A standfirst or teaser repeated by the body: keep the later copy.
                removed[seen[key]] = "duplicate"
            seen[key] = i

    # --- dateline and metadata -----------------------------------------------------------
    kept = [i for i in range(n) if i not in removed]
    dateline = agency = None
    dateline_cut: tuple[int, str] | None = None
    for i in kept[:3]:
        u = units[i]
        if not _is_prose(u):
            continue
        dl = parse_dateline(u.text)
        if dl is not None:
            dateline, agency = dl.place, dl.agency
            dateline_cut = (i, dl.prefix)
        break

    date = None
    search_from = max(0, lo - 15) if mode == "page" else 0
    for i in range(search_from, n):
        u = units[i]
        if i > hi and date is None and i > lo + 40:
            break
        if u.reason == "date-line" or (u.words <= 14 and is_date_line(u.text)):
            date = parse_date(u.text)
            if date:
                break
    if date is None:
        for u in units:
            if u.words <= 16 and re.match(r"(?i)(?:first )?(?:published|posted|updated|date)\b", u.text):
                date = parse_date(u.text)
                if date:
                    break

    # --- assemble ---------------------------------------------------------------------
    records: list[RemovedLine] = []
    paragraphs: list[str] = []
    for i, u in enumerate(units):
        block = [lines[j] for j in range(u.first, u.last + 1) if lines[j]]
        reason = removed.get(i)
        if reason is not None:
            records.extend(RemovedLine(b, reason) for b in block)
            continue
        if dateline_cut is not None and dateline_cut[0] == i:
            prefix = dateline_cut[1]
            if block[0].startswith(prefix):
                records.append(RemovedLine(prefix.strip(), "dateline"))
                block[0] = block[0][len(prefix) :].lstrip()
            else:
                dateline = agency = None
        paragraphs.append("\n".join(block))
    body = "\n\n".join(p for p in paragraphs if p)
    return Article(
        id=doc_id,
        path=path,
        text=body,
        title=title,
        date=date,
        source=agency or site,
        dateline=dateline,
        removed=records,
    )

"""Line rules: decide from one line alone whether it is boilerplate, and why.

Every rule is anchored and linear (no nested quantifiers), and runs only on lines short
enough to be boilerplate, so a 50 MB line costs one length check. ``line_reason`` returns a
short kebab-case reason ("reading-time", "photo-caption", ...) or None for "keep".
"""

from __future__ import annotations

import re

from newsdigest.clean.metadata import is_date_line

# Lines longer than this are never judged boilerplate by a single-line rule.
MAX_RULE_LEN = 400

_AGENCIES = (
    r"Getty(?:\s+Images)?|AFP|Reuters|AP|EPA(?:-EFE)?|Anadolu(?:\s+Agency)?|AA|Xinhua|TASS|"
    r"Sputnik|RIA\s+Novosti|Shutterstock|Alamy|Bloomberg|Associated\s+Press|PA(?:\s+Media)?|"
    r"IRNA|Tasnim|DHA|dpa|Kremlin|SANA|File|Handout|Twitter|Facebook|Instagram|YouTube"
)
# A photo credit in brackets at the end of a caption: "... relations [Getty]", "[AFP/File]".
_BRACKET_CREDIT = re.compile(
    r"[\[(]\s*(?:(?:photo|image|picture|credit|file photo)s?\s*(?::|by)?\s*)?"
    r"(?:[^\[\]()]{0,60}[/,]\s*)?(?:" + _AGENCIES + r")(?:\s*(?:/|via)\s*[^\[\]()]{1,40})?\s*[\])]$",
    re.I,
)
_CREDIT_LINE = re.compile(
    r"^[\[(]?\s*(?:photo(?:graph)?s?|images?|pictures?|credits?|illustration|photo credit|"
    r"image (?:source|copyright|caption)|source)\s*(?::|by\b|-|–)\s*\S.{0,120}$",
    re.I,
)
# A caption closed by its credit: "Officials at the border crossing. Photo: Reuters".
_TRAILING_CREDIT = re.compile(
    r"(?:^|[.!?)]\s+|\s[-–—|]\s+)(?:photo(?:graph)?|image|picture|credit|photo credit)\s*:\s*[^.!?:]{2,60}$",
    re.I,
)
_GALLERY = re.compile(
    r"^(?:image|photo|picture|slide)?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}$|"
    r"^(?:\[?\s*(?:click|tap)\s+(?:here\s+)?to\s+(?:enlarge|expand|zoom|view)(?:\s+image)?\s*\]?)$|"
    r"^(?:enlarge(?: this)? image|hide caption|toggle caption|caption|back to gallery|"
    r"view (?:photo )?gallery|open gallery|view image|expand image|full screen|fullscreen|"
    r"image|photo|video|watch|play video|watch video|\d+ photos?)$",
    re.I,
)
_ENLARGE = re.compile(r"^\[?\s*(?:click|tap)\s+(?:here\s+)?to\s+(?:enlarge|expand|zoom)\s*\]?$", re.I)
_READING_TIME = re.compile(
    r"(?:^|\W)(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*"
    r"min(?:ute)?s?\.?\s+(?:read|to read|reading(?: time)?)\b|"
    r"^(?:estimated\s+)?reading time\s*:?\s*\d",
    re.I,
)
_SOCIAL_WORDS = frozenset(
    "share shares sharing this article story page post on via facebook twitter whatsapp "
    "linkedin pinterest reddit tumblr telegram email e-mail mail print copy link url "
    "messenger flipboard sms google+ google tweet pin it close extra options save saved "
    "x vk ok.ru".split()
)
_SHARE_START = re.compile(
    r"^(?:share\s+(?:this|on|via|the|article|story|page)\b|click to share\b|"
    r"share this (?:article|story)|tweet this\b|email this\b)",
    re.I,
)
_FOLLOW = re.compile(
    r"^(?:follow\s+(?:us|me|@\w+|\w+(?:\s+\w+)?\s+on\s+(?:twitter|facebook|instagram|linkedin|"
    r"telegram|youtube))|like us on facebook|find us on facebook|join us on|connect with us|"
    r"stay connected)\b",
    re.I,
)
_NEWSLETTER = re.compile(
    r"\bnewsletters?\b|\bsign up\b.{0,80}\b(?:email|inbox|updates|alerts|briefing)|"
    r"\bsubscribe\b.{0,60}\b(?:newsletter|email|updates|alerts|channel|inbox|today|now)|"
    r"\bdelivered (?:straight |directly )?to your inbox\b|"
    r"\bget (?:the|our) .{0,40}\b(?:in your inbox|by email)\b",
    re.I,
)
_SUBSCRIBE = re.compile(
    r"^(?:subscribe(?: now| today| here)?|subscriptions?|subscriber login|sign in|sign up|log ?in|"
    r"log ?out|register|my account|create (?:an |free )?account|become a (?:member|subscriber)|"
    r"support (?:us|our journalism)|donate)$",
    re.I,
)
_RELATED_HEAD = re.compile(
    r"^(?:related(?: stories| articles| content| coverage| news| posts| topics| links| reading| videos?)?|"
    r"read more|read next|read also|also read|see also|more from [^.!?]{1,40}|more on this(?: story| topic)?|"
    r"more (?:stories|news|articles|videos)(?: from [^.!?]{1,40})?|more in [^.!?]{1,30}|"
    r"recommended(?: for you| stories| articles| reading)?|you may (?:also )?like(?: these posts)?|"
    r"you might (?:also )?(?:like|be interested in)|we recommend|"
    r"most (?:popular|read|viewed|shared|commented)(?: stories| articles| news)?|"
    r"(?:popular|trending|top|latest|recent|featured|random)(?: now)?"
    r"(?: stories| news| posts| articles| videos)?|"
    r"in other news|further reading|what to read next|editor'?s picks?|don'?t miss|"
    r"around the web|from the web|sponsored stories|promoted stories|"
    r"(?:other|more) (?:top )?stories|recent posts|popular posts|related posts|"
    r"also on [^.!?]{1,30}|elsewhere on [^.!?]{1,30})\s*[:>»]?$",
    re.I,
)
_READ_MORE_LINE = re.compile(
    r"^(?:read more|read also|also read|related|see also|more|recommended|watch|listen|"
    r"read|related article|related story|must read|don'?t miss|also see)\s*[:>»|-]\s*\S",
    re.I,
)
_COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?$|"
    r"^(?:leave|post|add|write|submit|view|show|load|see|read|hide)\s+(?:a|all|the|your|\d+)?\s*"
    r"(?:comments?|reply|replies|responses?)\b.{0,40}$|"
    r"^join the (?:discussion|conversation|debate)\b.{0,40}$|^(?:discussion|discuss this article)$|"
    r"^comment via \w+|^(?:\d+\s+)?comments? (?:are closed|have been disabled)|"
    r"^(?:you must be logged in|log in) to (?:post|leave) a comment|^be the first to comment",
    re.I,
)
_NEWSLETTER_HINT = re.compile(r"newsletter|sign up|subscribe|inbox")
_COOKIE = re.compile(
    r"\bcookies?\b.{0,160}\b(?:consent|accept|agree|policy|settings|preferences|browsing|"
    r"experience|continu\w+ to use|use of)\b|"
    r"\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|^accept (?:all )?cookies",
    re.I,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|^(?:terms of (?:use|service)|privacy policy|"
    r"privacy notice|terms (?:and|&) conditions)\b",
    re.I,
)
_AD = re.compile(
    r"^(?:advertisement|advertising|advert|ad|ads|adchoices|sponsored(?: content| links?| by .{1,40})?|"
    r"promoted(?: content| stories| links?)?|paid (?:content|post|partner content)|"
    r"(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?(?: the main story)?|"
    r"scroll to continue(?: with content)?|skip (?:ad|advert)|report (?:this )?ad|"
    r"content continues below)\s*[:.]?$",
    re.I,
)
_NAV = re.compile(
    r"^(?:home|menu|main menu|navigation|toggle navigation|skip to (?:main )?(?:content|navigation|footer)|"
    r"skip navigation|search|search query|submit search|go|close|open|next|previous|prev|back|"
    r"back to top|return to top|top|more|show more|load more|see more|see all|view all|"
    r"you are (?:at|here)\s*:?|sections|all sections|live tv|live|breaking(?: news)?|"
    r"español|english|edition|print edition|e-?paper|today'?s paper|select language|feedback|help|"
    r"contact(?: us)?|about(?: us)?|faq|sitemap|site map|careers|jobs|archives?|rss|apps?|weather)\s*[:»>]?$",
    re.I,
)
_BREADCRUMB = re.compile(r"^[^.!?>»/|]{1,40}(?:[>»/|][^.!?>»/|]{1,40}){1,6}$")
_TAGS = re.compile(r"^(?:tags?|topics?|keywords?|filed under|categories|category|posted in)\s*:", re.I)
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:de|van|von|al|bin|da|del|der|la|le|el)\s+)?[A-Z][\w'’.-]*){0,3}"
_BYLINE = re.compile(
    r"^(?i:by|written by|reporting by|words by|text by|story by|posted by|author)\s*:?\s+"
    + _NAME
    + r"(?:\s*(?:,|and|&)\s*"
    + _NAME
    + r")*(?:\s*[|,–—-]\s*[^|,–—-].{0,60})?$|"
    r"^(?i:staff (?:writer|reporter)s?|\w+ (?:correspondent|bureau)|special correspondent|"
    r"newsroom|news desk|web desk|agencies|agency staff)$"
)
# "Reporting by X; Editing by Y" / "Writing by ..." lines closing wire stories.
_WIRE_CREDIT = re.compile(r"^\(?(?:reporting|additional reporting|writing|editing) by\b.{0,160}\)?$", re.I)
_BULLET = re.compile(r"^[•□☆○◦▪▸►·*◆■●–-]\s*")
_PRINT_ONLY = re.compile(r"^(?:print|email|e-mail|facebook|twitter|whatsapp|share|tweet|pin)$", re.I)


def strip_bullet(line: str) -> tuple[str, bool]:
    """Remove a leading list bullet (w3m draws menus with •, □, ☆); tell whether there was one."""
    m = _BULLET.match(line)
    if m and len(line) > m.end():
        return line[m.end() :], True
    return line, bool(m)


def _only_social(line: str) -> bool:
    words = [w for w in re.split(r"[\s|/·•,]+", line.lower()) if w]
    return bool(words) and len(words) <= 12 and all(w.strip(":()[]") in _SOCIAL_WORDS for w in words)


def line_reason(line: str) -> str | None:
    """Why one (stripped) line is boilerplate, or None when it may be article text."""
    n = len(line)
    if n == 0 or n > MAX_RULE_LEN:
        return None
    if _ENLARGE.match(line):
        return "click-to-enlarge"
    if n <= 60 and _GALLERY.match(line):
        return "photo-caption"
    low = line.lower()
    if n <= 300 and line[-1] in ")]" and _BRACKET_CREDIT.search(line):
        return "photo-caption"
    if n <= 140 and _CREDIT_LINE.match(line):
        return "photo-caption"
    if n <= 250 and ":" in line and _TRAILING_CREDIT.search(line):
        return "photo-caption"
    if n <= 120 and ("min" in low or "reading" in low) and _READING_TIME.search(line):
        return "reading-time"
    if n <= 120 and (_only_social(line) or _SHARE_START.match(line)):
        return "share-prompt"
    if n <= 160 and _FOLLOW.match(line):
        return "follow-prompt"
    if n <= 40 and _SUBSCRIBE.match(line):
        return "subscribe-prompt"
    if n <= 250 and _NEWSLETTER_HINT.search(low) and _NEWSLETTER.search(line):
        return "newsletter"
    if n <= 400 and "cookie" in low and _COOKIE.search(line):
        return "cookie-notice"
    if (
        n <= 200
        and (
            "©" in line
            or "(c)" in low
            or "copyright" in low
            or "reserved" in low
            or "privacy" in low
            or "terms" in low
        )
        and _COPYRIGHT.search(line)
    ):
        return "copyright"
    if n <= 60 and _RELATED_HEAD.match(line):
        return "related-links"
    if n <= 200 and _READ_MORE_LINE.match(line):
        return "related-links"
    if n <= 100 and _COMMENTS.match(line):
        return "comments"
    if n <= 80 and _AD.match(line):
        return "advertisement"
    if n <= 50 and _NAV.match(line):
        return "navigation"
    if n <= 200 and _TAGS.match(line):
        return "tags"
    if n <= 100 and _BYLINE.match(line):
        return "byline"
    if n <= 200 and _WIRE_CREDIT.match(line):
        return "byline"
    if n <= 100 and is_date_line(line):
        return "date-line"
    return None


def is_related_heading(line: str) -> bool:
    return len(line) <= 60 and bool(_RELATED_HEAD.match(line))


def is_comments_marker(line: str) -> bool:
    return len(line) <= 100 and bool(_COMMENTS.match(line))


def is_breadcrumb(line: str) -> bool:
    return len(line) <= 160 and bool(_BREADCRUMB.match(line))

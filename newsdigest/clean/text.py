"""Plain-text cleaning: drop boilerplate lines, keep every line of the article body."""

from __future__ import annotations

import re

from newsdigest.models import Article, RemovedLine

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("reading-time", re.compile(r"^\s*\d+\s*(?:min(?:ute)?s?)\s+read\s*$", re.I)),
    ("date-line", re.compile(r"^\s*\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}\s*$")),
    ("photo-caption", re.compile(r"^.{0,200}\[(?:Getty|AFP|Reuters|AP|EPA)[^\]]*\]\s*$")),
    ("click-to-enlarge", re.compile(r"^\s*\[?\s*click to enlarge\s*\]?\s*$", re.I)),
]


def clean_text(text: str, doc_id: str, path: str | None) -> Article:
    lines = text.split("\n")
    kept: list[str] = []
    removed: list[RemovedLine] = []
    title = None
    for line in lines:
        stripped = line.strip()
        if title is None and stripped:
            title = stripped
            removed.append(RemovedLine(stripped, "title"))
            continue
        if title is not None and stripped == title:
            removed.append(RemovedLine(stripped, "repeated-headline"))
            continue
        reason = next((name for name, rx in _RULES if rx.match(stripped)), None)
        if reason:
            removed.append(RemovedLine(stripped, reason))
            continue
        kept.append(stripped)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return Article(id=doc_id, path=path, text=body, title=title, removed=removed)

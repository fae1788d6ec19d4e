"""Cleaning: decoded text or HTML in, :class:`Article` (body, metadata, removed lines) out."""

from __future__ import annotations

import re

from newsdigest.encoding import DecodeError, decode
from newsdigest.errors import InputError
from newsdigest.ingest import DEFAULT_MAX_BYTES, load_bytes
from newsdigest.models import Article, Source

_HTML_HINT = re.compile(
    r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<(?:p|div|article|span|br|meta|title)[\s>/]",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """Decide from the content whether a document is HTML (not from its file name)."""
    head = text[:20000]
    stripped = head.lstrip()
    if stripped[:15].lower().startswith(("<!doctype html", "<html", "<?xml")) and "<" in head:
        return True
    return len(_HTML_HINT.findall(head)) >= 3


def clean_source(source: Source, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read, decode and clean one input; raise InputError when it is not a readable article."""
    if source.text is not None:
        text = source.text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        if not text.strip():
            raise InputError(source.id, "empty text")
    else:
        try:
            text, _ = decode(load_bytes(source, max_bytes), encoding)
        except DecodeError as exc:
            raise InputError(source.id, str(exc)) from None
    kind = source.kind
    if kind == "auto":
        kind = "html" if looks_like_html(text) else "text"
    if kind == "html":
        from newsdigest.clean.html import clean_html

        article = clean_html(text, source.id, source.path)
    else:
        from newsdigest.clean.text import clean_text

        article = clean_text(text, source.id, source.path)
    # Metadata given with the input (JSONL) wins over what the text suggests.
    if source.title:
        article.title = source.title
    if source.date:
        article.date = source.date
    if source.source:
        article.source = source.source
    if source.url:
        article.url = source.url
    if not article.text.strip():
        raise InputError(source.id, "no article text left after cleaning")
    return article

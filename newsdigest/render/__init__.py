"""Renderers: lay records out as table, text, json, jsonl, markdown, tsv or csv.

Renderers never compute: they take records from the stages and print their fields.
A renderer is fed one record at a time (``add``) so that jsonl and text stream.
"""

from __future__ import annotations

import csv
import json
from typing import Any, Protocol, TextIO

FORMATS = ("auto", "table", "text", "json", "jsonl", "markdown", "tsv", "csv")


class Renderer(Protocol):
    def add(self, record: Any) -> None: ...

    def finish(self) -> None: ...


def resolve_format(fmt: str, is_tty: bool) -> str:
    if fmt == "auto":
        return "table" if is_tty else "text"
    return fmt


def dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent, sort_keys=False)


class JsonRenderer:
    """One JSON value: an array of records (or the single digest object for ``merge``)."""

    def __init__(self, out: TextIO, single: bool = False) -> None:
        self.out = out
        self.single = single
        self.items: list[dict[str, Any]] = []

    def add(self, record: Any) -> None:
        self.items.append(record.to_json())

    def finish(self) -> None:
        value: Any = self.items[0] if self.single and self.items else self.items
        if self.single and not self.items:
            value = {}
        self.out.write(dumps(value, indent=2) + "\n")
        self.out.flush()


class JsonlRenderer:
    """One record per line, flushed as produced; the digest gives one line per section item."""

    def __init__(self, out: TextIO, kind: str) -> None:
        self.out = out
        self.kind = kind

    def add(self, record: Any) -> None:
        from newsdigest.render.views import jsonl_items

        for item in jsonl_items(self.kind, record):
            self.out.write(dumps(item) + "\n")
        self.out.flush()

    def finish(self) -> None:
        self.out.flush()


def _tsv_cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


class DelimitedRenderer:
    """TSV (tabs and newlines inside cells escaped as \\t and \\n) or CSV (RFC 4180 quoting)."""

    def __init__(self, out: TextIO, kind: str, fmt: str) -> None:
        from newsdigest.render.views import columns

        self.out = out
        self.kind = kind
        self.fmt = fmt
        self.header = columns(kind)
        self.writer = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
        self._emit(self.header)

    def _emit(self, row: list[Any]) -> None:
        if self.writer is not None:
            self.writer.writerow(["" if v is None else v for v in row])
        else:
            self.out.write("\t".join(_tsv_cell(v) for v in row) + "\n")

    def add(self, record: Any) -> None:
        from newsdigest.render.views import rows

        for row in rows(self.kind, record):
            self._emit(row)
        self.out.flush()

    def finish(self) -> None:
        self.out.flush()


class TextRenderer:
    """Plain text for pipes: stable, unwrapped, no colour; blocks separated by a blank line."""

    def __init__(self, out: TextIO, kind: str, markdown: bool = False) -> None:
        self.out = out
        self.kind = kind
        self.markdown = markdown
        self.count = 0

    def add(self, record: Any) -> None:
        from newsdigest.render.views import markdown_block, text_block

        block = markdown_block(self.kind, record) if self.markdown else text_block(self.kind, record)
        if block is None:
            return
        if self.count and self.kind in ("clean", "summarize"):
            self.out.write("\n")
        self.out.write(block)
        self.count += 1
        self.out.flush()

    def finish(self) -> None:
        self.out.flush()


def make_renderer(kind: str, fmt: str, out: TextIO, is_tty: bool = False) -> Renderer:
    """The renderer for command ``kind`` in format ``fmt`` (already resolved from auto)."""
    if fmt == "json":
        return JsonRenderer(out, single=kind == "merge")
    if fmt == "jsonl":
        return JsonlRenderer(out, kind)
    if fmt in ("tsv", "csv"):
        return DelimitedRenderer(out, kind, fmt)
    if fmt == "markdown":
        return TextRenderer(out, kind, markdown=True)
    if fmt == "table":
        from newsdigest.render.table import TableRenderer

        return TableRenderer(out, kind, is_tty)
    return TextRenderer(out, kind)

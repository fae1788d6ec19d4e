"""What each command's records look like in the flat formats: columns, rows, text, markdown."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

_COLUMNS: dict[str, list[str]] = {
    "clean": ["id", "title", "date", "source", "dateline", "words", "removed", "text"],
    "summarize": ["id", "title", "method", "position", "score", "text"],
    "quotes": ["id", "speaker", "speaker_title", "speaker_country", "cue", "start", "end", "quote"],
    "timeline": ["id", "expression", "value", "type", "start", "end", "event", "sentence"],
    "events": ["id", "date", "source", "target", "quad", "type", "text", "sentence"],
    "merge": ["section", "date", "pair", "name", "speaker", "sources", "text"],
}


def columns(kind: str) -> list[str]:
    return list(_COLUMNS[kind])


def _join(values: Any) -> str:
    if isinstance(values, list):
        return "; ".join(str(v) for v in values)
    return "" if values is None else str(values)


def rows(kind: str, record: Any) -> Iterator[list[Any]]:
    data = record.to_json()
    if kind == "clean":
        yield [
            data["id"],
            data["title"],
            data["date"],
            data["source"],
            data["dateline"],
            data["words"],
            len(data["removed"]),
            data["text"],
        ]
    elif kind == "summarize":
        for s in data["sentences"]:
            yield [data["id"], data["title"], data["method"], s["position"], s["score"], s["text"]]
    elif kind == "merge":
        for item in jsonl_items(kind, record):
            yield [
                item["section"],
                item.get("date", ""),
                _join(item.get("pair")),
                item.get("name", ""),
                item.get("speaker", ""),
                _join(item.get("sources")),
                item.get("text") or item.get("quote") or item.get("title") or "",
            ]
    else:
        yield [data.get(c) for c in _COLUMNS[kind]]


def jsonl_items(kind: str, record: Any) -> Iterator[dict[str, Any]]:
    data = record.to_json()
    if kind != "merge":
        yield data
        return
    from newsdigest.models import Digest

    for section in Digest.SECTIONS:
        for item in data[section]:
            yield {"section": section, **item}


def one_line(text: str) -> str:
    """``text`` on a single line: line breaks inside a sentence become spaces."""
    return " ".join(text.splitlines()) if "\n" in text or "\r" in text else text


def _meta_line(data: dict[str, Any]) -> str:
    parts = [data.get("date"), data.get("source"), data.get("dateline")]
    return " · ".join(str(p) for p in parts if p)


def text_block(kind: str, record: Any) -> str | None:
    data = record.to_json()
    if kind == "clean":
        head = [data["title"] or data["id"]]
        meta = _meta_line(data)
        if meta:
            head.append(meta)
        return "\n".join(head) + "\n\n" + data["text"] + "\n"
    if kind == "summarize":
        lines = [data["title"] or data["id"]]
        lines += [one_line(s["text"]) for s in data["sentences"]]
        return "\n".join(lines) + "\n"
    if kind == "quotes":
        who = data["speaker"] or "(unknown speaker)"
        return f'{data["id"]}\t{who}\t"{data["quote"]}"\n'
    if kind == "timeline":
        return f"{data['id']}\t{data['value']}\t{data['expression']}\t{data['event'] or data['sentence']}\n"
    if kind == "events":
        return (
            f"{data['id']}\t{data['date'] or '-'}\t{data['source']}->{data['target']}\t"
            f"{data['type']}\t{data['text']}\n"
        )
    if kind == "merge":
        from newsdigest.render.digest import digest_text

        return digest_text(record)
    raise ValueError(kind)


def markdown_block(kind: str, record: Any) -> str | None:
    data = record.to_json()
    if kind == "clean":
        meta = _meta_line(data)
        out = f"# {data['title'] or data['id']}\n\n"
        if meta:
            out += f"*{meta}*\n\n"
        return out + data["text"] + "\n"
    if kind == "summarize":
        out = f"## {data['title'] or data['id']}\n\n"
        return out + "".join(f"- {one_line(s['text'])}\n" for s in data["sentences"])
    if kind == "quotes":
        who = data["speaker"] or "unknown speaker"
        return f"- **{who}**: “{data['quote']}” ({data['id']})\n"
    if kind == "timeline":
        return (
            f"- `{data['value']}` {data['expression']}: {data['event'] or data['sentence']} ({data['id']})\n"
        )
    if kind == "events":
        return (
            f"- {data['date'] or 'undated'} **{data['source']} → {data['target']}** "
            f"({data['type']}): {data['text']} ({data['id']})\n"
        )
    if kind == "merge":
        from newsdigest.render.digest import digest_markdown

        return digest_markdown(record)
    raise ValueError(kind)

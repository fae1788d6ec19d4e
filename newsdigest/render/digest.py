"""The digest laid out as plain text (for pipes) and as a markdown document.

Layout only: every value printed here (labels, date ranges, tone, sparkline, refs) was
computed by ``newsdigest.digest`` and stored in the Digest. Text output is plain, one item
per line, never wrapped, so that it is stable and greppable.
"""

from __future__ import annotations

from typing import Any

from newsdigest.models import Digest


def refs(item: dict[str, Any]) -> str:
    r = item.get("refs") or []
    return "[" + ",".join(str(x) for x in r) + "]" if r else ""


def tone(value: Any) -> str:
    try:
        return f"{float(value):+.2f}"
    except (TypeError, ValueError):
        return "n/a"


def range_text(pair: Any) -> str:
    if not pair:
        return ""
    a, b = pair
    return a if a == b else f"{a} to {b}"


def header_lines(digest: Digest) -> list[str]:
    h = digest.header or {}
    pair = h.get("pair") or digest.pair
    title = h.get("title") or "Digest"
    head = title + (f" ({'–'.join(pair)})" if pair else "")
    total = h.get("articles_total", len(digest.articles))
    facts = [f"{h.get('articles', total)} of {total} articles"]
    if h.get("outlets"):
        facts.append("from " + ", ".join(h["outlets"]))
    if h.get("published"):
        facts.append("published " + range_text(h["published"]))
    if h.get("covers"):
        facts.append("events " + range_text(h["covers"]))
    line2 = " · ".join(facts)
    n = h.get("events", 0)
    reports = h.get("reports")
    over = plural(n, "event")
    if reports and reports != n:
        over += f" ({reports} reports)"
    line3 = f"tone {tone(h.get('tone'))} ({h.get('tone_label', 'mixed')}) over {over}"
    if h.get("sparkline"):
        series = h.get("tone_series") or []
        span = f" {series[0]['date']}…{series[-1]['date']}" if series else ""
        line3 += f" · {h['sparkline']}{span}"
    return [head, line2, line3]


def _article_body(a: dict[str, Any]) -> str:
    date = (a.get("date") or "undated") + (" (inferred)" if a.get("date_inferred") else "")
    parts = [a.get("title") or a["id"], a.get("source") or "unknown outlet", date]
    parts.append(f"{a.get('words', 0)} words, {a.get('removed', 0)} lines removed")
    line = " · ".join(str(p) for p in parts) + f" · {a['id']}"
    if not a.get("covers_pair", True):
        line += " · (not about this dyad)"
    return line


def _article_line(a: dict[str, Any]) -> str:
    return f"[{a.get('ref', '?')}] {_article_body(a)}"


def _dyad_line(d: dict[str, Any]) -> str:
    mark = "*" if d.get("main") else "-"
    names = " – ".join(d.get("names") or d["pair"])
    line = (
        f"{mark} {'–'.join(d['pair'])} {names}: score {d.get('score', 0)}, "
        f"{plural(d.get('co_mentions', 0), 'sentence')} together, {plural(d.get('mentions', 0), 'mention')}, "
        f"{plural(d.get('events', 0), 'event')}"
        + (f", tone {tone(d.get('tone'))}" if d.get("events") else "")
    )
    if d.get("sparkline"):
        line += f" {d['sparkline']}"
    return line


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _actor_line(a: dict[str, Any]) -> str:
    parts = [a["name"]]
    if a.get("title"):
        parts.append(a["title"])
    if a.get("country"):
        parts.append(a["country"])
    parts.append(plural(a.get("mentions", 0), "mention"))
    return " · ".join(parts) + f" {refs(a)}"


def _speaker(q: dict[str, Any]) -> str:
    extra = ", ".join(x for x in (q.get("speaker_title"), q.get("speaker_country")) if x)
    return q["speaker"] + (f" ({extra})" if extra else "")


def _date(t: dict[str, Any]) -> str:
    return t["date"] + ("~" if t.get("date_inferred") else "")


def digest_text(digest: Digest) -> str:
    out = header_lines(digest)
    out.append("")

    def section(name: str, lines: list[str]) -> None:
        out.append(name)
        out.extend(lines if lines else ["(none)"])
        out.append("")

    section("SOURCES", [_article_line(a) for a in digest.articles])
    section("DYADS", [_dyad_line(d) for d in digest.dyads])
    section("SUMMARY", [f"{s['text']} {refs(s)}" for s in digest.summary])
    timeline = [f"{_date(t):<12} {t['text']} {refs(t)}" for t in digest.timeline]
    if any(t.get("date_inferred") for t in digest.timeline):
        timeline.append("(~ date resolved against an inferred publication date)")
    section("TIMELINE", timeline)
    section("ACTORS", [_actor_line(a) for a in digest.actors])
    section("QUOTES", [f"{_speaker(q)}: “{q['quote']}” {refs(q)}" for q in digest.quotes])
    section("CORROBORATED", [f"{c['text']} {refs(c)}" for c in digest.corroborated])
    section("UNIQUE", [f"{u['text']} {refs(u)}" for u in digest.unique])
    return "\n".join(out)


def _md(text: str) -> str:
    """Escape what markdown would read as markup in article text. Square brackets stay:
    with no link definitions in the document, "[IS]" and the "[2,4]" citations are text."""
    out = []
    for ch in text:
        if ch in "\\`*_<>|":
            out.append("\\" + ch)
        else:
            out.append(ch)
    s = "".join(out)
    return "\\" + s if s and s[0] in "#+-" else s


def _cell(text: str) -> str:
    return _md(text).replace("\n", " ")


def digest_markdown(digest: Digest) -> str:
    """A markdown document: title and key figures, then the summary as a paragraph, the
    timeline, actors and dyads as tables, facts and quotes as lists, citations as [n] and a
    numbered list of sources."""
    head, line2, line3 = header_lines(digest)
    out = [f"# {_md(head)}", "", f"{_md(line2)}  ", f"{_md(line3)}", ""]

    def section(name: str, lines: list[str], note: str | None = None) -> None:
        out.append(f"## {name}")
        out.append("")
        out.extend(lines if lines else ["*None.*"])
        out.append("")
        if note and lines:
            out.extend([note, ""])

    def cite(item: dict[str, Any]) -> str:
        r = refs(item)
        return f" {r}" if r else ""

    section("Summary", [" ".join(_md(s["text"]) + cite(s) for s in digest.summary)] if digest.summary else [])
    rows = ["| Date | Event | Sources |", "| --- | --- | --- |"]
    rows += [f"| {_cell(_date(t))} | {_cell(t['text'])} | {refs(t)} |" for t in digest.timeline]
    note = (
        "*~ date resolved against an inferred publication date.*"
        if any(t.get("date_inferred") for t in digest.timeline)
        else None
    )
    section("Timeline", rows if digest.timeline else [], note)
    section("Corroborated by several sources", [f"- {_md(c['text'])}{cite(c)}" for c in digest.corroborated])
    section("Reported by one source", [f"- {_md(u['text'])}{cite(u)}" for u in digest.unique])
    section("Quotes", [f"- **{_md(_speaker(q))}**: “{_md(q['quote'])}”{cite(q)}" for q in digest.quotes])
    rows = ["| Name | Title | Country | Mentions | Sources |", "| --- | --- | --- | ---: | --- |"]
    rows += [
        f"| {_cell(a['name'])} | {_cell(a.get('title') or '')} | {a.get('country') or ''} | "
        f"{a.get('mentions', 0)} | {refs(a)} |"
        for a in digest.actors
    ]
    section("Actors", rows if digest.actors else [])
    rows = ["| Pair | Countries | Events | Tone | Trend |", "| --- | --- | ---: | ---: | --- |"]
    for d in digest.dyads:
        pair = "–".join(d["pair"])
        pair = f"**{pair}**" if d.get("main") else pair
        names = _cell(" – ".join(d.get("names") or d["pair"]))
        shown = tone(d.get("tone")) if d.get("events") else "–"
        rows.append(f"| {pair} | {names} | {d.get('events', 0)} | {shown} | {d.get('sparkline') or ''} |")
    section("Dyads", rows if digest.dyads else [])
    section("Sources", [f"{a.get('ref', '?')}. {_md(_article_body(a))}" for a in digest.articles])
    return "\n".join(out)

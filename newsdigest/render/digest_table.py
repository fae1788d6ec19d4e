"""The digest on a terminal: a header panel, then one Rich table per section.

Layout only (every value comes from the Digest). Article text is always ``rich.text.Text``,
never markup. Columns fold long text, so the layout reads at 80 columns and on wide screens.
"""

from __future__ import annotations

from typing import Any

from newsdigest.models import Digest
from newsdigest.render.digest import _article_body, header_lines, refs, tone


def _table(title: str, *columns: tuple[str, dict[str, Any]]) -> Any:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title=Text(title, style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_header=True,
        header_style="bold",
        expand=True,
        pad_edge=False,
    )
    for name, opts in columns:
        table.add_column(name, overflow="fold", **opts)
    return table


def _tone_style(value: Any) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return ""
    return "green" if v > 0.1 else "red" if v < -0.1 else "yellow"


def print_digest(console: Any, digest: Digest) -> None:
    from rich.panel import Panel
    from rich.text import Text

    h = digest.header or {}
    head, line2, line3 = header_lines(digest)
    body = Text()
    body.append(head, style="bold")
    body.append("\n")
    body.append(line2, style="dim")
    body.append("\n")
    body.append(line3, style=_tone_style(h.get("tone")))
    console.print(Panel(body, expand=True))

    refs_style = {"style": "dim", "no_wrap": True, "justify": "right"}

    if digest.summary:
        t = _table("Summary", ("sentence", {"ratio": 1}), ("src", refs_style))
        for s in digest.summary:
            t.add_row(Text(s["text"]), Text(refs(s)))
        console.print(t)

    if digest.timeline:
        t = _table(
            "Timeline",
            ("date", {"no_wrap": True, "style": "cyan"}),
            ("event", {"ratio": 1}),
            ("src", refs_style),
        )
        for e in digest.timeline:
            date = e["date"] + ("~" if e.get("date_inferred") else "")
            t.add_row(Text(date), Text(e["text"]), Text(refs(e)))
        if any(e.get("date_inferred") for e in digest.timeline):
            t.caption = Text("~ date resolved against an inferred publication date", style="dim")
            t.caption_justify = "left"
        console.print(t)

    if digest.corroborated:
        t = _table("Corroborated by several sources", ("fact", {"ratio": 1}), ("src", refs_style))
        for c in digest.corroborated:
            t.add_row(Text(c["text"]), Text(refs(c)))
        console.print(t)

    if digest.unique:
        t = _table("Reported by one source", ("fact", {"ratio": 1}), ("src", refs_style))
        for u in digest.unique:
            t.add_row(Text(u["text"]), Text(refs(u)))
        console.print(t)

    if digest.quotes:
        t = _table("Quotes", ("speaker", {"ratio": 1}), ("quote", {"ratio": 3}), ("src", refs_style))
        for q in digest.quotes:
            who = Text(q["speaker"], style="bold")
            extra = ", ".join(x for x in (q.get("speaker_title"), q.get("speaker_country")) if x)
            if extra:
                who.append("\n" + extra, style="dim")
            t.add_row(who, Text("“" + q["quote"] + "”"), Text(refs(q)))
        console.print(t)

    if digest.actors:
        t = _table(
            "Actors",
            ("name", {"ratio": 2}),
            ("title", {"ratio": 2}),
            ("country", {"no_wrap": True}),
            ("mentions", {"justify": "right", "no_wrap": True}),
            ("src", refs_style),
        )
        for a in digest.actors:
            t.add_row(
                Text(a["name"], style="bold"),
                Text(a.get("title") or ""),
                Text(a.get("country") or ""),
                Text(str(a.get("mentions", 0))),
                Text(refs(a)),
            )
        console.print(t)

    if digest.dyads:
        t = _table(
            "Dyads",
            ("pair", {"no_wrap": True}),
            ("names", {"ratio": 1}),
            ("events", {"justify": "right"}),
            ("tone", {"justify": "right"}),
            ("trend", {"no_wrap": True}),
        )
        for d in digest.dyads:
            style = "bold" if d.get("main") else ""
            t.add_row(
                Text("–".join(d["pair"]), style=style),
                Text(" – ".join(d.get("names") or d["pair"])),
                Text(str(d.get("events", 0))),
                # No events, no tone: a dash, not a measured neutral "+0.00".
                Text(tone(d.get("tone")), style=_tone_style(d.get("tone")))
                if d.get("events")
                else Text("–", style="dim"),
                Text(d.get("sparkline") or ""),
            )
        console.print(t)

    t = _table("Sources", ("#", {"no_wrap": True, "style": "dim"}), ("article", {"ratio": 1}))
    for a in digest.articles:
        t.add_row(Text(str(a.get("ref", ""))), Text(_article_body(a)))
    console.print(t)

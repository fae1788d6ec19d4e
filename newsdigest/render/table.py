"""Rich tables for a terminal. Article text is always plain ``Text``, never markup."""

from __future__ import annotations

from typing import Any, TextIO


def make_console(out: TextIO, is_tty: bool):  # type: ignore[no-untyped-def]
    import os

    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # Rich exits with status 1 here; let the CLI end quietly with 0 like other formats.
            self.quiet = True
            raise BrokenPipeError

    plain = not is_tty or bool(os.environ.get("NO_COLOR"))
    return _Console(
        file=out,
        markup=False,
        highlight=False,
        emoji=False,
        soft_wrap=False,
        width=None if is_tty else 120,
        force_terminal=None if is_tty else False,
        # No colour and no style escapes at all (not even bold) off a terminal or with NO_COLOR.
        color_system=None if plain else "auto",
        no_color=plain,
    )


class TableRenderer:
    def __init__(self, out: TextIO, kind: str, is_tty: bool) -> None:
        self.console = make_console(out, is_tty)
        self.kind = kind
        self.records: list[Any] = []

    def add(self, record: Any) -> None:
        if self.kind in ("clean", "summarize"):
            self._article(record)
        elif self.kind == "merge":
            from newsdigest.render.digest_table import print_digest

            print_digest(self.console, record)
        else:
            self.records.append(record)

    def _article(self, record: Any) -> None:
        from rich.table import Table
        from rich.text import Text

        data = record.to_json()
        table = Table(show_header=True, header_style="bold", expand=False, title_justify="left")
        # Title, then date and source (and dateline), then the text: all plain Text, never markup.
        title = Text(data.get("title") or data["id"], style="bold")
        meta = " · ".join(str(data[k]) for k in ("date", "source", "dateline") if data.get(k))
        if meta:
            title.append("\n" + meta, style="dim")
        table.title = title
        caption = f"{data['id']}"
        if self.kind == "clean":
            caption += f" · {data['words']} words · {len(data['removed'])} lines removed"
            table.add_column("text")
            for par in data["text"].split("\n\n"):
                table.add_row(Text(par))
        else:
            caption += f" · {data['method']}"
            table.add_column("#", justify="right", style="dim")
            table.add_column("score", justify="right", style="dim")
            table.add_column("sentence")
            for s in data["sentences"]:
                table.add_row(str(s["position"]), f"{s['score']:.3f}", Text(s["text"]))
        table.caption = Text(caption, style="dim")
        table.caption_justify = "left"
        self.console.print(table)

    def finish(self) -> None:
        if self.kind in ("clean", "summarize", "merge") or not self.records:
            return
        from rich.table import Table
        from rich.text import Text

        from newsdigest.render.views import columns

        cols = {
            "quotes": ["speaker", "speaker_title", "speaker_country", "quote", "id"],
            "timeline": ["value", "expression", "type", "event", "id"],
            "events": ["date", "source", "target", "type", "text", "id"],
        }.get(self.kind) or columns(self.kind)
        table = Table(show_header=True, header_style="bold")
        for c in cols:
            table.add_column(c.replace("_", " "), overflow="fold")
        for record in self.records:
            data = record.to_json()
            table.add_row(*[Text("" if data.get(c) is None else str(data.get(c))) for c in cols])
        self.console.print(table)

"""Render `newsdigest merge samples/` as the terminal shows it, to docs/merge-samples.svg
and docs/merge-samples.txt (the README's opening example). Run: make screenshot."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from rich.console import Console

from newsdigest.annotate import date_undated
from newsdigest.digest import build_digest
from newsdigest.errors import InputError
from newsdigest.ingest import iter_sources
from newsdigest.render.digest_table import print_digest
from newsdigest.runner import Options, run
from newsdigest.stages import annotate_stage

ROOT = Path(__file__).resolve().parent.parent


def render(paths: list[str] | None = None) -> Console:
    """The digest of ``paths`` (default samples/) printed on a recording 100-column console."""
    items = list(iter_sources(paths or ["samples/"]))
    annotated = [r for r in run(items, annotate_stage, Options(), jobs=1) if not isinstance(r, InputError)]
    date_undated(annotated)
    console = Console(file=io.StringIO(), record=True, width=100, markup=False, highlight=False, emoji=False)
    print_digest(console, build_digest(annotated))
    return console


def first_screen(text: str) -> str:
    """The part the README quotes: header, summary and timeline (up to the facts)."""
    lines = [line.rstrip() for line in text.split("\n")]
    end = next((i for i, line in enumerate(lines) if line.startswith("Corroborated")), len(lines))
    return "\n".join(lines[:end]).rstrip()


def main() -> int:
    console = render(sys.argv[1:] or None)
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    console.save_svg(str(out / "merge-samples.svg"), title="newsdigest merge samples/", clear=False)
    (out / "merge-samples.txt").write_text(console.export_text(clear=True), encoding="utf-8")
    print(f"wrote {out / 'merge-samples.svg'} and {out / 'merge-samples.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

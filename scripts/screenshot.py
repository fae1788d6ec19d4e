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


def main() -> int:
    paths = sys.argv[1:] or ["samples/"]
    items = list(iter_sources(paths))
    annotated = [r for r in run(items, annotate_stage, Options(), jobs=1) if not isinstance(r, InputError)]
    date_undated(annotated)
    digest = build_digest(annotated)
    console = Console(file=io.StringIO(), record=True, width=100, markup=False, highlight=False, emoji=False)
    print_digest(console, digest)
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    console.save_svg(str(out / "merge-samples.svg"), title="newsdigest merge samples/", clear=False)
    (out / "merge-samples.txt").write_text(console.export_text(clear=True), encoding="utf-8")
    print(f"wrote {out / 'merge-samples.svg'} and {out / 'merge-samples.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

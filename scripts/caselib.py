"""Shared by the eval scripts: reading JSON Lines (case files, the dev sets, the bench corpus),
where the shared data lives, scoring helpers."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
BENCH = SHARED / "bench" / "bbc-articles.jsonl"  # 2,225 clean articles (speed, proxies)
DEV_SUMM = SHARED / "dev" / "summ" / "bbc-business-dev.jsonl"  # 100 articles + references
LONG = 26  # sentences: a bench article at least this long counts as long (CNN/wire-like length)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """One JSON object a line; blank lines and comment lines starting with '#' are skipped."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def scorer(kinds: list[str]):  # type: ignore[no-untyped-def]
    """A stemming ROUGE scorer for these kinds, built once."""
    return _scorer(tuple(kinds))


@cache
def _scorer(kinds: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(kinds), use_stemmer=True)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts; an empty prediction or gold side scores 1.0."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def case_path(argv: list[str], default: Path) -> Path:
    """The case file named on the command line (the first argument not starting with '-')."""
    args = [a for a in argv if not a.startswith("-")]
    return Path(args[0]) if args else default


def print_failures(failures: list[dict[str, Any]]) -> None:
    """The cases a scorer got wrong: text (marked HARD when hard), then gold and predicted."""
    for fl in failures:
        print(("HARD " if fl["hard"] else "") + fl["text"], "\n  gold", fl["gold"], "\n  pred", fl["pred"])

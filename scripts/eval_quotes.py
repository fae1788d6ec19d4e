"""Score quotation finding and speaker attribution on hand-written cases.

Cases (``tests/cases/quotes.jsonl``): one JSON object a line, ``{"name", "hard", "text",
"quotes": [{"quote", "speaker", "partial"}]}``; ``speaker`` is the full name as the text
gives it, or null for no clear (or an anonymous) speaker. A predicted quote matches a gold
one when their spans overlap by at least half of the shorter (one-to-one, in order).
Prints precision, recall, F1, speaker accuracy over matched quotes and partial-flag
accuracy, then the failures. Run from the repo root:
``.venv/bin/python scripts/eval_quotes.py [CASES.jsonl ...] [--show]``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from caselib import prf, read_jsonl  # scripts/ is on sys.path

from newsdigest.annotate.actors import find_actors, fold
from newsdigest.annotate.countries import find_mentions
from newsdigest.annotate.quotes import find_quotes
from newsdigest.models import Article, Quote
from newsdigest.sentences import split_sentences

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "cases" / "quotes.jsonl"


def load_cases(path: Path = DEFAULT) -> list[dict[str, Any]]:
    """Read cases, one JSON object a line; blank lines and lines starting with '#' are skipped."""
    return read_jsonl(path)


def predict(text: str, name: str = "case") -> list[Quote]:
    article = Article(id=name, path=None, text=text)
    sentences = split_sentences(text)
    actors = find_actors(article, sentences, find_mentions(text))
    return find_quotes(article, sentences, actors)


@dataclass
class CaseResult:
    name: str
    hard: bool
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    partial_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        return not self.errors


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / max(1, min(a[1] - a[0], b[1] - b[0]))


def score_case(case: dict[str, Any]) -> CaseResult:
    text = case["text"]
    res = CaseResult(case["name"], bool(case.get("hard")))
    preds = predict(text, case["name"])
    gold = []
    for g in case["quotes"]:
        at = text.find(g["quote"])
        if at < 0:
            raise ValueError(f"{case['name']}: gold quote not in text: {g['quote']!r}")
        gold.append((at, at + len(g["quote"]), g))
    used: set[int] = set()
    for gs, ge, g in gold:
        match = None
        for i, p in enumerate(preds):
            if i not in used and _overlap((gs, ge), (p.start, p.end)) >= 0.5:
                match = i
                break
        if match is None:
            res.fn += 1
            res.errors.append(f"missed {g['quote'][:50]!r}")
            continue
        used.add(match)
        p = preds[match]
        res.tp += 1
        want = g.get("speaker")
        if (p.speaker is None and want is None) or (
            p.speaker is not None and want is not None and fold(p.speaker) == fold(want)
        ):
            res.speaker_ok += 1
        else:
            res.errors.append(f"speaker {p.speaker!r} != {want!r} for {g['quote'][:40]!r}")
        if bool(g.get("partial")) == p.partial:
            res.partial_ok += 1
    for i, p in enumerate(preds):
        if i not in used:
            res.fp += 1
            res.errors.append(f"spurious {p.quote[:50]!r} ({p.speaker})")
    return res


def summarise(results: list[CaseResult]) -> dict[str, float]:
    tp = sum(r.tp for r in results)
    fp = sum(r.fp for r in results)
    fn = sum(r.fn for r in results)
    p, r, f1 = prf(tp, fp, fn)
    spk = sum(x.speaker_ok for x in results) / tp if tp else 0.0
    part = sum(x.partial_ok for x in results) / tp if tp else 0.0
    hard = [x for x in results if x.hard]
    return {
        "cases": len(results),
        "gold": tp + fn,
        "precision": p,
        "recall": r,
        "f1": f1,
        "speaker_accuracy": spk,
        "partial_accuracy": part,
        "hard_passed": sum(x.perfect for x in hard),
        "hard_total": len(hard),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--show", action="store_true", help="print every failure")
    args = ap.parse_args(argv)
    results = [score_case(c) for path in args.cases for c in load_cases(path)]
    s = summarise(results)
    print(
        f"cases {s['cases']}  gold quotes {s['gold']}  P {s['precision']:.3f}  R {s['recall']:.3f}"
        f"  F1 {s['f1']:.3f}  speaker acc {s['speaker_accuracy']:.3f}"
        f"  partial acc {s['partial_accuracy']:.3f}  hard cases {s['hard_passed']}/{s['hard_total']}"
    )
    failed = [r for r in results if not r.perfect]
    if failed:
        print(f"{len(failed)} case(s) with errors" + ("" if args.show else " (--show to list)"))
        if args.show:
            for r in failed:
                print(f"  {r.name}{' [hard]' if r.hard else ''}: " + "; ".join(r.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

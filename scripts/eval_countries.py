"""Evaluate the gazetteer on the hand-written cases: precision, recall, F1 of (surface, code).

Usage: .venv/bin/python scripts/eval_countries.py [tests/cases/countries.jsonl] [-v]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from caselib import case_path, prf, print_failures, read_jsonl  # scripts/ is on sys.path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "cases" / "countries.jsonl"


def load_cases(path: Path = DEFAULT) -> list[dict]:
    return read_jsonl(path)


def evaluate(cases: list[dict]) -> dict:
    """Micro precision/recall/F1 over (surface, code) pairs; lists the cases that differ."""
    from newsdigest.annotate.countries import find_mentions

    tp = fp = fn = 0
    failures = []
    for case in cases:
        gold = Counter((s, c) for s, c in case["mentions"])
        pred = Counter((m.text, m.code) for m in find_mentions(case["text"]))
        hit = sum((gold & pred).values())
        tp += hit
        fp += sum(pred.values()) - hit
        fn += sum(gold.values()) - hit
        if gold != pred:
            failures.append(
                {"text": case["text"], "gold": sorted(gold), "pred": sorted(pred), "hard": case["hard"]}
            )
    p, r, f = prf(tp, fp, fn)
    return {
        "cases": len(cases),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": p,
        "recall": r,
        "f1": f,
        "failures": failures,
    }


def main() -> None:
    res = evaluate(load_cases(case_path(sys.argv[1:], DEFAULT)))
    print(f"cases {res['cases']}  tp {res['tp']}  fp {res['fp']}  fn {res['fn']}")
    print(f"precision {res['precision']:.3f}  recall {res['recall']:.3f}  F1 {res['f1']:.3f}")
    if "-v" in sys.argv:
        print_failures(res["failures"])


if __name__ == "__main__":
    main()

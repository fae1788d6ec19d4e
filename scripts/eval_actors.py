"""Score actor finding (people and institutions with title and country) on hand-written cases.

Cases (``tests/cases/actors.jsonl``): one JSON object a line, ``{"name", "hard", "text",
"actors": [{"name", "title", "country", "kind"}], "refs": {name: [surface forms that must be
among the actor's spans]}, "absent": [names that must not be found]}``. People are matched
on the full name (accent- and case-insensitive); precision/recall/F1 are printed for
people and for institutions, then title and country accuracy over matched actors whose
gold value is given, and reference (span) recall. Run from the repo root:
``.venv/bin/python scripts/eval_actors.py [CASES.jsonl ...] [--show]``.
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
from newsdigest.models import Actor, Article
from newsdigest.sentences import split_sentences

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "cases" / "actors.jsonl"


def load_cases(path: Path = DEFAULT) -> list[dict[str, Any]]:
    return read_jsonl(path)


def predict(text: str, name: str = "case") -> list[Actor]:
    article = Article(id=name, path=None, text=text)
    return find_actors(article, split_sentences(text), find_mentions(text))


@dataclass
class CaseResult:
    name: str
    hard: bool
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        return not self.errors

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n


def score_case(case: dict[str, Any]) -> CaseResult:
    text = case["text"]
    res = CaseResult(case["name"], bool(case.get("hard")))
    preds = predict(text, case["name"])
    for kind, tag in (("person", "p"), ("institution", "i")):
        gold = [g for g in case["actors"] if g["kind"] == kind]
        pred = {fold(a.name): a for a in preds if a.kind == kind}
        matched: set[str] = set()
        for g in gold:
            a = pred.get(fold(g["name"]))
            if a is None:
                res.add(f"{tag}_fn")
                res.errors.append(f"missed {kind} {g['name']!r}")
                continue
            matched.add(fold(g["name"]))
            res.add(f"{tag}_tp")
            for attr in ("title", "country"):
                want = g.get(attr)
                if want is None:
                    continue
                res.add(f"{attr}_n")
                got = getattr(a, attr)
                if got is not None and fold(got) == fold(want):
                    res.add(f"{attr}_ok")
                else:
                    res.errors.append(f"{g['name']}: {attr} {got!r} != {want!r}")
            forms = [fold(text[s:e]) for s, e in a.spans]
            for ref in case.get("refs", {}).get(g["name"], []):
                res.add("ref_n")
                if fold(ref) in forms:
                    res.add("ref_ok")
                else:
                    res.errors.append(f"{g['name']}: reference {ref!r} not in spans")
        for key, a in pred.items():
            # institutions are optional in gold: they count as false positives only in a
            # case that lists institutions
            if key not in matched and (
                kind == "person" or any(g["kind"] == "institution" for g in case["actors"])
            ):
                res.add(f"{tag}_fp")
                res.errors.append(f"spurious {kind} {a.name!r}")
    found = {fold(a.name) for a in preds}
    for name in case.get("absent", []):
        if fold(name) in found:
            res.errors.append(f"found absent {name!r}")
    return res


def summarise(results: list[CaseResult]) -> dict[str, float]:
    c: dict[str, int] = {}
    for r in results:
        for k, v in r.counts.items():
            c[k] = c.get(k, 0) + v
    pp, pr, pf = prf(c.get("p_tp", 0), c.get("p_fp", 0), c.get("p_fn", 0))
    ip, ir, if1 = prf(c.get("i_tp", 0), c.get("i_fp", 0), c.get("i_fn", 0))
    hard = [x for x in results if x.hard]
    return {
        "cases": len(results),
        "person_precision": pp,
        "person_recall": pr,
        "person_f1": pf,
        "institution_precision": ip,
        "institution_recall": ir,
        "institution_f1": if1,
        "title_accuracy": c.get("title_ok", 0) / max(1, c.get("title_n", 0)),
        "country_accuracy": c.get("country_ok", 0) / max(1, c.get("country_n", 0)),
        "reference_recall": c.get("ref_ok", 0) / max(1, c.get("ref_n", 0)),
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
        f"cases {s['cases']}  persons P {s['person_precision']:.3f} R {s['person_recall']:.3f}"
        f" F1 {s['person_f1']:.3f}  institutions P {s['institution_precision']:.3f}"
        f" R {s['institution_recall']:.3f} F1 {s['institution_f1']:.3f}"
    )
    print(
        f"title acc {s['title_accuracy']:.3f}  country acc {s['country_accuracy']:.3f}"
        f"  reference recall {s['reference_recall']:.3f}  hard cases {s['hard_passed']}/{s['hard_total']}"
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

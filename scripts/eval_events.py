"""Evaluate the events annotator on the hand-written cases.

Dyad detection: precision, recall and F1 of directed (source, target) pairs per case;
quad accuracy: the share of detected gold dyads whose quad class is right as well.
Cases may list actors (people) as [name, country]; they are passed to find_events the way
the actors annotator would, with every occurrence of the name as a span.

Usage: .venv/bin/python scripts/eval_events.py [tests/cases/events.jsonl] [-v] [--structural-only]

--structural-only switches the lexicon and the dependency-parse path off, so that every event
comes from the structural fallback (subject actor, finite verb, object actor): a development
measure of the fallback alone on case sets the lexicon was already fitted to.
"""

from __future__ import annotations

import sys
from pathlib import Path

from caselib import case_path, prf, print_failures, read_jsonl  # scripts/ is on sys.path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "cases" / "events.jsonl"


def load_cases(path: Path = DEFAULT) -> list[dict]:
    return read_jsonl(path)


def predict(case: dict) -> list[tuple[str, str, int]]:
    from newsdigest.annotate.countries import find_mentions
    from newsdigest.annotate.events import find_events
    from newsdigest.models import Actor, Article
    from newsdigest.sentences import split_sentences

    text = case["text"]
    actors = []
    for name, country in case.get("actors", []):
        spans = []
        at = text.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = text.find(name, at + 1)
        actors.append(Actor(name=name, country=country, spans=spans))
    art = Article(id="case", path=None, text=text)
    events = find_events(art, split_sentences(text), find_mentions(text), actors, [])
    return [(e.source, e.target, e.quad) for e in events]


def score(gold: list[tuple[str, str, int]], pred: list[tuple[str, str, int]]) -> tuple[int, int, int, int]:
    """(dyad true positives, exact-quad matches among them, false positives, false negatives)."""
    g = list(gold)
    p = list(pred)
    exact = 0
    for item in list(p):
        if item in g:
            g.remove(item)
            p.remove(item)
            exact += 1
    dyad = exact
    for s, t, q in list(p):
        match = next((x for x in g if x[0] == s and x[1] == t), None)
        if match is not None:
            g.remove(match)
            p.remove((s, t, q))
            dyad += 1
    return dyad, exact, len(p), len(g)


def evaluate(cases: list[dict]) -> dict:
    tp = exact = fp = fn = 0
    failures = []
    for case in cases:
        gold = [tuple(x) for x in case["events"]]
        pred = predict(case)
        d, e, a, b = score(gold, pred)  # type: ignore[arg-type]
        tp, exact, fp, fn = tp + d, exact + e, fp + a, fn + b
        if a or b or d != e:
            failures.append(
                {"text": case["text"], "gold": gold, "pred": pred, "hard": case.get("hard", False)}
            )
    p, r, f = prf(tp, fp, fn)
    quad = exact / tp if tp else 0.0
    return {
        "cases": len(cases),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": p,
        "recall": r,
        "f1": f,
        "quad_accuracy": quad,
        "failures": failures,
    }


def _lexicon_off() -> None:
    import re

    from newsdigest.annotate import events

    never = re.compile(r"(?!x)x")
    events._lexicon = lambda: ([], never)  # type: ignore[assignment]
    events.parse_events = lambda *args, **kwargs: []  # type: ignore[assignment]  # the parse path too


def main() -> None:
    if "--structural-only" in sys.argv:
        _lexicon_off()
    res = evaluate(load_cases(case_path(sys.argv[1:], DEFAULT)))
    print(f"cases {res['cases']}  dyads tp {res['tp']}  fp {res['fp']}  fn {res['fn']}")
    print(
        f"dyad precision {res['precision']:.3f}  recall {res['recall']:.3f}  F1 {res['f1']:.3f}  "
        f"quad accuracy {res['quad_accuracy']:.3f}"
    )
    if "-v" in sys.argv:
        print_failures(res["failures"])


if __name__ == "__main__":
    main()

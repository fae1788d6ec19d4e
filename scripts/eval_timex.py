"""Score ``find_times`` against gold time expressions.

Two kinds of gold:

* the project's cases (default ``tests/cases/timex.jsonl``): one JSON object a line,
  ``{"text", "pubdate", "expected": [[expression, value], ...], "must"}``; each gold
  expression is located in ``text`` left to right;
* TimeML files (``--timeml DIR``, TempEval-3 ``.tml``): the TIMEX3 tags inside
  ``<TEXT>`` are the gold, and the document creation time (the TIMEX3 with
  ``functionInDocument="CREATION_TIME"``, else ``<DCT>``) is the publication date.

Prints precision/recall/F1 of extents (exact and overlapping) and of values (an
overlapping pair whose values are equal counts, as in TempEval-3), plus the type
accuracy on overlapping pairs.

    .venv/bin/python scripts/eval_timex.py [--cases FILE] [--timeml DIR] [--errors]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from caselib import prf  # noqa: E402  (scripts/ is on sys.path)

from newsdigest.annotate.timex import find_times  # noqa: E402
from newsdigest.models import Article  # noqa: E402
from newsdigest.sentences import split_sentences  # noqa: E402


@dataclass
class Span:
    start: int
    end: int
    value: str
    type: str = ""
    text: str = ""


@dataclass
class Doc:
    name: str
    text: str
    pubdate: str | None
    gold: list[Span]
    must: bool = False


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    exact: int = 0
    overlap: int = 0
    value: int = 0
    type_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        return prf(tp, pred - tp, gold - tp)

    def table(self) -> dict[str, tuple[float, float, float]]:
        return {
            "extent exact": self.prf(self.exact, self.pred, self.gold),
            "extent overlap": self.prf(self.overlap, self.pred, self.gold),
            "value": self.prf(self.value, self.pred, self.gold),
        }


def load_cases(path: Path) -> list[Doc]:
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        text = rec["text"]
        gold, cursor = [], 0
        for item in rec["expected"]:
            expr, value = item[0], item[1]
            at = text.find(expr, cursor)
            if at < 0:
                raise ValueError(f"{path}:{n}: {expr!r} not in text")
            gold.append(Span(at, at + len(expr), value, item[2] if len(item) > 2 else "", expr))
            cursor = at + len(expr)
        docs.append(Doc(f"{path.name}:{n}", text, rec.get("pubdate"), gold, bool(rec.get("must"))))
    return docs


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def load_timeml(path: Path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    dct = None
    for m in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value", "")[:10]
            break
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else raw
    out: list[str] = []
    gold: list[Span] = []
    pos = 0
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) == "TIMEX3":
            if m.group(1) == "":
                open_timex = (length, dict(_ATTR.findall(m.group(3))))
            elif open_timex is not None:
                s, attrs = open_timex
                gold.append(Span(s, length, attrs.get("value", ""), attrs.get("type", "")))
                open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for g in gold:
        g.text = text[g.start : g.end]
    return Doc(path.name, text, dct, gold)


def score_docs(docs: list[Doc]) -> Score:
    sc = Score()
    for doc in docs:
        art = Article(id=doc.name, path=None, text=doc.text, date=doc.pubdate)
        pred = [
            Span(t.start, t.end, t.value, t.type, t.expression)
            for t in find_times(art, split_sentences(doc.text))
        ]
        sc.gold += len(doc.gold)
        sc.pred += len(pred)
        used: set[int] = set()
        for g in doc.gold:
            match = None
            for i, p in enumerate(pred):
                if i not in used and p.start < g.end and g.start < p.end:
                    match = i
                    if p.start == g.start and p.end == g.end:
                        break
            if match is None:
                sc.errors.append(f"{doc.name}: missed {g.text!r} = {g.value} ({doc.pubdate})")
                continue
            used.add(match)
            p = pred[match]
            sc.overlap += 1
            sc.exact += p.start == g.start and p.end == g.end
            if p.value == g.value:
                sc.value += 1
            else:
                sc.errors.append(
                    f"{doc.name}: {g.text!r} gold {g.value}, got {p.text!r} = {p.value} ({doc.pubdate})"
                )
            if not g.type or p.type == g.type:
                sc.type_ok += 1
        for i, p in enumerate(pred):
            if i not in used:
                sc.errors.append(f"{doc.name}: spurious {p.text!r} = {p.value}")
    return sc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=Path, default=ROOT / "tests" / "cases" / "timex.jsonl")
    ap.add_argument("--timeml", type=Path, help="a directory of TimeML .tml files")
    ap.add_argument("--errors", action="store_true", help="list every miss and wrong value")
    args = ap.parse_args(argv)
    docs = (
        [load_timeml(p) for p in sorted(args.timeml.rglob("*.tml"))]
        if args.timeml
        else load_cases(args.cases)
    )
    sc = score_docs(docs)
    print(f"documents {len(docs)}  gold {sc.gold}  predicted {sc.pred}")
    for name, (p, r, f) in sc.table().items():
        print(f"{name:15s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if sc.overlap:
        print(f"type accuracy (overlapping pairs) {sc.type_ok / sc.overlap:.3f}")
    if args.errors:
        for e in sc.errors:
            print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

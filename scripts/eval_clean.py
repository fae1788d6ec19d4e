"""Score the cleaning stage on the dev set (/work/shared/dev/clean) with 4-word shingles.

For each input kind (.page.txt, .w3m.txt, .html) it prints precision, recall and F1 of
newsdigest's cleaner against the gold bodies, next to a baseline: the uncleaned dump for
the text kinds, trafilatura's default ``extract`` for HTML. Runs offline from the repo root:
``.venv/bin/python scripts/eval_clean.py [--dev DIR] [--worst N]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsdigest.clean import clean_source
from newsdigest.clean.score import corpus_scores, doc_scores
from newsdigest.encoding import decode
from newsdigest.errors import InputError
from newsdigest.models import Source

DEFAULT_DEV = Path("/work/shared/dev/clean")
KINDS = (("page.txt", "text"), ("w3m.txt", "text"), ("html", "html"))


def ours(path: Path, kind: str) -> str:
    src = Source(id=path.name, path=str(path), data=path.read_bytes(), kind=kind)
    try:
        return clean_source(src).text
    except InputError:
        return ""


def baseline(path: Path, kind: str) -> str:
    text, _ = decode(path.read_bytes())
    if kind == "html":
        import trafilatura

        return trafilatura.extract(text) or ""
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--worst", type=int, default=0, help="list the N worst documents per kind")
    args = ap.parse_args(argv)
    golds = sorted(args.dev.glob("*.gold.txt"))
    if not golds:
        print(f"no *.gold.txt in {args.dev}", file=sys.stderr)
        return 1
    rows = []
    for suffix, kind in KINDS:
        base_pairs, our_pairs, per_doc = [], [], []
        t0 = time.perf_counter()
        elapsed = 0.0
        for gold_path in golds:
            doc = gold_path.name[: -len(".gold.txt")]
            path = args.dev / f"{doc}.{suffix}"
            if not path.exists():
                continue
            gold = gold_path.read_text(encoding="utf-8")
            t1 = time.perf_counter()
            pred = ours(path, kind)
            elapsed += time.perf_counter() - t1
            our_pairs.append((gold, pred))
            base_pairs.append((gold, baseline(path, kind)))
            p, r = doc_scores(gold, pred)
            per_doc.append((doc, p or 0.0, r or 0.0))
        base_name = "trafilatura default" if kind == "html" else "uncleaned"
        rows.append((suffix, base_name, *corpus_scores(base_pairs), len(base_pairs), None))
        rows.append((suffix, "newsdigest", *corpus_scores(our_pairs), len(our_pairs), elapsed))
        if args.worst:
            print(f"worst {suffix}:")
            for doc, p, r in sorted(per_doc, key=lambda x: 2 * x[1] * x[2] / (x[1] + x[2] + 1e-9))[
                : args.worst
            ]:
                print(f"  {doc[:12]}  P={p:.3f} R={r:.3f}")
        _ = t0
    print(f"{'input':<9} {'method':<20} {'P':>6} {'R':>6} {'F1':>6} {'docs':>5} {'ms/doc':>7}")
    for suffix, name, p, r, f1, n, el in rows:
        ms = f"{1000 * el / n:7.1f}" if el is not None and n else "      -"
        print(f"{suffix:<9} {name:<20} {p:6.3f} {r:6.3f} {f1:6.3f} {n:5d} {ms}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

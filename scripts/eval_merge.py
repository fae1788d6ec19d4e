"""Benchmark the merge digest: time and memory of build_digest over N annotated articles.

    .venv/bin/python scripts/eval_merge.py --n 1000            # BBC bench articles
    .venv/bin/python scripts/eval_merge.py --n 1000 --cache /tmp/ann1000.pkl

Annotation (the other stages) is timed separately from ``build_digest``; with ``--cache``
the annotations are pickled once and reused, so the digest itself can be measured quickly.
Also checks that shuffling the input gives byte-identical JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from caselib import BENCH  # scripts/ is on sys.path

ROOT = Path(__file__).resolve().parent.parent


def _annotate(rec: dict) -> object:
    from newsdigest.annotate import annotate
    from newsdigest.clean import clean_source
    from newsdigest.models import Source

    src = Source(id=rec["id"], path=None, text=rec["text"], kind="text", title=rec.get("title"))
    return annotate(clean_source(src, None, 20_000_000))


def load(n: int, cache: str | None, jobs: int) -> tuple[list, float]:
    if cache and os.path.exists(cache):
        with open(cache, "rb") as fh:
            return pickle.load(fh), 0.0
    recs = []
    with open(BENCH, encoding="utf-8") as fh:
        for line in fh:
            recs.append(json.loads(line))
            if len(recs) >= n:
                break
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as ex:
        annotated = list(ex.map(_annotate, recs, chunksize=16))
    took = time.perf_counter() - t0
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(annotated, fh)
    return annotated, took


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--cache")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    import psutil

    from newsdigest.annotate import date_undated
    from newsdigest.digest import build_digest

    annotated, t_ann = load(args.n, args.cache, args.jobs)
    date_undated(annotated, None)
    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    t0 = time.perf_counter()
    digest = build_digest(annotated)
    t_dig = time.perf_counter() - t0
    rss1 = proc.memory_info().rss
    first = digest.to_json()
    out = json.dumps(first, ensure_ascii=False)
    shuffled = list(annotated)
    random.Random(1).shuffle(shuffled)
    again = build_digest(shuffled).to_json()
    same = json.dumps(again, ensure_ascii=False) == out
    for key, value in first.items():
        if again[key] != value:
            print(f"order changed section {key!r}", file=sys.stderr)
    clauses = sum(len(a.sentences) for a in annotated)
    print(
        f"articles={len(annotated)} sentences={clauses} annotate_s={t_ann:.1f} "
        f"digest_s={t_dig:.2f} rss_mb={rss1 / 2**20:.0f} (+{(rss1 - rss0) / 2**20:.0f}) "
        f"pair={digest.pair} summary={len(digest.summary)} timeline={len(digest.timeline)} "
        f"corroborated={len(digest.corroborated)} unique={len(digest.unique)} order_invariant={same}"
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

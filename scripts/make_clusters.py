"""Same-story article clusters for the multi-document summary evaluation (DUC-2004-like).

Usage: .venv/bin/python scripts/make_clusters.py [--show]

How the clusters are built (deterministic, no reference summary is looked at):

1. Every article of the BBC bench corpus (2,225 articles, which includes the 100 dev
   articles) is reduced to its *names*: capitalised words (3+ letters, not stop words) and
   runs of capitalised words, lower-cased, from the title and body.
2. A name is *rare* when at most ``RARE_DF`` bench articles contain it (about 1 %); two
   articles' similarity is the summed IDF ``log(N / df)`` of the rare names they share, so two
   articles about the same Yukos court case share "Khodorkovsky", "Yugansk", "Rosneft", ...,
   while two articles that only both mention "BMW" do not reach the threshold.
3. The 100 dev articles (the ones with reference summaries) are grouped by average-linkage
   agglomerative clustering on that similarity, merging while the mean pairwise similarity
   of the two groups is at least ``LINK``; groups of 2 or more dev articles are kept.
4. Each group is extended with bench articles that are not in the dev set, best first, while
   their mean similarity to the group's dev articles is at least ``LINK``, up to ``MAX_SIZE``
   articles in all (an article joins at most one cluster); clusters with at least
   ``MIN_SIZE`` articles are kept.

So a cluster is several same-story articles like a DUC topic; only its dev members have
reference summaries (see scripts/eval_summ.py for how the references are used).
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

from caselib import BENCH, read_jsonl  # scripts/ is on sys.path
from caselib import DEV_SUMM as DEV

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdigest.vectors import STOP_WORDS  # noqa: E402

RARE_DF = 20
LINK = 15.0
MAX_SIZE = 10
MIN_SIZE = 4
_CAPS = re.compile(r"\b[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+)*")


def names(title: str, text: str) -> set[str]:
    """Capitalised words and runs of capitalised words, lower-cased."""
    out: set[str] = set()
    for m in _CAPS.finditer(title + "\n" + text):
        toks = [w for w in m.group(0).split() if w.lower() not in STOP_WORDS]
        out.update(w.lower() for w in toks if len(w) > 2)
        if len(toks) > 1:
            out.add(" ".join(toks).lower())
    return out


load = read_jsonl


def build(dev: list[dict], bench: list[dict]) -> list[dict]:
    """Clusters as dicts: ``dev`` (indices into ``dev``) and ``extra`` (indices into ``bench``)."""
    bench_names = [names(r["title"], r["text"]) for r in bench]
    df: Counter[str] = Counter()
    for ns in bench_names:
        df.update(ns)
    n = len(bench)

    def rare(ns: set[str]) -> dict[str, float]:
        return {w: math.log(n / df[w]) for w in ns if 0 < df[w] <= RARE_DF}

    dev_rare = [rare(names(r["title"], r["text"])) for r in dev]
    bench_rare = [rare(ns) for ns in bench_names]

    def sim(a: dict[str, float], b: dict[str, float]) -> float:
        return sum(v for w, v in a.items() if w in b)

    # Average-linkage agglomeration of the dev articles.
    groups = [[i] for i in range(len(dev))]
    pair = {(i, j): sim(dev_rare[i], dev_rare[j]) for i in range(len(dev)) for j in range(len(dev)) if i < j}

    def link(g: list[int], h: list[int]) -> float:
        return sum(pair[min(a, b), max(a, b)] for a in g for b in h) / (len(g) * len(h))

    while True:
        best, bi, bj = LINK, -1, -1
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                s = link(groups[i], groups[j])
                if s >= best and (bi < 0 or s > best):
                    best, bi, bj = s, i, j
        if bi < 0:
            break
        groups[bi] = sorted(groups[bi] + groups[bj])
        del groups[bj]
    groups = [g for g in groups if len(g) >= 2]

    # Extend with same-story bench articles (not in the dev set).
    dev_keys = {(r["title"], r["text"][:200]) for r in dev}
    free = [k for k, r in enumerate(bench) if (r["title"], r["text"][:200]) not in dev_keys]
    offers: list[tuple[float, int, int]] = []
    for gi, g in enumerate(groups):
        for k in free:
            s = sum(sim(dev_rare[i], bench_rare[k]) for i in g) / len(g)
            if s >= LINK:
                offers.append((s, gi, k))
    taken: set[int] = set()
    extra: list[list[int]] = [[] for _ in groups]
    for _s, gi, k in sorted(offers, key=lambda o: (-o[0], o[1], o[2])):
        if k in taken or len(groups[gi]) + len(extra[gi]) >= MAX_SIZE:
            continue
        taken.add(k)
        extra[gi].append(k)
    clusters = [
        {"dev": g, "extra": sorted(e)}
        for g, e in zip(groups, extra, strict=True)
        if len(g) + len(e) >= MIN_SIZE
    ]
    return sorted(clusters, key=lambda c: c["dev"][0])


def main() -> None:
    dev, bench = load(DEV), load(BENCH)
    clusters = build(dev, bench)
    for c in clusters:
        print(f"{len(c['dev'])} dev + {len(c['extra'])} bench:")
        for i in c["dev"]:
            print(f"   * {dev[i]['id']}: {dev[i]['title']}")
        if "--show" in sys.argv:
            for k in c["extra"]:
                print(f"     {bench[k]['id']}: {bench[k]['title']}")


if __name__ == "__main__":
    main()

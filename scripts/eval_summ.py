"""Evaluate sentence splitting and every summary method on the BBC business dev set.

Usage: .venv/bin/python scripts/eval_summ.py [--data PATH] [--methods m1,m2] [--skip SECTIONS]

Prints, in Markdown:

1. Sentence splitting: share of the reference sentences (whole article sentences copied by
   the annotators) that each splitter reproduces exactly as one of its sentences, and the
   time per article (rules splitter vs pysbd).
2. Single-article ROUGE-1/2/L F1 (rouge-score package, ``RougeScorer(["rouge1", "rouge2",
   "rougeL"], use_stemmer=True)``, no stop-word removal, rougeL = sentence-level LCS, mean over
   articles) for every method at 3 sentences and at as many sentences as the reference has.
3. Robustness variants, to avoid tuning to one publisher's style (BBC's references favour
   central sentences):
   * ``rotated``: each article's first paragraph moved to its end (the reference is
     unchanged), so the opening sentences are no longer the summary-worthy ones; a method
     that only trusts position collapses, one that reads the content should not;
   * ``headline check``: a lead-favouring reference: ROUGE recall of the article's headline
     (written by the publisher, not extractive) by 1- and 3-sentence summaries made without
     the title. Headlines paraphrase the opening, so this rewards the lead the way
     lead-heavy publishers' references do; no method sees the title here.
4. Clusters: ROUGE-1/2 recall of 100-word multi-document summaries (summaries never exceed
   100 words, whole sentences only; references are not truncated).
   The cluster set is built from the same 100 articles: TF-IDF vectors over whole articles
   (title + body, content-word stems, smoothed IDF over the 100 articles), average-linkage
   agglomerative clustering on cosine distance (scipy) cut into 15 clusters; a cluster larger
   than 10 is re-clustered the same way into ceil(size / 8) parts (recursively); clusters of
   4 articles or more are kept. A cluster's reference is the concatenation of its
   articles' reference summaries, in article order.
5. Time per article of ``auto`` (split + summarise, no cleaning) over the dev set.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdigest.models import Article  # noqa: E402
from newsdigest.sentences import split_sentences  # noqa: E402
from newsdigest.summarize import METHODS, Length, summarize_sentences  # noqa: E402

DATA = ROOT.parent / "shared" / "dev" / "summ" / "bbc-business-dev.jsonl"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def scorer(kinds: list[str]):  # type: ignore[no-untyped-def]
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(kinds, use_stemmer=True)


def eval_splitting(rows: list[dict]) -> None:
    print("## Sentence splitting\n")
    print("| splitter | reference sentences reproduced | ms / article |")
    print("| --- | ---: | ---: |")
    for engine in ("rules", "pysbd"):
        split_sentences("Warm up. Done.", engine=engine)
        hit = tot = 0
        t0 = time.perf_counter()
        splits = [split_sentences(r["text"], engine=engine) for r in rows]
        dt = (time.perf_counter() - t0) / len(rows) * 1000
        for r, ss in zip(rows, splits, strict=True):
            got = {s.text for s in ss}
            tot += len(r["reference_sentences"])
            hit += sum(rs in got for rs in r["reference_sentences"])
        print(f"| {engine} | {hit / tot:.4f} ({hit}/{tot}) | {dt:.2f} |")
    print()


def rotate(text: str) -> str:
    paras = text.split("\n\n")
    return "\n\n".join(paras[1:] + paras[:1]) if len(paras) > 1 else text


def eval_single(rows: list[dict], methods: list[str]) -> None:
    sc = scorer(["rouge1", "rouge2", "rougeL"])
    prepared = []
    for r in rows:
        prepared.append((r, split_sentences(r["text"]), split_sentences(rotate(r["text"]))))
    # (name, summary length, 1 = article / 2 = rotated article, reference, measure, title given)
    settings = [
        ("3 sentences", lambda r: Length(sentences=3), 1, "reference", "fmeasure", True),
        (
            "reference length",
            lambda r: Length(sentences=len(r["reference_sentences"])),
            1,
            "reference",
            "fmeasure",
            True,
        ),
        (
            "rotated, reference length",
            lambda r: Length(sentences=len(r["reference_sentences"])),
            2,
            "reference",
            "fmeasure",
            True,
        ),
        ("headline check, 1 sentence", lambda r: Length(sentences=1), 1, "title", "recall", False),
        ("headline check, 3 sentences", lambda r: Length(sentences=3), 1, "title", "recall", False),
    ]
    results: dict[str, dict[str, list[float]]] = {}
    timing: dict[str, float] = {}
    for m in methods:
        t0 = time.perf_counter()
        res: dict[str, list[float]] = {}
        for name, length_of, which, ref_key, attr, with_title in settings:
            vals: list[list[float]] = [[], [], []]
            for row in prepared:
                r = row[0]
                summ = summarize_sentences(row[which], r["title"] if with_title else None, m, length_of(r))
                s = sc.score(r[ref_key], " ".join(x.text for x in summ))
                for k, key in enumerate(("rouge1", "rouge2", "rougeL")):
                    vals[k].append(getattr(s[key], attr))
            res[name] = [statistics.mean(v) for v in vals]
        results[m] = res
        timing[m] = (time.perf_counter() - t0) / (len(rows) * len(settings)) * 1000
    for name, _, _, _, attr, _ in settings:
        metric = "recall" if attr == "recall" else "F1"
        print(f"## Single article, {name} (ROUGE {metric} x 100)\n")
        print("| method | R-1 | R-2 | R-L | ms/article |")
        print("| --- | ---: | ---: | ---: | ---: |")
        best2 = max(results[m][name][1] for m in methods)
        for m in methods:
            r1, r2, rl = results[m][name]
            mark = " **best**" if r2 == best2 else ""
            print(f"| {m} | {100 * r1:.2f} | {100 * r2:.2f}{mark} | {100 * rl:.2f} | {timing[m]:.1f} |")
        print()


def build_clusters(rows: list[dict], max_size: int = 10, min_size: int = 4) -> list[list[int]]:
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import pdist

    from newsdigest.vectors import idf, terms, tfidf

    toks = [terms(r["title"] + "\n" + r["text"]) for r in rows]
    weights = idf(toks)
    vecs = [tfidf(t, weights) for t in toks]
    vocab = sorted(weights)
    index = {t: i for i, t in enumerate(vocab)}
    m = np.zeros((len(rows), len(vocab)))
    for r, v in enumerate(vecs):
        for t, x in v.items():
            m[r, index[t]] = x

    def groups_of(members: list[int], k: int) -> list[list[int]]:
        z = linkage(pdist(m[members], metric="cosine"), method="average")
        labels = fcluster(z, t=k, criterion="maxclust")
        groups: dict[int, list[int]] = {}
        for i, lab in zip(members, labels, strict=True):
            groups.setdefault(int(lab), []).append(i)
        return sorted(groups.values(), key=lambda g: g[0])

    def cut(members: list[int]) -> list[list[int]]:
        if len(members) <= max_size:
            return [members]
        parts = groups_of(members, -(-len(members) // 8))
        if len(parts) == 1:
            return [members[:max_size]]
        return [c for p in parts for c in cut(p)]

    clusters = [c for g in groups_of(list(range(len(rows))), 15) for c in cut(g)]
    return [sorted(c) for c in clusters if len(c) >= min_size]


def eval_clusters(rows: list[dict], methods: list[str], words: int = 100) -> None:
    from newsdigest.summarize.cluster import summarize_cluster

    clusters = build_clusters(rows)
    sc = scorer(["rouge1", "rouge2"])
    print(f"## Clusters: {words}-word summaries, ROUGE recall x 100\n")
    print(
        f"{len(clusters)} clusters of sizes {[len(c) for c in clusters]} "
        f"({sum(len(c) for c in clusters)} of {len(rows)} articles; "
        "TF-IDF average-linkage clustering into 15 clusters, clusters > 10 re-split, "
        "size >= 4 kept; reference = the members' reference summaries concatenated).\n"
    )
    print("| method | R-1 recall | R-2 recall | max s / cluster |")
    print("| --- | ---: | ---: | ---: |")
    split = [split_sentences(r["text"]) for r in rows]
    for m in methods:
        r1, r2, worst = [], [], 0.0
        for c in clusters:
            docs = [(rows[i]["id"], split[i]) for i in c]
            t0 = time.perf_counter()
            picks = summarize_cluster(docs, words=words, method=m)
            worst = max(worst, time.perf_counter() - t0)
            assert sum(len(p.sentence.text.split()) for p in picks) <= words
            ref = " ".join(rows[i]["reference"] for i in c)
            s = sc.score(ref, " ".join(p.sentence.text for p in picks))
            r1.append(s["rouge1"].recall)
            r2.append(s["rouge2"].recall)
        print(f"| {m} | {100 * statistics.mean(r1):.2f} | {100 * statistics.mean(r2):.2f} | {worst:.3f} |")
    print()


def eval_timing(rows: list[dict]) -> None:
    from newsdigest.summarize import summarize

    arts = [Article(r["id"], None, r["text"], title=r["title"]) for r in rows]
    summarize(arts[0])
    times = []
    for a in arts:
        t0 = time.perf_counter()
        summarize(a, "auto", Length(sentences=3))
        times.append(time.perf_counter() - t0)
    times.sort()
    words = statistics.mean(a.words for a in arts)
    print(f"## Timing of auto (split + summarise, one core, mean article {words:.0f} words)\n")
    print(
        f"mean {1000 * statistics.mean(times):.2f} ms, median {1000 * times[len(times) // 2]:.2f} ms, "
        f"p95 {1000 * times[int(len(times) * 0.95)]:.2f} ms per article\n"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--methods", default=",".join(METHODS))
    ap.add_argument("--cluster-methods", default="auto,concepts,centroid,mmr,lexrank,textrank,lead")
    ap.add_argument("--skip", default="", help="sections to skip: split,single,cluster,timing")
    args = ap.parse_args()
    rows = load(args.data)
    skip = set(args.skip.split(","))
    t0 = time.perf_counter()
    print(f"Data: {args.data.name}, {len(rows)} articles.\n")
    if "split" not in skip:
        eval_splitting(rows)
    if "single" not in skip:
        eval_single(rows, args.methods.split(","))
    if "cluster" not in skip:
        eval_clusters(rows, args.cluster_methods.split(","))
    if "timing" not in skip:
        eval_timing(rows)
    print(f"(evaluation took {time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()

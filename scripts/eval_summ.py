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
4. Lead-style proxy on the bench corpus: headline recall (as above) of 1- and 3-sentence
   summaries over every second article of the 2,225-article BBC corpus (five categories),
   split into articles under 26 sentences and long ones (26+, CNN/wire-like length).
5. Sensitivity of auto: the dev F1 and bench headline recall with each weight halved/doubled.
6. Clusters: ROUGE-1/2 recall of 100-word multi-document summaries (never over 100 words,
   whole sentences only). Same-story clusters come from scripts/make_clusters.py (dev
   articles grouped by shared rare names, then extended with same-story bench articles, up
   to 10). Scored twice: *dev-only* (each cluster's 2-4 dev articles; mean recall over the
   members' references, each taken separately) and *extended* (all 4-10 members; the same
   multi-reference recall, plus recall of all members' headlines joined).
7. Time per article of ``auto`` (split + summarise, no cleaning) over the dev set.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from functools import cache
from pathlib import Path

from caselib import BENCH, DEV_SUMM, LONG, read_jsonl, scorer  # scripts/ is on sys.path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdigest.models import Article  # noqa: E402
from newsdigest.sentences import split_sentences  # noqa: E402
from newsdigest.summarize import METHODS, Length, summarize_sentences  # noqa: E402

DATA = DEV_SUMM


load = read_jsonl


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


def load_clusters(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Same-story clusters (scripts/make_clusters.py) and the bench corpus they draw on."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_clusters

    bench = make_clusters.load(make_clusters.BENCH)
    return make_clusters.build(rows, bench), bench


def cluster_references(rows: list[dict], bench: list[dict], cluster: dict) -> tuple[list[str], str]:
    """(each dev member's reference summary, the headlines of all members joined)."""
    refs = [rows[i]["reference"] for i in cluster["dev"]]
    titles = [rows[i]["title"] for i in cluster["dev"]] + [bench[k]["title"] for k in cluster["extra"]]
    return refs, " . ".join(titles)


def eval_clusters(rows: list[dict], methods: list[str], words: int = 100) -> dict[str, tuple[float, ...]]:
    from newsdigest.summarize.cluster import summarize_cluster

    clusters, bench = load_clusters(rows)
    sc = scorer(["rouge1", "rouge2"])
    sizes = [len(c["dev"]) + len(c["extra"]) for c in clusters]
    n_dev = sum(len(c["dev"]) for c in clusters)
    print(f"## Clusters: {words}-word summaries, ROUGE recall x 100\n")
    print(
        f"{len(clusters)} same-story clusters (scripts/make_clusters.py) of {sizes} articles: "
        f"{n_dev} dev articles with references, the rest same-story bench articles. "
        "*dev-only*: each cluster's dev articles alone (2-4 articles), scored by the mean recall "
        "over the members' references (each reference separately, then averaged, as ROUGE-1.5.5 "
        "does with several references). *extended*: all members (4-10 articles, DUC-like size); "
        "multi-ref as above (only dev members have references, so it favours their sentences) and "
        "headlines = recall of all members' headlines joined (short, abstractive, lead-leaning).\n"
    )
    print(
        "| method | dev-only R-1 | dev-only R-2 | extended R-1 | extended R-2 "
        "| ext. headlines R-1 | ext. headlines R-2 | max s / cluster |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    split_dev = [split_sentences(r["text"]) for r in rows]
    split_bench = {k: split_sentences(bench[k]["text"]) for c in clusters for k in c["extra"]}
    results: dict[str, tuple[float, ...]] = {}
    for m in methods:
        vals: list[list[float]] = [[] for _ in range(6)]
        worst = 0.0
        for c in clusters:
            refs, headlines = cluster_references(rows, bench, c)
            own = [(rows[i]["id"], split_dev[i]) for i in c["dev"]]
            extended = own + [(bench[k]["id"], split_bench[k]) for k in c["extra"]]
            for part, docs in enumerate((own, extended)):
                t0 = time.perf_counter()
                picks = summarize_cluster(docs, words=words, method=m)
                worst = max(worst, time.perf_counter() - t0)
                assert sum(len(p.sentence.text.split()) for p in picks) <= words
                summary = " ".join(p.sentence.text for p in picks)
                per_ref = [sc.score(ref, summary) for ref in refs]
                vals[2 * part].append(statistics.mean(x["rouge1"].recall for x in per_ref))
                vals[2 * part + 1].append(statistics.mean(x["rouge2"].recall for x in per_ref))
                if part == 1:
                    s = sc.score(headlines, summary)
                    vals[4].append(s["rouge1"].recall)
                    vals[5].append(s["rouge2"].recall)
        res = tuple(100 * statistics.mean(v) for v in vals)
        results[m] = res
        print(f"| {m} | " + " | ".join(f"{x:.2f}" for x in res) + f" | {worst:.3f} |")
    print()
    return results


def headline_recall(method: str, prepared: list[tuple[dict, list]], k: int) -> float:
    sc = scorer(["rouge2"])
    vals = []
    for r, sents in prepared:
        summ = summarize_sentences(sents, None, method, Length(sentences=k))
        vals.append(sc.score(r["title"], " ".join(x.text for x in summ))["rouge2"].recall)
    return 100 * statistics.mean(vals) if vals else 0.0


@cache  # the headline check and the sensitivity table share it
def bench_sample() -> tuple[list[tuple[dict, list]], list[tuple[dict, list]]]:
    """Every second bench article, split into (short, long) by sentence count."""
    bench = load(BENCH)[::2]
    prepared = [(r, split_sentences(r["text"])) for r in bench]
    return [p for p in prepared if len(p[1]) < LONG], [p for p in prepared if len(p[1]) >= LONG]


def eval_bench_headlines(methods: list[str]) -> None:
    short, long = bench_sample()
    print("## Lead-style proxy: headline check on the bench corpus (ROUGE-2 recall x 100)\n")
    print(
        f"Every second article of {BENCH.name} ({len(short)} under {LONG} sentences, {len(long)} of "
        f"{LONG} or more); the summary is made without the title and scored by its recall of the "
        "headline's bigrams. Headlines paraphrase the lead, so this is what lead-favouring, short, "
        "abstractive references reward.\n"
    )
    print("| method | short, 1 sentence | short, 3 sentences | long, 1 sentence | long, 3 sentences |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for m in methods:
        vals = [headline_recall(m, part, k) for part in (short, long) for k in (1, 3)]
        print(f"| {m} | " + " | ".join(f"{v:.2f}" for v in vals) + " |")
    print()


def eval_sensitivity(rows: list[dict]) -> None:
    """auto's R-2 on dev and on the headline proxy with each weight halved and doubled."""
    from newsdigest.summarize import auto

    sc = scorer(["rouge2"])
    dev = [(r, split_sentences(r["text"])) for r in rows]
    short, long = bench_sample()

    def dev_f1(length_of) -> float:  # type: ignore[no-untyped-def]
        vals = []
        for r, sents in dev:
            summ = summarize_sentences(sents, r["title"], "auto", length_of(r))
            vals.append(sc.score(r["reference"], " ".join(x.text for x in summ))["rouge2"].fmeasure)
        return 100 * statistics.mean(vals)

    print("## Sensitivity of auto (R-2 x 100; each weight halved / doubled, the others kept)\n")
    print("| setting | dev F1, 3 sent. | dev F1, ref. length | headline short 1 / 3 | headline long 1 / 3 |")
    print("| --- | ---: | ---: | ---: | ---: |")
    base = {k: getattr(auto, k) for k in ("W_POS", "BUDGET_SCALE", "W_LEN")}
    variants = [("chosen", {})] + [(f"{k} x {f}", {k: v * f}) for k, v in base.items() for f in (0.5, 2.0)]
    variants.append(("no lead prior (W_POS 0)", {"W_POS": 0.0}))
    for name, change in variants:
        for k, v in change.items():
            setattr(auto, k, v)
        try:
            d3 = dev_f1(lambda r: Length(sentences=3))
            dr = dev_f1(lambda r: Length(sentences=len(r["reference_sentences"])))
            h = [headline_recall("auto", part, k) for part in (short, long) for k in (1, 3)]
        finally:
            for k, v in base.items():
                setattr(auto, k, v)
        print(f"| {name} | {d3:.2f} | {dr:.2f} | {h[0]:.2f} / {h[1]:.2f} | {h[2]:.2f} / {h[3]:.2f} |")
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
    ap.add_argument("--cluster-methods", default=",".join(METHODS))
    ap.add_argument("--bench-methods", default="auto,lead,textrank,reduction")
    ap.add_argument("--skip", default="", help="sections to skip: split,single,bench,sens,cluster,timing")
    args = ap.parse_args()
    rows = load(args.data)
    skip = set(args.skip.split(","))
    t0 = time.perf_counter()
    print(f"Data: {args.data.name}, {len(rows)} articles.\n")
    if "split" not in skip:
        eval_splitting(rows)
    if "single" not in skip:
        eval_single(rows, args.methods.split(","))
    if "bench" not in skip:
        eval_bench_headlines(args.bench_methods.split(","))
    if "sens" not in skip:
        eval_sensitivity(rows)
    if "cluster" not in skip:
        eval_clusters(rows, args.cluster_methods.split(","))
    if "timing" not in skip:
        eval_timing(rows)
    print(f"(evaluation took {time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()

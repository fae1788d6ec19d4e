"""Speed and memory of the newsdigest CLI against its targets (``make bench``).

Each figure is the median of several runs. Peak RSS is sampled over the whole process tree
(parent plus worker processes, summed) every 20 ms with psutil. "cores" is CPU time of the
tree divided by wall time (2.0 = two cores busy all along).

    .venv/bin/python scripts/bench.py            # full: 1,000 articles, 3 runs each
    .venv/bin/python scripts/bench.py --quick    # 300 articles, 1 run each
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from caselib import BENCH  # scripts/ is on sys.path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = BENCH
SAMPLE = ROOT / "samples" / "turkey-offers-russia-joint-operations.txt"
BIN = Path(sys.executable).parent / "newsdigest"
CLI = [str(BIN)] if BIN.exists() else [sys.executable, "-m", "newsdigest"]


@dataclass
class Run:
    wall: float
    peak_mb: float
    cpu: float
    status: int


@dataclass
class Row:
    name: str
    value: float
    unit: str
    target: str
    ok: bool | None
    note: str = ""
    extra: dict = field(default_factory=dict)


def measure(args: list[str]) -> Run:
    """Run ``args`` once; wall time, peak RSS of the process tree, CPU seconds of this run."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("FORCE_COLOR", None)
    out = tempfile.TemporaryFile()  # noqa: SIM115  (closed below, after the run)
    # CPU of every finished descendant is in RUSAGE_CHILDREN: this run's is the difference
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
    ps = psutil.Process(proc.pid)
    peak = 0.0
    while proc.poll() is None:
        total = 0.0
        try:
            procs = [ps, *ps.children(recursive=True)]
        except psutil.Error:
            procs = []
        for p in procs:
            with contextlib.suppress(psutil.Error):
                total += p.memory_info().rss
        peak = max(peak, total / 1e6)
        time.sleep(0.02)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    out.close()
    return Run(wall, peak, cpu, proc.returncode)


def repeat(args: list[str], runs: int) -> tuple[float, float, float, int]:
    """Median wall, median peak MB, median cores used, last status."""
    walls, peaks, cores = [], [], []
    last = None
    for _ in range(runs):
        r = measure(args)
        walls.append(r.wall)
        peaks.append(r.peak_mb)
        cores.append(r.cpu / r.wall if r.wall else 0.0)
        last = r
    assert last is not None
    return (
        statistics.median(walls),
        statistics.median(peaks),
        statistics.median(cores),
        last.status,
    )


def corpus_file(n: int, folder: Path) -> Path:
    path = folder / f"bench-{n}.jsonl"
    if not path.exists():
        with CORPUS.open("rb") as src, path.open("wb") as dst:
            for i, line in enumerate(src):
                if i >= n:
                    break
                dst.write(line)
    return path


def bench_cluster(runs: int) -> float:
    """Seconds for --method concepts on a 10-article cluster (in-process, median)."""
    from newsdigest.sentences import split_sentences
    from newsdigest.summarize.cluster import summarize_cluster

    docs = []
    with CORPUS.open() as fh:
        for line in fh:
            rec = json.loads(line)
            if "oil" in rec["text"].lower():
                docs.append((rec["id"], split_sentences(rec["text"])))
            if len(docs) == 10:
                break
    summarize_cluster(docs[:2], words=50, method="concepts")  # imports, caches
    times = []
    for _ in range(max(3, runs)):
        t = time.perf_counter()
        summarize_cluster(docs, words=120, method="concepts")
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="300 articles, one run each")
    ap.add_argument("--runs", type=int, default=None, help="runs per figure (default 3, quick 1)")
    ap.add_argument("--articles", type=int, default=None, help="corpus size (default 1000, quick 300)")
    ap.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = ap.parse_args(argv)
    runs = args.runs or (1 if args.quick else 3)
    n = args.articles or (300 if args.quick else 1000)
    rows: list[Row] = []
    cores_available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()

    def report(row: Row) -> None:
        rows.append(row)
        mark = "-" if row.ok is None else ("pass" if row.ok else "FAIL")
        print(
            f"  {row.name:<42} {row.value:>10.3f} {row.unit:<11} {row.target:<14} {mark:<5} {row.note}",
            flush=True,
        )

    print(f"newsdigest bench: {n} articles, {runs} run(s) per figure, {cores_available} cores", flush=True)
    print(f"  {'figure':<42} {'value':>10} {'unit':<11} {'target':<14} {'':<5} notes")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = corpus_file(n, folder)

        wall, _, _, _ = repeat([*CLI, "--help"], max(5, runs))
        report(Row("newsdigest --help", wall * 1000, "ms", "<= 150 ms", wall <= 0.150))
        wall, peak, _, status = repeat([*CLI, "summarize", str(SAMPLE)], max(3, runs))
        report(Row("summarize one sample", wall * 1000, "ms", "<= 600 ms", wall <= 0.600 and status == 0))

        def throughput(name: str, cmd: list[str], target: float, rss_target: float | None = None) -> None:
            wall, peak, cores, status = repeat([*CLI, *cmd, str(data), "--input-format", "jsonl"], runs)
            rate = n / wall
            note = f"wall {wall:.2f}s, {cores:.2f} cores" + ("" if status == 0 else f", exit {status}")
            report(Row(f"{name} articles/s", rate, "articles/s", f">= {target:g}", rate >= target, note))
            if rss_target is not None:
                report(
                    Row(f"{name} peak RSS (tree)", peak, "MB", f"<= {rss_target:g} MB", peak <= rss_target)
                )
            else:
                report(Row(f"{name} peak RSS (tree)", peak, "MB", "", None))

        throughput("summarize --format jsonl", ["summarize", "--format", "jsonl"], 150, 300)
        throughput("summarize --method auto", ["summarize", "--method", "auto", "--format", "jsonl"], 150)
        for command in ("quotes", "timeline", "events"):
            throughput(f"{command} --format jsonl", [command, "--format", "jsonl"], 100)

        merge_walls = {}
        for size in (n // 4, n // 2, n):
            part = corpus_file(size, folder)
            wall, peak, cores, status = repeat(
                [*CLI, "merge", str(part), "--input-format", "jsonl", "--format", "json"], runs
            )
            merge_walls[size] = wall
            note = f"{cores:.2f} cores" + ("" if status == 0 else f", exit {status}")
            target_ok = wall <= 30 * size / 1000
            report(
                Row(f"merge {size} articles wall", wall, "s", f"<= {30 * size / 1000:g} s", target_ok, note)
            )
            report(Row(f"merge {size} articles peak RSS (tree)", peak, "MB", "<= 1000 MB", peak <= 1000))
        ratio = merge_walls[n] / merge_walls[n // 2]
        report(Row(f"merge ratio {n}/{n // 2}", ratio, "x", "<= 2.3", ratio <= 2.3))

    t = bench_cluster(runs)
    report(Row("concepts on a 10-article cluster", t, "s", "<= 1 s", t <= 1.0))
    failed = [r.name for r in rows if r.ok is False]
    print(
        f"\n{len(rows) - len(failed)} of {len(rows)} figures met or informational; failed: {failed or 'none'}"
    )
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], indent=1))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

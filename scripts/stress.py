"""Stress run (``make stress``): ``newsdigest merge`` over a folder mixing good articles with
hostile files, then a report: every good article in the digest, every hostile file named on
stderr, peak memory of the process tree, wall time.

    .venv/bin/python scripts/stress.py [--good 1000] [--hostile 100] [--keep]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from caselib import BENCH  # scripts/ is on sys.path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = BENCH
sys.path.insert(0, str(ROOT / "tests"))

from conftest import ARTICLE, hostile_files  # noqa: E402  (the hostile kinds of the test suite)

# Kinds that may be processed or refused, but never crash the run.
TOLERATED = [
    "nul-inside",
    "invalid-utf8",
    "utf16-bom",
    "utf16-le-nobom",
    "cp1252-crlf",
    "mixed-line-ends",
    "html-nested",
    "html-scripts-only",
    "billion-laughs",
    "arabic",
    "cyrillic",
    "chinese",
    "emoji-symbols",
]


def build(folder: Path, good: int, hostile: int, seed: int = 7) -> tuple[list[str], list[str], list[str]]:
    """Write the mix; return (good paths, must-fail paths, tolerated paths)."""
    rng = random.Random(seed)
    good_paths: list[str] = []
    with CORPUS.open() as fh:
        for i, line in enumerate(fh):
            if i >= good:
                break
            rec = json.loads(line)
            sub = folder / f"batch{i % 10}"
            sub.mkdir(parents=True, exist_ok=True)
            path = sub / f"{rec['id']}.txt"
            path.write_text(f"{rec['title']}\n\n{rec['text']}\n", encoding="utf-8")
            good_paths.append(str(path))
    kinds = hostile_files(folder / ".kinds")  # hidden: the walk skips it
    must_fail: list[str] = []
    tolerated: list[str] = []
    hdir = folder / "hostile"
    hdir.mkdir()
    specials = ["fifo", "link-loop", "broken-link", "random-binary", "oversize"]
    # the kinds the test suite says must be refused, each by a line on stderr
    failing = [k for k, (_, must) in kinds.items() if must is False]
    plan = [failing[i % len(failing)] for i in range(hostile)]
    for i, special in enumerate(specials):
        if i < len(plan):
            plan[-(i + 1)] = special
    for i, kind in enumerate(plan):
        path = hdir / f"h{i:03d}-{kind}.txt"
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "link-loop":
            path.symlink_to(path.name)
        elif kind == "broken-link":
            path.symlink_to("does-not-exist.txt")
        elif kind == "random-binary":
            path.write_bytes(bytes(rng.randrange(256) for _ in range(20000)))
        elif kind == "oversize":
            with path.open("w") as out:
                for _ in range(1000):
                    out.write(ARTICLE * 100)  # ~23 MB > the default --max-bytes
        else:
            shutil.copy(kinds[kind][0], path)
        must_fail.append(str(path))
    for i, kind in enumerate(TOLERATED):
        path = hdir / f"t{i:03d}-{kind}.txt"
        shutil.copy(kinds[kind][0], path)
        tolerated.append(str(path))
    shutil.rmtree(folder / ".kinds")
    return good_paths, must_fail, tolerated


def run_merge(folder: Path, extra: list[str]) -> tuple[int, bytes, str, float, float]:
    """Run merge; return status, stdout, stderr, wall seconds, peak RSS MB of the tree."""
    cli = Path(sys.executable).parent / "newsdigest"
    args = [str(cli) if cli.exists() else sys.executable, *([] if cli.exists() else ["-m", "newsdigest"])]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [*args, "merge", str(folder), "--format", "json", *extra],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
        )
        ps = psutil.Process(proc.pid)
        peak = 0.0
        while proc.poll() is None:
            total = 0
            with contextlib.suppress(psutil.Error):
                for p in [ps, *ps.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        total += p.memory_info().rss
            peak = max(peak, total / 1e6)
            time.sleep(0.02)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return proc.returncode, out.read(), err.read().decode("utf-8", "replace"), wall, peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--good", type=int, default=1000)
    ap.add_argument("--hostile", type=int, default=100)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--timeout", default="60", help="--timeout passed to newsdigest")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="newsdigest-stress-"))
    try:
        good, must_fail, tolerated = build(tmp / "in", args.good, args.hostile)
        status, out, err, wall, peak = run_merge(tmp / "in", ["--timeout", args.timeout])
        problems: list[str] = []
        if "Traceback" in err:
            problems.append("a traceback on stderr")
        try:
            digest = json.loads(out)
        except ValueError:
            digest = {"articles": []}
            problems.append("stdout is not one JSON value")
        in_digest = {a["id"] for a in digest.get("articles", [])}
        named = {line.split(": ")[1] for line in err.splitlines() if line.startswith("newsdigest: ")}
        good_in = sum(p in in_digest for p in good)
        fail_named = sum(p in named for p in must_fail)
        tol_ok = sum((p in in_digest) != (p in named) for p in tolerated)
        stray = [line for line in err.splitlines() if not line.startswith("newsdigest: ")]
        if good_in != len(good):
            problems.append(f"{len(good) - good_in} good articles missing from the digest")
        if fail_named != len(must_fail):
            missing = [p for p in must_fail if p not in named][:5]
            problems.append(f"{len(must_fail) - fail_named} hostile files not named: {missing}")
        if tol_ok != len(tolerated):
            problems.append("a tolerated hostile file was neither processed nor named exactly once")
        if status != 1:
            problems.append(f"exit status {status}, expected 1")
        if stray:
            problems.append(f"{len(stray)} stderr lines not in the 'newsdigest: NAME: reason' form")
        print(
            f"newsdigest stress: merge over {len(good)} good + {len(must_fail)} hostile "
            f"+ {len(tolerated)} odd-but-readable files"
        )
        print(f"  good articles in the digest : {good_in} / {len(good)}")
        print(f"  hostile files named         : {fail_named} / {len(must_fail)}")
        print(
            f"  odd files processed or named: {tol_ok} / {len(tolerated)} "
            f"({sum(p in in_digest for p in tolerated)} processed)"
        )
        print(f"  exit status                 : {status}")
        print(f"  wall time                   : {wall:.1f} s")
        print(f"  peak RSS (process tree)     : {peak:.0f} MB")
        print(
            "  result                      : " + ("PASS" if not problems else "FAIL: " + "; ".join(problems))
        )
        return 1 if problems else 0
    finally:
        if args.keep:
            print(f"  kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

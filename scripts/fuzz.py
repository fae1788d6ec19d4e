"""Fuzz ingestion (decoding) and cleaning (``make fuzz``; not part of CI).

Uses atheris (coverage-guided) when it is installed, otherwise hypothesis with a large
example budget, for ``--seconds`` (default 600). Every input goes through

    decode(bytes) -> sanitised text -> clean (text or HTML) -> sentence split

and these must hold: only DecodeError/InputError are raised; decoded text has no NUL,
no CR and no terminal control characters; the text cleaner's body is made of input lines
(each body line is contained in a decoded line: the dateline prefix may be stripped);
``text[s.start:s.end] == s.text`` for every sentence; no input takes more than
``--slow`` seconds. Findings are printed once per distinct kind and written to
``--findings`` (default /tmp/newsdigest-fuzz) as files to turn into regression tests.

    .venv/bin/python scripts/fuzz.py --seconds 120
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import re
import signal
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\u2028\u2029]")
SEEDS = [
    ROOT / "samples" / "turkey-offers-russia-joint-operations.txt",
    ROOT / "samples" / "tasnim-turkey-ready-to-cooperate.txt",
    ROOT / "samples" / "html-page-china-us-trade-talks.html",
    ROOT / "samples" / "cp1252-crlf-turkish-exporters-return-to-russia.txt",
]


class Slow(Exception):
    pass


class Findings:
    def __init__(self, folder: Path, slow: float) -> None:
        self.folder = folder
        self.slow = slow
        self.seen: dict[str, int] = {}
        self.runs = 0
        folder.mkdir(parents=True, exist_ok=True)

    def record(self, key: str, data: bytes, detail: str) -> None:
        self.seen[key] = self.seen.get(key, 0) + 1
        if self.seen[key] > 1:
            return
        name = hashlib.sha1(data).hexdigest()[:12]
        (self.folder / f"finding-{name}.bin").write_bytes(data)
        (self.folder / f"finding-{name}.txt").write_text(f"{key}\n{detail}\n")
        print(
            f"\nFINDING {key}\n  input: {self.folder / f'finding-{name}.bin'} ({len(data)} bytes)"
            f"\n  {detail.strip()[:1500]}\n",
            flush=True,
        )


def check_one(data: bytes, findings: Findings) -> None:
    """Run the pipeline on ``data`` and record any broken invariant."""
    from newsdigest.clean import clean_source, looks_like_html
    from newsdigest.encoding import DecodeError, decode
    from newsdigest.errors import InputError
    from newsdigest.models import Source
    from newsdigest.sentences import split_sentences

    findings.runs += 1

    def alarm(signum: int, frame: object) -> None:
        raise Slow

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, findings.slow)
    stage = "decode"
    try:
        try:
            text, _ = decode(data)
        except DecodeError:
            return
        if _CONTROL.search(text) or "\r" in text:
            bad = _CONTROL.search(text) or re.search("\r", text)
            findings.record("decode: control character left in text", data, repr(bad.group(0) if bad else ""))
        stage = "clean"
        try:
            article = clean_source(Source(id="fuzz", path=None, data=data))
        except InputError:
            return
        if not looks_like_html(text):
            lines = [line.strip() for line in text.split("\n")]
            for body_line in article.text.split("\n"):
                body_line = body_line.strip()
                if body_line and not any(body_line in line for line in lines):
                    findings.record(
                        "clean: a body line that is not (part of) an input line", data, repr(body_line[:200])
                    )
                    break
        stage = "split"
        for s in split_sentences(article.text):
            if article.text[s.start : s.end] != s.text:
                findings.record("split: sentence offsets do not match its text", data, repr(s))
                break
    except Slow:
        findings.record(f"{stage}: slower than {findings.slow:g} s", data, f"{len(data)} bytes")
    except Exception as exc:
        tb = traceback.extract_tb(exc.__traceback__)[-1]
        key = f"{stage}: {type(exc).__name__} at {Path(tb.filename).name}:{tb.lineno}"
        findings.record(key, data, "".join(traceback.format_exception(exc)[-6:]))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def run_atheris(seconds: int, findings: Findings) -> None:
    import atheris

    with atheris.instrument_imports():
        import newsdigest.clean  # noqa: F401
        import newsdigest.clean.text  # noqa: F401
        import newsdigest.encoding  # noqa: F401
        import newsdigest.sentences  # noqa: F401

    corpus = findings.folder / "corpus"
    corpus.mkdir(exist_ok=True)
    for seed in SEEDS:
        if seed.exists():
            (corpus / seed.name).write_bytes(seed.read_bytes())

    def one(data: bytes) -> None:
        check_one(data, findings)

    atheris.Setup(
        [sys.argv[0], f"-max_total_time={seconds}", "-max_len=20000", "-timeout=30", str(corpus)],
        one,
    )
    atheris.Fuzz()


def run_hypothesis(seconds: int, findings: Findings) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    seeds = [s.read_bytes() for s in SEEDS if s.exists()]
    pieces = st.sampled_from(
        [
            "\n",
            "\r\n",
            "\r",
            " ",
            ".",
            "<p>",
            "</p>",
            "<div>",
            "<script>",
            "&amp;",
            "\x00",
            "\ufeff",
            "☝",
            "♨",
            "∯",
            "ȸ",
            "TEHRAN (Tasnim) - ",
            "ANKARA, 12 March 2017 - ",
            "[Getty]",
            "2 min read",
            "Share this",
            "Turkey",
            "Russia",
            "said",
            '"',
            "\u201c",
            "\u201d",
            "é",
            "Ж",
            "中",
            "\x1b[2J",
            "\u2028",
        ]
    )
    texts = st.lists(st.one_of(pieces, st.text(max_size=40)), max_size=60).map("".join)
    encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"])

    def encode(text: str, enc: str) -> bytes:
        return text.encode(enc, errors="replace")

    data_strategy = st.one_of(
        st.binary(max_size=2000),
        st.builds(encode, texts, encodings),
        st.builds(
            lambda s, i, j: s[:i] + s[j:],
            st.sampled_from(seeds or [b""]),
            st.integers(0, 3000),
            st.integers(0, 3000),
        ),
        st.builds(
            lambda s, b, i: s[:i] + b + s[i:],
            st.sampled_from(seeds or [b""]),
            st.binary(max_size=20),
            st.integers(0, 3000),
        ),
    )
    deadline = time.monotonic() + seconds

    @settings(max_examples=10_000_000, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data_strategy)
    def fuzz(data: bytes) -> None:
        if time.monotonic() > deadline:
            raise TimeoutError
        check_one(data, findings)

    with contextlib.suppress(TimeoutError):
        fuzz()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=int, default=600)
    ap.add_argument("--slow", type=float, default=5.0, help="an input taking longer is a finding")
    ap.add_argument("--findings", type=Path, default=Path("/tmp/newsdigest-fuzz"))
    ap.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    findings = Findings(args.findings, args.slow)
    print(
        f"fuzzing decode+clean+split with {engine} for {args.seconds} s; findings in {args.findings}",
        flush=True,
    )
    start = time.monotonic()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if engine == "atheris" and args.child:
        run_atheris(args.seconds, findings)  # libFuzzer exits the process itself
        return 0
    try:
        if engine == "atheris":
            # libFuzzer ends the process when time is up: run it in a child, summarise here.
            import subprocess

            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--engine",
                    "atheris",
                    "--child",
                    "--seconds",
                    str(args.seconds),
                    "--slow",
                    str(args.slow),
                    "--findings",
                    str(args.findings),
                ],
                check=False,
            )
            for txt in sorted(args.findings.glob("finding-*.txt")):
                if txt.stat().st_mtime >= time.time() - (time.monotonic() - start) - 1:
                    key = txt.read_text().split("\n", 1)[0]
                    findings.seen[key] = findings.seen.get(key, 0) + 1
        else:
            run_hypothesis(args.seconds, findings)
    finally:
        took = time.monotonic() - start
        runs = f"{findings.runs} inputs" if engine != "atheris" else "libFuzzer's stats above"
        print(f"\n{runs}; {took:.0f} s; {len(findings.seen)} distinct findings")
        for key, count in sorted(findings.seen.items()):
            print(f"  {count:>6}  {key}")
    return 1 if findings.seen else 0


if __name__ == "__main__":
    sys.exit(main())

"""The command-line contract's basics, through real pipes."""

from __future__ import annotations

import json

from conftest import SEED_ONE, SEED_TWO, run_cli


def test_help_lists_every_command() -> None:
    proc = run_cli("--help")
    assert proc.returncode == 0
    out = proc.stdout.decode()
    for command in ("clean", "summarize", "merge", "quotes", "timeline", "events"):
        assert command in out


def test_summarize_json_follows_contract() -> None:
    proc = run_cli("summarize", str(SEED_ONE), str(SEED_TWO), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert len(records) == 2
    for rec in records:
        assert {"id", "path", "title", "date", "method", "sentences"} <= rec.keys()
        positions = [s["position"] for s in rec["sentences"]]
        assert positions == sorted(positions)
        assert len(positions) == 3


def test_missing_file_is_one_line_and_others_still_processed() -> None:
    proc = run_cli("summarize", "/nonexistent/file.txt", str(SEED_TWO), "--format", "jsonl")
    assert proc.returncode == 1
    err = proc.stderr.decode().strip().splitlines()
    assert err == ["newsdigest: /nonexistent/file.txt: no such file or directory"]
    assert len(proc.stdout.decode().strip().splitlines()) == 1


def test_binary_stdin_rejected_without_traceback() -> None:
    proc = run_cli("summarize", "-", stdin=b"\x00\x01\x02\xff")
    assert proc.returncode == 1
    assert b"Traceback" not in proc.stderr
    assert proc.stderr.decode().startswith("newsdigest: <stdin>:")


def test_conflicting_lengths_are_a_usage_error() -> None:
    proc = run_cli("summarize", str(SEED_ONE), "--sentences", "2", "--words", "50")
    assert proc.returncode == 2

"""Every output format of ``clean`` and ``summarize`` through a real pipe, parsed back;
terminals (via a pty), NO_COLOR, markup-looking text, usage errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import NEWSDIGEST, ROOT, SEED_ONE, SEED_TWO, cli_env, run_cli

CLEAN_FIELDS = {"id", "path", "title", "date", "source", "dateline", "language", "text", "removed"}
SUMMARY_FIELDS = {"id", "path", "title", "date", "method", "sentences"}
SEEDS = [str(SEED_ONE), str(SEED_TWO)]


def _records(command: str) -> list[dict]:
    proc = run_cli(command, *SEEDS, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("command", ["clean", "summarize"])
def test_json_and_jsonl_agree_and_follow_the_contract(command: str) -> None:
    records = _records(command)
    proc = run_cli(command, *SEEDS, "--format", "jsonl")
    assert proc.returncode == 0
    lines = proc.stdout.decode().splitlines()
    assert [json.loads(line) for line in lines] == records
    fields = CLEAN_FIELDS if command == "clean" else SUMMARY_FIELDS
    for rec, seed in zip(records, SEEDS, strict=True):
        assert fields <= rec.keys()
        assert rec["id"] == rec["path"] == seed
    if command == "clean":
        assert records[0]["date"] == "2016-08-11"
        assert all({"line", "reason"} == r.keys() for rec in records for r in rec["removed"])
    else:
        for rec in records:
            assert {"text", "position", "score"} <= rec["sentences"][0].keys()


@pytest.mark.parametrize("command", ["clean", "summarize"])
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_delimited_formats_parse_back(command: str, fmt: str) -> None:
    records = _records(command)
    proc = run_cli(command, *SEEDS, "--format", fmt)
    assert proc.returncode == 0
    text = proc.stdout.decode()
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
    else:
        lines = text.splitlines()
        header = lines[0].split("\t")
        unescape = {"\\t": "\t", "\\n": "\n", "\\r": "\r", "\\\\": "\\"}

        def cell(value: str) -> str:
            import re

            return re.sub(r"\\[tnr\\]", lambda m: unescape[m.group(0)], value)

        rows = [dict(zip(header, map(cell, line.split("\t")), strict=True)) for line in lines[1:]]
    if command == "clean":
        assert [r["id"] for r in rows] == SEEDS
        for row, rec in zip(rows, records, strict=True):
            assert row["text"] == rec["text"]
            assert row["title"] == (rec["title"] or "")
    else:
        expected = [(rec["id"], s["text"]) for rec in records for s in rec["sentences"]]
        assert [(r["id"], r["text"]) for r in rows] == expected
        assert all(float(r["score"]) >= 0 or True for r in rows)


@pytest.mark.parametrize("command", ["clean", "summarize"])
def test_text_and_markdown_are_plain_and_stable(command: str) -> None:
    records = _records(command)
    for fmt in ("text", "markdown", "auto"):
        proc = run_cli(command, *SEEDS, "--format", fmt)
        assert proc.returncode == 0
        out = proc.stdout.decode()
        assert "\x1b" not in out
        assert run_cli(command, *SEEDS, "--format", fmt).stdout == proc.stdout
        for rec in records:
            assert (rec["title"] or rec["id"]) in out
            if command == "summarize":
                for s in rec["sentences"]:
                    assert s["text"] in out
    assert run_cli(command, *SEEDS).stdout == run_cli(command, *SEEDS, "--format", "text").stdout


def test_markup_in_text_survives_in_tables(tmp_path: Path) -> None:
    art = tmp_path / "markup.txt"
    art.write_text(
        "Leaders [bold]x[/bold] meet\n\n"
        "Turkey said [bold]x[/bold] and the photo [Getty] showed [red]nothing[/red] at all. "
        "Russia replied :smile: on Monday.\n"
    )
    for command in ("clean", "summarize"):
        proc = run_cli(command, str(art), "--format", "table")
        assert proc.returncode == 0, proc.stderr
        out = proc.stdout.decode()
        assert "[bold]x[/bold]" in out
        assert "[Getty]" in out
        assert "[red]nothing[/red]" in out
        assert ":smile:" in out
        assert "\x1b" not in out  # forced to a non-terminal: no escapes


def test_long_sentence_is_not_wrapped_in_a_pipe(tmp_path: Path) -> None:
    art = tmp_path / "long.txt"
    sentence = (
        "Turkey and Russia " + "discussed energy and trade and tourism and security " * 10 + "on Monday."
    )
    assert len(sentence) > 500
    art.write_text("Headline here\n\n" + sentence + " They agreed.\n")
    for command, fmt in (("summarize", "text"), ("summarize", "markdown"), ("clean", "text")):
        out = run_cli(command, str(art), "--format", fmt).stdout.decode()
        assert any(sentence in line for line in out.splitlines()), (command, fmt)


def _on_pty(*args: str, env: dict[str, str] | None = None, stdin_tty: bool = True) -> tuple[int, str]:
    """Run with stdout (and stdin) on a pseudo-terminal; return (status, output)."""
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [*NEWSDIGEST, *args],
        stdin=slave if stdin_tty else subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=cli_env({"COLUMNS": "100", "TERM": "xterm-256color", **(env or {})}),
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(60)
    os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_table_on_a_terminal_and_no_color() -> None:
    status, out = _on_pty("summarize", str(SEED_ONE))
    assert status == 0
    assert "┃" in out or "│" in out  # a Rich table
    assert "Turkey offers Russia joint operations" in out
    assert "\x1b[" in out  # styled on a terminal
    status, out = _on_pty("summarize", str(SEED_ONE), env={"NO_COLOR": "1"})
    assert status == 0
    assert "│" in out and "\x1b[" not in out
    proc = run_cli("summarize", str(SEED_ONE), "--format", "table", env={"NO_COLOR": "1"})
    assert b"\x1b[" not in proc.stdout


def test_table_shows_title_date_source_before_sentences() -> None:
    proc = run_cli("clean", str(SEED_ONE), "--format", "table")
    out = proc.stdout.decode()
    title = out.index("Turkey offers Russia joint operations")
    date = out.index("2016-08-11")
    body = out.index("Cavusoglu")
    assert title < date < body


def test_no_path_on_a_terminal_prints_help() -> None:
    for args in ((), ("summarize",), ("clean",)):
        status, out = _on_pty(*args)
        assert status in (0, 2)
        assert "Usage: newsdigest" in out


def test_no_path_with_piped_stdin_reads_stdin() -> None:
    proc = run_cli("summarize", "--format", "json", stdin=SEED_ONE.read_bytes())
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)[0]
    assert rec["id"] == "<stdin>" and rec["path"] is None
    assert rec["title"] == "Turkey offers Russia joint operations against IS in Syria"


@pytest.mark.parametrize(
    "args",
    [
        ["clean", "--bogus", str(SEED_ONE)],
        ["clean", "--format", "yaml", str(SEED_ONE)],
        ["summarize", "--format", "", str(SEED_ONE)],
        ["timeline", "--pubdate", "2016-13-01", str(SEED_ONE)],
        ["timeline", "--pubdate", "yesterday", str(SEED_ONE)],
        ["merge", "--pair", "TURKEY-RUSSIA", str(SEED_ONE)],
        ["merge", "--pair", "TUR:", str(SEED_ONE)],
        ["summarize", "--sentences", "2", "--ratio", "0.5", str(SEED_ONE)],
        ["summarize", "--words", "20", "--sentences", "2", str(SEED_ONE)],
        ["summarize", "--sentences", "0", str(SEED_ONE)],
        ["clean", "--encoding", "no-such-codec", str(SEED_ONE)],
        ["frobnicate", str(SEED_ONE)],
    ],
)
def test_usage_errors_exit_2_without_output(args: list[str]) -> None:
    proc = run_cli(*args)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == b""
    assert b"Traceback" not in proc.stderr
    assert proc.stderr.strip()


def test_exit_status_one_when_one_input_fails() -> None:
    proc = run_cli("clean", str(SEED_ONE), "/nonexistent.txt", "--format", "json")
    assert proc.returncode == 1
    assert [r["id"] for r in json.loads(proc.stdout)] == [str(SEED_ONE)]


def test_forced_encoding_is_used(tmp_path: Path) -> None:
    art = tmp_path / "latin.txt"
    art.write_bytes("Headline\n\nThe café in Ankara said Turkey and Russia met.\n".encode("cp1252"))
    proc = run_cli("clean", str(art), "--encoding", "cp1252", "--format", "json")
    assert "The café in Ankara" in json.loads(proc.stdout)[0]["text"]
    proc = run_cli("clean", str(art), "--encoding", "koi8-r", "--format", "json")
    assert "The caf" in json.loads(proc.stdout)[0]["text"]
    assert "café" not in json.loads(proc.stdout)[0]["text"]


def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    art = tmp_path / "ru.txt"
    art.write_text("Заголовок\n\nРоссия и Турция договорились о сотрудничестве в Москве.\n")
    proc = run_cli(
        "clean", str(art), "--format", "text", env={"LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}
    )
    assert proc.returncode == 0, proc.stderr
    assert "Россия и Турция" in proc.stdout.decode("utf-8")

"""Hostile inputs through the real command line: every input gets a result or one clear line
on stderr (``newsdigest: NAME: reason``), the others are still processed, the exit status is
1 when anything failed, there is never a traceback, and input files are never modified."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import (
    ARTICLE,
    NEWSDIGEST,
    ROOT,
    SEED_ONE,
    SEED_TWO,
    assert_clean_failure_lines,
    cli_env,
    file_digest,
    hostile_files,
    run_cli,
    stderr_lines,
)


def _named(lines: list[str], path: Path | str) -> list[str]:
    return [line for line in lines if line.startswith(f"newsdigest: {path}: ")]


@pytest.mark.parametrize("command", ["clean", "summarize"])
def test_hostile_files_each_get_a_result_or_one_line(tmp_path: Path, command: str) -> None:
    files = hostile_files(tmp_path / "in")
    before = {kind: file_digest(path) for kind, (path, _) in files.items()}
    paths = [str(p) for p, _ in files.values()]
    proc = run_cli(command, *paths, str(SEED_ONE), "--format", "jsonl", "--timeout", "60")
    assert_clean_failure_lines(proc)
    assert proc.returncode == 1  # the binary and empty ones fail
    records = {r["id"]: r for r in map(json.loads, proc.stdout.decode().splitlines())}
    lines = stderr_lines(proc)
    assert str(SEED_ONE) in records
    for kind, (path, must) in files.items():
        named = _named(lines, path)
        got = str(path) in records
        assert got != bool(named), (kind, named, got)  # a record xor a message
        assert len(named) <= 1, named
        if must is True:
            assert got, (kind, named)
        elif must is False:
            assert named, kind
    assert len(lines) == len(files) + 1 - len(records)
    assert {kind: file_digest(path) for kind, (path, _) in files.items()} == before


def test_binary_and_empty_reasons(tmp_path: Path) -> None:
    files = hostile_files(tmp_path)
    names = [str(files[k][0]) for k in ("empty", "whitespace", "png", "pdf", "gzip", "elf")]
    proc = run_cli("clean", *names, "--format", "json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout) == []
    err = proc.stderr.decode()
    assert f"{names[0]}: empty file" in err
    assert f"{names[1]}: no text (only whitespace)" in err
    assert f"{names[2]}: binary file (a PNG image)" in err
    assert f"{names[3]}: binary file (a PDF document)" in err
    assert f"{names[4]}: binary file (gzip-compressed data)" in err
    assert f"{names[5]}: binary file (an executable (ELF))" in err


def test_decoded_text_survives(tmp_path: Path) -> None:
    files = hostile_files(tmp_path)
    kinds = ["nul-inside", "invalid-utf8", "utf16-bom", "utf16-le-nobom", "utf16-be-nobom", "cp1252-crlf"]
    proc = run_cli("clean", *[str(files[k][0]) for k in kinds], "--format", "json")
    assert proc.returncode == 0, proc.stderr
    by_kind = {Path(r["id"]).stem: r for r in json.loads(proc.stdout)}
    assert "restore trade ties" in by_kind["nul-inside"]["text"]
    assert "\x00" not in by_kind["nul-inside"]["text"]
    assert (
        "Officials at the Café Ü from" in by_kind["invalid-utf8"]["text"]
    )  # still read as UTF-8, not as a legacy code page
    for kind in ("utf16-bom", "utf16-le-nobom", "utf16-be-nobom"):
        assert "Officials from both countries" in by_kind[kind]["text"], kind
    cp = by_kind["cp1252-crlf"]["text"]
    assert "the café owner said “no” – twice." in cp
    assert "\r" not in cp


def test_other_scripts_and_symbols_keep_their_text(tmp_path: Path) -> None:
    files = hostile_files(tmp_path)
    kinds = ["arabic", "cyrillic", "emoji-symbols"]
    proc = run_cli("summarize", *[str(files[k][0]) for k in kinds], "--format", "json", "--sentences", "5")
    assert proc.returncode == 0, proc.stderr
    by_kind = {Path(r["id"]).stem: r for r in json.loads(proc.stdout)}
    assert "مستعدة للتعاون مع روسيا" in " ".join(s["text"] for s in by_kind["arabic"]["sentences"])
    assert "Переговоры продолжатся" in " ".join(s["text"] for s in by_kind["cyrillic"]["sentences"])
    emoji = " ".join(s["text"] for s in by_kind["emoji-symbols"]["sentences"])
    for symbol in ("♨", "∯", "ȸ", "🇹🇷🤝🇷🇺", "☝"):
        assert symbol in emoji, symbol


def test_chinese_body_is_kept(tmp_path: Path) -> None:
    files = hostile_files(tmp_path)
    proc = run_cli("summarize", str(files["chinese"][0]), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert "双方同意继续谈判" in " ".join(s["text"] for s in json.loads(proc.stdout)[0]["sentences"])


def test_terminal_escapes_in_input_never_reach_output(tmp_path: Path) -> None:
    evil = tmp_path / "evil.txt"
    evil.write_bytes(b"Title\n\nTurkey \x1b[2Jand Russia\x07 met \x9b31m in Moscow. They talked.\n")
    proc = run_cli("clean", str(evil), "--format", "text")
    assert proc.returncode == 0
    assert b"\x1b" not in proc.stdout and b"\x07" not in proc.stdout
    assert "Turkey [2Jand Russia met" in proc.stdout.decode()


def test_fifty_megabyte_line(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("w") as fh:
        sentence = "Turkey and Russia discussed trade and energy in Moscow on Monday. "
        fh.write(sentence * (50_000_000 // len(sentence) + 1))
    assert big.stat().st_size > 50_000_000
    before = file_digest(big)
    proc = run_cli("clean", str(big), str(SEED_TWO), "--format", "jsonl")
    assert proc.returncode == 1
    assert stderr_lines(proc) == [
        f"newsdigest: {big}: larger than --max-bytes ({big.stat().st_size} > 20000000 bytes)"
    ]
    assert len(proc.stdout.splitlines()) == 1
    # Raised limit: processed, or refused cleanly within --timeout (the worker is killed if need be).
    proc = run_cli(
        "summarize", str(big), str(SEED_TWO), "--format", "jsonl", "--max-bytes", "60000000", "--timeout", "3"
    )
    assert_clean_failure_lines(proc)
    out = proc.stdout.decode().splitlines()
    assert json.loads(out[-1])["id"] == str(SEED_TWO)
    if proc.returncode == 1:
        assert _named(stderr_lines(proc), big)
    else:
        assert len(out) == 2
    assert file_digest(big) == before


def test_over_max_bytes_and_missing_path(tmp_path: Path) -> None:
    small = tmp_path / "a.txt"
    small.write_text(ARTICLE * 20)
    proc = run_cli("clean", str(small), "/no/such/file.txt", str(SEED_ONE), "--max-bytes", "3000")
    assert proc.returncode == 1
    assert stderr_lines(proc) == [
        f"newsdigest: {small}: larger than --max-bytes ({small.stat().st_size} > 3000 bytes)",
        "newsdigest: /no/such/file.txt: no such file or directory",
    ]
    assert b"Turkey" in proc.stdout


def test_jsonl_records_that_are_wrong(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "good", "text": ARTICLE}),
        "{not json",
        json.dumps({"id": "notext", "title": "x"}),
        json.dumps({"id": "number", "text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "good", "text": ARTICLE.replace("Moscow", "Ankara")}),
        "",
        json.dumps({"id": "dated", "text": ARTICLE, "date": "2016-13-45"}),
    ]
    data.write_text("\n".join(lines) + "\n")
    proc = run_cli("clean", str(data), "--input-format", "jsonl", "--format", "jsonl")
    assert_clean_failure_lines(proc)
    assert proc.returncode == 1
    ids = [json.loads(line)["id"] for line in proc.stdout.decode().splitlines()]
    assert ids == ["good", "good#2", "dated"]
    err = stderr_lines(proc)
    assert err[0].startswith(f"newsdigest: {data}:2: not valid JSON")
    assert err[1] == f'newsdigest: {data}:3: record has no "text" (or "html") field'
    assert err[2] == f'newsdigest: {data}:4: "text" must be a string, not a number'
    assert err[3] == f"newsdigest: {data}:5: a JSONL record must be an object, not list"
    assert err[4] == f"newsdigest: {data}:6: duplicate id 'good', renamed 'good#2'"
    assert err[5] == f"newsdigest: {data}:8: \"date\" '2016-13-45' is not YYYY-MM-DD, ignored"


def test_duplicate_ids_alone_are_not_a_failure(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n" + json.dumps({"id": 1, "text": ARTICLE}))
    proc = run_cli("summarize", str(data), "--input-format", "jsonl", "--format", "json")
    assert proc.returncode == 0
    assert [r["id"] for r in json.loads(proc.stdout)] == ["1", "1#2"]


def test_folder_of_ten_thousand_files(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(f"Note {i}\n\nTurkey and Russia met on day {i}. They talked.\n")
    proc = run_cli("clean", str(folder), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr[:500]
    ids = [json.loads(line)["id"] for line in proc.stdout.splitlines()]
    assert len(ids) == 10_000
    assert ids == sorted(ids)


def test_symlink_loops_and_fifo_in_folder(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED_ONE, folder / "a.txt")
    shutil.copy(SEED_TWO, folder / "sub" / "b.txt")
    (folder / "sub" / "up").symlink_to("..")
    (folder / "self").symlink_to("self")
    os.mkfifo(folder / "pipe")
    proc = run_cli("clean", str(folder), "--format", "jsonl", timeout=60)
    assert_clean_failure_lines(proc)
    assert proc.returncode == 1
    ids = [json.loads(line)["id"] for line in proc.stdout.splitlines()]
    assert ids == [f"{folder}/a.txt", f"{folder}/sub/b.txt"]
    assert stderr_lines(proc) == [
        f"newsdigest: {folder}/pipe: a FIFO, skipped",
        f"newsdigest: {folder}/self: symbolic-link loop",
        f"newsdigest: {folder}/sub/up: symbolic-link loop, not followed",
    ]


def test_named_fifo_with_a_writer_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "w") as fh:
            fh.write(ARTICLE)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    proc = run_cli("clean", str(fifo), "--format", "json", timeout=60)
    writer.join(5)
    assert proc.returncode == 0, proc.stderr
    assert "restore trade ties" in json.loads(proc.stdout)[0]["text"]


def test_named_fifo_without_writer_times_out(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    proc = run_cli("clean", str(fifo), str(SEED_ONE), "--format", "jsonl", "--timeout", "1", timeout=60)
    assert proc.returncode == 1
    assert stderr_lines(proc) == [f"newsdigest: {fifo}: took longer than --timeout (1 s), skipped"]
    assert len(proc.stdout.splitlines()) == 1


def _as_nobody() -> None:
    os.setgid(65534)
    os.setuid(65534)


def _nobody_can_run() -> bool:
    try:
        probe = subprocess.run(
            [*NEWSDIGEST, "--version"], capture_output=True, preexec_fn=_as_nobody, cwd="/", env=cli_env()
        )
    except OSError:
        return False
    return probe.returncode == 0


def test_unreadable_file(tmp_path: Path) -> None:
    """chmod 000 for real; as root (who reads anything) the command runs as nobody, and if
    nobody cannot run the project here the test skips (the in-process test below covers it)."""
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE)
    locked.chmod(0)
    readable = tmp_path / "ok.txt"
    readable.write_text(ARTICLE)
    tmp_path.chmod(0o755)
    preexec = None
    if os.geteuid() == 0:
        if not _nobody_can_run():
            pytest.skip("running as root and user nobody cannot run the project's interpreter")
        preexec = _as_nobody
    proc = subprocess.run(
        [*NEWSDIGEST, "clean", str(locked), str(readable), "--format", "jsonl"],
        capture_output=True,
        preexec_fn=preexec,
        cwd="/",
        env=cli_env(),
        timeout=60,
    )
    assert proc.returncode == 1
    assert stderr_lines(proc) == [f"newsdigest: {locked}: permission denied"]
    assert len(proc.stdout.splitlines()) == 1


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """The same through the CLI in-process, with the read of one file failing as EACCES."""
    from newsdigest import cli, ingest

    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE)
    real_open = open

    def guarded_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(ingest, "open", guarded_open, raising=False)
    with pytest.raises(SystemExit) as exit_info:
        cli.app(args=["clean", str(locked), str(SEED_ONE), "-f", "jsonl", "-j", "1", "--timeout", "0"])
    assert exit_info.value.code == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"newsdigest: {locked}: permission denied"]
    assert json.loads(out)["id"] == str(SEED_ONE)


def test_five_thousand_sentences_and_one_enormous_sentence(tmp_path: Path) -> None:
    long_article = tmp_path / "long.txt"
    paragraphs = [
        " ".join(f"Turkey and Russia held talks number {p * 10 + i} in Ankara." for i in range(10))
        for p in range(500)
    ]
    long_article.write_text("Many talks\n\n" + "\n\n".join(paragraphs) + "\n")
    enormous = tmp_path / "enormous.txt"
    enormous.write_text("One sentence\n\n" + "Turkey and Russia, " * 20000 + "met.\n")
    proc = run_cli("summarize", str(long_article), str(enormous), "--format", "json", timeout=200)
    assert_clean_failure_lines(proc)
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert len(records[0]["sentences"]) == 3
    assert records[1]["sentences"] and records[1]["sentences"][0]["text"].endswith("met.")


def test_five_thousand_sentences_in_one_paragraph_within_timeout(tmp_path: Path) -> None:
    """One 5,000-sentence paragraph (sentence splitting is slow on it): a result, or a clean
    refusal once --timeout has passed; the other input is still processed."""
    long_article = tmp_path / "long.txt"
    body = " ".join(f"Turkey and Russia held talks number {i} in Ankara." for i in range(5000))
    long_article.write_text("Many talks\n\n" + body + "\n")
    proc = run_cli("summarize", str(long_article), str(SEED_ONE), "--format", "jsonl", "--timeout", "2")
    assert_clean_failure_lines(proc)
    out = [json.loads(line)["id"] for line in proc.stdout.splitlines()]
    assert out[-1] == str(SEED_ONE)
    if proc.returncode == 1:
        assert stderr_lines(proc) == [
            f"newsdigest: {long_article}: took longer than --timeout (2 s), skipped"
        ]
    else:
        assert out == [str(long_article), str(SEED_ONE)]


def test_stdin_binary_and_text() -> None:
    proc = run_cli("clean", "--format", "json", stdin=ARTICLE.encode("utf-16"))
    assert proc.returncode == 0
    assert json.loads(proc.stdout)[0]["id"] == "<stdin>"
    proc = run_cli("clean", "-", stdin=b"\x1f\x8b\x08\x00" + bytes(100))
    assert proc.returncode == 1
    assert stderr_lines(proc) == ["newsdigest: <stdin>: binary file (gzip-compressed data), not an article"]


# -- interruptions and pipes -------------------------------------------------------------


def _popen(*args: str, **kw: object) -> subprocess.Popen:
    return subprocess.Popen(
        [*NEWSDIGEST, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        env=cli_env(),
        **kw,  # type: ignore[arg-type]
    )


def _wait_for_children(proc: subprocess.Popen, count: int) -> list[int]:
    import time

    import psutil

    parent = psutil.Process(proc.pid)
    for _ in range(200):
        kids = parent.children(recursive=True)
        if len(kids) >= count:
            return [k.pid for k in kids]
        time.sleep(0.05)
    return [k.pid for k in parent.children(recursive=True)]


def _gone(pids: list[int]) -> bool:
    import time

    import psutil

    for _ in range(100):
        alive = [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != "zombie"]
        if not alive:
            return True
        time.sleep(0.05)
    return False


def test_ctrl_c_stops_with_130_after_writing_what_was_complete(tmp_path: Path) -> None:
    import signal

    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)  # blocks its worker until the timeout: a run that is still busy
    proc = _popen("clean", str(SEED_ONE), str(fifo), str(SEED_TWO), "--format", "jsonl", "--jobs", "2")
    kids = _wait_for_children(proc, 2)
    assert kids
    # the first record is complete and printed before the interrupt
    first = proc.stdout.readline()
    assert json.loads(first)["id"] == str(SEED_ONE)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert err.decode() == "newsdigest: interrupted\n"
    assert out == b""  # the record behind the stuck one was held back, never half-printed
    assert _gone(kids)


def test_workers_die_with_the_parent(tmp_path: Path) -> None:
    import signal

    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)
    proc = _popen("clean", str(fifo), str(SEED_ONE), "--format", "jsonl", "--jobs", "2")
    kids = _wait_for_children(proc, 2)
    assert kids
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=20)
    assert _gone(kids)


def test_output_file_is_atomic(tmp_path: Path) -> None:
    import signal

    target = tmp_path / "out.jsonl"
    target.write_text("old contents\n")
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)
    proc = _popen("clean", str(SEED_ONE), str(fifo), "--format", "jsonl", "-o", str(target))
    _wait_for_children(proc, 1)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert target.read_text() == "old contents\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["never-written", "out.jsonl"]
    proc2 = run_cli("clean", str(SEED_ONE), "--format", "jsonl", "-o", str(target))
    assert proc2.returncode == 0 and proc2.stdout == b""
    assert json.loads(target.read_text())["id"] == str(SEED_ONE)
    assert stat.S_IMODE(target.stat().st_mode) & 0o044  # the usual permissions, not 0600


@pytest.mark.parametrize("fmt", ["text", "jsonl", "csv", "json", "table"])
def test_head_ends_quietly(fmt: str) -> None:
    shell = (
        f"{sys.executable} -m newsdigest summarize {SEED_ONE} {SEED_TWO} {SEED_ONE} {SEED_TWO} "
        f"samples --format {fmt} | head -1; exit ${{PIPESTATUS[0]}}"
    )
    proc = subprocess.run(["bash", "-c", shell], capture_output=True, cwd=ROOT, env=cli_env(), timeout=120)
    assert proc.stderr == b""
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 1


def test_jsonl_lines_are_whole_records_through_a_pipe() -> None:
    proc = run_cli("summarize", "samples", str(SEED_ONE), "--format", "jsonl")
    for line in proc.stdout.decode().splitlines():
        assert json.loads(line)["sentences"]

"""Ingestion units: decoding decisions, the folder walk's order, JSONL streaming."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from conftest import run_cli

from newsdigest.encoding import DecodeError, decode, sanitize_text
from newsdigest.errors import InputError, InputWarning
from newsdigest.ingest import expand_paths, iter_sources
from newsdigest.models import Source


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b" \n\t ", "no text (only whitespace)"),
        (b"\x89PNG\r\n\x1a\nxxxx", "binary file (a PNG image), not an article"),
        (gzip.compress(b"hello"), "binary file (gzip-compressed data), not an article"),
        (bytes(range(0, 32)) * 20, "binary data (too many control characters), not an article"),
    ],
)
def test_decode_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(data)


def test_letter_magic_numbers_do_not_reject_articles() -> None:
    for head in ("BZh the new brand launched", "RIFF between Turkey and Russia", "GIF8 photos"):
        text, used = decode(f"{head}. Officials said so.\n".encode())
        assert text.startswith(head)
    with pytest.raises(DecodeError):
        decode(b"BZh91AY&SY\x00\x01\xff\xfe" + bytes(100))


def test_mostly_utf8_with_a_bad_byte_stays_utf8_and_cp1252_is_detected() -> None:
    text, used = decode("Café in Zürich – “quoted”. ".encode() * 5 + b"\xff tail")
    assert used == "utf-8" and "Café in Zürich – “quoted”." in text and "\ufffd tail" in text
    text, used = decode("Café in Zürich – “quoted” and more words here. ".encode("cp1252") * 5)
    assert "Café in Zürich – “quoted”" in text


def test_sanitize_line_ends_and_controls() -> None:
    assert sanitize_text("a\r\nb\rc\x0bd\x0ce\u2028f\x85g") == "a\nb\nc\nd\ne\nf\ng"
    assert sanitize_text("x\x1b[31my\x07z\x00\x9b") == "x[31myz"
    assert sanitize_text("tab\tkept") == "tab\tkept"


def test_walk_is_sorted_path_order_and_skips_hidden(tmp_path: Path) -> None:
    for rel in [
        "b.txt",
        "a/z.txt",
        "a/b/c.txt",
        "a-b/x.txt",
        "A.txt",
        ".hidden.txt",
        ".git/x.txt",
        "a/a.txt",
    ]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    got = [str(Path(p).relative_to(tmp_path)) for p in expand_paths([str(tmp_path)])]
    assert got == ["A.txt", "a/a.txt", "a/b/c.txt", "a/z.txt", "a-b/x.txt", "b.txt"]


def test_explicit_paths_keep_their_order_and_missing_ones_fail(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    items = list(
        expand_paths([str(tmp_path / "b.txt"), str(tmp_path / "nope"), str(tmp_path / "a.txt"), "-"])
    )
    assert items[0] == str(tmp_path / "b.txt")
    assert isinstance(items[1], InputError) and items[1].reason == "no such file or directory"
    assert items[2:] == [str(tmp_path / "a.txt"), "-"]


def test_jsonl_streams_records_and_limits_each_line(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    long_text = "word " * 5000
    data.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "Turkey and Russia met.", "title": "T", "date": "2016-08-11"}),
                json.dumps({"id": "big", "text": long_text}),
                json.dumps({"id": "c", "html": "<p>Hello there.</p>", "source": 7}),
                json.dumps({"id": "a", "text": "Again.\x1b[2J"}),
            ]
        )
    )
    items = list(iter_sources([str(data)], "jsonl", max_bytes=1000))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Source", "InputError", "Source", "InputWarning", "Source"]
    a, err, c, warn, a2 = items
    assert isinstance(a, Source) and (a.id, a.title, a.date, a.kind) == ("a", "T", "2016-08-11", "text")
    assert err.name == f"{data}:2" and "longer than --max-bytes" in err.reason
    assert isinstance(c, Source) and c.kind == "html" and c.source == "7"
    assert isinstance(warn, InputWarning) and not warn.fatal
    assert isinstance(a2, Source) and a2.id == "a#2" and a2.text == "Again.[2J"


def test_stdin_is_read_once_within_the_limit() -> None:
    items = list(iter_sources(["-"], "auto", 10, stdin=io.BytesIO(b"0123456789AB")))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].name == "<stdin>" and "larger than --max-bytes" in items[0].reason
    items = list(iter_sources(["-"], "auto", 100, stdin=io.BytesIO(b"hello")))
    assert isinstance(items[0], Source) and items[0].data == b"hello" and items[0].path is None


def test_input_error_survives_pickling() -> None:
    import pickle

    err = pickle.loads(pickle.dumps(InputWarning("n", "r")))
    assert (type(err), err.name, err.reason, err.fatal) == (InputWarning, "n", "r", False)


def test_auto_reads_jsonl_by_content(tmp_path: Path) -> None:
    """--input-format auto recognises JSONL records by their content, file or stdin."""
    records = [
        {"id": "a", "title": "Turkey and Russia talk", "text": "Turkey and Russia held talks. They agreed."},
        {"id": "b", "text": "Russia lifted sanctions on Turkish fruit. Exporters welcomed it."},
    ]
    body = "".join(json.dumps(r) + "\n" for r in records)
    path = tmp_path / "articles.txt"  # the name says nothing: the content decides
    path.write_text(body, encoding="utf-8")
    proc = run_cli("clean", str(path), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["id"] for line in proc.stdout.decode().splitlines()] == ["a", "b"]
    proc = run_cli("clean", "--format", "jsonl", stdin=body.encode())
    assert [json.loads(line)["id"] for line in proc.stdout.decode().splitlines()] == ["a", "b"]


def test_json_without_text_field_stays_an_article(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text('{"not": "an article"}\n', encoding="utf-8")
    proc = run_cli("clean", str(path), "--format", "jsonl")
    assert [json.loads(line)["id"] for line in proc.stdout.decode().splitlines()] == [str(path)]

"""Property tests (hypothesis, modest example counts) over decoding, cleaning, sentence
splitting, summaries and JSON output; and byte-identical output under different hash seeds."""

from __future__ import annotations

import io
import json

import pytest
from conftest import SAMPLES, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdigest.encoding import DecodeError, decode
from newsdigest.models import Source

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = st.sampled_from(
    "Turkey Russia Iran said on Thursday the minister talks in Ankara Moscow Tehran would and "
    'of a trade deal U.S. Mr. Dr. 3.5% $1.2bn \u201cWe\u201d "yes" (AP) - ☝ ♨ ∯ ȸ é Ж 中 ... ! ? ;'.split()
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=14).map(lambda ws: " ".join(ws) + ".")
BOILER = st.sampled_from(
    [
        "2 min read",
        "Share this article",
        "Advertisement",
        "Click to enlarge",
        "11 August 2016",
        "Photo: Reuters [Getty Images]",
        "Follow us on Twitter",
        "ANKARA, Aug 11 (Reuters) - Turkey said so.",
        "TEHRAN (Tasnim) - Iran and Turkey agreed.",
        "Copyright 2016",
        "Related articles",
        "",
    ]
)
LINE = st.one_of(SENTENCE, st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join), BOILER)
DOC = st.lists(LINE, min_size=1, max_size=25).map("\n".join)


@SETTINGS
@given(DOC)
def test_cleaning_only_removes_whole_lines(text: str) -> None:
    from newsdigest.clean.text import clean_text

    article = clean_text(text, "t", None)
    inputs = [line.strip() for line in text.split("\n") if line.strip()]
    datelines = [r.line for r in article.removed if r.reason == "dateline"]
    for removed in article.removed:
        if removed.reason != "dateline":
            assert removed.line.strip() in inputs, removed
    for body_line in article.text.split("\n"):
        body_line = body_line.strip()
        if not body_line or body_line in inputs:
            continue
        # the one allowed edit: a dateline prefix cut from the start of a line
        assert any(
            line.endswith(body_line) and line[: len(line) - len(body_line)].strip() in datelines
            for line in inputs
        ), (body_line, datelines)


@SETTINGS
@given(st.lists(st.one_of(SENTENCE, st.just(""), st.just("  ")), min_size=1, max_size=30).map("\n".join))
def test_sentences_lose_and_invent_no_character(text: str) -> None:
    from newsdigest.sentences import split_sentences

    sentences = split_sentences(text)
    covered = [False] * len(text)
    last_end = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.start >= last_end  # in order, not overlapping
        last_end = s.end
        for i in range(s.start, s.end):
            covered[i] = True
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())
    assert [s.index for s in sentences] == list(range(len(sentences)))


@SETTINGS
@given(
    st.lists(SENTENCE, min_size=1, max_size=40).map(" ".join),
    st.sampled_from(["auto", "lead", "lexrank", "textrank", "luhn"]),
    st.integers(1, 6),
)
def test_summaries_are_sentences_of_the_input(body: str, method: str, n: int) -> None:
    from newsdigest.models import Article
    from newsdigest.sentences import split_sentences
    from newsdigest.summarize import Length, summarize

    article = Article(id="x", path=None, text=body, title="T")
    summary = summarize(article, method, Length(sentences=n))
    sentences = split_sentences(body)
    positions = [s.position for s in summary.sentences]
    assert positions == sorted(set(positions))
    assert len(positions) <= min(n, len(sentences))
    for s in summary.sentences:
        assert s.text == sentences[s.position].text


CLEAN_FIELDS = ("id", "path", "title", "date", "source", "dateline", "language", "text", "removed")
SUMMARY_FIELDS = ("id", "path", "title", "date", "method", "sentences")


@SETTINGS
@given(DOC.filter(lambda t: t.strip()), st.sampled_from(["json", "jsonl"]))
def test_json_output_parses_and_follows_the_contract(text: str, fmt: str) -> None:
    from newsdigest.clean import clean_source
    from newsdigest.errors import InputError
    from newsdigest.render import make_renderer
    from newsdigest.summarize import summarize

    try:
        article = clean_source(Source(id='a\tb"c', path=None, data=text.encode()))
    except InputError:
        return
    for kind, record, fields in (
        ("clean", article, CLEAN_FIELDS),
        ("summarize", summarize(article), SUMMARY_FIELDS),
    ):
        out = io.StringIO()
        renderer = make_renderer(kind, fmt, out)
        renderer.add(record)
        renderer.finish()
        value = (
            json.loads(out.getvalue())
            if fmt == "json"
            else [json.loads(x) for x in out.getvalue().splitlines()]
        )
        assert isinstance(value, list) and len(value) == 1
        assert set(fields) <= value[0].keys()
        assert value[0]["id"] == 'a\tb"c'
        if kind == "summarize":
            for s in value[0]["sentences"]:
                assert {"text", "position", "score"} <= s.keys()
        else:
            for r in value[0]["removed"]:
                assert set(r) == {"line", "reason"}


@SETTINGS
@given(st.binary(max_size=400))
def test_decode_never_raises_anything_else(data: bytes) -> None:
    try:
        text, used = decode(data)
    except DecodeError:
        return
    assert "\x00" not in text and "\r" not in text and "\x1b" not in text
    assert text.strip()


@SETTINGS
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=200),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
)
def test_decode_round_trips_text_with_a_bom_or_utf8(text: str, encoding: str) -> None:
    from newsdigest.encoding import sanitize_text

    expected = sanitize_text(text)
    try:
        got, _ = decode(text.encode(encoding))
    except DecodeError:
        assert not expected.strip()
        return
    assert got == expected


@pytest.mark.parametrize("command", ["clean", "summarize", "quotes", "timeline", "events", "merge"])
def test_same_bytes_under_different_hash_seeds(command: str) -> None:
    outputs = []
    for seed in ("1", "2"):
        proc = run_cli(command, str(SAMPLES), "--format", "json", env={"PYTHONHASHSEED": seed})
        assert proc.returncode in (0, 1), proc.stderr
        outputs.append((proc.returncode, proc.stdout, proc.stderr))
    assert outputs[0] == outputs[1]

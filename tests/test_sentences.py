"""Sentence splitting: offsets, abbreviations, quotes, headlines, lists, odd symbols."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SEED_ONE, SEED_TWO, SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdigest.sentences import SumyTokenizer, split_sentences, words

ENGINES = ("rules", "pysbd")
DEV = SHARED / "dev" / "summ" / "bbc-business-dev.jsonl"


def texts(text: str, engine: str = "rules") -> list[str]:
    return [s.text for s in split_sentences(text, engine=engine)]


def assert_covers(text: str, engine: str) -> None:
    """Offsets are exact and the sentences hold every non-space character exactly once."""
    sents = split_sentences(text, engine=engine)
    for s in sents:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
    assert [s.index for s in sents] == list(range(len(sents)))
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:], strict=False))
    joined = "".join(s.text for s in sents)
    assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", text)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("seed", [SEED_ONE, SEED_TWO])
def test_seeds_offsets_and_coverage(engine: str, seed) -> None:
    text = seed.read_text(encoding="utf-8")
    assert_covers(text, engine)
    got = texts(text, engine)
    assert "Turkey" in got[0]


@pytest.mark.parametrize("engine", ENGINES)
def test_symbols_pysbd_drops_are_kept(engine: str) -> None:
    text = "Symbols ☝ here ♨ and ∯ ȸ. Next sentence ☝ follows.\n\nA ♨ paragraph ∯∯ ends here. Done ȸ."
    assert_covers(text, engine)
    assert texts(text, engine) == [
        "Symbols ☝ here ♨ and ∯ ȸ.",
        "Next sentence ☝ follows.",
        "A ♨ paragraph ∯∯ ends here.",
        "Done ȸ.",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_abbreviations(engine: str) -> None:
    text = "Mr. Smith met Gen. Jones on Jan. 5 in Washington. The U.S. Federal Reserve agreed. It grew."
    assert texts(text, engine) == [
        "Mr. Smith met Gen. Jones on Jan. 5 in Washington.",
        "The U.S. Federal Reserve agreed.",
        "It grew.",
    ]


def test_abbreviation_ending_a_sentence() -> None:
    assert texts("Exports rose to the U.S. The pound fell.") == [
        "Exports rose to the U.S.",
        "The pound fell.",
    ]
    assert texts("Shares in Acme Inc. rose. They fell later.") == [
        "Shares in Acme Inc. rose.",
        "They fell later.",
    ]
    assert texts("John F. Kennedy spoke. Prices rose 3.5% to $1.2bn. See p. 4.") == [
        "John F. Kennedy spoke.",
        "Prices rose 3.5% to $1.2bn.",
        "See p. 4.",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_quotes(engine: str) -> None:
    text = '"Go home," he said. He asked: "Why now?" Nobody knew. "It is over." Then silence.'
    got = texts(text, engine)
    assert got[0] == '"Go home," he said.'
    assert 'He asked: "Why now?"' in got
    assert '"It is over."' in got and got[-1] == "Then silence."


def test_multi_sentence_quote_closing_quote_stays() -> None:
    text = '"We will talk. We have always called on Russia," Cavusoglu said. Talks began.'
    got = texts(text)
    assert got[-2].endswith('Russia," Cavusoglu said.')
    assert got[-1] == "Talks began."
    assert all(not g.startswith('"') or g.count('"') in (1, 2) for g in got)


@pytest.mark.parametrize("engine", ENGINES)
def test_headlines_and_lists(engine: str) -> None:
    text = (
        "Turkey offers Russia joint operations\nBy Staff Writer\nTurkey called on Russia. It waits.\n\n"
        "- item one\n- item two\n1. first\n2. second"
    )
    assert texts(text, engine) == [
        "Turkey offers Russia joint operations",
        "By Staff Writer",
        "Turkey called on Russia.",
        "It waits.",
        "- item one",
        "- item two",
        "1. first",
        "2. second",
    ]


def test_wrapped_line_is_joined() -> None:
    text = "The minister said the talks would\ncontinue next week. Nobody objected."
    assert texts(text) == ["The minister said the talks would\ncontinue next week.", "Nobody objected."]


def test_paragraph_numbers() -> None:
    sents = split_sentences("One. Two.\n\nThree.")
    assert [s.paragraph for s in sents] == [0, 0, 1]


def test_agreement_with_dev_reference_sentences() -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()[:40]]
    hit = tot = 0
    for r in rows:
        got = set(texts(r["text"]))
        tot += len(r["reference_sentences"])
        hit += sum(s in got for s in r["reference_sentences"])
    assert hit / tot >= 0.98


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Mr.",
                "U.S.",
                "the",
                "Talks",
                "ended.",
                '"Yes,"',
                "he",
                "said.",
                "♨",
                "☝",
                "∯",
                "ȸ",
                "\n",
                "\n\n",
                "?",
                "!",
                "3.5",
                "- ",
                "“Hi.”",
                "e.g.",
                "’",
            ]
        ),
        max_size=40,
    ).map(" ".join)
)
def test_no_character_lost_or_invented(text: str) -> None:
    for engine in ENGINES:
        assert_covers(text, engine)


def test_sumy_tokenizer() -> None:
    tok = SumyTokenizer()
    assert tok.to_sentences("One here. Two there.") == ("One here.", "Two there.")
    assert tok.to_words("Turkey's talks, re-started.") == ("Turkey's", "talks", "re-started")
    assert words("U.S. 5%") == ["U", "S", "5"]


def test_five_thousand_sentences_in_one_paragraph() -> None:
    """One enormous paragraph splits sentence by sentence (this was quadratic once)."""
    sentence = "Turkey and Russia discussed trade and energy in Moscow on Monday. "
    text = sentence * 5000
    sents = split_sentences(text)
    assert len(sents) == 5000
    assert all(text[s.start : s.end] == s.text for s in sents[:50])

"""Quotations and speakers: the seeds, the hand-written cases (tests/cases/quotes.jsonl)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newsdigest.annotate.actors import find_actors
from newsdigest.annotate.countries import find_mentions
from newsdigest.annotate.quotes import find_quotes
from newsdigest.clean import clean_source
from newsdigest.models import Source
from newsdigest.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def _load_eval():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_quotes", ROOT / "scripts" / "eval_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_quotes"] = mod
    spec.loader.exec_module(mod)
    return mod


EVAL = _load_eval()
CASES = EVAL.load_cases()


def _quotes(path: Path):  # type: ignore[no-untyped-def]
    article = clean_source(Source(id=str(path), path=str(path)))
    text = article.text
    sentences = split_sentences(text)
    actors = find_actors(article, sentences, find_mentions(text))
    return article, find_quotes(article, sentences, actors)


def test_seed_one_quotes(seed_one: Path) -> None:
    article, quotes = _quotes(seed_one)
    text = article.text
    for q in quotes:
        assert text[q.start : q.end] == q.quote
    by_start = {q.quote[:25]: q for q in quotes}
    expected = [
        "We will discuss all the d",
        "on the table",
        "common enemy",
        "Let's fight against the t",
        "I believe the mechanism w",
        "Many countries are engage",
        "In order to prevent that,",
    ]
    assert len(quotes) == len(expected)
    for prefix in expected:
        q = next(q for k, q in by_start.items() if k.startswith(prefix[:12]))
        assert q.speaker == "Mevlut Cavusoglu", q
        assert q.speaker_title == "Foreign Minister"
        assert q.speaker_country == "TUR"
    assert by_start["common enemy"].partial
    assert not by_start["We will discuss all the d"].partial
    cues = [q.cue for q in quotes]
    assert "added" in cues and "said" in cues


def test_seed_two_quotes(seed_two: Path) -> None:
    article, quotes = _quotes(seed_two)
    assert len(quotes) == 5
    for q in quotes:
        assert q.speaker == "Fikri Isik"
        assert q.speaker_title == "Defense Minister"
        assert q.speaker_country == "TUR"
        assert article.text[q.start : q.end] == q.quote
    assert [q.cue for q in quotes][-1] == "stressed"
    assert quotes[1].quote.startswith("go ahead with the decisive fight")
    assert quotes[1].partial


def test_cases_overall_quality() -> None:
    s = EVAL.summarise([EVAL.score_case(c) for c in CASES])
    assert s["cases"] >= 40
    assert s["f1"] >= 0.9, s
    assert s["speaker_accuracy"] >= 0.88, s


@pytest.mark.parametrize("case", [c for c in CASES if c["hard"]], ids=lambda c: c["name"])
def test_hard_case(case: dict) -> None:
    res = EVAL.score_case(case)
    assert res.perfect, res.errors


def test_offsets_and_no_quotes_without_marks() -> None:
    text = "The minister said the talks had gone well and that a deal was near."
    assert EVAL.predict(text) == []
    text = 'He said: "Unclosed quote runs to the end of the paragraph\n\nNext paragraph plain.'
    qs = EVAL.predict(text)
    assert len(qs) == 1 and qs[0].quote == "Unclosed quote runs to the end of the paragraph"

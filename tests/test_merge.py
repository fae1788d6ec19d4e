"""`newsdigest merge` on the two seed articles, through the real CLI: every section, every format."""

from __future__ import annotations

import csv
import io
import json
import re
from functools import cache
from typing import Any

import pytest
from conftest import SEED_ONE, SEED_TWO, run_cli

ONE = str(SEED_ONE.relative_to(SEED_ONE.parent.parent))  # samples/turkey-offers-...
TWO = str(SEED_TWO.relative_to(SEED_TWO.parent.parent))  # samples/tasnim-...
BOTH = sorted([ONE, TWO])


@cache
def merged(fmt: str, *paths: str) -> str:
    proc = run_cli("merge", *(paths or (ONE, TWO)), "--format", fmt)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode()


@pytest.fixture(scope="module")
def digest() -> dict[str, Any]:
    return json.loads(merged("json"))


def _items(d: dict[str, Any], section: str, pattern: str) -> list[dict[str, Any]]:
    rx = re.compile(pattern, re.IGNORECASE)
    out = []
    for item in d[section]:
        texts = [item.get("text") or ""] + [v["text"] for v in item.get("variants", [])]
        if any(rx.search(t) for t in texts):
            out.append(item)
    return out


def test_articles_listed_with_metadata(digest: dict[str, Any]) -> None:
    arts = {a["id"]: a for a in digest["articles"]}
    assert sorted(arts) == BOTH
    assert arts[TWO]["source"] == "Tasnim"
    assert arts[ONE]["date"] == "2016-08-11"
    assert arts[TWO]["date_inferred"] is True and arts[TWO]["date"]
    for a in arts.values():
        assert a["words"] > 300
        assert a["title"]


def test_main_dyad_is_russia_turkey_and_cooperative(digest: dict[str, Any]) -> None:
    assert digest["pair"] == ["RUS", "TUR"]
    main = digest["dyads"][0]
    assert main["pair"] == ["RUS", "TUR"] and main["main"] is True
    assert main["events"] >= 2
    assert main["tone"] > 0
    assert -1 <= main["tone"] <= 1
    assert main["tone_series"], "tone over time"
    dates = [p["date"] for p in main["tone_series"]]
    assert dates == sorted(dates)
    assert digest["header"]["names"] == ["Russia", "Turkey"]


def test_summary_within_budget_and_cites_both(digest: dict[str, Any]) -> None:
    summary = digest["summary"]
    assert summary
    assert sum(len(s["text"].split()) for s in summary) <= 120
    cited = {src for s in summary for src in s["sources"]}
    assert cited == set(BOTH)
    texts = [s["text"] for s in summary]
    assert len(set(texts)) == len(texts)


def test_summary_respects_word_option() -> None:
    d = json.loads(run_cli("merge", ONE, TWO, "--format", "json", "--words", "40").stdout)
    assert 0 < sum(len(s["text"].split()) for s in d["summary"]) <= 40


def test_timeline_has_the_key_dates(digest: dict[str, Any]) -> None:
    timeline = digest["timeline"]
    dates = [t["date"] for t in timeline]
    for value in ("2015-11", "2016-07-15", "2016-08-09", "2016-08-11", "2016-08-12"):
        assert value in dates, (value, dates)
    # Oldest first.
    assert dates.index("2015-11") < dates.index("2016-07-15") < dates.index("2016-08-09")
    aug9 = [t for t in timeline if t["date"] == "2016-08-09"]
    assert any(re.search(r"Putin|Erdogan|meeting|talks|Petersburg|president", t["text"]) for t in aug9)
    aug12 = [t for t in timeline if t["date"] == "2016-08-12"]
    assert any(t["date_inferred"] for t in aug12)
    assert all(TWO in t["sources"] for t in aug12)
    aug11 = [t for t in timeline if t["date"] == "2016-08-11"]
    assert any(re.search(r"Russia", t["text"]) and ONE in t["sources"] for t in aug11)


def test_timeline_merges_the_same_event_across_sources(digest: dict[str, Any]) -> None:
    multi = [t for t in digest["timeline"] if len(t["sources"]) > 1]
    assert any(t["date"] in ("2015-11", "2016-08-09") for t in multi)
    keys = [(t["date"], t["text"]) for t in digest["timeline"]]
    assert len(keys) == len(set(keys))


def test_corroborated_facts(digest: dict[str, Any]) -> None:
    def both(pattern: str) -> bool:
        return any(set(i["sources"]) == set(BOTH) for i in _items(digest, "corroborated", pattern))

    assert both(r"\bjet\b|plane|aircraft|shot down|shooting-down")
    assert both(r"coup|putsch")
    assert both(r"\bfight\b")
    assert both(r"meeting|talks|summit|August 9|Petersburg")


def test_unique_facts(digest: dict[str, Any]) -> None:
    def only(pattern: str, source: str) -> bool:
        return any(i["sources"] == [source] for i in _items(digest, "unique", pattern))

    assert only(r"NATO|membership|alliance", TWO)
    assert only(r"defen[cs]e (industry|area)", TWO)
    assert only(r"air base", ONE)
    assert not _items(digest, "unique", r"shot down a Russian fighter jet")


def test_actors_unified_with_titles_and_countries(digest: dict[str, Any]) -> None:
    actors = {a["name"]: a for a in digest["actors"]}
    for name, country in (
        ("Vladimir Putin", "RUS"),
        ("Recep Tayyip Erdogan", "TUR"),
        ("Mevlut Cavusoglu", "TUR"),
        ("Fikri Isik", "TUR"),
    ):
        assert name in actors, sorted(actors)
        assert actors[name]["country"] == country
        assert actors[name]["mentions"] >= 1
    assert actors["Mevlut Cavusoglu"]["sources"] == [ONE]
    assert "Minister" in (actors["Fikri Isik"]["title"] or "")
    assert not any(n in actors for n in ("Putin", "Erdogan", "Cavusoglu", "Isik"))


def test_quotes_per_speaker_short_and_sourced(digest: dict[str, Any]) -> None:
    quotes = digest["quotes"]
    speakers = {q["speaker"] for q in quotes}
    assert {"Mevlut Cavusoglu", "Fikri Isik"} <= speakers
    for q in quotes:
        assert q["sources"]
        assert len(q["quote"].split()) <= 40
        assert not q["quote"].startswith(('"', "“"))
    assert sum(q["speaker"] == "Mevlut Cavusoglu" for q in quotes) <= 2


def test_same_bytes_in_any_input_order() -> None:
    for fmt in ("json", "text"):
        assert merged(fmt, ONE, TWO) == merged(fmt, TWO, ONE)


def test_pair_option_is_order_insensitive() -> None:
    a = json.loads(run_cli("merge", ONE, TWO, "--format", "json", "--pair", "TUR:RUS").stdout)
    assert a["pair"] == ["RUS", "TUR"]
    b = json.loads(run_cli("merge", ONE, TWO, "--format", "json", "--pair", "syr:rus").stdout)
    assert b["pair"] == ["RUS", "SYR"]
    assert [d for d in b["dyads"] if d["main"]][0]["pair"] == ["RUS", "SYR"]


def test_jsonl_one_line_per_item() -> None:
    lines = merged("jsonl").strip().splitlines()
    items = [json.loads(x) for x in lines]
    sections = {i["section"] for i in items}
    assert {
        "articles",
        "dyads",
        "summary",
        "timeline",
        "actors",
        "quotes",
        "corroborated",
        "unique",
    } <= sections
    d = json.loads(merged("json"))
    assert len(items) == sum(len(d[s]) for s in sections)


def test_text_format_is_plain_and_complete() -> None:
    out = merged("text")
    for name in ("SUMMARY", "TIMELINE", "ACTORS", "QUOTES", "CORROBORATED", "UNIQUE", "SOURCES"):
        assert f"\n{name}\n" in out
    assert out.startswith("Russia – Turkey (RUS–TUR)")
    assert "\x1b[" not in out
    assert re.search(r"^2016-08-12~ ", out, re.MULTILINE)


def test_markdown_format() -> None:
    out = merged("markdown")
    assert out.startswith("# Russia – Turkey")
    for name in ("## Summary", "## Timeline", "## Quotes", "## Actors", "## Sources"):
        assert name in out
    assert "| 2016-08-09 |" in out


def test_table_format_prints_text_literally() -> None:
    out = merged("table")
    assert "Russia – Turkey" in out
    assert "Timeline" in out and "Quotes" in out
    assert "[IS]" in out  # article text is never read as Rich markup
    assert "\x1b[" not in out  # not a terminal: no colour


def test_tsv_and_csv() -> None:
    tsv = merged("tsv").splitlines()
    assert tsv[0].split("\t")[0] == "section"
    assert any(line.startswith("timeline\t2016-08-09") for line in tsv)
    rows = list(csv.reader(io.StringIO(merged("csv"))))
    assert rows[0][0] == "section"
    assert any(r[0] == "corroborated" and ONE in r[5] and TWO in r[5] for r in rows[1:])


# --- Readability of the digest on the seeds (and all samples) ---------------------------

ANAPHORIC_START = re.compile(r"^(?:Back then|It|They|This|These|He|She|Its|Their|Also)\b")


def test_summary_leads_with_the_development_and_reads_on_its_own(digest: dict[str, Any]) -> None:
    summary = digest["summary"]
    # The latest stated development leads: Turkey's call for joint operations (11 August).
    assert re.search(r"called on Russia to carry out joint operations", summary[0]["text"])
    assert summary[0]["lead"] is True
    for s in summary:
        assert not ANAPHORIC_START.match(s["text"]), s["text"]
    # Background (the 2015 shoot-down) comes after the news, not before it.
    kinds = [s["background"] for s in summary]
    assert kinds == sorted(kinds)
    assert any(s["background"] and re.search(r"shot down", s["text"]) for s in summary)


def test_summary_of_all_samples_leads_with_the_latest_and_skips_filler() -> None:
    d = json.loads(run_cli("merge", "samples/", "--format", "json").stdout)
    texts = [s["text"] for s in d["summary"]]
    assert re.search(r"signed an agreement .* gas pipeline", texts[0])
    assert not any(re.search(r"tourists have also started", t) for t in texts)
    assert sum(len(t.split()) for t in texts) <= 120


def test_timeline_lines_are_self_contained(digest: dict[str, Any]) -> None:
    by_date = {t["date"]: t["text"] for t in digest["timeline"]}
    # A coordinated verb phrase gets its subject back.
    assert re.match(r"NATO member Turkey upped its involvement", by_date["2015"])
    # A date in a reporting frame shows what was reported.
    assert re.match(r"Isik told Haberturk TV that the agreement was reached", by_date["2016-08-12"])
    for text in by_date.values():
        assert text[0].isupper() and len(text.split()) <= 28
        assert not re.search(r"\b(?:on Thursday|on Tuesday|on Friday|last year)\b", text)


def test_facts_not_doubled_and_not_matched_on_generic_words(digest: dict[str, Any]) -> None:
    # The 9 August meeting is one corroborated fact, not two.
    aug9 = _items(digest, "corroborated", r"August 9|Tuesday|Saint Petersburg|meeting between")
    assert len(aug9) == 1
    # "talks aimed at coordinating actions on Syria" (a delegation) and Isik's "joint work on
    # the issues related to Syria" share only generic words: not one fact.
    assert not _items(digest, "corroborated", r"delegation")
    assert not _items(digest, "corroborated", r"crisis in ties")


def test_unique_facts_are_capped_ranked_and_attributed(digest: dict[str, Any]) -> None:
    unique = digest["unique"]
    assert 3 <= len(unique) <= 12
    summary = {s["text"] for s in digest["summary"]}
    for u in unique:
        assert u["text"] not in summary
        assert not re.match(r"^(?:He|She|They|It)\b", u["text"]), u["text"]
    # Domestic trivia of one country (the purge) is not listed; quotations are attributed.
    assert not _items(digest, "unique", r"sacked thousands")
    assert any(re.match(r"Isik: “", u["text"]) for u in unique)


def test_tone_counts_events_once(digest: dict[str, Any]) -> None:
    main = digest["dyads"][0]
    # Five reports of the 2015 shoot-down (both articles) are one event.
    assert main["reports"] > main["events"] >= 5
    assert main["tone_label"] in ("mostly cooperative", "cooperative")
    assert [p["date"] for p in main["tone_series"]] == ["2015-11", "2016-08"]

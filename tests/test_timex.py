"""Time expressions: TIMEX3 values on the seeds, on written cases, and dating undated articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, SEED_ONE, SEED_TWO, load_script, run_cli

from newsdigest.annotate import annotate, date_undated
from newsdigest.annotate.timex import find_times, infer_pubdate
from newsdigest.models import Article
from newsdigest.sentences import split_sentences

CASES = ROOT / "tests" / "cases" / "timex.jsonl"


def _times(text: str, date: str | None = None, pubdate: str | None = None) -> list[tuple[str, str]]:
    art = Article(id="t", path=None, text=text, date=date)
    return [(t.expression, t.value) for t in find_times(art, split_sentences(text), pubdate=pubdate)]


def _article(path: Path, date: str | None = None) -> Article:
    return Article(id=str(path), path=str(path), text=path.read_text(encoding="utf-8"), date=date)


# --- the seeds -------------------------------------------------------------------------


def test_seed_one_values() -> None:
    art = _article(SEED_ONE, "2016-08-11")
    times = find_times(art, split_sentences(art.text))
    got = [(t.expression, t.value) for t in times]
    assert ("Thursday", "2016-08-11") in got
    assert got.count(("Tuesday", "2016-08-09")) == 2  # "on Tuesday" and "Tuesday's summit"
    assert ("15 July", "2016-07-15") in got
    assert ("November", "2015-11") in got
    assert ("last year", "2015") in got
    thursday = next(t for t in times if t.expression == "Thursday")
    assert art.text[thursday.start : thursday.end] == "Thursday"
    assert thursday.type == "DATE" and thursday.anchor == "2016-08-11" and not thursday.inferred
    assert thursday.event.startswith("Turkey called on Russia to carry out joint operations")
    assert "after crucial talks" not in thursday.event


def test_seed_two_with_pubdate() -> None:
    art = _article(SEED_TWO)
    got = _times(art.text, pubdate="2016-08-13")
    assert ("August 9", "2016-08-09") in got
    assert ("Friday", "2016-08-12") in got
    assert ("November last year", "2015-11") in got
    assert ("July this year", "2016-07") in got


def test_seed_two_without_anchor_keeps_placeholders() -> None:
    got = _times(_article(SEED_TWO).text)
    assert ("August 9", "XXXX-08-09") in got
    assert ("Friday", "XXXX-WXX-5") in got


def test_undated_article_dated_from_the_run() -> None:
    dated = annotate(_article(SEED_ONE, "2016-08-11"))
    undated = annotate(_article(SEED_TWO))
    assert infer_pubdate(undated, [dated]) == "2016-08-12"
    date_undated([dated, undated])
    assert undated.article.date == "2016-08-12" and undated.article.date_inferred
    got = {(t.expression, t.value) for t in undated.times}
    assert {("August 9", "2016-08-09"), ("Friday", "2016-08-12")} <= got
    assert all(t.inferred and t.anchor == "2016-08-12" for t in undated.times)
    assert dated.article.date == "2016-08-11" and not dated.article.date_inferred


def test_infer_pubdate_needs_a_dated_article() -> None:
    assert infer_pubdate(annotate(_article(SEED_TWO)), []) is None


def test_infer_pubdate_prefers_the_article_sharing_its_dates() -> None:
    text = "Officials said the accord reached on March 3 would be ratified. Talks resumed on Monday."
    undated = annotate(Article(id="u", path=None, text=text))
    near = annotate(Article(id="a", path=None, text="The accord was signed on March 3.", date="2017-03-04"))
    far = annotate(Article(id="b", path=None, text="Markets were calm.", date="2017-06-20"))
    guess = infer_pubdate(undated, [far, near])
    # on or after March 3, and Monday (6 March 2017) after the accord
    assert guess == "2017-03-06"


def test_infer_pubdate_survives_a_leap_day_in_a_common_year() -> None:
    # found by review: "February 29" resolved against a year with no leap day raised
    # ValueError from the whole run instead of being skipped
    undated = annotate(Article(id="u", path=None, text="The vote was held on February 29, officials said."))
    dated = annotate(
        Article(id="d", path=None, text="The vote on 29 February 2016 was disputed.", date="2017-03-05")
    )
    assert infer_pubdate(undated, [dated]) == "2017-03-05"


# --- written cases ---------------------------------------------------------------------


def _cases() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_case_file_is_large_and_varied() -> None:
    cases = _cases()
    assert len(cases) >= 40
    values = [v for c in cases for _, v in c["expected"]]
    for needle in ("P", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "-W", "-SU", "-Q", "T"):
        assert any(needle in v for v in values), needle
    assert sum(1 for c in cases if not c["expected"]) >= 4  # false-positive traps


def test_cases_overall_value_f1() -> None:
    ev = load_script("eval_timex")
    sc = ev.score_docs(ev.load_cases(CASES))
    p, r, f = sc.table()["value"]
    assert f >= 0.9, sc.errors
    assert sc.table()["extent overlap"][2] >= 0.95, sc.errors


def test_second_case_set_value_f1() -> None:
    # US wire and business style, written after the grammar and scored before tuning it
    ev = load_script("eval_timex")
    sc = ev.score_docs(ev.load_cases(CASES.with_name("timex.heldout.jsonl")))
    assert sc.table()["value"][2] >= 0.9, sc.errors


@pytest.mark.parametrize("case", [c for c in _cases() if c["must"]], ids=lambda c: c["text"][:40])
def test_must_pass_case(case: dict) -> None:
    got = _times(case["text"], date=case["pubdate"])
    assert got == [tuple(e[:2]) for e in case["expected"]]


# --- specific behaviour ----------------------------------------------------------------


def test_tense_sets_weekday_direction() -> None:
    # 2016-08-11 is a Thursday
    assert _times("The ministers met on Thursday.", "2016-08-11") == [("Thursday", "2016-08-11")]
    assert _times("The ministers will meet on Monday.", "2016-08-11") == [("Monday", "2016-08-15")]
    assert _times("They met last Thursday.", "2016-08-11") == [("last Thursday", "2016-08-04")]
    assert _times("They meet next Thursday.", "2016-08-11") == [("next Thursday", "2016-08-18")]


def test_types_and_sets() -> None:
    art = Article(
        id="t", path=None, text="Every Monday and twice a year, for three years, at 9 am.", date="2016-08-11"
    )
    types = {t.expression: (t.value, t.type) for t in find_times(art, split_sentences(art.text))}
    assert types["Every Monday"] == ("XXXX-WXX-1", "SET")
    assert types["twice a year"] == ("P1Y", "SET")
    assert types["three years"] == ("P3Y", "DURATION")
    assert types["9 am"] == ("2016-08-11T09:00", "TIME")


def test_numeric_dates() -> None:
    assert _times("Signed on 08/11/2016.", "2016-08-12") == [("08/11/2016", "2016-08-11")]
    assert _times("Signed on 25/12/2015.", "2016-08-12") == [("25/12/2015", "2015-12-25")]
    assert _times("Version 1.2.10 was released.", "2016-08-12") == []


def test_year_end_crossing() -> None:
    # a December article: January is next year when the clause looks ahead
    assert _times("The law will take effect in January.", "2019-12-20") == [("January", "2020-01")]
    assert _times("Prices rose in December.", "2020-01-03") == [("December", "2019-12")]


def test_no_false_positives_on_names_and_counts() -> None:
    text = (
        "Theresa May met officials. The Sunday Times said 1,500 troops and 2000 police were sent. "
        "A Su-24 crashed. March organisers may march again. He is in his 80s."
    )
    assert _times(text, "2016-08-11") == []


def test_blind_case_sets_value_f1() -> None:
    # timex_blind: written before reading the code; timex_blind2: committed before the code
    # was run on it (see tests/cases/timex_conventions.md). Floors sit below the measured
    # figures (0.977, 1.000) so that a regression shows.
    ev = load_script("eval_timex")
    for name, floor in (("timex_blind.jsonl", 0.93), ("timex_blind2.jsonl", 0.93)):
        sc = ev.score_docs(ev.load_cases(CASES.with_name(name)))
        assert sc.table()["value"][2] >= floor, (name, sc.errors)


def test_passive_and_modal_clauses_look_ahead() -> None:
    # 2014-12-19 is a Friday: "will be closed" is not a past tense
    assert _times("Markets will be closed on Christmas Day.", "2014-12-19") == [
        ("Christmas Day", "2014-12-25")
    ]
    assert _times("The deal must be approved by March 20.", "2012-02-10") == [("March 20", "2012-03-20")]
    assert _times("Officials said prices may rise in the spring.", "1998-02-27") == [
        ("the spring", "1998-SP")
    ]
    # a reported plan stays in the past
    assert _times("Gazprom had been expected to win the December auction.", "2005-03-01") == [
        ("December", "2004-12")
    ]


def test_past_clause_can_name_a_coming_day() -> None:
    text = "The hearing, originally set for Oct. 15, was postponed until Nov. 4."
    assert _times(text, "2013-09-30") == [("Oct. 15", "2013-10-15"), ("Nov. 4", "2013-11-04")]
    # but a month past in a past clause stays in the past
    assert _times("Sales in the year to March rose 5%.", "2005-02-15") == [("March", "2004-03")]


def test_narrative_shift_keeps_the_reference_granularity() -> None:
    text = "Net income in the third quarter rose to $5.2 million from $4.1 million a year earlier."
    assert _times(text, "1989-10-26") == [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]
    assert _times("Sales rose 5 percent in December from a year earlier.", "2011-01-01") == [
        ("December", "2010-12"),
        ("a year earlier", "2009-12"),
    ]
    assert _times(
        "Renault sold 2.4 million vehicles in 2004, 4% more than the previous year.", "2005-03-01"
    ) == [
        ("2004", "2004"),
        ("the previous year", "2003"),
    ]
    # a deictic "ago" with no period before it counts from the publication date
    assert _times("Two years ago, the government cut the tax.", "2019-01-07") == [("Two years ago", "2017")]


def test_the_quarter_and_year_earlier_follow_the_reported_period() -> None:
    text = (
        "Net income in the third quarter rose 5%. In the quarter, revenue fell from the year-earlier period."
    )
    assert _times(text, "1989-10-26") == [
        ("the third quarter", "1989-Q3"),
        ("the quarter", "1989-Q3"),
        ("year-earlier", "1988-Q3"),
    ]
    # no quarter named before: "the quarter" is not resolved; a fraction is no time
    assert _times("Revenue in the quarter fell. A quarter of the staff left.", "1989-10-26") == []


def test_anaphoric_day_before_and_following_day() -> None:
    text = "Police said the suspect entered on October 28 and had arrived in Istanbul the day before."
    assert _times(text, "2022-11-15") == [("October 28", "2022-10-28"), ("the day before", "2022-10-27")]
    text = "Hurricane Katrina made landfall on Monday morning, and the levees failed the following day."
    assert _times(text, "2005-09-01") == [
        ("Monday morning", "2005-08-29TMO"),
        ("the following day", "2005-08-30"),
    ]
    # no date to count from: an event anchors it, no value can be given
    assert _times("The e-mail was revealed the day after the minister warned the BBC.", "2005-03-01") == []


def test_ages_frequencies_and_vague_plurals() -> None:
    art = Article(
        id="t",
        path=None,
        text="A 35-year-old runs daily flights, just hours after a weekly magazine said it could take weeks.",
        date="2016-08-11",
    )
    got = [(t.expression, t.value, t.type) for t in find_times(art, split_sentences(art.text))]
    assert got == [
        ("35-year-old", "P35Y", "DURATION"),
        ("daily", "P1D", "SET"),
        ("hours", "PTXH", "DURATION"),
        ("weekly", "P1W", "SET"),
        ("weeks", "PXW", "DURATION"),
    ]
    assert _times("The wilder days of the 1990s are over.", "2005-03-01") == [("the 1990s", "199")]


def test_us_holidays() -> None:
    assert _times("Many will travel again on Labor Day.", "2021-07-04") == [("Labor Day", "2021-09-06")]
    assert _times("He spoke at a Holocaust Memorial Day event.", "2005-03-01") == []


# --- through the CLI -------------------------------------------------------------------


def test_cli_timeline_dates_undated_article_from_jsonl_run() -> None:
    lines = [
        {"id": "one", "text": SEED_ONE.read_text(encoding="utf-8"), "date": "2016-08-11"},
        {"id": "two", "text": SEED_TWO.read_text(encoding="utf-8")},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines).encode()
    proc = run_cli("timeline", "-", "--input-format", "jsonl", "--format", "json", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    recs = json.loads(proc.stdout)
    two = {(r["expression"], r["value"]) for r in recs if r["id"] == "two"}
    assert {("August 9", "2016-08-09"), ("Friday", "2016-08-12")} <= two
    assert all(r["inferred"] for r in recs if r["id"] == "two")
    one = [r for r in recs if r["id"] == "one" and r["expression"] == "Thursday"]
    assert one and one[0]["value"] == "2016-08-11" and one[0]["type"] == "DATE"
    assert {"id", "expression", "value", "type", "start", "end", "sentence", "event"} <= one[0].keys()


def test_cli_timeline_seed_two_with_pubdate() -> None:
    proc = run_cli("timeline", str(SEED_TWO), "--pubdate", "2016-08-13", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    got = {(r["expression"], r["value"]) for r in json.loads(proc.stdout)}
    assert {("August 9", "2016-08-09"), ("Friday", "2016-08-12")} <= got


def test_cli_timeline_both_seed_files() -> None:
    clean = run_cli("clean", str(SEED_ONE), "--format", "json")
    if json.loads(clean.stdout)[0]["date"] != "2016-08-11":
        pytest.skip("the cleaner does not date the first seed yet")
    proc = run_cli("timeline", str(SEED_ONE), str(SEED_TWO), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    recs = json.loads(proc.stdout)
    one = {(r["expression"], r["value"]) for r in recs if r["id"].endswith(SEED_ONE.name)}
    two = {(r["expression"], r["value"]) for r in recs if r["id"].endswith(SEED_TWO.name)}
    assert {("Thursday", "2016-08-11"), ("15 July", "2016-07-15"), ("November", "2015-11")} <= one
    assert {("last year", "2015"), ("Tuesday", "2016-08-09")} <= one
    assert {("August 9", "2016-08-09"), ("Friday", "2016-08-12")} <= two


def test_signal_keeps_the_preposition_out_of_the_extent() -> None:
    text = "Turkey on Thursday called on Russia to act. Talks took place in November last year."
    art = Article(id="t", path=None, text=text, date="2016-08-11")
    times = find_times(art, split_sentences(text))
    assert [(t.expression, t.signal, t.value) for t in times] == [
        ("Thursday", "on", "2016-08-11"),
        ("November last year", "in", "2015-11"),
    ]
    assert times[0].to_json()["signal"] == "on"


def test_eval_reads_timeml(tmp_path: Path) -> None:
    tml = (
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>x</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" functionInDocument="CREATION_TIME">'
        "02/27/1998</TIMEX3></DCT>\n<TEXT>\nThe envoy left Baghdad on "
        '<TIMEX3 tid="t1" type="DATE" value="1998-02-21">Saturday</TIMEX3> after a '
        '<TIMEX3 tid="t2" type="DURATION" value="P3D">three-day</TIMEX3> visit &amp; talks, '
        'and sanctions stay in place <TIMEX3 tid="t3" type="DATE" value="PRESENT_REF">now</TIMEX3>.\n'
        "</TEXT>\n</TimeML>\n"
    )
    (tmp_path / "a.tml").write_text(tml, encoding="utf-8")
    ev = load_script("eval_timex")
    doc = ev.load_timeml(tmp_path / "a.tml")
    assert doc.pubdate == "1998-02-27"
    assert [(g.text, g.value) for g in doc.gold] == [
        ("Saturday", "1998-02-21"),
        ("three-day", "P3D"),
        ("now", "PRESENT_REF"),
    ]
    assert "visit & talks" in doc.text
    sc = ev.score_docs([doc])
    assert sc.table()["value"] == (1.0, 1.0, 1.0)

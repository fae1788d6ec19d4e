"""The digest's own mechanisms on small hand-annotated texts (independent of the annotators)."""

from __future__ import annotations

import random
import re

from newsdigest.digest import build_digest
from newsdigest.digest.clauses import clause_spans, display
from newsdigest.digest.lexicon import concepts
from newsdigest.digest.quotes import faithful
from newsdigest.digest.timeline import sort_key
from newsdigest.digest.tone import sparkline, tone, tone_series
from newsdigest.models import Annotations, Article, Event, Mention, Quote, TimeExpression
from newsdigest.sentences import split_sentences

NAMES = {
    "Turkey": "TUR",
    "Turkish": "TUR",
    "Russia": "RUS",
    "Russian": "RUS",
    "Syria": "SYR",
    "Syrian": "SYR",
    "Iran": "IRN",
    "Iraq": "IRQ",
}
_NAME_RX = re.compile(r"\b(" + "|".join(NAMES) + r")\b")


def annotate_by_hand(
    aid: str,
    text: str,
    date: str | None = None,
    events: list[tuple[str, str, str, int, str | None]] = (),  # (phrase, source, target, quad, date)
    times: list[tuple[str, str]] = (),  # (expression, value)
    quotes: list[tuple[str, str]] = (),  # (quote, speaker)
) -> Annotations:
    art = Article(id=aid, path=aid, text=text, date=date, source=aid.split("/")[0])
    sents = split_sentences(text)
    ann = Annotations(article=art, sentences=sents)
    ann.mentions = [
        Mention(m.group(0), m.start(), m.end(), NAMES[m.group(0)]) for m in _NAME_RX.finditer(text)
    ]
    for phrase, src, tgt, quad, when in events:
        at = text.index(phrase)
        s = next(s for s in sents if s.start <= at < s.end)
        ann.events.append(Event(aid, src, tgt, quad, phrase, s.text, s.start, s.end, when or date))
    for expr, value in times:
        at = text.index(expr)
        s = next(s for s in sents if s.start <= at < s.end)
        ann.times.append(TimeExpression(aid, expr, value, "DATE", at, at + len(expr), s.text, ""))
    for q, who in quotes:
        at = text.index(q)
        ann.quotes.append(Quote(aid, q, at, at + len(q), speaker=who))
    return ann


A_TEXT = (
    "Turkey and Russia signed a gas pipeline agreement in Istanbul on Monday. "
    "The deal revives the TurkStream project that was frozen after Turkish jets "
    "downed a Russian bomber in 2015. "
    "Turkish officials said trade with Russia would double. "
    "Iraq was not mentioned by either side."
)
B_TEXT = (
    "Russia and Turkey concluded an accord on a gas pipeline on Monday in Istanbul. "
    "Relations collapsed in 2015 when the Turkish air force shot down a Russian warplane "
    "near the Syrian border. "
    "Russian tourists are returning to Turkish beaches, the ministry said. "
    '"We will build it fast. We will build it together," the Russian energy minister said.'
)


def _pair_annotations() -> list[Annotations]:
    a = annotate_by_hand(
        "outlet-a/1",
        A_TEXT,
        "2016-10-10",
        events=[
            ("signed a gas pipeline agreement", "TUR", "RUS", 2, "2016-10-10"),
            ("downed a Russian bomber", "TUR", "RUS", 4, "2015"),
        ],
        times=[("on Monday", "2016-10-10"), ("in 2015", "2015")],
    )
    b = annotate_by_hand(
        "outlet-b/1",
        B_TEXT,
        "2016-10-11",
        events=[
            ("concluded an accord", "RUS", "TUR", 2, "2016-10-10"),
            ("shot down a Russian warplane", "TUR", "RUS", 4, "2015"),
        ],
        times=[("on Monday", "2016-10-10"), ("in 2015", "2015")],
        quotes=[("We will build it fast. We will build it together,", "Alexander Novak")],
    )
    return [a, b]


def test_lexicon_matches_paraphrases() -> None:
    one = set(concepts("the shooting-down of a Russian fighter jet by Turkish air forces"))
    two = set(concepts("the Turkish military shot down a Russian fighter plane"))
    assert {"shootdown", "aircraft", "military", "fighter"} <= one & two
    assert "coup" in concepts("the failed putsch") and "coup" in concepts("a coup attempt")
    assert "IS" in concepts("the fight against Daesh") and "IS" in concepts("raids against IS")
    assert "IS" not in concepts("it is what it is")


def test_clauses_split_two_facts_in_one_sentence() -> None:
    s = (
        "NATO member Turkey was long criticised by its Western partners for not playing a full role in the "
        "fight against IS but upped its involvement last year by offering US forces use of an air base."
    )
    parts = [display(s[a:b]) for a, b in clause_spans(s)]
    assert len(parts) == 2
    assert parts[1].startswith("Upped its involvement") and "air base" in parts[1]
    short = "Turkey will help, he said."
    assert len(clause_spans(short)) == 1


def test_tone_and_sparkline() -> None:
    assert tone([1, 2]) == 1.0
    assert tone([4]) == -1.0
    assert 0 < tone([2, 2, 3]) < 1
    assert tone([]) == 0.0
    series = tone_series([("2015-11", 4), ("2016-08-09", 1), ("2016-08-11", 2)])
    assert [p["date"] for p in series] == ["2015-11", "2016-08"]
    assert sparkline(series) == "▁█"


def test_timeline_sort_key_orders_mixed_precision() -> None:
    values = ["2016-08-09", "2015", "2016-W32", "2015-11", "2016-07-15", "2016-SU"]
    assert sorted(values, key=sort_key) == [
        "2015",
        "2015-11",
        "2016-SU",
        "2016-07-15",
        "2016-W32",
        "2016-08-09",
    ]


def test_faithful_quotes_cut_at_sentence_boundaries() -> None:
    long = (
        "We will discuss all the details with our partners in Moscow this week. "
        "We have always called on Russia to carry out operations against the group together with us. "
        "There is no alternative to cooperation in the region and everybody knows it."
    )
    out = faithful(long, limit=30)
    assert out.endswith(" …")
    assert out.startswith("We will discuss all the details")
    assert len(out.split()) <= 31
    assert faithful('"Short and whole."') == "Short and whole."
    assert faithful("We agreed on everything. And then") == "We agreed on everything. …"


def test_digest_from_hand_annotations() -> None:
    d = build_digest(_pair_annotations(), words=60)
    assert d.pair == ["RUS", "TUR"]
    main = d.dyads[0]
    # Two reports of the pipeline deal and two of the 2015 shoot-down: two events.
    assert main["events"] == 2 and main["reports"] == 4 and main["tone"] == 0.0
    assert [p["date"] for p in main["tone_series"]] == ["2015", "2016-10"]
    assert main["sparkline"] == "▁█"
    # The pipeline deal and the 2015 shoot-down are both corroborated.
    shared = [c for c in d.corroborated if len(c["sources"]) == 2]
    assert any("pipeline" in c["text"] for c in shared)
    assert any(re.search(r"down", c["text"]) for c in shared)
    # Timeline: one entry per happening, both sources merged, oldest first.
    assert [t["date"] for t in d.timeline] == ["2015", "2016-10-10"]
    assert all(t["sources"] == ["outlet-a/1", "outlet-b/1"] for t in d.timeline)
    # Unique: trade doubling (A: the pair and a figure) is notable; returning tourists (B:
    # the pair, but no event, date, figure or named actor) is not.
    # The trade sentence is listed exactly once: in the summary (citing A alone) or, when the
    # summary leaves it out, among A's unique facts.
    for budget in (15, 25, 60):
        dd = build_digest(_pair_annotations(), words=budget)
        in_summary = [s for s in dd.summary if "trade" in s["text"]]
        in_unique = [u for u in dd.unique if "trade" in u["text"]]
        assert len(in_summary) + len(in_unique) == 1, budget
        assert (in_summary or in_unique)[0]["sources"] == ["outlet-a/1"]
        assert not any("tourists" in u["text"] for u in dd.unique)
    assert sum(len(s["text"].split()) for s in d.summary) <= 60
    assert d.quotes and d.quotes[0]["speaker"] == "Alexander Novak"
    assert d.header["covers"] == ["2015", "2016-10-10"]


def test_digest_is_independent_of_input_order() -> None:
    anns = _pair_annotations()
    ref = build_digest(anns).to_json()
    shuffled = list(anns)
    random.Random(7).shuffle(shuffled)
    assert build_digest(shuffled[::-1]).to_json() == ref


def test_pair_option_and_unknown_pair() -> None:
    anns = _pair_annotations()
    d = build_digest(anns, pair=("TUR", "RUS"))
    assert d.pair == ["RUS", "TUR"]
    none = build_digest(anns, pair=("IRN", "IRQ"))
    assert none.pair == ["IRN", "IRQ"]
    assert none.summary == [] and none.corroborated == []
    assert none.dyads[0]["pair"] == ["IRN", "IRQ"] and none.dyads[0]["events"] == 0


def test_empty_input() -> None:
    d = build_digest([])
    assert d.pair is None and d.articles == [] and d.summary == []


def test_tone_counts_each_event_once() -> None:
    """Three reports of one shoot-down (two articles, one of them twice) weigh as one event
    against three distinct acts of cooperation."""
    a = annotate_by_hand(
        "outlet-a/2",
        "Turkish jets shot down a Russian bomber in November 2015. "
        "The downing of the Russian bomber by Turkish jets froze ties. "
        "Turkey and Russia signed a trade deal on Monday. "
        "Turkey sent grain shipments to Russia.",
        "2016-10-10",
        events=[
            ("shot down a Russian bomber", "TUR", "RUS", 4, "2015-11"),
            ("downing of the Russian bomber", "TUR", "RUS", 4, None),
            ("signed a trade deal", "TUR", "RUS", 2, "2016-10-10"),
            ("sent grain shipments", "TUR", "RUS", 2, None),
        ],
    )
    b = annotate_by_hand(
        "outlet-b/2",
        "Russia and Turkey agreed to open a consulate in Antalya. "
        "Relations collapsed when Turkish jets shot down a Russian bomber in 2015.",
        "2016-10-12",
        events=[
            ("agreed to open a consulate", "RUS", "TUR", 2, None),
            ("shot down a Russian bomber", "TUR", "RUS", 4, "2015"),
        ],
    )
    for ann in (a, b):  # events the text does not date carry no date (as the annotator gives them)
        for ev in ann.events:
            if ev.text in (
                "downing of the Russian bomber",
                "sent grain shipments",
                "agreed to open a consulate",
            ):
                ev.date = None
    main = build_digest([a, b]).dyads[0]
    assert main["reports"] == 6 and main["events"] == 4
    assert main["tone"] == 0.5 and main["tone_label"] == "mostly cooperative"
    # The shoot-down is dated by its most precise statement, the rest by month.
    assert [p["date"] for p in main["tone_series"]] == ["2015-11", "2016-10"]

"""Cleaning stage: boilerplate removal and metadata, on the seeds, samples and dev excerpts."""

# ruff: noqa: E501  (the excerpts keep their real, long paragraph lines)

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES, SEED_ONE, SEED_TWO

from newsdigest.clean import clean_source, looks_like_html
from newsdigest.clean.metadata import is_date_line, parse_date, parse_dateline, split_site_title
from newsdigest.clean.rules import line_reason
from newsdigest.clean.score import corpus_scores, doc_scores
from newsdigest.clean.text import clean_text
from newsdigest.models import Article, Source


def clean_file(path: Path) -> Article:
    return clean_source(Source(id=str(path), path=str(path), data=path.read_bytes()))


def clean_str(text: str) -> Article:
    return clean_source(Source(id="t", path=None, text=text))


def removed_lines(article: Article) -> dict[str, str]:
    return {r.line: r.reason for r in article.removed}


def assert_only_whole_lines(source_text: str, article: Article) -> None:
    """Every body line is an input line (stripped), except a dateline prefix cut."""
    inputs = {line.strip() for line in source_text.replace("\r\n", "\n").split("\n")}
    prefixes = [r.line for r in article.removed if r.reason == "dateline"]
    for line in article.text.split("\n"):
        if not line or line in inputs:
            continue
        assert any(f"{p} {line}" in inputs or (p + line) in inputs for p in prefixes), line


# --- the seeds (acceptance) -------------------------------------------------------------

SEED_ONE_PARAGRAPHS = [
    "Turkey on Thursday called on Russia to carry out joint operations against Islamic State [IS]",
    "The comments by Foreign Minister Mevlut Cavusoglu came as a Turkish delegation",
    '"We will discuss all the details. We have always called on Russia',
    'Cavusoglu urged Russia to fight against the "common enemy"',
    "\"Let's fight against the terrorist group together",
    "Erdogan visited Russia's second city of Saint Petersburg on Tuesday",
    "It was also his first direct meeting with Putin since the shooting-down",
    "NATO member Turkey was long criticised by its Western partners",
    "Turkey has also carried out air and artillery strikes against IS of its own",
    "The three-person Turkish delegation in Moscow",
    '"I believe the mechanism will contribute to this process," he added.',
    "Cavusoglu said close cooperation between Turkey and Russia would help prevent incidents",
    '"Many countries are engaged in Syria actively. There could be mistakes," he said.',
    '"In order to prevent that, we need to put into practice the solidarity',
    "Cavusoglu also said real time communication was also needed between the two presidents",
]


def test_seed_one_metadata_and_boilerplate() -> None:
    art = clean_file(SEED_ONE)
    assert art.title == "Turkey offers Russia joint operations against IS in Syria"
    assert art.date == "2016-08-11"
    body = art.text
    assert "2 min read" not in body
    assert "[Click to enlarge]" not in body
    assert "[Getty]" not in body
    assert "Vladimir Putin and Recep Tayyip Erdogan held crucial talks" not in body
    assert "Turkey offers Russia joint operations against IS in Syria" not in body
    reasons = removed_lines(art)
    assert reasons["2 min read"] == "reading-time"
    assert reasons["11 August, 2016"] == "date-line"
    assert reasons["[Click to enlarge]"] == "click-to-enlarge"
    assert (
        reasons["Vladimir Putin and Recep Tayyip Erdogan held crucial talks to end tensed relations [Getty]"]
        == "photo-caption"
    )
    assert "repeated-headline" in reasons.values()


def test_seed_one_keeps_every_paragraph_and_the_standfirst() -> None:
    art = clean_file(SEED_ONE)
    assert art.text.startswith("Turkey's foreign minister says his country has called on Russia")
    for para in SEED_ONE_PARAGRAPHS:
        assert para in art.text, para
    assert_only_whole_lines(SEED_ONE.read_text(encoding="utf-8"), art)


def test_seed_two_dateline_source_and_body_start() -> None:
    art = clean_file(SEED_TWO)
    assert art.source == "Tasnim"
    assert art.dateline == "TEHRAN"
    assert art.title == "Turkey Ready to Cooperate with Russia on Syria: Defense Minister"
    assert art.date is None
    assert art.text.startswith("Turkey will do everything needed")
    assert removed_lines(art)["TEHRAN (Tasnim) –"] == "dateline"
    assert "Turkey has sacked thousands of military and government personnel" in art.text
    assert_only_whole_lines(SEED_TWO.read_text(encoding="utf-8"), art)


# --- the samples written for this stage -----------------------------------------------


def test_sample_whole_page_with_menu_cookie_related_footer() -> None:
    path = SAMPLES / "page-saved-russia-turkey-pipeline-deal-2016.txt"
    art = clean_file(path)
    assert art.title == "Russia and Turkey sign gas pipeline deal as ties recover"
    assert art.date == "2016-10-10"
    assert art.dateline == "ISTANBUL"
    assert art.source == "Eurasia Wire"
    assert art.text.startswith("Russia and Turkey signed an agreement on Monday")
    assert art.text.endswith("said a Moscow-based analyst who follows Turkish politics.")
    reasons = removed_lines(art)
    assert reasons["Middle East"] == "navigation"
    assert reasons["Related stories"] == "related-links"
    assert reasons["Erdogan visits Saint Petersburg for first talks since jet crisis"] == "related-links"
    assert reasons["© 2016 Eurasia Wire. All rights reserved."] == "copyright"
    assert any(r == "cookie-notice" for r in reasons.values())
    assert "Analysts cautioned that deep differences remain." in art.text
    assert_only_whole_lines(path.read_text(encoding="utf-8"), art)


def test_sample_byline_share_follow_newsletter_credits() -> None:
    path = SAMPLES / "byline-share-prompts-india-pakistan-water-talks.txt"
    art = clean_file(path)
    assert art.title == "India and Pakistan agree to reopen talks on river waters"
    assert art.date == "2017-03-20"
    reasons = removed_lines(art)
    assert reasons["By Rohan Mehta and Sana Qureshi"] == "byline"
    assert reasons["Share this:"] == "share-prompt"
    assert reasons["Follow us on Twitter @southasiadesk"] == "follow-prompt"
    assert reasons["Subscribe to our newsletter"] == "newsletter"
    assert reasons["Indian officials at the Wagah border crossing. Photo: Reuters"] == "photo-caption"
    assert reasons["(Photo: AFP/Getty Images)"] == "photo-caption"
    assert art.text.startswith("Officials from India and Pakistan are to meet in Islamabad")
    assert art.text.endswith("any contact between the two governments was welcome.")
    assert len(art.text.split("\n\n")) == 7


def test_sample_html_page() -> None:
    path = SAMPLES / "html-page-china-us-trade-talks.html"
    html = path.read_text(encoding="utf-8")
    assert looks_like_html(html)
    art = clean_file(path)
    assert art.input_format == "html"
    assert art.title == "China and US agree to resume trade talks in Washington"
    assert art.date == "2019-09-05"
    assert art.dateline == "BEIJING"
    assert art.text.startswith("China and the United States agreed on Thursday")
    for junk in (
        "Subscribe",
        "cookie",
        "Related stories",
        "Soybean farmers feel",
        "All rights reserved",
        "gtag",
    ):
        assert junk not in art.text, junk
    assert "US officials have said they want China to make changes to its laws" in art.text


def test_sample_cp1252_crlf() -> None:
    path = SAMPLES / "cp1252-crlf-turkish-exporters-return-to-russia.txt"
    data = path.read_bytes()
    assert b"\r\n" in data and b"\x93" in data  # cp1252 left double quote
    art = clean_file(path)
    assert art.title == "Turkish exporters return to Russian market as sanctions ease"
    assert art.date == "2016-08-29"
    assert art.dateline == "ANKARA"
    assert "Hervé Lenoir" in art.text
    assert "“We have lost our customers" in art.text
    assert "\r" not in art.text
    assert "[Getty]" not in art.text and "©" not in art.text


# --- excerpts in the style of the dev pages (short, adapted) ---------------------------

DEV_STYLE_PAGE = """BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga

Home
About
Advertisements
Contact

Home
Latest
Politics
World News
Sports

BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga

LinkNaija August 08, 2018
Chelsea have this morning paid the £71.6million fee to the Spanish league this morning to secure the world record signing of Athletic Bilbao keeper Kepa Arrizabalaga
This has freed of the £38million move of Thibaut Courtois to Real Madrid
Kepa Arrizabalaga will undergo a medical st Stamford Bridge today ahead of making the move which will see him become the most expensive keeper in history.
The 23-year-old flew to London yesterday evening and will spend the day completing the formalities of the deal, which Chelsea hope to announce later today.
Tags:
Latest News SPORT NEWS

Facebook
Twitter

You may like these posts

Post a Comment

0 Comments

Popular Posts

BREAKING: BENUE GUBER APPEAL MOVED TO ABUJA

November 19, 2019

Home
About
Disclaimer
Privacy & Policy
Contact Us
"""


def test_dev_style_page_keeps_body_drops_menus_and_lists() -> None:
    art = clean_str(DEV_STYLE_PAGE)
    assert art.text.startswith("Chelsea have this morning paid")
    assert art.text.endswith("which Chelsea hope to announce later today.")
    assert "This has freed of the £38million move of Thibaut Courtois to Real Madrid" in art.text
    for junk in ("Politics", "Post a Comment", "Popular Posts", "BENUE", "Disclaimer", "Facebook"):
        assert junk not in art.text, junk
    assert art.title is not None and art.title.startswith("BREAKING NEWS: Chelsea")
    assert_only_whole_lines(DEV_STYLE_PAGE, art)


WRAPPED = """Skip to content
  • World
  • Business
  • Sport

Two federal prison officers charged with falsifying records

Kevin Johnson USA TODAY
Published 7:07 PM EST Nov 19, 2019

WASHINGTON – Two federal prison officers were charged Tuesday with falsifying records, stating they
had checked on accused sex trafficker Jeffrey Epstein in the hours before he hanged himself in his
Manhattan cell.

Federal prosecutors alleged that Tova Noel and Michael Thomas, assigned to Epstein's special
housing unit at Metropolitan Correctional Center, "browsed the Internet," lingered in an
office common area and appeared to sleep for two hours when they should have been conducting inmate
checks.

Noel and Thomas signed "false certifications" attesting they had made their required rounds,
according to court records.

Each defendant is charged with one count of conspiring to falsify records. Noel, 31, is charged
with five counts of falsifying records; Thomas, 41, is charged with three.

Comments

I think this whole story shows how broken the system is and somebody at the top should resign over
it, not just the two guards who were on duty that night.

Terms of Service Privacy Notice
© Copyright Gannett 2018
"""


def test_wrapped_terminal_dump_keeps_wrapped_paragraphs_and_cuts_comments() -> None:
    art = clean_str(WRAPPED)
    assert art.date == "2019-11-19"
    assert art.dateline == "WASHINGTON"
    assert art.text.startswith("Two federal prison officers were charged Tuesday")
    assert "housing unit at Metropolitan Correctional Center" in art.text
    assert art.text.rstrip().endswith("Thomas, 41, is charged with three.")
    assert "somebody at the top should resign" not in art.text
    reasons = removed_lines(art)
    assert reasons["Comments"] == "comments"
    assert reasons["© Copyright Gannett 2018"] == "copyright"
    assert_only_whole_lines(WRAPPED, art)


# --- rules and metadata -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("2 min read", "reading-time"),
        ("Nov 18, 2019 at 9:24 pm ET • 2 min read", "reading-time"),
        ("[Click to enlarge]", "click-to-enlarge"),
        ("Putin and Erdogan met in Saint Petersburg [Getty]", "photo-caption"),
        ("(Photo: AFP)", "photo-caption"),
        ("Photo: Reuters", "photo-caption"),
        ("(Reed Saxon / Associated Press)", "photo-caption"),
        ("Image 1 of 23", "photo-caption"),
        ("Share this article", "share-prompt"),
        ("Facebook Twitter Google+", "share-prompt"),
        ("Follow us on Twitter", "follow-prompt"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Related stories", "related-links"),
        ("Read more: Turkey and Russia restore flights", "related-links"),
        ("We use cookies to give you the best experience on our website.", "cookie-notice"),
        ("© 2019 News Nation. All rights reserved.", "copyright"),
        ("By Jane Doe", "byline"),
        ("By JANE DOE, Reuters", "byline"),
        ("Staff writer", "byline"),
        ("Leave a comment", "comments"),
        ("12 Comments", "comments"),
        ("Advertisement", "advertisement"),
        ("Skip to content", "navigation"),
        ("11 August, 2016", "date-line"),
        ("Published: 2016-08-11", "date-line"),
    ],
)
def test_line_rules(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Turkey will do everything needed for cooperation with Russia on the Syrian crisis.",
        "By the end of the year, both sides hope to sign the agreement.",
        "Related talks will be held in Ankara next month, the ministry said.",
        "Share prices in Istanbul rose 2 percent after the announcement.",
        "Comments by the minister drew an angry response from Moscow.",
        "The cookie maker said exports to Russia would resume.",
        "On 11 August, 2016 the delegation arrived in Moscow.",
        "Home Secretary Amber Rudd said the talks went well.",
    ],
)
def test_article_sentences_are_kept(line: str) -> None:
    assert line_reason(line) is None


def test_date_parsing() -> None:
    assert parse_date("11 August, 2016") == "2016-08-11"
    assert parse_date("Published Aug. 9, 2016 10:00 GMT") == "2016-08-09"
    assert parse_date("2016-08-11T08:00:00Z") == "2016-08-11"
    assert parse_date("Sept 3, 2019") == "2019-09-03"
    assert parse_date("no date here, only 2016") is None
    assert is_date_line("Updated 1:39 am EST, Wednesday, November 20, 2019")
    assert not is_date_line("Erdogan met Putin on August 9, 2016 in Saint Petersburg")


def test_dateline_forms() -> None:
    dl = parse_dateline("MOSCOW, Aug 9 (Reuters) - Russia and Turkey agreed on Tuesday to restore ties.")
    assert dl is not None and (dl.place, dl.agency) == ("MOSCOW", "Reuters")
    dl = parse_dateline("(AP) — The president said on Monday that talks would go on.")
    assert dl is not None and (dl.place, dl.agency) == (None, "AP")
    dl = parse_dateline("WASHINGTON (AFP) - US officials said the meeting went well.")
    assert dl is not None and (dl.place, dl.agency) == ("WASHINGTON", "AFP")
    assert parse_dateline("US – China relations have been tense this year, officials say.") is None
    assert parse_dateline("Turkey - a NATO member - has bought Russian missiles.") is None


def test_site_title_split() -> None:
    assert split_site_title("Royal Self-Indicting Arrogance - Sputnik International") == (
        "Royal Self-Indicting Arrogance",
        "Sputnik International",
    )
    assert split_site_title("Turkey Ready to Cooperate with Russia on Syria: Defense Minister")[1] is None


def test_extracted_mode_removes_title_repeat_and_prompts_only() -> None:
    body = "Talks resume\nThe two sides met in Ankara on Monday.\nShare this article\nThey will meet again."
    art = clean_text(body, "x", None, mode="extracted", title_hint="Talks resume")
    assert art.text == "The two sides met in Ankara on Monday.\n\nThey will meet again."


def test_plain_article_without_boilerplate_is_untouched() -> None:
    text = (
        "Pakistan and India exchange prisoners\n\n"
        "Pakistan released 20 Indian fishermen on Monday, officials said.\n\n"
        "India is expected to free a similar number of Pakistani prisoners this week.\n"
    )
    art = clean_str(text)
    assert art.title == "Pakistan and India exchange prisoners"
    assert art.text == (
        "Pakistan released 20 Indian fishermen on Monday, officials said.\n\n"
        "India is expected to free a similar number of Pakistani prisoners this week."
    )
    assert [r.reason for r in art.removed] == ["title"]


def test_huge_single_line_is_kept_whole() -> None:
    line = "word " * 2_000_000 + "[Getty]"
    art = clean_str("Title line here\n" + line)
    assert art.title == "Title line here"
    assert art.text == line.strip()
    art = clean_str(line)  # no title line at all
    assert art.text == line.strip() and art.title is None


# --- the score -----------------------------------------------------------------------------


def test_shingle_scores() -> None:
    gold = "one two three four five six"
    assert doc_scores(gold, gold) == (1.0, 1.0)
    p, r = doc_scores(gold, "one two three four five six seven eight")
    assert r == 1.0 and p == pytest.approx(3 / 5)
    p, r = doc_scores(gold, "")
    assert p is None and r == 0.0
    mp, mr, f1 = corpus_scores([(gold, gold), (gold, "")])
    assert (mp, mr) == (0.5, 0.5) and f1 == pytest.approx(0.5)


def test_short_closing_sentence_is_article_text() -> None:
    """A one-line last paragraph is body, not footer: no line of the article is lost."""
    text = (
        "Turkey and Russia agree on trade\n\n"
        "Turkey and Russia agreed on Monday to restore trade to its earlier level, officials in "
        "Ankara said after a day of talks in the capital.\n\n"
        "The two sides will meet again in October to review progress on the agreement and on "
        "energy projects.\n\n"
        "The talks went well, he said.\n\n"
        "Thanks for signing up!\n"
    )
    article = clean_text(text, "t", None)
    assert article.text.endswith("The talks went well, he said.")
    assert "Thanks for signing up" not in article.text


def test_unspaced_script_article_keeps_title_and_body() -> None:
    text = "中国与美国举行贸易谈判\n\n中国商务部表示，双方同意继续谈判。会谈将在北京举行。\n"
    article = clean_text(text, "zh", None)
    assert article.title == "中国与美国举行贸易谈判"
    assert article.text == "中国商务部表示，双方同意继续谈判。会谈将在北京举行。"

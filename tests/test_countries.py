"""Gazetteer: names, adjectives, capitals and seats to ISO3/organisation codes."""

from __future__ import annotations

from newsdigest.annotate.countries import adjective_of, codes, country_name, find_mentions, lookup


def _codes(text: str) -> list[str]:
    return [m.code for m in find_mentions(text)]


def test_seed_sentence() -> None:
    ms = find_mentions(
        "Turkey on Thursday called on Russia to carry out joint operations against Islamic State"
    )
    assert [(m.text, m.code, m.kind) for m in ms] == [
        ("Turkey", "TUR", "name"),
        ("Russia", "RUS", "name"),
        ("Islamic State", "IS", "org"),
    ]
    for m in ms:
        assert (
            "Turkey on Thursday called on Russia to carry out joint operations against Islamic State"[
                m.start : m.end
            ]
            == m.text
        )


def test_all_un_members_present() -> None:
    countries = codes("country")
    assert len(countries) >= 193
    assert {"TUR", "RUS", "USA", "GBR", "COD", "COG", "PRK", "KOR", "SSD", "TLS"} <= set(countries)


def test_lookups() -> None:
    assert country_name("TUR") == "Turkey"
    assert adjective_of("TUR") == "Turkish"
    assert lookup("the Kremlin") == "RUS"
    assert lookup("Türkiye") == "TUR"
    assert lookup("roast beef") is None

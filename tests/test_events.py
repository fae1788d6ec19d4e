"""Dyadic events: the seeds, then the hand-written cases in tests/cases/events.jsonl."""

from __future__ import annotations

from pathlib import Path

from conftest import load_script

from newsdigest.annotate import annotate
from newsdigest.annotate.countries import find_mentions
from newsdigest.annotate.events import find_events
from newsdigest.models import Article
from newsdigest.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SEED_ONE = ROOT / "samples" / "turkey-offers-russia-joint-operations.txt"
SEED_TWO = ROOT / "samples" / "tasnim-turkey-ready-to-cooperate.txt"


def _events_alone(text: str):  # type: ignore[no-untyped-def]
    art = Article(id="t", path=None, text=text)
    return find_events(art, split_sentences(text), find_mentions(text), [], [])


def _has(events, src: str, tgt: str, quads: set[int], phrase: str) -> bool:  # type: ignore[no-untyped-def]
    return any(
        e.source == src and e.target == tgt and e.quad in quads and phrase in e.sentence for e in events
    )


def _seed_checks(one, two) -> None:  # type: ignore[no-untyped-def]
    assert _has(
        one, "TUR", "RUS", {1, 2}, "Turkey on Thursday called on Russia to carry out joint operations"
    )
    assert _has(one, "TUR", "RUS", {4}, "shooting-down of a Russian fighter jet by Turkish air forces")
    assert _has(two, "TUR", "RUS", {4}, "the Turkish military shot down a Russian fighter jet")
    assert _has(two, "TUR", "RUS", {1, 2}, "Turkey will do everything needed for cooperation with Russia")
    for e in one + two:
        assert e.source != e.target


def test_seeds_events_module_alone() -> None:
    one = _events_alone(SEED_ONE.read_text(encoding="utf-8"))
    two = _events_alone(SEED_TWO.read_text(encoding="utf-8"))
    _seed_checks(one, two)
    called = next(e for e in one if "Thursday called on" in e.sentence)
    assert called.quad == 1
    assert called.text.startswith("called on Russia to carry out joint operations")


def test_seeds_through_annotate() -> None:
    arts = []
    for path in (SEED_ONE, SEED_TWO):
        arts.append(Article(id=path.name, path=str(path), text=path.read_text(encoding="utf-8")))
    one = annotate(arts[0], pubdate="2016-08-11").events
    two = annotate(arts[1], pubdate="2016-08-12").events
    _seed_checks(one, two)
    assert all(e.id == arts[0].id for e in one)
    for e in one:
        assert arts[0].text[e.start : e.end] == e.sentence


def test_cases_overall_thresholds() -> None:
    ev = load_script("eval_events")
    cases = ev.load_cases()
    assert len(cases) >= 40
    res = ev.evaluate(cases)
    assert res["f1"] >= 0.85, res["failures"]
    assert res["precision"] >= 0.85, res["failures"]
    assert res["quad_accuracy"] >= 0.8, res["failures"]


def test_hard_cases_exact_dyads() -> None:
    ev = load_script("eval_events")
    hard = [c for c in ev.load_cases() if c["hard"]]
    assert len(hard) >= 15
    for case in hard:
        gold = sorted((s, t) for s, t, _ in case["events"])
        pred = sorted((s, t) for s, t, _ in ev.predict(case))
        assert pred == gold, case["text"]


def test_passive_and_nominal_direction() -> None:
    one = _events_alone("A Russian jet was shot down by Turkish forces on Tuesday.")
    assert [(e.source, e.target, e.quad) for e in one] == [("TUR", "RUS", 4)]
    two = _events_alone("Ukraine condemned the downing of a Ukrainian airliner by Iranian forces.")
    assert ("IRN", "UKR", 4) in [(e.source, e.target, e.quad) for e in two]


def test_negation_gives_no_event() -> None:
    assert _events_alone("Israel did not attack Iranian nuclear sites, officials said.") == []
    # A refusal is a rejection (CAMEO 12, verbal conflict), never the refused act itself.
    assert [(e.source, e.target, e.quad) for e in _events_alone("Serbia refused to recognise Kosovo.")] == [
        ("SRB", "XKX", 3)
    ]


def test_symmetric_acts_are_reciprocal() -> None:
    evs = _events_alone("India and Pakistan exchanged fire across the Line of Control.")
    assert sorted((e.source, e.target, e.quad) for e in evs) == [("IND", "PAK", 4), ("PAK", "IND", 4)]
    one_way = _events_alone("French President Emmanuel Macron met Chinese President Xi Jinping in Beijing.")
    assert [(e.source, e.target, e.quad) for e in one_way] == [("FRA", "CHN", 1)]


def test_event_fields_and_date() -> None:
    from newsdigest.models import TimeExpression

    text = "Turkey on Thursday called on Russia to carry out joint operations against Islamic State."
    art = Article(id="a1", path=None, text=text)
    sents = split_sentences(text)
    t = TimeExpression(id="a1", expression="on Thursday", value="2016-08-11", type="DATE", start=7, end=18)
    evs = find_events(art, sents, find_mentions(text), [], [t])
    assert len(evs) == 1
    e = evs[0]
    assert (e.id, e.source, e.target, e.quad, e.date) == ("a1", "TUR", "RUS", 1, "2016-08-11")
    assert e.text == "called on Russia to carry out joint operations"
    assert e.sentence == text and (e.start, e.end) == (0, len(text))


def _triples(text: str, actors=()) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    from newsdigest.models import Actor

    acts = []
    for name, country in actors:
        at = text.find(name)
        acts.append(Actor(name=name, country=country, spans=[(at, at + len(name))]))
    art = Article(id="t", path=None, text=text)
    return [
        (e.source, e.target, e.quad)
        for e in find_events(art, split_sentences(text), find_mentions(text), acts, [])
    ]


def test_anaphora_within_the_article() -> None:
    text = "Chancellor Olaf Scholz spoke in Berlin on Monday. He will travel to Canada next week."
    assert ("DEU", "CAN", 1) in _triples(text, [("Olaf Scholz", "DEU")])
    pair = (
        "Armenia and Azerbaijan have long disputed Karabakh. On Monday the two countries signed a peace deal."
    )
    assert sorted(_triples(pair)) == [("ARM", "AZE", 1), ("AZE", "ARM", 1)]
    gulf = "Qatar hosted the talks. The Gulf state's prime minister criticised Israel for delays."
    assert ("QAT", "ISR", 3) in _triples(gulf)


def test_place_target_and_possessive_target() -> None:
    assert _triples("Israel carried out air strikes on targets near Damascus overnight.") == [
        ("ISR", "SYR", 4)
    ]
    assert _triples("Ukraine said Russia had launched 40 drones at its cities overnight.") == [
        ("RUS", "UKR", 4)
    ]
    # a place that only hosts an event is not an actor
    assert sorted(_triples("Iranian and Saudi officials met in Beijing.")) == [
        ("IRN", "SAU", 1),
        ("SAU", "IRN", 1),
    ]
    # a reduced relative is not the subject's act
    assert _triples("Britain backed plans to lift the arms embargo imposed on China.") == []


def test_second_blind_set_floor() -> None:
    """events_blind2 (written blind; F1 0.671 before the fixes it prompted): keep a floor."""
    ev = load_script("eval_events")
    res = ev.evaluate(ev.load_cases(ROOT / "tests" / "cases" / "events_blind2.jsonl"))
    assert res["precision"] >= 0.93 and res["f1"] >= 0.83


def test_shared_subject_and_reactions() -> None:
    # a second verb shares the first one's subject, also after a framing verb
    t = (
        "Chile's foreign ministry condemned what it called meddling by Argentine officials "
        "and summoned Argentina's envoy."
    )
    assert ("CHL", "ARG", 3) in _triples(t)
    assert all(s != "ARG" for s, _, _ in _triples(t))
    # ", accusing X of": the participle's subject is the sentence's subject
    t = "Georgia's president said the country would leave the pact, accusing Moscow of interference."
    assert ("GEO", "RUS", 3) in _triples(t)
    # an appraisal of the act just reported targets that act's agent
    t = "Norway expelled three Russian diplomats on Monday, a decision Moscow called groundless."
    assert set(_triples(t)) >= {("NOR", "RUS", 4), ("RUS", "NOR", 3)}
    t = "Canada imposed tariffs on steel imported from China, prompting Beijing to threaten retaliation."
    assert set(_triples(t)) >= {("CAN", "CHN", 4), ("CHN", "CAN", 3)}


def test_coordinated_forces_and_lexicon_coverage() -> None:
    t = "Armenian soldiers and Azerbaijani troops exchanged fire overnight."
    assert set(_triples(t)) == {("ARM", "AZE", 4), ("AZE", "ARM", 4)}
    assert ("PRT", "BRA", 2) in _triples("Portugal extradited a fugitive banker to Brazil on Friday.")
    assert ("QAT", "RWA", 2) in _triples("Qatar will invest $2 billion in Rwanda's new airport.")
    assert ("SRB", "HUN", 4) in _triples("Serbia closed its northern border with Hungary on Sunday.")
    # a firm is not a state investing
    assert _triples("Scottish brewers have invested heavily in the Chinese market.") == []


def test_national_teams_are_not_states() -> None:
    assert _triples("England will meet Italy at Twickenham in the Six Nations on Saturday.") == []


def test_structural_fallback_finds_verbs_outside_the_lexicon() -> None:
    # Neither "shadowed" nor "patched up" is a lexicon phrase: the clause structure carries them.
    assert _triples("Peru's navy shadowed a Chilean frigate off the coast on Monday.") == [("PER", "CHL", 4)]
    assert sorted(_triples("Kenya and Ethiopia patched up their ties on Friday.")) == [
        ("ETH", "KEN", 1),
        ("KEN", "ETH", 1),
    ]
    assert _triples("Indonesia airlifted rice to Timor-Leste after the floods.") == [("IDN", "TLS", 2)]


def test_structural_fallback_keeps_co_mentions_event_free() -> None:
    for text in (
        "The Kenyan shilling weakened against the Ugandan shilling on Tuesday.",
        "Air China picked the London Stock Exchange for its secondary listing.",
        "Serbia's exports to Hungary rose sharply last year.",
        "Norway has not airlifted supplies to Malawi.",
        "If Peru shadowed Chilean ships, Santiago could protest.",
        "The UK has now surpassed Germany in broadband users per 100 people.",
    ):
        assert _triples(text) == [], text


def _found(text: str) -> set[tuple[str, str, int]]:
    return {(e.source, e.target, e.quad) for e in _events_alone(text)}


def test_news_style_clause_structure() -> None:
    # a relative clause between subject and verb does not count towards the distance
    got = _found(
        "Erdogan's ally, the Azerbaijani leader, who has rarely spoken to reporters since the war ended "
        "three years ago in a swift offensive, arrived in Ankara on Monday."
    )
    assert ("AZE", "TUR", 1) in got
    # an opener whose subject follows it
    assert ("QAT", "IRN", 1) in _found(
        "Arriving in Tehran on Monday, Qatar's emir said the region needed calm."
    )
    assert ("FRA", "DEU", 1) in _found(
        "Following a meeting with the German chancellor in Berlin, the French president said it was time."
    )
    # "a visit by X to Y": the agent follows the trigger's "by"
    assert ("IND", "JPN", 1) in _found(
        "The visit by the Indian prime minister to Tokyo was postponed, officials said."
    )
    # a non-finite verb after "before" takes the main subject, however far
    got = _found(
        "The Chinese foreign minister, on his third tour of the continent this year, landed in Nairobi "
        "on Tuesday before heading to Addis Ababa."
    )
    assert {("CHN", "KEN", 1), ("CHN", "ETH", 1)} <= got
    # only people land on a visit
    assert ("MMR", "BGD", 1) not in _found("Shells fired from Myanmar landed in Bangladesh on Friday.")


def test_news_style_reactions_and_refusals() -> None:
    # criticism of the act reported by the long subject phrase targets its head
    got = _found(
        "The Hungarian leader's meeting with the Russian president in Moscow, his first since the war "
        "began more than two years ago, drew sharp criticism from Poland."
    )
    assert ("POL", "HUN", 3) in got and ("POL", "RUS", 3) not in got
    # an appraisal after a preposition, with nothing after the verb
    got = _found("An Iranian court jailed a British aid worker after a trial that London condemned.")
    assert {("IRN", "GBR", 4), ("GBR", "IRN", 3)} <= got
    # a refusal stated in the future is verbal conflict; a past negation is no event
    assert ("GRC", "MKD", 3) in _found(
        "Greece will not recognise North Macedonia until the dispute is settled."
    )
    assert not _found("Greece did not recognise North Macedonia for years.")
    # a subject pronoun: the clause's subject acts on the actor named just before it
    got = _found("Canada expelled two Indian diplomats it accused of spying on Sikh activists.")
    assert ("IND", "CAN", 3) not in got and ("CAN", "IND", 4) in got
    # "-based" names a location, not an actor
    assert not _found("The Paris-based agency said demand from China and India had grown.")


def test_denials_and_sea_names_give_no_event() -> None:
    # blind event set 13 (0.818 dyad F1 on its first run): a denial with a bare "that" clause
    # or "dismissed as baseless a report that", and a sea named after a country
    assert not _found("Tajikistan's border service denied that its guards had fired on Kyrgyz herders.")
    assert not _found(
        "Egypt dismissed as baseless a report that it had allowed Israeli warplanes to cross its airspace."
    )
    got = _found("Ghana and Togo agreed to patrol the Gulf of Guinea together, their ministers said.")
    assert not any("GIN" in (s, t) for s, t, _ in got)
    # an act that was not denied still counts
    assert ("TJK", "KGZ", 4) in _found("Tajik guards fired on Kyrgyz herders near the Vorukh enclave.")


def test_acts_on_a_country_soil_and_denials_with_a_date() -> None:
    # blind event sets 13 and 14 (0.818 and 0.806 dyad F1 on their first runs): a place
    # "inside Chadian territory" is in Chad, unlike "near the Syrian border"; "denied on
    # Sunday that" is still a denial; "calls to let troops strike" is no strike
    assert ("SDN", "TCD", 4) in _found("Sudanese warplanes bombed a refugee camp inside Chadian territory.")
    assert ("COD", "RWA", 4) in _found("Congolese troops shelled positions on Rwandan soil near Rubavu.")
    assert not _found("Turkish troops clashed with Kurdish fighters near the Syrian border.")
    assert not _found("Oman denied on Sunday that it had hosted talks between Iranian and Saudi officials.")
    got = _found(
        "Mexico has brushed off calls from Washington to let U.S. troops strike drug cartels on Mexican soil."
    )
    assert ("USA", "MEX", 4) not in got


def test_regional_blocs_named_crossings_and_complaints() -> None:
    # blind event sets 13 and 14 (0.818 and 0.806 dyad F1 on their first runs): regional blocs
    # act, a crossing with a name of its own is still a border crossing, a complaint about an
    # act aims at the act's agent, and a speaker appraising the act reported is a reaction
    assert ("ECOWAS", "MLI", 2) in _found("ECOWAS lifted the remaining economic sanctions on Mali.")
    assert ("SADC", "MOZ", 2) in _found(
        "The Southern African Development Community sent troops to Mozambique."
    )
    got = _found("Niger and Benin reopened the Malanville border crossing on Tuesday.")
    assert {("NER", "BEN", 2), ("BEN", "NER", 2)} <= set(got)
    assert ("PAK", "AFG", 4) in _found("Pakistan closed the Torkham border crossing with Afghanistan.")
    got = _found("Colombia condemned the arrest of two Colombian sailors by a Venezuelan patrol boat.")
    assert {("COL", "VEN", 3), ("VEN", "COL", 4)} <= set(got)
    # the complainant is not the agent of an agentless act
    assert ("PHL", "CHN", 4) not in _found("The Philippines protested the arrest of its fishermen in China.")
    got = _found(
        "Pakistani jets struck targets in Afghanistan's Khost province, the Taliban government said,"
        " calling the raid a violation of Afghan sovereignty."
    )
    assert ("PAK", "AFG", 4) in got
    got = _found("Lithuania summoned Belarus's envoy after Belarusian balloons violated its airspace.")
    assert {("LTU", "BLR", 3), ("BLR", "LTU", 4)} <= set(got)
    got = _found("Japan summoned China's ambassador to protest against the arrest of a Japanese employee.")
    assert ("JPN", "CHN", 3) in got and ("CHN", "JPN", 3) not in got
    assert ("IND", "NPL", 1) in _found("India sent condolences to Nepal after the earthquake.")
    assert ("ARM", "AZE", 4) in _found("Armenian soldiers crossed into Azerbaijani territory overnight.")
    assert not _found("Thousands of Haitian migrants crossed into the Dominican Republic last year.")


def test_forecasts_lists_and_reactions_in_news_clauses() -> None:
    # blind event set 15 (0.789 dyad F1 on its first run): a forecast is no act however the
    # clause goes on; a list after "from" is not a subject; "agreed to" makes a promise verbal;
    # an allegation dismissed, a protest drawn and a capital as actor are reactions
    assert not _found(
        "The leaders of Chile and Peru are expected to meet in Arica next week to discuss water."
    )
    assert not _found("Delegates from Ghana, Kenya and Chile arrived in Geneva for the climate talks.")
    assert ("JPN", "PHL", 1) in _found("Japan agreed on Tuesday to lift its ban on Philippine bananas.")
    got = _found("Morocco accused Algeria of arming the rebels, a charge Algiers dismissed as absurd.")
    assert {("MAR", "DZA", 3), ("DZA", "MAR", 3)} <= set(got)
    got = _found(
        "Ghana expelled two Togolese traders on Monday after they arrived in Accra,"
        " prompting a protest from Lome."
    )
    assert ("TGO", "GHA", 3) in got
    assert ("GUY", "VEN", 3) in _found("Georgetown summoned Venezuela's ambassador on Friday.")
    got = _found(
        "France, which has pledged aid to Lebanon, delivered 20 tonnes of medicine to Beirut on Sunday."
    )
    assert ("FRA", "LBN", 2) in got
    assert not _found("The French embassy returned three Benin Bronzes to the museum in Benin City.")
    got = _found("Egypt will supply gas to Jordan, easing power cuts that have hit Amman for weeks.")
    assert ("EGY", "JOR", 4) not in got


def test_acts_told_through_objects_complements_and_openers() -> None:
    # blind event sets 16 and 17 (0.800 and 0.812 dyad F1 on their first runs)
    assert ("CHN", "EU", 4) in _found(
        "China imposed provisional anti-dumping duties on pork imported from the European Union."
    )
    assert ("SAU", "LBN", 2) in _found("Saudi Arabia lifted a three-year ban on Lebanese citrus fruit.")
    assert ("TUN", "EU", 3) in _found(
        "Tunisia rejected 50 million euros in border funding offered by the EU."
    )
    assert ("USA", "MEX", 3) in _found(
        "Washington threatened on Monday to impose tariffs on all steel from Mexico unless talks resumed."
    )
    got = _found(
        "Peru expelled Bolivia's ambassador and two Chilean diplomats on Monday, accusing them of spying."
    )
    assert {("PER", "BOL", 4), ("PER", "BOL", 3)} <= got
    assert ("FRA", "MLI", 2) in _found(
        "French jets struck rebel positions in northern Mali at the request of the Malian government."
    )
    got = _found("Under a truce mediated by Qatar, Sudan and Chad exchanged 40 prisoners each on Friday.")
    # the mediator acts towards both parties (verbal cooperation), and is neither's partner in the swap
    assert got == {("SDN", "TCD", 2), ("TCD", "SDN", 2), ("QAT", "SDN", 1), ("QAT", "TCD", 1)}
    got = _found(
        "Vietnamese coast guard ships rammed Philippine boats on Sunday, Manila's foreign ministry said,"
        " demanding that Hanoi pay for the damage."
    )
    assert ("PHL", "VNM", 3) in got


def test_non_acts_in_news_clauses() -> None:
    # blind event sets 16 and 17: a prediction, a hypothetical, a made-in label, visitors and a
    # participle that belongs to a clause with no actor subject are not acts
    assert not _found("The World Bank forecast that Vietnam would overtake Thailand in exports by 2030.")
    assert ("USA", "IRN", 4) not in _found(
        "Iran warned Washington that any U.S. strike on Iran would start a regional war."
    )
    assert not _found("Rebels said they had shot down a Turkish-made drone over the Libyan capital.")
    assert not _found(
        "Visitors from Qatar, Oman and Kuwait made up a quarter of tourists who travelled to Georgia."
    )
    assert not _found(
        "Greece received 2 million Turkish visitors in 2019, although numbers fell after a ferry sank"
        " off Rhodes in June, killing 12 Turkish holidaymakers."
    )


def test_acts_in_wire_copy() -> None:
    # blind event set 19 (0.770 dyad F1 on its first run): datelined wire copy with expulsions,
    # visa rules, boardings, lists after "met envoys from", a pledge to invest, and a reaction
    # that appraises the act the speaker reports
    got = _found(
        "CHISINAU, Oct 21 (Reuters) - Moldova declared a Russian embassy official persona non grata"
        " on Monday, accusing Moscow of funnelling cash to vote-buying networks."
    )
    assert {("MDA", "RUS", 4), ("MDA", "RUS", 3)} <= got
    assert ("CAN", "NIC", 4) in _found(
        "Canada imposed sanctions on three senior Nicaraguan officials, accusing Managua of abuses."
    )
    assert {("SRB", "CUB", 4), ("SRB", "BDI", 4)} <= _found(
        "Serbia reintroduced visa requirements for citizens of Cuba and Burundi on Monday."
    )
    assert {("IDN", "BRA", 2), ("IDN", "MEX", 2)} <= _found(
        "Indonesia waived visa requirements for Brazilian and Mexican citizens visiting for 30 days."
    )
    assert ("SWE", "MLT", 4) in _found(
        "Swedish coast guard officers boarded a Maltese-flagged bulk carrier in the Baltic Sea on Sunday."
    )
    assert not _found("The president boarded a plane to France on Sunday.")
    assert {("IRN", "GBR", 1), ("IRN", "FRA", 1), ("IRN", "DEU", 1)} <= _found(
        "Iranian negotiators met envoys from Britain, France and Germany in Geneva."
    )
    assert ("SAU", "PAK", 1) in _found(
        "Saudi Arabia pledged to invest 5 billion dollars in Pakistan's mining and refining sectors."
    )
    assert ("LTU", "BLR", 3) in _found(
        "Lithuania's foreign ministry said Belarusian authorities had refused its diplomats consular"
        " access to a Lithuanian lorry driver, calling the refusal a breach of the Vienna Convention."
    )


def test_summits_hopes_and_unset_dates_are_no_acts() -> None:
    assert not _found(
        "Leaders from Brazil, South Africa and India arrived in Kuala Lumpur on Sunday for the ASEAN summit."
    )
    assert not _found(
        "Kenya's foreign minister said on Monday he hoped Addis Ababa would soon reopen the Moyale"
        " crossing to Kenyan traders."
    )
    assert not _found("No date has been set for a visit by South Africa's president to Kigali.")


def test_reactions_told_as_nouns_and_plans_called_off() -> None:
    # blind event sets 20 and 21 (0.761 and 0.865 dyad F1 on their first runs): a reaction as a
    # noun after the act ("a move Beijing called ...", "an appeal Tehran rejected ..."), assets
    # frozen, airspace closed or entered, a sanctions list, the AU's own council, a plan called
    # off, and a rugby score
    assert _found(
        "Mexico raised tariffs on cars imported from China to 50% on Thursday, a move Beijing's"
        " commerce ministry called 'unilateral bullying'."
    ) == {("MEX", "CHN", 4), ("CHN", "MEX", 3)}
    assert ("IRN", "GCC", 3) in _found(
        "The Gulf Cooperation Council urged Iran to accept arbitration over Abu Musa, an appeal"
        " Tehran's foreign ministry rejected as interference in Iran's internal affairs."
    )
    assert ("PAK", "IND", 3) in _found(
        "India suspended the Indus Waters Treaty with Pakistan, a move Islamabad said it would treat"
        " as an act of war."
    )
    assert _found("The U.S. Treasury froze the assets of Nicaragua's mining ministry on Wednesday.") == {
        ("USA", "NIC", 4)
    }
    assert _found("Algeria closed its airspace to flights to and from Mali on Monday.") == {("DZA", "MLI", 4)}
    assert _found("A Russian military drone flew about 12 km into Romanian airspace near Galati.") == {
        ("RUS", "ROU", 4)
    }
    assert _found("The EU added nine Belarusian judges to its sanctions list on Monday.") == {
        ("EU", "BLR", 4)
    }
    assert _found("The African Union's Peace and Security Council lifted Guinea's suspension.") == {
        ("AU", "GIN", 2)
    }
    assert not _found(
        "A planned visit by Hungarian Prime Minister Viktor Orban to Belgrade was called off on"
        " Thursday because fog had closed the airport."
    )
    assert not _found("Fiji overpowered Argentina 26-12 to win the Hong Kong Sevens on Sunday.")


def test_official_register_long_state_names_and_institutions() -> None:
    # blind event set 23 (0.655 dyad F1 on its first run): readouts and communiqués name states
    # by their formal names and act through institutions of those states; amounts in a state's
    # currency are no mention of it
    assert _found(
        "The Socialist Republic of Viet Nam and the Kingdom of Cambodia agreed to expand cooperation"
        " in border trade."
    ) == {("VNM", "KHM", 1), ("KHM", "VNM", 1)}
    assert _found(
        "The Ministry of Foreign Affairs of the Republic of Estonia declared a staff member of the"
        " Embassy of the Russian Federation in Tallinn persona non grata."
    ) == {("EST", "RUS", 4)}
    assert _found(
        "The State of Qatar extended a loan of 20 million Qatari riyals to the Republic of Malawi to"
        " finance grain imports."
    ) == {("QAT", "MWI", 2)}
    assert _found(
        "The Office of Foreign Assets Control (OFAC) sanctioned three senior officials of the"
        " Government of Venezuela."
    ) == {("USA", "VEN", 4)}
    assert _found(
        "The Government of the Republic of Mali announced its decision to terminate the defence"
        " cooperation agreement signed with the French Republic."
    ) == {("MLI", "FRA", 4)}


def test_reaction_to_a_launch_aimed_at_nobody() -> None:
    # blind event sets 22 and 23: a missile launch into the sea has no target, but the state
    # reporting it and calling it a provocation acts against the launcher
    assert _found(
        "North Korea fired a ballistic missile into the sea off its east coast on Friday, Japan's"
        " defence ministry said, condemning the launch as a serious provocation."
    ) == {("JPN", "PRK", 3)}
    assert _found("Japan said North Korea fired a missile into the sea on Monday.") == set()


def test_long_objects_orders_to_leave_and_unrealised_acceptance() -> None:
    # blind event set 24: a volley of two weapons aimed "at" a country, cargo between a verb and
    # its target, observers deployed across a country, an order to leave, quitting a bloc
    assert _found(
        "Russia fired 40 missiles and about 500 drones at Ukraine overnight, cutting power to homes"
        " in Odesa, the Ukrainian air force said."
    ) == {("RUS", "UKR", 4)}
    assert _found(
        "Brazil sent three air force planes carrying rice, beans and medical supplies to Bolivia."
    ) == {("BRA", "BOL", 2)}
    assert _found("The African Union has deployed 60 election monitors across Ghana.") == {("AU", "GHA", 2)}
    assert _found("Lithuania responded by ordering a Belarusian diplomat to leave the country.") == {
        ("LTU", "BLR", 4)
    }
    assert _found("Guinea quit ECOWAS last year.") == {("GIN", "ECOWAS", 4)}
    assert _found("Canada scrapped most of its tariffs on Chinese goods.") == {("CAN", "CHN", 2)}
    # refusals, negations, supposed acts and history are no acts of cooperation
    assert _found("Oslo would never accept Russian pressure over Svalbard.") == {("NOR", "RUS", 3)}
    assert _found("Neither Fiji nor Tonga has accepted Chinese police advisers.") == set()
    assert (
        _found("Chile would consider resuming talks with Bolivia only if La Paz dropped its claim.") == set()
    )
    found = _found("Samoa signed a fisheries deal with China without consulting Canberra.")
    assert ("WSM", "CHN", 1) in found and not any("AUS" in pair for pair in found)
    assert _found("Egypt's navy stopped a Cyprus-bound cargo ship and detained its Turkish crew.") == {
        ("EGY", "TUR", 4)
    }
    assert _found("Moscow's troop build-up is the largest since the 2008 invasion of Georgia.") == set()
    assert _found("Sudan has expanded an army base close to the Eritrean border.") == set()
    assert _found("Kazakhstan urged the Taliban government to reopen girls' schools.") == {("KAZ", "AFG", 1)}
    assert _found("Speaking to the BBC, Ghana's foreign minister praised Nigeria.") == {("GHA", "NGA", 1)}


def test_compound_adjectives_mediators_and_acts_told_as_nouns() -> None:
    # blind event set 25 (regional press and analysis prose)
    assert _found("A new round of Sino-Japanese talks opened in Tokyo.") == {
        ("CHN", "JPN", 1),
        ("JPN", "CHN", 1),
    }
    assert _found("The Inter-American Development Bank lent Peru $500 million.") <= {("IDB", "PER", 2)}
    assert _found("Egypt's mediation between Khartoum and Juba has stalled.") == {
        ("EGY", "SDN", 1),
        ("EGY", "SSD", 1),
    }
    assert _found("Armenia and Azerbaijan signed the accord in Doha under Qatari auspices.") == {
        ("ARM", "AZE", 1),
        ("AZE", "ARM", 1),
        ("QAT", "ARM", 1),
        ("QAT", "AZE", 1),
    }
    assert _found("Morocco's recall of its ambassador from Madrid froze ties.") == {("MAR", "ESP", 4)}
    assert _found("Lima and Quito traded diplomatic protests over the fishing boats.") == {
        ("PER", "ECU", 3),
        ("ECU", "PER", 3),
    }
    # no act: a failure, and the people accused (not the accuser)
    assert _found("Nairobi's failure to arrest Sudan's president drew criticism.") == set()
    assert _found("The bloc listed Iranian officers accused of arming Russia.") == set()


def test_reactions_hosts_threats_back_and_acts_that_are_not_done() -> None:
    # blind event sets 26 and 27 (ordinary news mix)
    assert _found("Russia fired more than 150 drones at Ukraine overnight.") == {("RUS", "UKR", 4)}
    assert _found("Sri Lanka barred Chinese survey ships from its ports, a move welcomed by New Delhi.") == {
        ("LKA", "CHN", 4),
        ("IND", "LKA", 1),
    }
    assert _found("Qatar hosted the second round of talks between Rwanda and Uganda on Sunday.") == {
        ("RWA", "UGA", 1),
        ("UGA", "RWA", 1),
        ("QAT", "RWA", 1),
        ("QAT", "UGA", 1),
    }
    assert _found("Denmark expelled a Russian diplomat, and Moscow promised a tough response.") == {
        ("DNK", "RUS", 4),
        ("RUS", "DNK", 3),
    }
    assert _found("Mali, Niger and Chad recalled their ambassadors from Algiers.") == {
        ("MLI", "DZA", 4),
        ("NER", "DZA", 4),
        ("TCD", "DZA", 4),
    }
    assert _found("Peru suspended flights to and from Bolivia on Monday.") == {("PER", "BOL", 4)}
    # the act inside an accusation, a demand to stop, calls ignored, a crime of gunmen
    assert _found(
        "Kenya accused Somalia of sending fighters across the border to attack a Kenyan police post."
    ) == {("KEN", "SOM", 3)}
    assert _found(
        "The UN adopted a resolution demanding that Russia end its occupation of Ukrainian land."
    ) == {("UN", "RUS", 3)}
    assert _found("Hungary welcomed Russia's president, ignoring calls to arrest him.") == {("HUN", "RUS", 1)}
    assert _found("Seven Indian engineers were killed when gunmen stormed a factory in Nigeria.") == set()


def test_encounters_appraisals_ended_accords_and_charges() -> None:
    # blind event sets 29 and 31 (wire copy, article bodies): the shapes that were missed
    assert _found(
        "A Chinese navy helicopter flew within three metres of a Philippine fisheries aircraft over "
        "Scarborough Shoal."
    ) == {("CHN", "PHL", 4)}
    assert _found("A Venezuelan navy patrol boat sailed into waters off Guyana's Essequibo region.") == {
        ("VEN", "GUY", 4)
    }
    # a denial, not an encounter
    assert (
        _found(
            "Beijing denied that a Chinese military aircraft had released flares near an Australian plane."
        )
        == set()
    )
    assert _found("Rwanda sent troops to Cabo Delgado province in Mozambique.") == {("RWA", "MOZ", 2)}
    assert _found("Egypt called Ethiopia's filling of the dam a violation of international law.") == {
        ("EGY", "ETH", 3)
    }
    assert _found("Honduras scrapped its extradition treaty with the United States.") == {("HND", "USA", 4)}
    assert _found("Washington suspended all military assistance to Colombia.") == {("USA", "COL", 4)}
    assert _found("Algiers gave 12 French embassy employees 48 hours to leave the country.") == {
        ("DZA", "FRA", 4)
    }
    assert _found(
        "Mali's junta accused Algeria of sponsoring terrorism, and the two neighbours recalled their "
        "ambassadors."
    ) == {("MLI", "DZA", 3), ("MLI", "DZA", 4), ("DZA", "MLI", 4)}
    assert _found(
        "Russia and Ukraine swapped 84 prisoners of war on Saturday in an exchange agreed at talks in "
        "Istanbul."
    ) == {("RUS", "UKR", 2), ("UKR", "RUS", 2)}
    # a charge is not an act; a firm is not its state
    assert _found(
        "London sanctioned two Chinese firms for allegedly supplying engines for Russia's drones."
    ) == {("GBR", "CHN", 4)}
    assert _found("Taiwan's Foxconn will invest $1.5 billion in a new plant in Mexico.") == set()


def test_cargo_conditions_responses_tours_and_postings() -> None:
    # blind event sets 30 to 32: relief cargo delivered, a person sent on to another state,
    # called-off and conditional acts, responses by a gerund, tour stops and envoys' postings
    assert _found(
        "Two Indian navy ships carrying 1,500 tonnes of rice and medicine docked in Colombo on Monday."
    ) == {("IND", "LKA", 2)}
    assert _found("Gabon received 30 ambulances donated by Japan on Monday.") == {("JPN", "GAB", 2)}
    assert _found("Spain extradited a Moroccan man to France on Monday.") == {("ESP", "FRA", 2)}
    assert (
        _found(
            "A meeting between the foreign ministers of Peru and Chile that had been scheduled for Friday "
            "was called off."
        )
        == set()
    )
    assert (
        _found("Ghana would restore diplomatic relations with Taiwan if the opposition won the election.")
        == set()
    )
    assert _found(
        "Kazakhstan warned that it would close its border to Kyrgyz trucks if Bishkek failed to act."
    ) == {("KAZ", "KGZ", 3)}
    assert _found(
        "Lithuania expelled two Belarusian diplomats and Minsk responded by expelling a Lithuanian envoy."
    ) == {("LTU", "BLR", 4), ("BLR", "LTU", 4)}
    assert _found(
        "Indonesia's president flew to Hanoi on a tour that also took him to Vientiane and Phnom Penh."
    ) == {
        ("IDN", "VNM", 1),
        ("IDN", "LAO", 1),
        ("IDN", "KHM", 1),
    }
    assert _found("The government condemned the attack and summoned the Rwandan ambassador in Kinshasa.") == {
        ("COD", "RWA", 3)
    }
    # a bloc its leader leads, a court's seat: neither is the state acted on
    assert _found("Armenia froze its participation in the Russian-led alliance.") == set()
    assert (
        _found(
            "Philippine police put the former president on a plane to The Hague on an International "
            "Criminal Court warrant."
        )
        == set()
    )


def test_courts_in_cities_deliveries_demands_and_two_sides() -> None:
    # blind event sets 34 and 35: an authority in a city that is no capital, deliveries taken
    # from a supplier, a release demanded from the captor, rebukes, notes and meetings of two sides
    assert _found("A court in Almaty sentenced three Chinese nationals to seven years in prison.") == {
        ("KAZ", "CHN", 4)
    }
    assert _found("Police in Victoria arrested two Chinese nationals.") == set()  # no single country
    assert _found("Armenia has taken delivery of a second batch of air defence systems from India.") == {
        ("IND", "ARM", 2)
    }
    assert ("NGA", "CMR", 3) in _found(
        "Nigeria has demanded the release of 38 Nigerian fishermen detained by Cameroonian gendarmes."
    )
    assert ("VEN", "CHL", 3) in _found(
        "Chile has allowed U.S. military aircraft to use the airport, drawing a rebuke from Caracas."
    )
    assert _found("Kuwait handed Iraq a formal protest note on Tuesday.") == {("KWT", "IRQ", 3)}
    assert _found("Gabon was paid $150 million by Norway last year for cutting deforestation.") == {
        ("NOR", "GAB", 2)
    }
    assert _found("Sweden closed its embassy in Bamako at the end of June.") == {("SWE", "MLI", 4)}
    # a host's guests do not meet each other; "the two sides" after a reception act both ways
    assert _found(
        "Sweden hosted the leaders of Estonia, Latvia and Lithuania in Stockholm on Wednesday to discuss "
        "air defence."
    ) == {("SWE", "EST", 1), ("SWE", "LVA", 1), ("SWE", "LTU", 1)}
    assert _found(
        "Azerbaijan received Uzbekistan's foreign minister on Tuesday, and the sides discussed a new railway."
    ) == {("AZE", "UZB", 1), ("UZB", "AZE", 1)}
    # states of relations, aims and failures are no acts; a claimant is no party
    assert _found("Relations between Kenya and Somalia have rarely been worse.") == set()
    assert _found("Albania aims to close all remaining chapters of its EU accession talks by 2027.") == set()
    assert _found("Avarua failed to consult Wellington.") == set()
    assert _found(
        "The Gulf Cooperation Council condemned Iran's occupation of three islands claimed by the "
        "United Arab Emirates."
    ) == {("GCC", "IRN", 3)}

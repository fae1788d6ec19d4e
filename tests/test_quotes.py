"""Quotations and speakers: the seeds, the hand-written cases (tests/cases/quotes.jsonl)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_script

from newsdigest.annotate.actors import find_actors
from newsdigest.annotate.countries import find_mentions
from newsdigest.annotate.quotes import find_quotes
from newsdigest.clean import clean_source
from newsdigest.models import Source
from newsdigest.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


EVAL = load_script("eval_quotes")
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


BLIND = EVAL.load_cases(ROOT / "tests" / "cases" / "quotes_blind.jsonl")


def test_blind_set_quality() -> None:
    # written before the code was tuned on it; 0.956 F1 / 0.777 speaker before the fixes
    s = EVAL.summarise([EVAL.score_case(c) for c in BLIND])
    assert s["cases"] >= 50
    assert s["f1"] >= 0.95, s
    assert s["speaker_accuracy"] >= 0.93, s


def test_single_quotes_and_apostrophes() -> None:
    text = (
        "Britain's trade secretary, Kemi Badenoch, said the deal was 'a great win for farmers'.\n\n"
        "But the union's president, Minette Batters, said: 'Farmers' livelihoods won't be sold off.'"
    )
    qs = EVAL.predict(text)
    assert [q.quote for q in qs] == ["a great win for farmers", "Farmers' livelihoods won't be sold off."]
    assert [q.speaker for q in qs] == ["Kemi Badenoch", "Minette Batters"]
    assert qs[0].partial and not qs[1].partial


def test_organisation_speakers() -> None:
    text = (
        "Mining giant Rio Tinto has agreed to settle a tax dispute.\n\n"
        '"We are pleased to have reached a settlement," Rio Tinto said.\n\n'
        '"The matter is closed," the company said. Rio Tinto chief executive Jakob Stausholm said '
        'he wanted to "move on". "It took too long," he added.'
    )
    qs = EVAL.predict(text)
    assert [q.speaker for q in qs] == ["Rio Tinto", "Rio Tinto", "Jakob Stausholm", "Jakob Stausholm"]
    actors = {a.name: a.kind for a in EVAL.find_actors(EVAL.Article(id="t", path=None, text=text), [], [])}
    assert actors.get("Rio Tinto") == "institution"


def test_honorifics_and_family_name_first() -> None:
    text = (
        "Labour leader Sir Keir Starmer met Chinese President Xi Jinping in Beijing.\n\n"
        '"We had a frank exchange," Sir Keir said. "Trade matters to both of us," Mr Xi said.'
    )
    assert [q.speaker for q in EVAL.predict(text)] == ["Keir Starmer", "Xi Jinping"]


BLIND2 = EVAL.load_cases(ROOT / "tests" / "cases" / "quotes_blind2.jsonl")


def test_second_blind_set_quality() -> None:
    # second blind set: 0.985 F1 / 0.744 speaker on its first run, before any fix
    s = EVAL.summarise([EVAL.score_case(c) for c in BLIND2])
    assert s["cases"] >= 50
    assert s["f1"] >= 0.97, s
    assert s["speaker_accuracy"] >= 0.85, s


def test_pronoun_gender_learned_from_the_article() -> None:
    # neither given name is in the given-name list: the article's own "she"/"he" decides
    text = (
        "Olena Kovalenko, a 58-year-old teacher, said the shelling never stops. "
        '"We are used to it," she said.\n\n'
        "Behind her, Mykola Shevchuk, a retired engineer, nodded. "
        '"There is no electricity for days," he said.'
    )
    qs = EVAL.predict(text)
    assert [q.speaker for q in qs] == ["Olena Kovalenko", "Mykola Shevchuk"]


def test_documents_and_bodies_speak() -> None:
    text = (
        "A report by the National Audit Office found that equipment was never used.\n\n"
        '"The department does not know what it owns," the report said.\n\n'
        'It added: "These failings will continue to cost the taxpayer."\n\n'
        'Boeing said it would cut jobs. "We are adjusting our workforce," the company said.'
    )
    qs = EVAL.predict(text)
    assert [q.speaker for q in qs] == ["National Audit Office", "National Audit Office", "Boeing"]


def test_labels_and_epithets() -> None:
    text = (
        'Ministers added 45 ships to a list of Russia\'s "shadow fleet", in what critics call '
        'the so-called "price cap" war.\n\n'
        'Carlos Alcaraz beat Novak Djokovic. "It is a dream," the 21-year-old Spaniard said.'
    )
    qs = EVAL.predict(text)
    assert [(q.quote, q.speaker) for q in qs] == [("It is a dream", "Carlos Alcaraz")]


def test_speaker_named_in_the_next_paragraph() -> None:
    text = (
        '"The water took the house, the car, the animals, everything."\n\n'
        "That is how Maria Oliveira, a 62-year-old farmer, describes the floods."
    )
    assert [q.speaker for q in EVAL.predict(text)] == ["Maria Oliveira"]


BLIND3 = EVAL.load_cases(ROOT / "tests" / "cases" / "quotes_blind3.jsonl")


def test_third_blind_set_quality() -> None:
    # third blind set: 0.995 F1 / 0.838 speaker on its first run, before any fix
    s = EVAL.summarise([EVAL.score_case(c) for c in BLIND3])
    assert s["cases"] >= 30
    assert s["f1"] >= 0.97, s
    assert s["speaker_accuracy"] >= 0.92, s


def test_appositive_and_coordinated_speakers() -> None:
    text = (
        "Anna Berg, the deputy head of the Centre for Policy Studies, said the plan was "
        '"a gamble".\n\n'
        "Minister Jorge Vidal, visiting the port, signed the deal and said it would "
        '"change everything".\n\n'
        'Owen Lloyd of Gwent police said: "We are appealing for witnesses."\n\n'
        '"It was awful," said the victim\'s brother, Tomas Reyes.'
    )
    qs = EVAL.predict(text)
    assert [q.speaker for q in qs] == ["Anna Berg", "Jorge Vidal", "Owen Lloyd", "Tomas Reyes"]


def test_unnamed_minister_in_the_lede_is_named_next() -> None:
    text = (
        'Talks with the neighbours are "off the table", Chile\'s foreign minister said on Monday.\n\n'
        'Alberto Fuentes told a forum in Santiago: "We will not negotiate under pressure."\n\n'
        'The minister also said Chile wanted "calm relations" with everyone.'
    )
    qs = EVAL.predict(text)
    assert [q.speaker for q in qs] == ["Alberto Fuentes"] * 3


def test_role_synonyms_inverted_titles_and_named_ministries() -> None:
    # fifth blind set: 0.990 F1 / 0.814 speaker on its first run; these are its general causes
    text = (
        "Somalia's ambassador to Kenya, Abdi Warsame, welcomed the move. "
        '"This is good news for traders," the envoy told reporters.\n\n'
        '"For too long farmers have waited," said Ghana\'s Agriculture Minister, Kofi Mensah, in Accra.\n\n'
        "Japanese Defense Minister Kenta Ono visited Manila. "
        '"We share a vision," the Japanese defense chief said.\n\n'
        'The Algerian Foreign Ministry called the claims "unfounded and hostile".'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Abdi Warsame",
        "Kofi Mensah",
        "Kenta Ono",
        "Algerian Foreign Ministry",
    ]


def test_quote_paragraph_after_reported_speech_with_a_partial_quote() -> None:
    # sixth blind set: 0.995 F1 / 0.855 speaker on its first run
    text = (
        'Irish Taoiseach Cathal Byrne said the ruling left Dublin "no choice" but to go to court.\n\n'
        '"We have raised this with London at every level," the taoiseach said.\n\n'
        'Fisheries Minister Gareth Pryce said the deal was "a new chapter" for ports such as Hull.\n\n'
        '"Fishermen in Hull have waited a very long time for this day."'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Cathal Byrne",
        "Cathal Byrne",
        "Gareth Pryce",
        "Gareth Pryce",
    ]


def test_names_with_particles_apostrophes_and_honorifics() -> None:
    # seventh blind set: 0.995 F1 / 0.798 speaker on its first run; names were the main cause
    text = (
        "Dutch fisheries minister Pieter van der Linden met his British counterpart in London.\n\n"
        '"The British want access to our market," Van der Linden said.\n\n'
        "Rwandan foreign minister Jeanne d'Arc Uwimana rejected the claims. "
        '"Our concerns are real," Uwimana said.\n\n'
        "Datuk Seri Aminuddin Haris, Malaysia's foreign minister, spoke in Kuala Lumpur. "
        '"We want a code with teeth," Aminuddin said.'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Pieter van der Linden",
        "Jeanne d'Arc Uwimana",
        "Aminuddin Haris",
    ]


def test_portfolio_words_are_no_part_of_a_name() -> None:
    # eighth and ninth blind sets (0.864 and 0.845 speaker accuracy on first run): a title
    # with a portfolio the title list does not know left its words in front of the name
    text = (
        'German Minister for Economic Affairs Friederike Lanz called the site "one of the most '
        'promising in the world".\n\n'
        "Laos's Minister of Public Works and Transport Souksavanh Phommachanh said the railway "
        'had "fundamentally changed" the north.'
    )
    assert [q.speaker for q in EVAL.predict(text)] == ["Friederike Lanz", "Souksavanh Phommachanh"]


def test_long_organisation_names_and_their_acronyms_speak() -> None:
    # blind sets 2, 5, 8 and 9: a body whose name runs on with "for the ... of ..." or "and",
    # or that is later called by its acronym, was cut to its last word or left as the acronym
    text = (
        '"Our people are home," Ukraine\'s Coordination Headquarters for the Treatment of '
        'Prisoners of War said on Telegram. "Every exchange takes months of quiet work."\n\n'
        "The government and the rebel Movement for National Renewal (MRN) agreed a truce.\n\n"
        'The MRN said it would "respect every clause".\n\n'
        '"The needs are enormous," the International Federation of Red Cross and Red Crescent '
        "Societies said."
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Coordination Headquarters for the Treatment of Prisoners of War",
        "Coordination Headquarters for the Treatment of Prisoners of War",
        "Movement for National Renewal",
        "International Federation of Red Cross and Red Crescent Societies",
    ]


def test_family_name_first_speakers_keep_their_full_names() -> None:
    # blind sets 8 and 9: "Park" is also an organisation word ("Gorky Park") and the
    # apostrophe in "Ming'an" cut the name short
    text = (
        '"Vietnam is no longer just an assembly line," said Park Ji-hoon, who heads a trade '
        "office in Hanoi.\n\n"
        'Park said 60 companies were interested. "The next two years will decide a lot," he said.\n\n'
        'Ambassador Zhou Ming\'an called the line "a golden route".'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Park Ji-hoon",
        "Park Ji-hoon",
        "Zhou Ming'an",
    ]


def test_ranks_honorifics_titles_and_portfolio_lists_are_no_part_of_a_speaker() -> None:
    # blind sets 6, 7 and 10: ranks ("Commodore"), religious honorifics ("Mawlawi"), a title
    # taken for a name ("the Deputy High Commissioner said"), portfolios in a title ("Minister
    # of State for Shipping"), accented given names and bodies named for a list of portfolios
    text = (
        'Commodore Ernesto Lagdameo said "our personnel were performing a routine task".\n\n'
        'Mawlawi Ahmadullah Zahid said: "We ask Pakistan to stop."\n\n'
        "Union Minister of State for Shipping R. Venkatesan spoke in Chennai. "
        '"People on both sides have family ties," Mr. Venkatesan said.\n\n'
        "Sri Lanka's Deputy High Commissioner in Chennai, Dilani Wickremesinghe, welcomed it. "
        '"It is a bridge," the Deputy High Commissioner said.\n\n'
        "José Antonio Larrea told reporters the lorries had crossed. "
        '"This has happened because both governments decided to trust each other," he said.\n\n'
        '"It supports private-sector talks," Japan\'s Ministry of Economy, Trade and Industry said.\n\n'
        '"The UK remains committed," the Department for Energy Security and Net Zero said.'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Ernesto Lagdameo",
        "Ahmadullah Zahid",
        "R. Venkatesan",
        "Dilani Wickremesinghe",
        "José Antonio Larrea",
        "Ministry of Economy, Trade and Industry",
        "Department for Energy Security and Net Zero",
    ]


def test_names_in_portfolio_titles_and_surname_references() -> None:
    # blind set 11 (0.764 speaker accuracy on its first run): a name after a long portfolio
    # ("Minister of State for Petroleum"), a given name the list lacks ("Abdelkader"), a
    # family-name-first name referred to by its family name, Vietnamese letters, and "Mr. X"
    # for a full name written earlier without a speech verb
    text = (
        "Minister of State for Petroleum Shazia Rehman Qureshi said the government was "
        '"committed to the project in principle".\n\n'
        '"Goods would flow freely," said Abdelkader Mohamed Hammou, the president of the '
        "Ceuta Chamber of Importers.\n\n"
        "Talks joined Minister for Sustainability and the Environment Teo Hui Min and her "
        'Malaysian counterpart. "Linggiu is a shared concern," Ms Teo told reporters.\n\n'
        'Port chair Nguyễn Thị Lan Anh was blunt. "We do not choose partners by their '
        'passports," Lan Anh said.\n\n'
        "For three summers, Tsering Angchuk was not allowed to take his yaks up. This summer "
        'Mr. Angchuk went back. "The grass was so high," he said.'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Shazia Rehman Qureshi",
        "Abdelkader Mohamed Hammou",
        "Teo Hui Min",
        "Nguyễn Thị Lan Anh",
        "Tsering Angchuk",
    ]


def test_role_nouns_for_an_untitled_person_and_cues_in_relative_clauses() -> None:
    # blind set 11: "the envoy" for a person whose title the text gave in words the title
    # list lacks, a naming verb inside a relative clause taken for the cue, and a capitalised
    # "Spokesperson" left in the name
    text = (
        "The State Department's senior adviser for the talks, Rebecca Lindqvist-Hart, who hosted "
        'them, struck a more optimistic tone. The envoy told reporters that "the gaps are '
        'narrower than ever".\n\n'
        "Beijing rejected the protest. Spokesperson Chen Weiming told a briefing that the "
        'islands, which China calls the Diaoyu, were "China\'s inherent territory".\n\n'
        "An official at the ministry, speaking on condition of anonymity, was cautious. "
        '"We cannot promise water that does not fall from the sky," the official said.'
    )
    assert [q.speaker for q in EVAL.predict(text)] == ["Rebecca Lindqvist-Hart", "Chen Weiming", None]


def test_agencies_reporting_bodies_and_according_to_an_appositive_name() -> None:
    # blind set 13 (0.879 speaker accuracy on its first run): an agency introduced by its
    # acronym, "it" after "X said in a statement that", "according to" a role then a name, a
    # person named after an agency's role, the reporter of a complaint, and a rank "Brig Gen"
    text = (
        "The UN children's agency, UNICEF, praised the deal. "
        '"Children cannot wait," the agency said.\n\n'
        'The Brazilian Foreign Ministry said in a statement that it welcomed "a serious step".\n\n'
        "According to her Gabonese counterpart, Marie-Claire Ondo Mba, the fund will be audited and "
        '"every franc will be public."\n\n'
        '"We need trucks," WFP\'s director in Niger, Oumar Kane Diallo, told AFP.\n\n'
        "Commerce Minister Lucia Ferreyra Paz spoke in Salta. Ferreyra said exporters had complained "
        'for weeks: "A buyer told me the border is a wall."\n\n'
        '"The enemy is weakened," army spokesman Brig Gen Paul Okello Ssemanda said.'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "UNICEF",
        "Brazilian Foreign Ministry",
        "Marie-Claire Ondo Mba",
        "Oumar Kane Diallo",
        "Lucia Ferreyra Paz",
        "Paul Okello Ssemanda",
    ]


def test_a_body_of_a_known_organisation_keeps_its_own_name() -> None:
    # blind set 14: "the ECOWAS Commission" is not ECOWAS itself
    text = 'The ECOWAS Commission called the move "a positive step". "We agree," NATO said.'
    assert [q.speaker for q in EVAL.predict(text)] == ["ECOWAS Commission", "NATO"]


def test_speakers_named_around_a_quotation_paragraph() -> None:
    # blind quotation sets 14 and 15 (0.821 and 0.817 speaker accuracy on their first runs):
    # the speaker named in the sentence or paragraph after the quotation, or in the paragraph
    # before it giving an account; a body named for a plural of people; a first-name reference
    text = (
        "LIMA (AFP) - Peru will not renew the fishing accord, the government said on Monday.\n\n"
        '"Our waters are not for sale."\n\n'
        "The words, spoken on radio late on Sunday, came from fisheries minister Rosa Quispe Huaman.\n\n"
        "Marco Ferretti, a skipper from Paita, gave a different account to AFP.\n\n"
        '"We were told nothing until the boats were stopped."\n\n'
        '"The quota is clearly too small." This was how Andres Villanueva, a trader, put it.\n\n'
        "The Paita Fishermen's Association welcomed the talks but warned that the delay was "
        '"very costly".\n\n'
        "Indonesian envoy Retno Wulandari Santoso attended. Retno said the talks would go on. "
        '"We will be back," she said.'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Rosa Quispe Huaman",
        "Marco Ferretti",
        "Andres Villanueva",
        "Paita Fishermen's Association",
        "Retno Wulandari Santoso",
    ]


def test_speakers_named_without_a_title_or_a_speech_verb() -> None:
    # blind quotation sets 16 and 17 (0.850 and 0.812 speaker accuracy on their first runs):
    # an age or an appositive makes a name of one or two words; a paragraph that is only a
    # quotation belongs to the one person the paragraph before introduces; "his lawyer" is
    # someone else, unnamed; a place phrase may open the sentence before its subject
    text = (
        "At Torkham, Gul Bibi, 60, sat on a bundle of quilts. She left Kunar province in 1980.\n\n"
        '"I have spent my whole life here," she said.\n\n'
        "Her son, Naqibullah, a 34-year-old shopkeeper, said the family had two days to leave. "
        '"They came at night," he said.\n\n'
        "Rodel Abrenica, 43, was anchored a mile away when the water hit. He has fished the shoal "
        "since he was 15.\n\n"
        '"We heard the horns first, then we saw the water."\n\n'
        "Of the damages now due to Abrenica, 43, who lost his boat, his lawyer said: "
        '"It could be a great deal of money."\n\n'
        "In the Odesa region, wheat farmer Mykola Hrytsenko still has half of last year's harvest.\n\n"
        '"If ships move, I can pay my workers," he told AFP.'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Gul Bibi",
        "Naqibullah",
        "Rodel Abrenica",
        None,
        "Mykola Hrytsenko",
    ]


def test_ordinary_people_introduced_by_a_feature_story() -> None:
    # blind quotation set 18 (0.754 speaker accuracy on its first run): a given name the
    # curated list lacks ("Sunita", "Besnik") is a person's when the paragraph goes on with a
    # pronoun of that name's gender or the next paragraph is a quotation; a profession
    # ("Hydrologist") and an honorific ("Hajji") are no part of a name; a possessive
    # ("... said Peter Goldsmith's admission ...") is not the subject a later "he said" refers to
    text = (
        "In Supaul district, Sunita Devi lost her house in last August's flood.\n\n"
        '"Nobody warned us," she said.\n\n'
        "In Pristina, Besnik Krasniqi has run a café on Mother Teresa Boulevard since 2008.\n\n"
        '"Each new flag still feels like a small party."\n\n'
        "Hydrologist Pratibha Shrestha of Tribhuvan University said the stations were "
        '"old and often offline".\n\n'
        "Hajji Abdirahman Warsame Hirsi has sold spare parts near the port for 30 years. "
        '"Every truck will pass my shop," Hajji Abdirahman said.\n\n'
        "Former foreign secretary Robin Cook said Peter Goldsmith's admission suggested that "
        'Parliament had been misled. "The answer was never a summary," he said.'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Sunita Devi",
        "Besnik Krasniqi",
        "Pratibha Shrestha",
        "Abdirahman Warsame Hirsi",
        "Robin Cook",
    ]


def test_relatives_residents_and_bodies_in_long_subjects() -> None:
    # blind quotation set 18: a relative named by one word after "his mother,"; a man who
    # "gave his name only as" one word; a pair referred back to as "The 61-year-old"; the head
    # of an appositive that ends in a place ("..., Sokoto, described"); a body that "said it
    # had asked" for the quoted words; a body whose name ends in "of War"; a place after "the"
    text = (
        "Among those returning was a marine. His mother, Halyna, had travelled overnight.\n\n"
        '"I recognised him by his walk," she said.\n\n'
        "Among them was a man who gave his name only as Dwayne. He left at the age of six.\n\n"
        '"I don\'t know anybody here," he said.\n\n'
        "On Upolu, Losa Tuiasosopo has watched the sea take three rows of trees. The 61-year-old "
        "runs a guesthouse.\n\n"
        '"For us it is the difference between moving the church and losing it."\n\n'
        "Zainab Garba Yusuf, a researcher at Usmanu Danfodiyo University, Sokoto, described the "
        'closure as "a policy that punished families".\n\n'
        "Jamaica's Ministry of Foreign Affairs and Foreign Trade said it had asked Washington for "
        '"advance and complete" records.\n\n'
        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said several "
        'needed "urgent medical care".\n\n'
        "Thabo Mokoena, who heads a farmers' association in the Free State, said the programme "
        '"insulted every farmer".'
    )
    assert [q.speaker for q in EVAL.predict(text)] == [
        "Halyna",
        "Dwayne",
        "Losa Tuiasosopo",
        "Zainab Garba Yusuf",
        "Ministry of Foreign Affairs and Foreign Trade",
        "Coordination Headquarters for the Treatment of Prisoners of War",
        "Thabo Mokoena",
    ]


def test_consulate_general_with_its_adjective() -> None:
    # blind quotation set 18: "Consulate General" is a body, named with its adjective, no
    # general of that name
    text = 'The Chinese Consulate General in Zanzibar said the team reflected "the deep friendship".'
    assert [q.speaker for q in EVAL.predict(text)] == ["Chinese Consulate General"]


def test_apposition_subjects_documents_and_readouts() -> None:
    # blind quotation set 20 (passages written for this test): a role or relation noun opening
    # the sentence with the name in apposition is the subject a later "he" means; a body
    # opening a sentence is what a later "it said" means; a letter's words are its sender's;
    # "according to a readout" leaves the speaker to the sentence's subject
    text = (
        "Nigeria's customs service insists the closures work. Ibrahim Musa, a trader, disagrees.\n\n"
        "The Nigeria Customs Service defends the policy. In a statement, it said smuggling had "
        'fallen by "more than 60 per cent". Its spokesman in Lagos, Abdullahi Maiwada-Bello, went '
        'further. "Smuggling is economic sabotage," he argued.\n\n'
        "Analysts disagree. Her colleague Jakub Dvořák is more blunt: the tariffs, he says, "
        '"bought Brussels eighteen months".\n\n'
        "A letter the envoy received from his former ambassador, Walter Mondsley, hangs in his "
        'kitchen. "Your cable was correct and premature," it reads.\n\n'
        "At a meeting in Hanoi, Vietnam's deputy labour minister, Le Van Thanh, said workers should "
        'not be treated "as a cheap input," according to a readout published by the ministry.'
    )
    assert [(q.quote, q.speaker) for q in EVAL.predict(text)] == [
        ("more than 60 per cent", "Nigeria Customs Service"),
        ("Smuggling is economic sabotage", "Abdullahi Maiwada-Bello"),
        ("bought Brussels eighteen months", "Jakub Dvořák"),
        ("Your cable was correct and premature", "Walter Mondsley"),
        ("as a cheap input", "Le Van Thanh"),
    ]


def test_bodies_before_the_verb_and_one_name_later() -> None:
    # blind quotation set 21 (0.812 on its first run): a body the actors step does not list,
    # named right before a plain speech verb, speaks; a full name whose one word later speaks
    # alone ("Deng said") is a person; "Ma." is part of a Filipino given name; a hospital
    # after "General" is no general
    text = (
        "Amnesty International said in a statement that the deal should not"
        " \u201cserve as a screen\u201d.\n\n"
        "Chinese Vice Minister of Agriculture Deng Weiping met the delegation. Speaking through an "
        'interpreter, Deng said China would "follow the science".\n\n'
        'Secretary Ma. Cristina Dimaculangan-Reyes said: "We are not closing the door."\n\n'
        "At Philippine General Hospital, a nurse who asked not to be named said half of her unit had "
        'left. "I train them, they go," she said.'
    )
    assert [(q.quote, q.speaker) for q in EVAL.predict(text)] == [
        ("serve as a screen", "Amnesty International"),
        ("follow the science", "Deng Weiping"),
        ("We are not closing the door.", "Ma. Cristina Dimaculangan-Reyes"),
        ("I train them, they go", None),
    ]


def test_dateline_agency_us_embassy_and_adviser_title() -> None:
    # blind quotation set 22 (0.837 on its first run): the agency in a dateline is not the
    # subject after it; "The U.S. Embassy" keeps its abbreviation; "Adviser" is a title
    text = (
        "LIMA, March 3 (Reuters) - Peru's trade minister said the deal could be signed \"within"
        ' weeks". Trade Minister Ana Quispe spoke after talks in Lima.\n\n'
        'The U.S. Embassy said in an emailed statement that the flights were "lawful".\n\n'
        'Bangladesh\'s Water Resources Adviser Syeda Nazneen Chowdhury said: "The river is dying."'
    )
    assert [(q.quote, q.speaker) for q in EVAL.predict(text)] == [
        ("within weeks", "Ana Quispe"),
        ("lawful", "U.S. Embassy"),
        ("The river is dying.", "Syeda Nazneen Chowdhury"),
    ]


def test_regional_titles_long_appositives_and_trailing_attributions() -> None:
    # blind quotation set 23 (regional press, 0.797 on its first run): local honorifics are not
    # names; "the CS" (a Kenyan Cabinet Secretary) and "the MLA" are roles; a long title before
    # the name; a long appositive before the verb; "The warning came from X"; "Commission I"
    text = (
        'Energy and Petroleum Cabinet Secretary Amina Chege said the deal was "fair".\n\n'
        '"We will not ignore our farmers," the CS said.\n\n'
        '"The border must stay open," Trade and Industry Minister Datuk Seri Hamid bin Osman told'
        " reporters.\n\n"
        'Barrister Kamal Hossain said the pact was "long overdue".\n\n'
        "Sunil Perera, a member of Parliamentary Committee II, which oversees trade, wrote on X:"
        ' "This is a bad deal."\n\n'
        '"Prices have doubled." The warning came from Abdul Qadir Baloch, president of the Quetta'
        " Chamber of Commerce and Industry."
    )
    assert [(q.quote, q.speaker) for q in EVAL.predict(text)] == [
        ("fair", "Amina Chege"),
        ("We will not ignore our farmers", "Amina Chege"),
        ("The border must stay open", "Hamid bin Osman"),
        ("long overdue", "Kamal Hossain"),
        ("This is a bad deal.", "Sunil Perera"),
        ("Prices have doubled.", "Abdul Qadir Baloch"),
    ]


def test_a_spokesman_for_a_body_is_not_a_spokesman_named_later() -> None:
    # "A spokesman for the Home Office said ... the spokesman said" stays with the Home Office
    # when a spokesman for another body is named further down
    text = (
        'A spokesman for the Home Office said the plan was "lawful". Only some children would be'
        ' returned, the spokesman said. "We are developing a programme," he added.\n\n'
        "But Andrew Hogg, spokesman for the Medical Foundation for the Care of Victims of Torture,"
        ' said: "We oppose the scheme."'
    )
    speakers = [q.speaker for q in EVAL.predict(text)]
    assert speakers[0] == "Home Office" and speakers[-1] == "Andrew Hogg"
    assert "Andrew Hogg" not in speakers[:-1]


def test_a_body_named_as_a_list_and_honorifics_alone() -> None:
    # blind quotation set 23: "Immigration, Refugees and Citizenship Canada" is one body (not
    # "Citizenship Canada"); "Engr." alone is no person; a hyphenated "Thompson-McLean" is a name
    text = (
        "In a statement to CBC News, Immigration, Refugees and Citizenship Canada said the cap was"
        ' "not targeted at any one country".\n\n'
        'NUTAG president, Engr. Chukwuemeka Obiorah-Nnaji, said the closures were "unfair".\n\n'
        'Opposition spokesman on trade, Dwayne Thompson-McLean, said the deal was "a mistake".'
    )
    assert [(q.quote, q.speaker) for q in EVAL.predict(text)] == [
        ("not targeted at any one country", "Immigration, Refugees and Citizenship Canada"),
        ("unfair", "Chukwuemeka Obiorah-Nnaji"),
        ("a mistake", "Dwayne Thompson-McLean"),
    ]


def test_namesakes_by_honorific_body_spokespeople_and_reporting_agencies() -> None:
    # blind quotation sets 24 and 25: a husband and wife told apart by Mr/Ms; an unnamed
    # spokesperson or document of a named body is the body; an official at a body is anonymous;
    # the news agency a statement is attributed to is no speaker
    text = (
        "Dana Akhmetova has sold shoes at the market for ten years. She goes to the border weekly.\n\n"
        'Her husband, Serik Akhmetova, drives the van. "The road is better now," Mr. Akhmetova said.\n\n'
        'Back in the van, Ms. Akhmetova counted her receipts. "My son studies logistics," she said.\n\n'
        'A European Commission spokesperson said the plan was "balanced".\n\n'
        'An official at the Ministry of Economy, Trade and Industry said it would "de-risk" supply.\n\n'
        'Investment Minister Salem Al-Harbi said the kingdom would "support reconstruction," according to'
        " the Saudi Press Agency."
    )
    assert [(q.quote, q.speaker) for q in EVAL.predict(text)] == [
        ("The road is better now", "Serik Akhmetova"),
        ("My son studies logistics", "Dana Akhmetova"),
        ("balanced", "European Commission"),
        ("de-risk", None),
        ("support reconstruction", "Salem Al-Harbi"),
    ]


def test_bodies_after_an_opening_phrase_agencies_labels_and_qualified_roles() -> None:
    # blind quotation set 27 (general mix): "In a statement, the ministry said"; "the statement
    # said" after the body "said in a statement"; a so-called label is no quotation; the agency
    # reporting a quotation is no speaker; "the PNG minister" is the minister from PNG
    text = (
        "Kuwait's Foreign Ministry demanded that Iraq act. In a statement, the ministry said the ruling "
        'relied on "historical fallacies".\n\n'
        "The meeting was held in Yaounde, the Ministry of Foreign Affairs said in a statement on Friday.\n\n"
        '"The meeting agreed that the rights of Nigerians must be respected," the statement said.\n\n'
        'The text builds on the so-called "New Year\'s Eve agreement" reached in 2020.\n\n'
        'Mr Al Jubouri told Sheikh Nawaf that Iraq "remains committed to all agreements", Kuna said.\n\n'
        'PNG Defence Minister Kila Pokawin called the treaty "a promise between neighbours".\n\n'
        'His Australian counterpart, Megan Doherty, said: "This is the first new alliance in 70 years."\n\n'
        '"And we have not made it," the PNG minister interjected.'
    )
    got = [(q.quote, q.speaker) for q in EVAL.predict(text)]
    assert got == [
        ("historical fallacies", "Foreign Ministry"),
        ("The meeting agreed that the rights of Nigerians must be respected", "Ministry of Foreign Affairs"),
        ("remains committed to all agreements", "Al Jubouri"),
        ("a promise between neighbours", "Kila Pokawin"),
        ("This is the first new alliance in 70 years.", "Megan Doherty"),
        ("And we have not made it", "Kila Pokawin"),
    ]


def test_lower_case_ministries_other_clauses_and_name_forms() -> None:
    # blind quotation sets 26 to 29: "the Russian foreign ministry" as written; the words of an
    # unnamed senator in a clause of its own; Irish, Tongan and Singaporean name forms; ranks
    text = (
        "The Russian foreign ministry said the pullout had been agreed "
        "\u201cat Yerevan\u2019s request\u201d.\n\n"
        "Kyiv will keep buying power from Slovakia, Energy Minister Oksana Hrytsenko said on Monday, "
        'a day after a Slovak lawmaker called the deal "a gift to a war economy".\n\n'
        'District Judge Tan Wei Ling said the evidence showed "an ordinary case".\n\n'
        "\u201cWe want a step forward,\u201d said Se\u00e1n \u00d3 Flaithearta, who chairs the group.\n\n"
        '"Small states should worry," said Mele \'Ahio Havili, an economist.\n\n'
        'Colonel-Major Ousmane Traor\u00e9 said: "Our peoples chose sovereignty."'
    )
    got = [(q.quote, q.speaker) for q in EVAL.predict(text)]
    assert got == [
        ("at Yerevan\u2019s request", "Russian foreign ministry"),
        ("a gift to a war economy", None),
        ("an ordinary case", "Tan Wei Ling"),
        ("We want a step forward", "Se\u00e1n \u00d3 Flaithearta"),
        ("Small states should worry", "Mele 'Ahio Havili"),
        ("Our peoples chose sovereignty.", "Ousmane Traor\u00e9"),
    ]


def test_foreign_bodies_officer_titles_bare_initials_and_faroese_names() -> None:
    # blind quotation set 31: a French-named body is no "he"; "Chief Executive Officer" is a
    # title; a middle initial without its full stop; the Faroese "í"
    text = (
        "\"We will not accept it,\" Koffi Yao N'Guessan, director general of Ivory Coast's Conseil du "
        'Caf\u00e9-Cacao, said. A secretariat will be staffed "within weeks," he said.\n\n'
        'Ghana Cocoa Board Chief Executive Officer Kwabena Owusu-Ansah Boateng said a floor was "the only '
        'language buyers understand."\n\n'
        "\u201cThe bridge belongs to The Gambia,\u201d Works Minister Lamin K Jobarteh told the BBC.\n\n"
        '"We pay for fish with fish," Fisheries Minister R\u00fani \u00ed Dali Joensen told POLITICO.'
    )
    got = [(q.quote, q.speaker) for q in EVAL.predict(text)]
    assert got == [
        ("We will not accept it", "Koffi Yao N'Guessan"),
        ("within weeks", "Koffi Yao N'Guessan"),
        ("the only language buyers understand.", "Kwabena Owusu-Ansah Boateng"),
        ("The bridge belongs to The Gambia", "Lamin K Jobarteh"),
        ("We pay for fish with fish", "R\u00fani \u00ed Dali Joensen"),
    ]

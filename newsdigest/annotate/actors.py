"""People and institutions with their titles and countries.

``find_actors(article, sentences, mentions)`` lists the actors of one article. A person is
recognised from evidence in the text, never from capitalisation alone:

* a title before the name: "President Vladimir Putin", "Turkish Defense Minister Fikri
  Isik", "Kremlin spokesman Dmitry Peskov", "Turkey's foreign minister, Mevlut Cavusoglu";
* a title in apposition after it: "Mevlut Cavusoglu, Turkey's foreign minister,";
* an honorific: "Mr Blair", "Mrs Merkel", "Dr Smith";
* a speech verb: "John Smith said", "said Jane Doe";
* "his Turkish counterpart Recep Tayyip Erdogan" (country from the adjective, title
  inherited from the person the possessive refers to);
* a known given name (``data/actors_given_names.txt``) followed by a capitalised word;
* the fallback table of well-known leaders (``data/actors_leaders.tsv``).

Every later reference is collected into ``Actor.spans``: the full name again, the surname
alone ("Cavusoglu"), "Mr Putin", and role nouns such as "the minister" or "the Turkish
president", which go to the nearest preceding actor whose title has that head noun (and
whose country agrees when an adjective is given). Pronouns are not added here; quotes.py
resolves them for speakers with :func:`resolve_pronoun`.

Title and country come from the text first: an adjective or possessive before the title
("Turkish", "Turkey's"), an appositive, an institution ("Kremlin spokesman" -> RUS), or an
unnamed mention elsewhere of the same title with a country ("Turkey's foreign minister
says ..." + "Foreign Minister Mevlut Cavusoglu"). Only when the text says nothing does the
leaders table supply them. Titles keep the printed spelling in Title Case ("Defense
Minister" stays "Defense Minister").

Institutions (kind "institution"): seats of government ("the Kremlin", "the Pentagon",
"the White House"), ministries ("the Foreign Ministry", "Turkey's Defence Ministry") and
news media ("NTV", "Haberturk TV", "Reuters").

Cross-article: ``unify_actors(per_article)`` takes ``[(article_id, actors), ...]`` and
returns ``[(canonical_actor, {article_id: mention_count}), ...]``: the same full name
(compared without accents and case) is one person; a surname-only actor joins the unique
full-name actor ending in that surname; title and country are the most frequent non-empty
values (ties: first seen). Output is sorted by total mentions, then name.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from newsdigest.models import Actor, Article, Mention, Sentence

# ---------------------------------------------------------------- character classes
# Latin Extended-A/B and Additional hold both cases mixed: "Nguyễn Thị", "Đỗ", "Ơ", "Ș"
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff"
_LO = "a-zß-öø-ÿ\u0100-\u024f\u1e00-\u1eff"
# One capitalised name token: "Putin", "O'Brien", "McDonald", "Ki-moon", "al-Assad".
_TOK = (
    rf"(?:(?:al|el|Al|El|bin|ibn|Bin)-)?(?:O'|O’|D'|D’|N'|N’|d'|d’)?"
    rf"[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:-[{_UP}{_LO}][{_LO}]+(?:[{_UP}][{_LO}]+)?)*"
    # a syllable after an apostrophe ("Zhou Ming'an"), never "'s", "'ll", "'re", "'ve"
    rf"(?:['’](?!(?:s|ll|re|ve|d|t)\b)[{_LO}]{{2,}})?"
)
_PARTICLE = (
    r"(?:al|el|ap|bin|ibn|bint|abu|de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|ter|y|"
    r"Ó|Ní|Nic|Uí|Ua|í)"  # Irish "Seán Ó Flaithearta", "Áine Ní Bhriain"; Faroese "Rúni í Dali Joensen"
)
_INITIAL = rf"[{_UP}]\.(?:[ ]?[{_UP}]\.)*"
# A name: tokens separated by single spaces, particles and middle initials allowed.
# a later name word may open with an apostrophe or ʻokina: "Mele 'Ahio Havili", "Siaosi Sovaleni ʻAkau"
# and a middle initial may go without its full stop: "Lamin K Jobarteh"
_NAME = rf"(?:{_TOK}|{_INITIAL})(?:[ ](?:{_PARTICLE}[ ]){{0,2}}(?:(?:{_INITIAL}|[{_UP}])[ ])?['ʻ]?{_TOK})*"
NAME_RE = re.compile(rf"(?<![\w.'’-]){_NAME}(?![\w-])")

_CUE_WORDS = (
    "said|says|say|told|tells|added|adds|urged|urges|warned|warns|stressed|stresses|"
    "noted|notes|insisted|insists|explained|explains|argued|argues|claimed|claims|"
    "declared|declares|announced|announces|stated|states|asked|asks|replied|replies|"
    "responded|wrote|writes|commented|remarked|continued|concluded|acknowledged|"
    "admitted|admits|agreed|suggested|suggests|predicted|cautioned|emphasised|emphasized|"
    "emphasises|emphasizes|underlined|recalled|observed|complained|conceded|confirmed|"
    "denied|vowed|pledged|promised|demanded|tweeted|posted|believes|believed|thinks|"
    "added|reiterated|maintained|maintains|countered|assured|announced|revealed|"
    "testified|joked|boasted|lamented|conceded|indicated|hinted|signalled|signaled|"
    "accused|accuses|described|describes|called|calls|dismissed|criticised|criticized|"
    "jokes|quipped|quips|concedes|recalls|reckons|reckoned|argues|warns|suggests|"
    "condemned|welcomed|praised|hailed|cheered|rejected|defended|threatened|appealed|questioned|"
    "shouted|chanted|exclaimed|cried|yelled|screamed|whispered|muttered|recounted|insisted|"
    "interjected|interrupted|retorted|snapped|shot back|chimed in"
)
_SPEECH_AFTER_NAME = re.compile(
    r"(?:,[^,]{1,60},|,)?[ ]+(?:(?:also|further|then|later|again|has|had|have|was|reportedly|"
    rf"once|previously|recently)[ ]+){{0,2}}(?:{_CUE_WORDS})\b"
)
_SPEECH_BEFORE_NAME = re.compile(rf"\b(?:{_CUE_WORDS})[ ]+$")
# "said the victim's brother, Tomas Reyes": a speech verb, a role phrase, then the name
_SPEECH_ROLE_BEFORE_NAME = re.compile(
    rf"\b(?:{_CUE_WORDS})[ ]+(?:the|his|her|their)[ ][a-z][\w'’ -]{{1,40}},[ ]$"
)
# "Owen Price of Surrey police said": a name, its body in a prepositional phrase, a speech verb
_SPEECH_AFTER_NAME_OF = re.compile(
    rf"[ ](?:of|at|from)[ ](?:the[ ])?[A-Z][\w'’&-]*(?:[ ][\w'’&-]+){{0,3}}?[ ]+(?:{_CUE_WORDS})\b"
)
# "according to Amrita Sen, co-founder of Energy Aspects": a source with a role appositive
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording[ ]to[ ]+$")
_ROLE_APPOSITIVE = re.compile(
    r",[ ](?:(?:an?|the|its)[ ])?[a-z][\w-]*(?:[ ][a-z][\w-]*){0,3}[ ](?:of|at|for|with)[ ]"
)

_HONORIFIC = re.compile(rf"\b(Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Mme|Mister)\.?[ ]+(?={_TOK})")
_HON_WORDS = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame Mme Mister".split())
_HON_GENDER = {"Mr": "m", "Mister": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f"}
_HON_GENDER.update({"Miss": "f", "Dame": "f", "Lady": "f", "Mme": "f"})

_PORTFOLIO = (
    "Foreign|Defence|Defense|Interior|Home|Finance|Economy|Economic|Trade|Energy|Oil|"
    "Justice|Health|Education|Culture|Transport|Environment|Agriculture|Labour|Labor|"
    "Industry|Information|Intelligence|Communications|Tourism|Development|Security|"
    "Treasury|European Affairs|Foreign Affairs|Culture|Sports|Science|Water|Housing|"
    "Immigration|Petroleum|Planning|Commerce|Investment|Digital|Climate|External Affairs|"
    "Water Resources|Irrigation|Fisheries|Mines|Mining|Public Security|State Security|"
    "Emergency Situations|Regional Integration|Home Affairs|Internal Affairs|Natural Resources|"
    "Public Works|Social Affairs|Veterans Affairs|National Defence|National Defense|Overseas Development|"
    "Shipping|Ports|Aviation|Civil Aviation|Railways|Roads|Highways|Power|Textiles|Employment|Youth|"
    "Women|Children|Family|Rural Development|Urban Development|Lands|Forestry|Forests|Food|"
    "Maritime Affairs|Oceans|Technology|Innovation|Telecommunications|Media|Heritage|Religious Affairs|"
    "Minority Affairs|Diaspora|Refugees|Migration|Integration|Gender|Equality|Welfare|Pensions|"
    "Cooperation|International Cooperation|International Relations|Foreign Trade|Economic Development|"
    "Public Administration|Civil Service|Budget|Revenue|Customs|Infrastructure|Construction|Sport|Arts|"
    "Policing|Police|Prisons|Corrections|Disaster Management|Local Government|Trade and Industry"
)
# Single words of portfolios, never the first word of a name: "Transport Souksavanh Phommachanh".
_PORTFOLIO_WORDS = frozenset(
    w
    for w in re.split(r"[| ]", _PORTFOLIO)
    if w not in ("Justice", "Home", "State", "Power", "Family", "Arts")
) | {
    "Affairs",
    "Works",
    "Resources",
}
# longest alternative first, so "Foreign Affairs" wins over "Foreign" ("Ministry of Foreign Affairs")
_PORTFOLIO = "|".join(sorted(dict.fromkeys(_PORTFOLIO.split("|")), key=lambda w: (-len(w), w)))
_STOP_FIRST = frozenset(
    """The A An This That These Those It Its In On At For From With By As But And Or If
    When While After Before Since Until During Although Though Because According Under Over
    Between Among About Against Into Onto Upon Without Within Despite However Meanwhile
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    June July August September October November December He She They We You I His Her Their
    Our My Your Mr Mrs Ms Dr There Here What Who Why How Where Which Some Many Most Several
    Both All Each Every Other Another No Not Such Then Also Yet So Still Even Just Only
    One Two Three Last Next First Second New Old North South East West Northern Southern
    Eastern Western Central Islamic State Republic Kingdom Union United Party Ministry
    Council Committee Agency Office Department House Court Army Force Forces Group Bank
    Fund Organisation Organization Association Company Corporation University Institute
    Prime Minister President Secretary Chancellor King Queen Prince General Ambassador
    Foreign Defence Defense Interior Spokesman Spokeswoman Senator Governor Mayor Premier
    Deputy Vice Former Acting Chief Head Leader Minister Sheikh Emir Pope Ayatollah Speaker
    Saint St Mount Lake River Sea Gulf Street Square Palace Airport Station Press News
    TV Radio Television Times Post Journal Daily Herald Tribune Telegraph Guardian Agence
    Reuters Associated Moscow Ankara Washington London Paris Berlin Beijing Tehran Kremlin
    Pentagon White Downing Elysee Christmas Easter Ramadan Eid God Allah Internet Web
    Analyst Analysts Economist Professor Striker Defender Midfielder Goalkeeper Winger Coach
    Manager Singer Actor Actress Author Writer Novelist Director Chairman Chairwoman Boss
    Captain Rapper Judge Officer Executive Operating Financial Detective Inspector Sergeant
    Constable Lawyer Founder Owner
    Presenter Artist Designer Player Veteran Star Forward Researcher Scientist Analyst
    Opposition Labour Conservative Tory Democrat Democratic Republican Liberal Socialist
    Police Federal National International European Parliament Congress Senate Supreme
    Russian Turkish American British French German Chinese Iranian Israeli Syrian""".split()
)


# Words that make a capitalised pair an organisation or a thing, not a person ("Big
# Machine said", "Human Rights Watch said"): speech verbs alone do not make these people.
_ORG_WORDS = frozenset(
    """Big Machine Human Rights Watch Group Capital Energy Power Motors Motor Air Airlines
    Airways Bank Banks Trust Health Security Media Digital Systems Technologies Technology
    Global International National Royal Street Park Sports Music Records Entertainment
    Studios Pictures Network Networks Services Foundation Institute Society Club United
    City Town County Court Labs Partners Holdings Fund Insurance Oil Gas Petroleum Mining
    Steel Communications Telecom Mobile Software Games Brothers Inc Corp Ltd Plc Co Company
    Association Federation League Union Council Commission Committee Agency Authority Board
    Office Ministry Department Party Government Army Navy Police Forces Force School College
    University Hospital Church Times Post News Journal Herald Press Radio Television Daily
    Weekly Magazine Review Online Research Analytics Consulting Financial Finance Markets
    Exchange Stock Index Investors Investment Investments Management Industries Industry
    Resources Electric Electronics Pharmaceuticals Pharma Foods Brands Stores Retail Group's
    Crisis Relief Aid Red Cross Crescent Amnesty Greenpeace Reporters Borders Doctors
    Without Democrats Republicans Conservatives Tories Labour Liberal Socialists Greens
    Kingdom Republic Emirates States Islands Coast Valley Bay Beach Hill Mountain Lake
    Lib Dem Dems Tory Commons Lords Cabinet Parliament Assembly Senate Congress Studies
    Solutions Administration Strategies Economics Associates Advisers Advisors Advisory
    Institution Institutions Consultancy Consultants Laboratories Ventures
    Conseil Consejo Conselho Comité Comite Ministère Ministerio Ministério Banque Banco Agence
    Agencia Agência Société Compagnie Institut Instituto Comisión Comissão Autorité Autoridad
    Direction Dirección Fundación Fondation Caisse""".split()
)


# a Korean given name after the family name: "Park Ji-hoon", "Hill Seo-yeon"
_HYPHEN_GIVEN = re.compile(rf"[{_UP}][{_LO}]+-[{_LO}]+")


def has_org_word(toks: list[str] | tuple[str, ...]) -> bool:
    """A token of the name marks an organisation or a thing ("Human Rights Watch", "Gorky
    Park"), unless the name is family name first with a hyphenated given name ("Park Ji-hoon")."""
    if 2 <= len(toks) <= 3 and _HYPHEN_GIVEN.fullmatch(toks[1]):
        return False
    return any(t in _ORG_WORDS for t in toks)


# ---------------------------------------------------------------- data
@dataclass(frozen=True, slots=True)
class Leader:
    name: str
    country: str
    title: str
    gender: str | None
    surname_alone: bool


@dataclass(frozen=True, slots=True)
class _Data:
    leaders: dict[str, Leader]  # folded full name -> leader
    leader_surnames: dict[str, Leader]  # folded surname -> leader (unique, allowed alone)
    given: dict[str, str]  # given name -> gender
    title_heads: dict[str, str]  # folded title phrase -> role head
    title_gender: dict[str, str]
    title_re: re.Pattern[str]
    leader_re: re.Pattern[str]
    title_low_re: re.Pattern[str]
    generic_re: re.Pattern[str]
    title_first: frozenset[str]


def _plain(s: str) -> str:
    """Without accents, case kept: "José" -> "Jose"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold(s: str) -> str:
    """Lower case without accents: "Erdoğan" -> "erdogan"."""
    return _plain(s).replace("ı", "i").replace("’", "'").casefold()


class _Given(dict[str, str]):
    """Given names and their gender; "José" and "Zoë" are found as "Jose" and "Zoe"."""

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (dict.__contains__(self, key) or dict.__contains__(self, _plain(key)))

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        return dict.get(self, _plain(key), default)


def given_name(word: str) -> bool:
    """A given name of the world ("Oliver", "Norman"), curated or from the world list."""
    return word in _data().given or fold(word) in _world_given()


@lru_cache(maxsize=1)
def _world_given() -> dict[str, str]:
    """Given names of the world (folded) with their gender ("m", "f" or "-"): weak evidence,
    used only with a context that also points to a person (see given_names_world.tsv)."""
    return {row[0]: row[1] for row in _read("given_names_world.tsv") if len(row) == 2}


def _read(name: str) -> list[list[str]]:
    rows = []
    text = resources.files("newsdigest.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def _data() -> _Data:
    leaders: dict[str, Leader] = {}
    surname_count: Counter[str] = Counter()
    for row in _read("actors_leaders.tsv"):
        name, country, title, gender, alone = (row + ["", "", "", "", ""])[:5]
        ld = Leader(name, country, title, gender or None, alone.strip() == "y")
        leaders[fold(name)] = ld
        surname_count[fold(name.split()[-1])] += 1
    surnames: dict[str, Leader] = {}
    for ld in leaders.values():
        sn = fold(ld.name.split()[-1])
        if ld.surname_alone and surname_count[sn] >= 1:
            # spelling variants (Hollande/François Hollande) share a surname: keep the first
            surnames.setdefault(sn, ld)
    given = _Given()
    for row in _read("actors_given_names.txt"):
        if len(row) >= 2:
            given[row[0].strip()] = row[1].strip()
    heads: dict[str, str] = {}
    tgender: dict[str, str] = {}
    phrases = []
    for row in _read("titles.tsv"):
        phrase, head, gender = (row + ["", "", ""])[:3]
        heads[fold(phrase)] = head
        if gender in ("m", "f"):
            tgender[fold(phrase)] = gender
        phrases.append(phrase)
    alts = sorted({re.escape(p) for p in phrases}, key=len, reverse=True)
    portfolio = (
        r"(?:(?:Deputy|Vice|Acting|Junior|State|Assistant)[ ])?"
        rf"(?:(?:{_PORTFOLIO})(?:[ ]and[ ](?:{_PORTFOLIO}))?)[ ](?:Minister|Secretary)"
        r"|(?:(?:Deputy|Assistant|Under)[ ])?(?:Minister|Secretary)[ ](?:of|for)[ ](?:the[ ])?"
        rf"(?:{_PORTFOLIO})(?:[ ]and[ ](?:{_PORTFOLIO}))?"
        rf"|(?:Deputy[ ])?(?:Foreign|Defence|Defense|Interior)[ ]Ministry[ ]spokes(?:man|woman|person)"
        rf"|(?:Deputy|Assistant)[ ](?:Foreign|Defence|Defense)[ ]Minister"
    )
    generic = (
        rf"(?:Deputy[ ]|Vice[ ]|Acting[ ])?[{_UP}][{_LO}]+(?:[ ]and[ ][{_UP}][{_LO}]+)?"
        r"[ ](?:Minister|Secretary)"
    )
    title_re = re.compile(rf"(?:(?i:{portfolio})|{generic}|(?i:{'|'.join(alts)}))(?![\w-])")
    # fast path for scanning a whole text: match lower-cased text only where a word that
    # can open a title starts (see _find_titles)
    title_low_re = re.compile(rf"(?:{portfolio.lower()}|{'|'.join(alts).lower()})(?![\w-])")
    firsts = {p.split()[0].lower().rstrip(".") for p in phrases}
    firsts |= {w.lower() for w in re.findall(r"[A-Za-z]+", _PORTFOLIO)}
    firsts |= {"deputy", "vice", "acting", "junior", "state", "assistant", "under", "minister"}
    firsts |= {"secretary", "foreign", "defence", "defense", "interior"}
    generic_re = re.compile(rf"(?<![\w-]){generic}(?![\w-])")
    lalts = sorted({re.escape(ld.name) for ld in leaders.values()}, key=len, reverse=True)
    leader_re = re.compile(rf"(?<![\w-])(?:{'|'.join(lalts)})(?![\w-])")
    return _Data(
        leaders,
        surnames,
        given,
        heads,
        tgender,
        title_re,
        leader_re,
        title_low_re,
        generic_re,
        frozenset(firsts),
    )


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ASCII_WORD = re.compile(r"[a-z]+")


_HON_ONLY = re.compile(r"(?:the[ ])?(?:Hon\.?|Honourable|Honorable)")


def _find_titles(text: str) -> list[tuple[int, int]]:
    """Spans of every title phrase, longest first at each position, non-overlapping."""
    d = _data()
    low = text.translate(_ASCII_LOWER)  # same length as text
    found: dict[int, int] = {}
    for w in _ASCII_WORD.finditer(low):
        s = w.start()
        if w.group() not in d.title_first or (s > 0 and (low[s - 1].isalnum() or low[s - 1] == "-")):
            continue
        m = d.title_low_re.match(low, s)
        if m:
            found[s] = max(found.get(s, 0), m.end())
    for m in d.generic_re.finditer(text):
        found[m.start()] = max(found.get(m.start(), 0), m.end())
    out: list[tuple[int, int]] = []
    last = -1
    for s in sorted(found):
        if out and s == last + 1 and text[last] == " " and _HON_ONLY.fullmatch(text, s, found[s]):
            out[-1] = (out[-1][0], found[s])  # "Prime Minister Hon.": one title
            last = found[s]
        elif s >= last:
            out.append((s, found[s]))
            last = found[s]
        elif found[s] > last and out:
            # "Cambodian Minister" + "Minister of Commerce": the longer title, after the adjective
            out[-1] = (s, found[s])
            last = found[s]
    return out


def title_head(title: str | None) -> str | None:
    """The role noun a title is referred back with: "Foreign Minister" -> "minister"."""
    if not title:
        return None
    t = fold(title).replace("-", " ").replace(".", "")
    heads = _data().title_heads
    h = heads.get(fold(title))
    if h:
        return h
    if t.endswith("minister") or t.startswith("minister"):
        return "prime minister" if t.endswith("prime minister") else "minister"
    if t.endswith("secretary") or t.startswith("secretary"):
        return "secretary"
    if "spokes" in t:
        return "spokesman"
    return t.split()[-1]


_HON_TAIL = re.compile(r"(?<=\w)[ ]+(?:the[ ]+)?(?:Hon\.?|Honourable|Honorable)$")


def normalise_title(raw: str) -> str:
    """Title Case with small words lower: "foreign minister" -> "Foreign Minister";
    abbreviations spelt out ("Gen." -> "General")."""
    if raw.strip().lower() in _ABBREV_TITLES:
        return _ABBREV_TITLES[raw.strip().lower()]
    # "Prime Minister Hon. Rongo Tupou-Matapo": the office, not the honorific after it
    raw = _HON_TAIL.sub("", raw)
    words = re.split(r"([ -])", raw.strip())
    out = []
    for i, w in enumerate(words):
        if w in (" ", "-") or not w:
            out.append(w)
        elif i > 0 and w.lower() in ("of", "for", "the", "and"):
            out.append(w.lower())
        elif w.isupper() and len(w) > 1:
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:].lower())
    return "".join(out)


# ---------------------------------------------------------------- internal records
@dataclass(slots=True)
class _Person:
    name: str
    title: str | None = None
    country: str | None = None
    gender: str | None = None
    title_from_text: bool = False
    country_from_text: bool = False
    kind: str = "person"
    spans: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0


@dataclass(slots=True)
class _Anchor:
    name: str
    start: int
    end: int
    title: str | None = None
    country: str | None = None
    gender: str | None = None
    strong: bool = True  # evidence strong enough to create a person


_ADJ_KINDS = ("adjective", "demonym", "name", "seat", "capital", "org")


class _Ctx:
    """Per-article lookup of country mentions by position."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = mentions
        self.by_end = {m.end: m for m in mentions}
        self.by_start = {m.start: m for m in mentions}
        self.covered = bytearray(len(text) + 1)
        for m in mentions:
            for i in range(m.start, min(m.end, len(text))):
                self.covered[i] = 1

    def country_before(self, pos: int) -> str | None:
        """A country mention ending right before ``pos`` ("Turkish ", "Turkey's ", "US ")."""
        t = self.text
        j = pos
        while j > 0 and t[j - 1] == " ":
            j -= 1
        if j >= 2 and t[j - 2 : j] in ("'s", "’s"):
            j -= 2
        elif j >= 1 and t[j - 1] in "'’":
            j -= 1
        m = self.by_end.get(j)
        if m and m.kind in _ADJ_KINDS:
            return m.code
        return None

    def country_in(self, start: int, end: int) -> str | None:
        for m in self.mentions:
            if m.start >= start and m.end <= end and m.kind in _ADJ_KINDS:
                return m.code
        return None


def _split_name(name: str) -> tuple[str, ...]:
    return tuple(name.split())


def _valid_name(tokens: tuple[str, ...]) -> bool:
    if not tokens:
        return False
    if tokens[0] in _STOP_FIRST or all(t.rstrip(".") in _NAME_PREFIXES for t in tokens):
        return False  # "Engr.", "Barrister": an honorific alone
    if len(tokens) <= 3 and fold(" ".join(tokens)) in _data().title_heads:
        return False  # "the Deputy High Commissioner said": a title, not a name
    if len(tokens) >= 2 and tokens[-1] in PUBLIC_SUFFIXES:
        return False  # "(Lake) Victoria Basin Commission": a body, not a person named Victoria
    return not any(t in ("Ministry", "Party", "Council", "Committee", "TV") for t in tokens)


_TITLE_TOKEN = re.compile(
    r"^(?:.* )?(?:Minister|President|Secretary-General|Secretary General|Director-General|"
    r"Secretary|Chancellor|Spokesman|Spokeswoman|Spokesperson|Premier|"
    r"Ambassador|General|Governor|Senator|Mayor|Chairman|Chief|Leader|King|Queen|Envoy|"
    r"Commissioner|Director|Admiral|Colonel|Commander|Speaker|Emir|Prince|Presidents|"
    r"Ministers|Leaders|Senators|Generals|Attorney|Judge|Professor|Coach|Manager|Captain|Taoiseach|"
    r"T\u00e1naiste) "
)


# honorifics and abbreviated titles that are never part of the name ("Sir Keir Starmer" ->
# "Keir Starmer", "Lord Cameron" -> "Cameron", "Sen. Sherrod Brown" -> "Sherrod Brown")
_NAME_PREFIXES = frozenset(
    """Sir Dame Lord Lady Baroness Baron Dr Prof Professor Rev Reverend Sen Rep Gov Gen Col Lt
    Maj Brig Capt Sgt Det Insp Supt Cllr Mr Mrs Ms Miss Mme Mister Sheikh Sheikha Ayatollah Imam
    Rabbi Cardinal
    Archbishop Bishop Pope Father Brother Sister Justice Judge Datuk Dato Seri Tan Sri Tun Ratu
    Alhaji Haji Commodore Admiral Adm Brigadier Marshal Commander Cdr Cmdr Lieutenant Colonel
    Major Captain Sergeant Corporal General Vice Rear Mawlawi Maulvi Mullah Maulana Mufti
    Hojatoleslam Pastor Prince Princess Emir Sayyid Sayed Sayyed Mzee Kgoshi Hajji Hajjah Hajja Daw
    Barrister Begum Shri Smt Shrimati Engr Hon Honourable Honorable Representative Alh Mallam Malam
    Puan Encik Tuan Pehin Dasho MK Superintendent Inspector Detective Constable Chief Lyonpo
    Etinyin Colonel-Major Lieutenant-Colonel Brigadier-General Major-General""".split()
)


def _is_prefix(word: str, rest: str) -> bool:
    """Whether ``word`` is an honorific before the name that follows (``rest``): "Tan" only in
    the Malaysian "Tan Sri", otherwise the common surname ("Judge Tan Mei Lin")."""
    return word.rstrip(".") in _NAME_PREFIXES and (word != "Tan" or rest.startswith("Sri"))


_PREFIX_RUN = re.compile(
    r"(?:\b(?:" + "|".join(sorted(_NAME_PREFIXES, key=lambda w: (-len(w), w))) + r")\.?[ ])+$"
)


def _unprefixed(text: str, s: int) -> int:
    """Where the honorifics before a name start ("says Datuk Seri Faizal ..." -> "Datuk")."""
    m = _PREFIX_RUN.search(text, max(0, s - 40), s)
    return m.start() if m else s


_PEERAGE_BEFORE = re.compile(r"\b(Lord|Lady|Baroness|Baron)[ ]$")
# A capitalised descriptor compound is a role, never a given name ("Film-maker", "Fly-half");
# given names keep a capital after the hyphen ("Jean-Pierre").
_DESCRIPTOR = re.compile(r"[A-Z][a-z]+-[a-z]+$")


def strip_role_prefix(name: str) -> str:
    """A person's name without the role words in front of it ("Film-maker Spike Lee" ->
    "Spike Lee", "Presidents Vladimir Putin" -> "Vladimir Putin", "Chancellor Lord Falconer"
    -> "Lord Falconer"). Two name words are always kept, so "King Charles" stays as it is."""
    toks = name.split()
    while len(toks) > 2 and (
        _TITLE_TOKEN.match(toks[0] + " ") or _is_prefix(toks[0], toks[1]) or _DESCRIPTOR.match(toks[0])
    ):
        toks = toks[1:]
    return " ".join(toks)


def _trim_name(text: str, start: int, end: int, ctx: _Ctx) -> tuple[int, int] | None:
    """Drop leading stop words / country words / titles from a candidate name span."""
    name = text[start:end]
    tm = _TITLE_TOKEN.match(name)
    if tm:
        start += tm.end()
        name = name[tm.end() :]
    given = _data().given
    while True:
        m = re.match(r"\S+ ", name)
        if not m:
            break
        first = name[: m.end() - 1]
        if first in _STOP_FIRST or _is_prefix(first, name[m.end() :]) or first in _PORTFOLIO_WORDS:
            # "(Minister for) Economic Affairs Friederike Lanz": the portfolio is no part of her name
            start += m.end()
            name = name[m.end() :]
            continue
        if ctx.covered[start] and not (first in given and NAME_RE.match(name, m.end())):
            # "Israel Katz": a country word that is also a given name stays in the name
            start += m.end()
            name = name[m.end() :]
            continue
        break
    # "(Deputy Prime Minister for European and) Euro-Atlantic Integration Iryna Vovk-Hnatiuk",
    # "(Minister of State for) Petroleum Shazia Qureshi": the name starts after the portfolio
    toks = name.split(" ")
    last = max((i for i, t in enumerate(toks[:-1]) if t.strip(",") in _PORTFOLIO_WORDS), default=-1)
    if last >= 0 and (len(toks) - last - 1 >= 2 or re.fullmatch(_INITIAL, toks[last + 1])):
        cut = len(" ".join(toks[: last + 1])) + 1
        start += cut
        name = name[cut:]
    if not name or name in _STOP_FIRST or ctx.covered[end - 1]:
        return None
    if ctx.covered[start] and not (name.split()[0] in given and " " in name):
        return None
    return start, end


# ---------------------------------------------------------------- institutions
_INSTITUTIONS = {
    "Kremlin": "RUS",
    "Pentagon": "USA",
    "White House": "USA",
    "State Department": "USA",
    "Downing Street": "GBR",
    "Foreign Office": "GBR",
    "Foreign, Commonwealth and Development Office": "GBR",
    "Elysee": "FRA",
    "Élysée": "FRA",
    "Elysee Palace": "FRA",
    "Élysée Palace": "FRA",
    "Quai d'Orsay": "FRA",
    "Quai d’Orsay": "FRA",
    "Elysée": "FRA",
    "Elysée Palace": "FRA",
    "Zhongnanhai": "CHN",
    # international agencies known by their acronyms ("the UN refugee agency, UNHCR")
    "UNHCR": None,
    "UNICEF": None,
    "Unicef": None,
    "WFP": None,
    "IOM": None,
    "OCHA": None,
    "UNDP": None,
    "UNESCO": None,
    "Unesco": None,
    "UNRWA": None,
    "FAO": None,
    "ILO": None,
    "UNFPA": None,
    "ICRC": None,
    "IMF": None,
    "NATO": None,
    "Nato": None,
    "WTO": None,
    "IAEA": None,
    "OPEC": None,
    "ASEAN": None,
    "ECOWAS": None,
    "Ecowas": None,
    "SADC": None,
    "OSCE": None,
    "IGAD": None,
    "CARICOM": None,
}
_MEDIA = {
    "NTV": "TUR",
    "Haberturk": "TUR",
    "Haberturk TV": "TUR",
    "CNN Turk": "TUR",
    "TRT": "TUR",
    "Anadolu": "TUR",
    "Anadolu Agency": "TUR",
    "Hurriyet": "TUR",
    "Tass": "RUS",
    "TASS": "RUS",
    "RIA Novosti": "RUS",
    "Interfax": "RUS",
    "RT": "RUS",
    "Tasnim": "IRN",
    "IRNA": "IRN",
    "Fars": "IRN",
    "Press TV": "IRN",
    "Xinhua": "CHN",
    "Reuters": None,
    "AFP": None,
    "Agence France-Presse": None,
    "Associated Press": None,
    "BBC": "GBR",
    "CNN": "USA",
    "Fox News": "USA",
    "Al Jazeera": "QAT",
    "Al Arabiya": "SAU",
    "Yonhap": "KOR",
    "Kyodo": "JPN",
    "KCNA": "PRK",
    "SANA": "SYR",
    "Sputnik": "RUS",
    "Le Monde": "FRA",
    "Le Figaro": "FRA",
    "Le Parisien": "FRA",
    "Der Spiegel": "DEU",
    "Die Zeit": "DEU",
    "El País": "ESP",
    "El Pais": "ESP",
    "La Repubblica": "ITA",
    "La Nación": "ARG",
    "La Nacion": "ARG",
    "Daily Maverick": "ZAF",
    "Arab News": "SAU",
    "Dawn": "PAK",
    "Radio Free Asia": None,
    "RFA": None,
    "Bloomberg": None,
    # state and national news agencies, and outlets that report rather than act
    "KUNA": "KWT",
    "Kuna": "KWT",
    "WAM": "ARE",
    "SPA": "SAU",
    "Saudi Press Agency": "SAU",
    "QNA": "QAT",
    "MENA": "EGY",
    "Petra": "JOR",
    "NNA": "LBN",
    "Bernama": "MYS",
    "Antara": "IDN",
    "VNA": "VNM",
    "PTI": "IND",
    "Press Trust of India": "IND",
    "ANI": "IND",
    "IANS": "IND",
    "APP": "PAK",
    "BSS": "BGD",
    "Kyodo News": "JPN",
    "NHK": "JPN",
    "Jiji": "JPN",
    "CCTV": "CHN",
    "CGTN": "CHN",
    "Global Times": "CHN",
    "People's Daily": "CHN",
    "China Daily": "CHN",
    "ITAR-TASS": "RUS",
    "RIA": "RUS",
    "Kommersant": "RUS",
    "Izvestia": "RUS",
    "Ukrinform": "UKR",
    "BTA": "BGR",
    "Tanjug": "SRB",
    "MTI": "HUN",
    "PAP": "POL",
    "CTK": "CZE",
    "ANSA": "ITA",
    "EFE": "ESP",
    "dpa": "DEU",
    "DPA": "DEU",
    "Deutsche Welle": "DEU",
    "DW": "DEU",
    "France 24": "FRA",
    "RFI": "FRA",
    "AAP": "AUS",
    "RNZ": "NZL",
    "SABC": "ZAF",
    "KBC": "KEN",
    "Prensa Latina": "CUB",
    "Azertac": "AZE",
    "Armenpress": "ARM",
    "Kazinform": "KAZ",
    "Anadolu Ajansi": "TUR",
    "Voice of America": "USA",
    "VOA": "USA",
    "Radio Free Europe": None,
    "RFE/RL": None,
    "Euronews": None,
    "Politico": None,
    "Axios": None,
    "Financial Times": "GBR",
    "The Guardian": "GBR",
    "Sky News": "GBR",
    "The New York Times": "USA",
    "New York Times": "USA",
    "The Washington Post": "USA",
    "Washington Post": "USA",
    "Wall Street Journal": "USA",
    "The Wall Street Journal": "USA",
    "Haaretz": "ISR",
    "Times of Israel": "ISR",
    "Asharq Al-Awsat": "SAU",
    "South China Morning Post": "HKG",
    "Nikkei": "JPN",
    "Nikkei Asia": "JPN",
    "Asahi Shimbun": "JPN",
    "Yomiuri Shimbun": "JPN",
    "Straits Times": "SGP",
    "The Straits Times": "SGP",
    "Jakarta Post": "IDN",
    "The Jakarta Post": "IDN",
    "Hindustan Times": "IND",
    "Times of India": "IND",
    "The Hindu": "IND",
    "Gulf News": "ARE",
    "Khaleej Times": "ARE",
    "Al-Ahram": "EGY",
    "Ahram Online": "EGY",
    "Meduza": "RUS",
    "Kyiv Independent": "UKR",
    "The Kyiv Independent": "UKR",
}


def is_media(name: str) -> bool:
    """Whether a name is a news organisation's ("the BBC", "Xinhua"): it reports, it is no party."""
    return name in _MEDIA


_MINISTRY = (
    # "Foreign Ministry", "Mines and Energy Ministry", "Economy, Trade and Industry Ministry"
    rf"(?:(?:{_PORTFOLIO}),?[ ](?:and[ ])?)?(?:(?:{_PORTFOLIO}),?[ ]and[ ])?(?:{_PORTFOLIO})[ ]Ministry"
    rf"|Ministry[ ]of[ ](?:the[ ])?(?:{_PORTFOLIO})(?:,[ ](?:{_PORTFOLIO}))*"
    rf"(?:,?[ ]and[ ](?:{_PORTFOLIO}))?"
)


@lru_cache(maxsize=1)
def _inst_re() -> re.Pattern[str]:
    names = sorted(set(_INSTITUTIONS) | set(_MEDIA), key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    return re.compile(
        # "the ECOWAS Commission", "the IMF Executive Board": a body of its own, found as such
        rf"(?<![\w-])(?:(?P<known>{alts})(?![ ](?:[{_UP}][\w]*[ ])?(?:{_ORG_SUFFIX})\b)"
        rf"|(?P<ministry>{_MINISTRY})"
        # "the Russian foreign ministry", "the French embassy": lower case after a nationality
        r"|(?P<lower>(?:(?:foreign|defence|defense|interior|finance|trade|economy|health|justice|energy|"
        r"agriculture|foreign[ ]affairs)[ ]ministry|embassy|consulate)"
        r"(?![ ](?:sources?|officials?|insiders?|diplomats?|staff|employees?)\b))"
        rf"|(?P<media>[{_UP}][\w]*[ ](?:TV|Television|Radio)))(?![\w-])"
    )


# ---------------------------------------------------------------- main
_COUNTERPART = re.compile(
    rf"\b(?:his|her|its|their)[ ](?:(?P<adj>[{_UP}][\w.]*)[ ])?counterpart,?[ ](?=[{_UP}])"
)
_APPOSITIVE_TAIL = re.compile(
    r",[ ](?:(?:the|a|an|then|former|now)[ ])?(?P<pre>[^,;.()\"“”]{0,40}?)(?<!\w)(?P<title>TITLE)"
    r"(?P<post>[ ](?:of|for|to|at)[ ][^,;.()\"“”]{1,80})?(?=[,;.)]|[ ](?:said|says|told|added))"
)


@lru_cache(maxsize=1)
def _appositive_re() -> re.Pattern[str]:
    d = _data()
    return re.compile(_APPOSITIVE_TAIL.pattern.replace("TITLE", d.title_re.pattern))


_AFTER_TITLE = re.compile(
    rf"(?:(?P<ofp>[ ](?:to|of|for|at|in)[ ](?:the[ ])?[{_UP}][\w.]*"
    rf"(?:[ ](?:of[ ])?[{_UP}][\w.]*){{0,3}}),[ ]|,[ ]|[ ])(?P<name>{_NAME})"
    # "ambassador to Britain Liu Xiaming": no comma, so the name needs two tokens
    rf"|(?P<ofp2>[ ](?:to|in|at)[ ](?:the[ ])?[{_UP}][\w.]*(?:[ ][{_UP}][\w.]*){{0,2}})[ ]"
    rf"(?P<name2>{_TOK}(?:[ ]{_TOK})+)(?![\w-])"
)
_ABBREV_TITLES = {
    "gen": "General",
    "gen.": "General",
    "lt gen": "Lieutenant General",
    "lt. gen.": "Lieutenant General",
    "maj gen": "Major General",
    "brig. gen.": "Brigadier General",
    "col.": "Colonel",
    "adm.": "Admiral",
    "sen.": "Senator",
    "rep.": "Representative",
}
_ROLE_PRE = re.compile(
    rf"\b(?P<det>[Tt]he|[Tt]his|[Tt]hat)[ ](?:(?P<adj>[{_UP}][\w]*(?:'s|’s)?)[ ])?"
    r"(?P<role>(?:(?:deputy|vice|prime|foreign|defen[cs]e|interior|finance|economy|energy|"
    r"trade|justice|health|home)[ ])?(?:minister|president|chancellor|premier|secretary|"
    r"secretary-general|spokesman|spokeswoman|spokesperson|ambassador|envoy|general|king|"
    r"queen|prince|emir|leader|governor|mayor|senator|chairman|chairwoman|commander|admiral|"
    r"(?:deputy[ ])?high[ ]commissioner|taoiseach|"
    r"(?:defen[cs]e|army|military|intelligence|spy)[ ]chief))"
    r"\b(?!-)"
)


def find_actors(article: Article, sentences: list[Sentence], mentions: list[Mention]) -> list[Actor]:
    """Actors named in one article, each with every span it is referred to by."""
    text = article.text
    d = _data()
    ctx = _Ctx(text, mentions)
    anchors: list[_Anchor] = []

    # 1. titles before names (also "Turkey's foreign minister, Mevlut Cavusoglu")
    title_spans: list[tuple[int, int, str, str | None]] = []  # unnamed titled mentions
    for ts, te in _find_titles(text):
        raw = text[ts:te]
        if ts > 0 and (text[ts - 1].isalnum() or text[ts - 1] in "-"):
            continue
        # A lower-case single word is only a title before a name or in "Country's title".
        after = text[te : te + 80]
        nm = _AFTER_TITLE.match(after)
        # "Turkish", "Turkey's", and seats/orgs: "Kremlin spokesman", "NATO Secretary General"
        country = ctx.country_before(ts)
        if nm:
            g = "name" if nm.group("name") else "name2"
            ns, ne = te + nm.start(g), te + nm.end(g)
            if g == "name2":
                # "Ambassador to Russia Le Quang Vinh": the place ends where its country mention does
                ps, pe = te + nm.start("ofp2"), te + nm.end("ofp2")
                while not ctx.covered[pe - 1]:
                    k = text.rfind(" ", ps + 1, pe - 1)
                    if k <= ps or not ctx.covered[k - 1]:
                        break
                    pe = k
                if pe < ns - 1:
                    ns = pe + 1
            trimmed = _trim_name(text, ns, ne, ctx)
            if trimmed:
                ns, ne = trimmed
                name = text[ns:ne]
                ok = _valid_name(_split_name(name)) or len(name.split()) == 1
                ok = ok and name.split()[0] not in _STOP_FIRST and name.rstrip(".") not in _NAME_PREFIXES
                # "Philippine General Hospital", "Surgeon General Office": a body's name, no person
                ok = ok and not (name.split()[-1] in PUBLIC_SUFFIXES or name.split()[-1] in COMPANY_SUFFIXES)
                # the comma form ("minister, Mevlut Cavusoglu,") needs a comma after the name too
                if ok and (not (after.startswith(",") or nm.group("ofp")) or text[ne : ne + 1] in ",."):
                    if country is None:  # "King Salman of Saudi Arabia"
                        om = re.match(r"[ ]of[ ](?:the[ ])?", text[ne : ne + 12])
                        mm = ctx.by_start.get(ne + om.end()) if om else None
                        country = mm.code if mm else None
                    g = d.title_gender.get(fold(raw))
                    anchors.append(_Anchor(name, ns, ne, normalise_title(raw), country, g))
                    continue
        if country is not None:
            title_spans.append((ts, te, normalise_title(raw), country))

    # 2. honorifics
    for m in _HONORIFIC.finditer(text):
        nm = NAME_RE.match(text, m.end())
        if not nm:
            continue
        g = _HON_GENDER.get(m.group(1))
        anchors.append(_Anchor(nm.group(), nm.start(), nm.end(), None, None, g))

    # 3. counterparts
    counterparts: list[tuple[int, int, str | None]] = []
    for m in _COUNTERPART.finditer(text):
        nm = NAME_RE.match(text, m.end())
        if not nm:
            continue
        code = None
        if m.group("adj"):
            mm = ctx.by_start.get(m.start("adj"))
            code = mm.code if mm else None
        anchors.append(_Anchor(nm.group(), nm.start(), nm.end(), None, code))
        counterparts.append((nm.start(), nm.end(), code))

    # 4. leaders table
    for m in d.leader_re.finditer(text):
        ld = d.leaders[fold(m.group())]
        anchors.append(_Anchor(m.group(), m.start(), m.end(), None, None, ld.gender))

    # 5. names with a speech verb, given names, appositives
    appos = _appositive_re()
    for s, e, _run in _name_runs(text):
        tr = _trim_name(text, s, e, ctx)
        if not tr:
            continue
        s, e = tr
        name = text[s:e]
        toks = _split_name(name)
        s0 = s
        s, toks = _from_given_name(s, toks)
        name = text[s:e]
        if not _valid_name(toks) or any(t.rstrip(".") in _HON_WORDS for t in toks[:-1]):
            continue  # "Father-of-two Mr Mousa": the honorific step names him
        if (
            len(toks) == 1
            and not ctx.covered[s]
            and toks[0] not in _ORG_WORDS
            and not toks[0].isupper()
            and _single_name_context(text, s, e)
        ):
            anchors.append(_Anchor(name, s, e, None, ctx.country_before(s), d.given.get(toks[0])))
            continue
        strong = False
        title = country = None
        am = appos.match(text, e)
        if am and len(toks) >= 2:
            title = normalise_title(am.group("title"))
            country = ctx.country_in(am.start("pre"), am.end("title")) or (
                ctx.country_in(am.start("post"), am.end("post")) if am.group("post") else None
            )
            strong = True
        elif (
            len(toks) >= 2
            and not _THE_BEFORE.search(text, max(0, s - 4), s)
            and (
                (toks[0] in d.given and not toks[-1].isupper() and toks[-1] not in _PLACE_NOUNS)
                or (
                    not has_org_word(toks)
                    and (
                        _SPEECH_AFTER_NAME.match(text, e)
                        or (
                            (om := _SPEECH_AFTER_NAME_OF.match(text, e)) is not None
                            and ctx.country_in(om.start(), om.end()) is None
                        )
                        or _SPEECH_BEFORE_NAME.search(text, max(0, (u := _unprefixed(text, s)) - 20), u)
                        or _SPEECH_ROLE_BEFORE_NAME.search(text, max(0, s - 60), s)
                        or (
                            _ACCORDING_BEFORE.search(text, max(0, s - 20), s)
                            and _ROLE_APPOSITIVE.match(text, e)
                        )
                        or _person_context(text, s, e)
                        or _speaks_by_one_name(text, e, toks)
                        or (_descriptor_before(text, s) and not any(t in _STOP_FIRST for t in toks))
                        or (
                            # "Hydrologist Pratibha Shrestha", "Sunita Devi lost her house", not
                            # "(Mother) Teresa Boulevard"
                            toks[-1] not in _PLACE_NOUNS
                            and (s != s0 or _introduced_by_given_name(text, s, e, toks))
                        )
                    )
                )
            )
        ):
            strong = True
        if strong:
            if not country:
                country = ctx.country_before(s)
            g = d.title_gender.get(fold(am.group("title"))) if am else None
            anchors.append(_Anchor(name, s, e, title, country, g or d.given.get(toks[0])))

    # 6. a bare surname with a speech verb ("said Connors", "Connors said") names a person;
    # the full name is the longest capitalised run ending in it elsewhere in the text
    for m in _BARE_CUE.finditer(text):
        tok = m.group("a") or m.group("b")
        ts = m.start("a") if m.group("a") else m.start("b")
        if tok in _STOP_FIRST or tok in _ORG_WORDS or ctx.covered[ts] or tok.isupper():
            continue
        full = _expand_surname(text, tok, ctx)
        if full:  # without a full name a bare word is as likely a company or a place
            anchors.append(_Anchor(full[0], full[1], full[2], None, ctx.country_before(full[1])))
            anchors.append(_Anchor(tok, ts, ts + len(tok), None, None))

    persons = _build_persons(text, anchors, title_spans, counterparts, ctx)
    persons, as_orgs = _persons_that_are_organisations(text, persons)
    _genders_from_pronouns(text, persons)
    _add_roles(text, persons, ctx)
    institutions = _find_institutions(text, ctx, persons)
    institutions += _find_organisations(text, ctx, persons, institutions, as_orgs)
    inside = [sp for i in institutions for sp in i.spans]
    # "External Affairs" inside "Ministry of External Affairs" is no person
    persons = [
        p
        for p in persons
        if not p.spans or not all(any(a <= s and e <= b for a, b in inside) for s, e in p.spans)
    ]
    out: list[Actor] = []
    for p in persons + institutions:
        spans = sorted(set(p.spans))
        if p.kind == "person" and spans:
            # "Ma. Cristina Dimaculangan-Reyes", "Md. Tauhid Hossain": an abbreviated first name
            am = _ABBREVIATED_GIVEN.search(text, max(0, spans[0][0] - 40), spans[0][0])
            if (
                am
                and " " in p.name
                and text[spans[0][0] : spans[0][1]] == p.name
                # not the surname of someone else ("Jack Ma. Cristina Reyes")
                and not any(s <= am.start("abbr") < e for q in persons for s, e in q.spans)
            ):
                p.name = text[am.start("abbr") : spans[0][1]]
                spans[0] = (am.start("abbr"), spans[0][1])
        out.append(
            Actor(
                name=p.name,
                title=p.title,
                country=p.country,
                kind=p.kind,
                spans=spans,
                gender=p.gender,
            )
        )
    out.sort(key=lambda a: (a.spans[0][0] if a.spans else 0, a.name))
    return out


_ABBREVIATED_GIVEN = re.compile(r"(?<![\w.'’-])(?P<abbr>(?:Ma|Md|Mohd|Muhd|Mst)\.[ ])$")


# ---------------------------------------------------------------- organisations
# Last words that make a capitalised run an organisation: companies first, then public bodies.
COMPANY_SUFFIXES = frozenset(
    """Inc Corp Corporation Ltd Limited Plc plc PLC Co Company Group Holdings Bank Banking
    Motors Motor Airlines Airways Steel Capital Partners Energy Petroleum Oil Mining
    Pharmaceuticals Pharma Technologies Technology Systems Industries Insurance Securities
    Investments Telecom Communications Electric Foods Brands Stores Resources Entertainment
    Labs Chemicals Semiconductor Logistics Shipping Ventures Enterprises""".split()
)
PUBLIC_SUFFIXES = frozenset(
    """Commission Council Agency Authority Ministry Department Office Embassy Guard Forces
    Army Navy Force Organization Project Procuratorate Organisation Union Fund Institute
    Foundation Association University College Academy Hospital Airport Stadium Palace
    Federation Programme Program Service Court Parliament Committee Bureau Police Reserve
    Treasury Alliance Coalition Movement Front Brigade Brigades Corps Secretariat Headquarters
    Administration Collective Society Societies Centre Center Chamber Board Directorate
    Command Division""".split()
)
_ORG_SUFFIX = "|".join(sorted(COMPANY_SUFFIXES | PUBLIC_SUFFIXES, key=lambda w: (-len(w), w)))
_ACRONYM = r"(?:[A-Z][A-Z0-9&]{1,5}|G[0-9]{1,2})(?![\w-])"
# a plural of people in a body's name: "Cattlemen's Association", "Farmers' Union", "People's Bank"
_GROUP_POSS = r"(?:(?<=men|ers|ple|ren|ans)['’]s?)?"
_ORG_RUN = re.compile(
    rf"(?<![\w.'’-])(?:(?:{_TOK}{_GROUP_POSS}|{_ACRONYM})[ ](?:(?:&|and|of|for)[ ])?){{0,4}}"
    rf"(?:{_ORG_SUFFIX})\.?"
    # the "of"/"for" tail: "Bank of England", "Coordination Headquarters for the Treatment of
    # Prisoners of War", "International Federation of Red Cross and Red Crescent Societies"
    # ("and" only before two capitalised words: not "Bank of England and Barclays")
    rf"(?:[ ](?:of|for)[ ](?:the[ ])?{_TOK}"
    rf"(?:[ ](?:(?:of|for)[ ](?:the[ ])?|and[ ](?={_TOK}[ ]{_TOK}))?{_TOK}){{0,5}})?"
    rf"(?![\w-])"
)
# a public body named for a list of portfolios: "Ministry of Economy, Trade and Industry",
# "Department for Environment, Food and Rural Affairs", "Department for Energy Security and Net Zero"
_ITEM = rf"{_TOK}(?:[ ]{_TOK}){{0,2}}"
_ORG_LIST = re.compile(
    rf"(?<![\w.'’-])(?:{_TOK}[ ]){{0,3}}(?:{'|'.join(sorted(PUBLIC_SUFFIXES))})[ ](?:of|for)[ ](?:the[ ])?"
    rf"{_ITEM}(?:,[ ]{_ITEM}){{0,4}},?[ ]and[ ]{_ITEM}(?![\w-])"
)
_ACRONYM_CUE = re.compile(
    rf"(?<![\w.'’-])(?P<acr>{_ACRONYM})(?:,[^,]{{1,60}},)?[ ]+"
    rf"(?:(?:also|further|then|later|again|has|had)[ ]+)?(?:{_CUE_WORDS})\b"
    rf"|\baccording[ ]to[ ](?:the[ ])?(?P<acr2>{_ACRONYM})"
)
# a lower-case company descriptor right before a name: "mining giant Rio Tinto", "the lender"
_COMPANY_BEFORE = re.compile(
    r"(?:giant|group|firm|company|carmaker|automaker|lender|bank|miner|retailer|supermarket|airline|"
    r"insurer|chipmaker|maker|manufacturer|conglomerate|producer|operator|broadcaster|rival|brand|"
    r"chain|major|startup|start-up|companies|firms|banks|shares[ ]in|stake[ ]in)[ ]$"
)
_COMPANY_AFTER = re.compile(
    r"(?:'s|’s)?[ ](?:chief[ ]executive|chief[ ]financial[ ]officer|chief[ ]economist|CEO|boss|"
    r"chairman|chairwoman|shares|shareholders|share[ ]price|executives|bosses|board)\b"
)
_LEDE_ORG = re.compile(
    rf"(?:^|\n|[.!?][ ]+)(?P<org>{_TOK}(?:[ ]{_TOK})?)[ ][a-z][^.!?\n]*,[ ]the[ ](?:[a-z-]+[ ]){{0,3}}"
    r"(?:company|group|firm|bank|lender|carmaker|retailer|miner|business|conglomerate|airline)[ ]"
    r"(?:said|says|announced|confirmed)\b"
)


# "Boeing said", "Spotify, which has long complained, welcomed", "a Netflix spokesperson": a
# single capitalised word that speaks and is no person, place or common word is a body
_BARE_ORG = re.compile(
    rf"(?<![\w.'’-])(?P<org>[{_UP}][\w&]+)(?:,[^,\n]{{1,60}},)?[ ]+(?:(?:also|further|then|later|"
    r"again|has|had)[ ]+)?(?:said|says|announced|added|confirmed|welcomed|warned|insisted|denied)\b"
    rf"|\b(?:[Aa]n?|[Tt]he)[ ](?P<org2>[{_UP}][\w&]+)[ ](?:spokesperson|spokesman|spokeswoman)\b"
)
_SENTENCE_OPENING = re.compile(r"(?:[.!?][\"”’]?[ ]+|\n\s*)$")
_LEAD_FUNCTION_WORDS = frozenset("the and but while as that when after so then also".split())
_NOT_BODIES = frozenset(
    """Everyone Everybody Someone Somebody Nobody Anyone Neither Either Others Critics Officials
    Analysts Experts Residents Witnesses Observers Investors Economists Doctors Researchers
    Scientists Activists Protesters Police Prosecutors Investigators Authorities Sources
    Reports Campaigners Lawyers Voters Fans Parents Teachers Workers Locals Villagers""".split()
)

# letters after a person's name, not organisations: "Paul Boateng MP said", "Jane Doe QC said"
_POSTNOMINALS = frozenset(
    "MP MPs MEP MSP MLA MLAs MNA MPA CS AM QC KC OBE MBE CBE KBE PhD MD CEO CFO COO MSc BA MA JP".split()
)
_EMBASSY = re.compile(
    rf"(?<![\w.-])(?P<org>(?:(?:South|North)[ ])?(?:[{_UP}][{_LO}]+|US|UK|UAE|U\.S\.|U\.K\.)[ ]"
    r"(?:embassy|consulate|Embassy|Consulate(?:[ -]General)?))(?![\w-])"
)


# words that open a capitalised run without belonging to the organisation's name
_ORG_LEAD_STOP = frozenset(
    """The A An This That These Those It Its In On At For From With By As But And Or If When
    While After Before Since Until During According Under Over Between Among About Against
    Despite However Meanwhile Shares Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    He She They We Mr Mrs Ms Dr of for and &""".split()
)
_TITLE_WORDS = frozenset(
    """President Vice Minister Secretary Chairman Chairwoman Chief Executive Director Head
    Spokesman Spokeswoman Governor Deputy Acting Former Senior Analyst Economist""".split()
)


def _strip_org_lead(toks: list[str], start: int, keep: int) -> tuple[list[str], int, bool]:
    """Drop the words that open a capitalised run without belonging to a body's name ("The",
    "Minister of"), keeping at least ``keep`` words. Returns the words left, where they start,
    and whether a minister's or secretary's title was dropped."""
    titled = False
    while len(toks) > keep and (toks[0] in _ORG_LEAD_STOP or toks[0] in _TITLE_WORDS):
        titled = titled or toks[0] in ("Minister", "Secretary")
        start += len(toks[0]) + 1
        toks = toks[1:]
    return toks, start, titled


def org_is_company(name: str) -> bool:
    """True for an organisation that "the company"/"the firm" can refer to: not a seat of
    government, a medium or a public body."""
    toks = name.replace(".", "").split()
    if name in _INSTITUTIONS or name in _MEDIA or not toks:
        return False
    return not (any(t in PUBLIC_SUFFIXES for t in toks) or re.search(r"\bMinistry\b", name))


_BODY_BEFORE = re.compile(r"\b(?:a|an|the|its|their)[ ](?:[\w'’-]+[ ]){0,3}(?P<n>[a-z]+),?[ ]$")


def _is_body_appositive(text: str, s: int) -> bool:
    """ "a local charity, Kherson Hope,": the name is that body's."""
    m = _BODY_BEFORE.search(text, max(0, s - 60), s)
    return bool(m and m.group("n") in _BODY_NOUNS)


def _persons_that_are_organisations(text: str, persons: list[_Person]) -> tuple[list[_Person], list[_Person]]:
    """A "person" found only through a speech verb that the text treats as a company
    ("mining giant Rio Tinto", "Rio Tinto chief executive ...", "shares in X") is one."""
    given = _data().given
    keep: list[_Person] = []
    orgs: list[_Person] = []
    for p in persons:
        toks = p.name.split()
        if (
            p.title
            or p.gender
            or toks[0] in given
            or any(
                re.search(
                    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|Dame|Baroness)\.?[ ]$",
                    text[max(0, s - 6) : s],
                )
                for s, _ in p.spans
            )
        ):
            keep.append(p)
            continue
        company = any(t in COMPANY_SUFFIXES for t in toks) or any(
            _COMPANY_BEFORE.search(text, max(0, s - 16), s)
            or _COMPANY_AFTER.match(text, e)
            or _is_body_appositive(text, s)
            for s, e in p.spans
        )
        if company:
            p.kind = "institution"
            orgs.append(p)
        else:
            keep.append(p)
    return keep, orgs


def _find_organisations(
    text: str, ctx: _Ctx, persons: list[_Person], institutions: list[_Person], as_orgs: list[_Person]
) -> list[_Person]:
    """Companies and public bodies named in the text: capitalised runs ending in an
    organisation word ("Barclays Bank", "HSBC Holdings", "China Coast Guard", "Bank of
    England", "European Commission"), acronyms used as speakers ("the RSF said", "G7"),
    lede subjects referred to as "the company", and persons re-classified as companies.
    A bare last word ("the Commission") later refers back to the organisation."""
    taken = bytearray(len(text) + 1)
    for p in list(persons) + list(institutions):
        for s, e in p.spans:
            taken[s:e] = b"\x01" * (e - s)
    found: dict[str, _Person] = {}
    order: list[str] = []

    def add(name: str, s: int, e: int) -> None:
        if any(taken[s:e]):
            return
        key = fold(name)
        if key not in found:
            found[key] = _Person(name, country=ctx.country_before(s), kind="institution", first=s)
            order.append(key)
        found[key].spans.append((s, e))
        taken[s:e] = b"\x01" * (e - s)

    for p in as_orgs:
        for s, e in p.spans:
            taken[s:e] = b"\x00" * (e - s)
        for s, e in p.spans:
            add(p.name, s, e)
    # a name taken for a person only through a speech verb inside a body's name ("... of
    # Prisoners of War said", "the Department for Energy Security and Net Zero said")
    given = _data().given
    weak = [
        (s, e)
        for p in persons
        if not p.title and not p.gender and p.name.split()[0] not in given
        for s, e in p.spans
        # "Hydrologist Pratibha Shrestha of Tribhuvan University": a person by her profession
        if not _descriptor(_word_before(text, s))
    ]

    def unweak(s: int, e: int) -> None:
        for ws, we in weak:
            if s <= ws and we <= e and (s, e) != (ws, we):
                taken[ws:we] = b"\x00" * (we - ws)

    for m in _ORG_LIST.finditer(text):
        toks, s, _ = _strip_org_lead(m.group().split(), m.start(), keep=3)
        unweak(s, m.end())
        add(" ".join(toks), s, m.end())
    for m in _ORG_RUN.finditer(text):
        s, e = m.span()
        name = m.group().rstrip(".") if not m.group().endswith(("Inc.", "Corp.", "Co.")) else m.group()
        toks, s, titled = _strip_org_lead(name.split(), s, keep=1)
        name = " ".join(toks)
        if len(toks) < 2 or (titled and toks[0] in ("State", "of", "for")):
            # a bare "Bank" or "Commission": an alias at most (below); "(Minister of) State
            # for Petroleum": a title's portfolio, not a body
            continue
        e = s + len(name)
        unweak(s, e)
        add(name, s, e)
    for m in _ACRONYM_CUE.finditer(text):
        g = "acr" if m.group("acr") else "acr2"
        s, e = m.span(g)
        if ctx.covered[s] or m.group(g) in _MEDIA or m.group(g) in _STOP_FIRST or m.group(g) in _POSTNOMINALS:
            continue
        add(m.group(g), s, e)
    given = _data().given
    person_tokens = {t for p in persons for t in p.name.split()}
    for m in _BARE_ORG.finditer(text):
        g = "org" if m.group("org") else "org2"
        s, e = m.span(g)
        tok = m.group(g)
        if (
            ctx.covered[s]
            or tok in _STOP_FIRST
            or tok in _NOT_BODIES
            or tok in given
            or tok in _MEDIA
            or tok in PUBLIC_SUFFIXES
            or tok in COMPANY_SUFFIXES
            or tok in person_tokens
        ):
            continue
        pw = re.search(r"([\w'’&.-]+)[ ]+$", text[max(0, s - 30) : s])
        if (
            g == "org"
            and pw
            and pw.group(1)[:1].isupper()
            and not _SENTENCE_OPENING.search(text, max(0, s - 4), s)
        ):
            continue  # "Swiss Re said": the tail of a longer name
        if g == "org" and pw and not pw.group(1)[:1].isupper() and pw.group(1) not in _LEAD_FUNCTION_WORDS:
            continue  # "the 21-year-old Spaniard said": the head of an epithet, not a name
        if tok.endswith("s") or tok in _POSTNOMINALS or re.search(rf"\b{re.escape(tok.lower())}\b", text):
            continue  # "MPs said", "Paul Boateng MP, ..., said", "Government" (also "the government")
        if tok in _data().leader_surnames or fold(tok) in _data().leader_surnames:
            continue
        add(tok, s, e)
    for m in _EMBASSY.finditer(text):
        s, e = m.span("org")
        if ctx.covered[s]:
            add(m.group("org"), s, e)
    for m in _LEDE_ORG.finditer(text):
        s, e = m.span("org")
        name = m.group("org")
        if name.split()[0] in _STOP_FIRST or ctx.covered[s]:
            continue
        add(name, s, e)
    # every later mention of a found name (and of an acronym found above)
    orgs = [found[k] for k in order]
    for o in orgs:
        for s, e in _find_word(text, o.name):
            if not any(taken[s:e]):
                o.spans.append((s, e))
                taken[s:e] = b"\x01" * (e - s)
    # "the Commission", "a Commission spokesperson": the last organisation with that word
    by_last: dict[str, list[_Person]] = {}
    for o in orgs:
        last = o.name.split()[-1]
        if last in PUBLIC_SUFFIXES and len(o.name.split()) >= 2:
            by_last.setdefault(last, []).append(o)
    for last, owners in sorted(by_last.items()):
        for s, e in _find_word(text, last):
            if any(taken[s:e]):
                continue
            prior = [(max((x for x, _ in o.spans if x < s), default=-1), i) for i, o in enumerate(owners)]
            best = max(prior)
            if best[0] >= 0:
                owners[best[1]].spans.append((s, e))
                taken[s:e] = b"\x01" * (e - s)
    orgs = _merge_acronyms(text, orgs, ctx)
    for o in orgs:
        o.spans.sort()
    return [o for o in orgs if o.spans]


_PURE_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_CAP_RUN = re.compile(rf"{_TOK}(?:[ ](?:(?:of|for|and|on|the|&|de|du|des|la|le|pour)[ ]){{0,2}}{_TOK})+")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w != "&")


def _merge_acronyms(text: str, orgs: list[_Person], ctx: _Ctx) -> list[_Person]:
    """An acronym speaking is the organisation it stands for: the name written right before
    it in brackets ("the Movement for National Renewal (MRN)"), else a capitalised name named
    earlier whose initials spell it ("the Organisation for Economic Co-operation and
    Development ... the OECD said"). The acronym's mentions join that organisation."""
    by_name = {o.name: o for o in orgs}
    out: list[_Person] = []
    for o in orgs:
        if not _PURE_ACRONYM.fullmatch(o.name) or not o.spans:
            out.append(o)
            continue
        first = min(s for s, _ in o.spans)
        full: tuple[str, int, int] | None = None
        bm = re.search(rf"({_CAP_RUN.pattern})[ ]\({re.escape(o.name)}\)", text)
        if bm:
            toks, fs, _ = _strip_org_lead(bm.group(1).split(), bm.start(1), keep=2)
            full = (" ".join(toks), fs, fs + len(" ".join(toks)))
        else:
            for m in _CAP_RUN.finditer(text, 0, first):
                toks, fs, _ = _strip_org_lead(m.group().split(), m.start(), keep=0)
                if len(toks) >= 3 and _initials(" ".join(toks)) == o.name.replace("&", ""):
                    full = (" ".join(toks), fs, fs + len(" ".join(toks)))
        if full is None or len(full[0].split()) < 2:
            out.append(o)
            continue
        owner = by_name.get(full[0])
        if owner is None:
            owner = _Person(full[0], country=o.country, kind="institution", first=full[1], spans=[full[1:]])
            by_name[full[0]] = owner
            out.append(owner)
        owner.spans.extend(o.spans)
    return out


_BARE_CUE = re.compile(
    rf"(?<![\w.'’-])(?P<a>{_TOK})(?:,[ ]who[^,\n]{{1,70}},)?[ ]"
    r"(?:(?:also|further|then|later|again|has|had)[ ])?"
    rf"(?:{_CUE_WORDS})\b|\b(?:said|says|added|told)[ ](?P<b>{_TOK})(?![\w'’-]|[ ][{_UP}])"
)


# "Oksana Bilyk, who runs ...", "Mykola Shevchuk, a retired engineer, nodded": a relative
# "who" or an appositive with an article and a lower-case noun (not a body) marks a person
_WHO_AFTER = re.compile(r",[ ]who[ ]")
# "Tessa Strain of the University of Cambridge, said"
_OF_BODY_SAID = re.compile(
    rf"[ ](?:of|from|at)[ ](?:the[ ])?[{_UP}][^,.;\n\"“”]{{1,60}},[ ](?:said|says|told|added|warned|argued)\b"
)
_ARTICLE_APPOSITIVE = re.compile(
    r",[ ](?:a|an)[ ](?P<np>[a-z0-9][\w'’ -]{0,50}?)(?=,|[ ](?:of|at|from|for|with|in|who)[ ])"
)
# "Hodan Farah-Nielsen, a Horn of Africa specialist at ...": the appositive noun is the first
# lower-case word that ends the phrase, after capitalised words of a place or field
_CAPITAL_APPOSITIVE = re.compile(
    r",[ ](?:a|an)[ ](?:[\w'’-]+[ ]){1,5}?(?P<noun>[a-z][\w'’-]*)"
    r"(?=,|[ ](?:at|from|for|with|in|who|based)[ ])"
)
# "Gul Bibi, 60, sat on ...", "Dedi, 41, a fisherman": an age set off by commas
_AGE_AFTER = re.compile(r",[ ](?:aged[ ])?[1-9][0-9]?,[ ]")
# "Svetlana, a pharmacist in ...", "Naqibullah, a 34-year-old shopkeeper,": the words that make
# one capitalised word a person's name when they follow it
_PERSON_NOUN_END = re.compile(r"(?:ist|er|or|ian|ant|ent|man|woman|wife|son|daughter|mother|father)$")
_BODY_NOUNS = frozenset(
    """charity company firm group organisation organization agency body party union bank fund
    network channel newspaper website club team band association alliance coalition council
    committee movement campaign platform venture startup subsidiary unit brand chain retailer
    maker producer manufacturer operator lender insurer carrier airline newspaper magazine
    programme program project initiative scheme report study law bill city town village
    region province state country nation district area site""".split()
)
_PRONOUN_CUE = re.compile(
    rf"(?<![\w'’-])(?P<p>[Hh]e|[Ss]he)[ ]+(?:(?:also|then|later|has|had)[ ]+)?(?:{_CUE_WORDS})\b"
)
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def _person_context(text: str, start: int, end: int) -> bool:
    """Evidence right after a capitalised pair that it names a person: ", who ...", an
    appositive like ", a retired engineer,", or a "he said"/"she says" later in the same
    paragraph with no other capitalised pair in between (quotations skipped). A pair whose
    first word is an ordinary word of the text ("Of Hepburn, she said", "Earlier Mr X")
    is no name."""
    if _written_lower(text, text[start:end].split()[0]):
        return False
    if _WHO_AFTER.match(text, end):
        return True
    if _OF_BODY_SAID.match(text, end) and (start == 0 or text[max(0, start - 2) : start] in (", ", ". ")):
        return True
    if _AGE_AFTER.match(text, end):
        return True
    am = _ARTICLE_APPOSITIVE.match(text, end)
    if am and am.group("np").split()[-1] not in _BODY_NOUNS:
        return True
    cm = _CAPITAL_APPOSITIVE.match(text, end)
    if cm and _person_noun(cm.group("noun")):
        return True
    if _next_sentence_epithet(text, end):
        return True
    # the pronoun test only for a name set off by a comma ("Her rival, actor Hill Harper,
    # accused ..."): a name running into its verb is as often a company ("Goldman Sachs
    # expects ... he added")
    return text[end : end + 1] == "," and _pronoun_after(text, end) is not None


# "in the Free State, said": a name after the definite article is a place's or a body's
_THE_BEFORE = re.compile(r"(?<![\w-])the[ ]$")
# the last word of a place's name ("Mother Teresa Boulevard", "Lake Victoria" aside)
_PLACE_NOUNS = frozenset(
    """Boulevard Avenue Road Street Square Bridge Highway Valley River Lake Mountain Mountains
    Hills Island Islands Bay Coast Canal Dam Reservoir Station Market Hotel Mosque Cathedral
    Camp District Province Region County Village Town City Plaza Port Harbour Harbor Strait Sea
    Desert Peninsula Heights Gardens""".split()
)
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?][\"”’]?[ ]+|\n\s*|,[ ])$")
_GENDER_PRONOUN = re.compile(r"(?<![\w'’-])(?:(?P<m>[Hh]e|[Hh]is|[Hh]im)|(?P<f>[Ss]he|[Hh]er))(?![\w'’-])")
_QUOTE_OPENS = re.compile(r"\n\s*[\"“‘]")


def _introduced_by_given_name(text: str, start: int, end: int, toks: tuple[str, ...]) -> bool:
    """A feature story's introduction of someone ordinary: "Sunita Devi lost her house",
    "In Pristina, Besnik Krasniqi has run a café since 2008." followed by a paragraph of
    quotation. The first word is a given name of the world (weak alone), no word is an
    ordinary word of the text, the name runs into a lower-case verb or a possessive, and
    either a pronoun of the name's gender follows in the paragraph before anyone else is
    named, or the next paragraph opens with a quotation. (The caller rules out place names.)"""
    g = _world_given().get(fold(toks[0]))
    if g is None or not 2 <= len(toks) <= 4 or toks[0] in _STOP_FIRST or has_org_word(toks):
        return False
    if not re.match(r"(?:['’]s)?[ ][a-z]", text[end : end + 4]):
        return False
    if not _CLAUSE_OPENING.search(text, max(0, start - 4), start) and start > 0:
        return False  # "at La Fenice", "his Davis Cup retirement": no subject
    if any(_written_lower(text, t) for t in toks):
        return False
    window = _paragraph_window(text, end, 250)
    pm = _GENDER_PRONOUN.search(window)
    if pm and not _NAME_PAIR.search(window, 0, pm.start()) and g in ("-", "m" if pm.group("m") else "f"):
        return True
    pe = text.find("\n", end)
    return pe >= 0 and _QUOTE_OPENS.match(text, pe) is not None


_SPEECH_DIRECTLY = re.compile(rf"[ ]+(?:(?:also|then|later|has|had)[ ]+)?(?:{_CUE_WORDS})\b")


def _speaks_by_one_name(text: str, end: int, toks: tuple[str, ...]) -> bool:
    """ "Deng Weiping ... Deng said", "Bjarni Þór Hallgrímsson ... Bjarni said": a name whose
    first or last word later speaks alone is a person's (a body is not cut to one word)."""
    if not 2 <= len(toks) <= 4 or any(
        t in _STOP_FIRST or t.isupper() or _written_lower(text, t) for t in toks
    ):
        return False  # "Bafta Awards ... these awards ... Bafta said": an ordinary word, no name
    for t in {toks[0], toks[-1]}:
        if len(t) < 3:
            continue
        a = text.find(t, end)
        while a >= 0:
            b = a + len(t)
            if (
                _SPEECH_DIRECTLY.match(text, b)
                and (a == 0 or not (text[a - 1].isalnum() or text[a - 1] in "'’.-_"))
                # not part of a longer name, nor a place ("... in Zakarpattia, said")
                and not _LONGER_OR_PLACE.search(text, max(0, a - 30), a)
            ):
                return True
            a = text.find(t, b)
    return False


_LONGER_OR_PLACE = re.compile(rf"(?:[{_UP}][\w'’-]*|\b(?:in|of|from|at|to|for|on|near|across))[ ]$")


def _person_noun(word: str) -> bool:
    """A noun for a person ("specialist", "courier", "shopkeeper"), not for a body."""
    return word not in _BODY_NOUNS and (
        word in _DESCRIPTOR_WORDS or _PERSON_NOUN_END.search(word) is not None
    )


# "His mother, Halyna, had travelled", "her husband, Bakhyt, ...": a relative named by one word
_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ ](?:\w+[ ])?(?:mother|father|wife|husband|son|daughter|sister|"
    r"brother|grandmother|grandfather|uncle|aunt|cousin|niece|nephew|fiancée?|partner|widow),[ ]$"
)
# "a man who gave his name only as Dwayne", "identified only as Hodan", "who gave only her
# first name, Amina"
_ONLY_AS = re.compile(
    r"\b(?:(?:gave|give|gives|giving)[ ](?:his|her|their)[ ](?:first[ ])?name[ ]only[ ]as|"
    r"(?:identified|named|known)[ ]only[ ]as|"
    r"gave[ ]only[ ](?:his|her|their)[ ](?:first[ ]|given[ ])?name,?)[ ]$"
)


def _single_name_context(text: str, start: int, end: int) -> bool:
    """One capitalised word that is a person's whole name: an age after it ("Dedi, 41,") or an
    appositive person noun ("Svetlana, a pharmacist in ...", "Naqibullah, a 34-year-old
    shopkeeper,"), and the word never written in lower case."""
    if _written_lower(text, text[start:end]):
        return False
    if _AGE_AFTER.match(text, end):
        return True
    if _KIN_BEFORE.search(text, max(0, start - 40), start) and text[end : end + 1] == ",":
        return True
    if _ONLY_AS.search(text, max(0, start - 60), start):
        return True
    am = _ARTICLE_APPOSITIVE.match(text, end)
    if am is None:
        return False
    words = am.group("np").split()
    return _person_noun(words[-1]) or (len(words) >= 2 and words[0].endswith("-year-old"))


def _written_lower(text: str, word: str) -> bool:
    """Whether ``word`` also stands in ``text`` in lower case, as an ordinary word ("Of
    Hepburn, she said": "of"), which makes it no name."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


# a capitalised pair ("Mykola Shevchuk", "Hans van Dijk") between a name and its pronoun
_NAME_PAIR = re.compile(rf"(?<![\w.'’-])[{_UP}][{_LO}]+[ ](?:{_PARTICLE}[ ])?[{_UP}][{_LO}]+")


def _paragraph_window(text: str, end: int, limit: int) -> str:
    """Up to ``limit`` characters after ``end`` within its paragraph, quotations blanked."""
    pe = text.find("\n", end)
    pe = len(text) if pe < 0 else pe
    return _QUOTED.sub(lambda m: " " * len(m.group()), text[end : min(pe, end + limit)])


def _pronoun_after(text: str, end: int) -> str | None:
    """The "he"/"she" of the first speech cue after ``end`` in its paragraph when no other
    capitalised pair comes first (quotations skipped): that pronoun most likely refers to
    the name ending at ``end``."""
    window = _paragraph_window(text, end, 400)
    m = _PRONOUN_CUE.search(window)
    if m is None or _NAME_PAIR.search(window, 0, m.start()):
        return None
    return "m" if m.group("p").lower() == "he" else "f"


def _from_given_name(start: int, toks: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """ "Sprinter Kim Collins", "Attorney David Kelley": a name starts at its given name."""
    given = _data().given
    # only an English descriptor goes ("Sprinter", "Attorney", "Chairman"), never a given name
    # the list lacks ("Abdelkader Mohamed Hammou")
    if len(toks) >= 3 and toks[0] not in given and _descriptor(toks[0]):
        # with no known given name, the descriptor alone goes ("Hydrologist Pratibha Shrestha")
        k = next((i for i in range(1, len(toks) - 1) if toks[i] in given), 1)
        if k:
            return start + len(" ".join(toks[:k])) + 1, toks[k:]
    return start, toks


_DESCRIPTOR_WORDS = frozenset(
    """sprinter attorney striker coach singer actor actress rapper author writer manager player
    captain defender midfielder goalkeeper veteran lawyer activist journalist historian economist
    analyst businessman businesswoman entrepreneur billionaire tycoon chef designer architect
    artist musician comedian presenter broadcaster filmmaker film-maker producer novelist poet
    painter photographer scientist professor doctor nurse surgeon pilot driver cyclist swimmer
    boxer golfer rider skier runner jockey trainer referee umpire teammate rival champion star
    legend winger batsman bowler opener skipper prosecutor judge detective officer inspector
    constable candidate nominee challenger incumbent founder owner investor donor campaigner
    protester survivor witness victim suspect defendant plaintiff whistleblower blogger
    influencer model dancer soprano tenor conductor composer guitarist drummer pianist vocalist
    frontman bassist resident villager farmer fisherman shopkeeper trader student teacher
    worker mother father grandmother grandfather widow pensioner refugee migrant volunteer
    organiser organizer official diplomat envoy commentator""".split()
)


def _descriptor_before(text: str, s: int) -> bool:
    """ "wheat farmer Mykola Hrytsenko", "lawyer Jane Doe": a lower-case word for what someone
    does right before a capitalised pair."""
    word = _word_before(text, s)
    if re.fullmatch(r"[a-z][a-z-]+", word) is None:
        return False
    if occupation(word):
        return True
    # "Her colleague Jakub Dvořák is more blunt", "his lawyer Anna Kovacs": a relation of someone
    return (
        word in RELATION_NOUNS
        and _POSSESSIVE_BEFORE.search(text, max(0, s - 40), s - len(word) - 1) is not None
    )


RELATION_NOUNS = frozenset(
    """colleague co-author deputy successor predecessor boss friend neighbour neighbor lawyer attorney
    adviser advisor aide assistant counterpart rival partner husband wife son daughter brother
    sister mother father cousin uncle aunt nephew niece grandson granddaughter fiancé fiancée
    widow widower""".split()
)
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur)[ ]$")


# "glaciologist", "hydrologist", "agronomist", "demographer", "statistician": the learned
# professions, recognised by their ending
_LEARNED = re.compile(r"[a-z]{3,}(?:ologist|ographer|onomist|ician)$")


def occupation(word: str) -> bool:
    """A lower-case English word for what someone does ("farmer", "glaciologist")."""
    return word in _DESCRIPTOR_WORDS or _LEARNED.match(word) is not None


def _word_before(text: str, s: int) -> str:
    """The word right before position ``s`` and one space ("" if none)."""
    m = re.search(r"([\w'’-]+)[ ]$", text[max(0, s - 30) : s])
    return m.group(1) if m else ""


def _descriptor(tok: str) -> bool:
    """An English word for what someone does ("Sprinter Kim Collins"), not a given name."""
    return occupation(tok.lower()) or fold(tok) in _data().title_heads


def _find_word(text: str, word: str) -> list[tuple[int, int]]:
    """Spans of ``word`` in ``text`` as a whole word (not inside a longer word or name)."""
    out = []
    n = len(word)
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            out.append((i, i + n))
        i = text.find(word, i + 1)
    return out


_RUNS_CACHE: dict[int, tuple[str, list[tuple[int, int, str]]]] = {}


def _name_runs(text: str) -> list[tuple[int, int, str]]:
    """Every capitalised name run in ``text`` (cached for the article being processed)."""
    hit = _RUNS_CACHE.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    runs = [(m.start(), m.end(), m.group()) for m in NAME_RE.finditer(text)]
    _RUNS_CACHE.clear()
    _RUNS_CACHE[id(text)] = (text, runs)
    return runs


def _expand_surname(text: str, tok: str, ctx: _Ctx) -> tuple[str, int, int] | None:
    """The first full name ("Jimmy Connors") in the text that ends in the surname ``tok``."""
    for rs, re_, run in _name_runs(text):
        if not run.endswith(" " + tok):
            continue
        tr = _trim_name(text, rs, re_, ctx)
        toks = _split_name(text[tr[0] : tr[1]]) if tr else ()
        if tr:
            start, toks = _from_given_name(tr[0], toks)
            if len(toks) > 1 and _valid_name(toks) and not has_org_word(toks):
                return text[start : tr[1]], start, tr[1]
    # family name first: "(Minister for the Environment) Teo Hui Min" ... "Ms Teo"
    for rs, re_, run in _name_runs(text):
        toks = run.split(" ")
        if tok in toks[:-1]:
            k = toks.index(tok)
            rest = toks[k + 1 :]
            if 1 <= len(rest) <= 2 and all(len(t) <= 5 and t not in _STOP_FIRST for t in rest):
                start = rs + len(" ".join(toks[:k])) + (1 if k else 0)
                if any(ctx.covered[start:re_]):
                    continue  # "Addis ... Addis Ababa": a place's name
                return text[start:re_], start, re_
    return None


def _build_persons(
    text: str,
    anchors: list[_Anchor],
    title_spans: list[tuple[int, int, str, str | None]],
    counterparts: list[tuple[int, int, str | None]],
    ctx: _Ctx,
) -> list[_Person]:
    d = _data()
    anchors.sort(key=lambda a: (a.start, -(a.end - a.start)))
    persons: dict[str, _Person] = {}  # folded full name -> person
    order: list[str] = []
    # full names first (two tokens or more), then single tokens
    multi = [a for a in anchors if len(a.name.split()) >= 2]
    single = [a for a in anchors if len(a.name.split()) == 1]
    for a in multi:
        key = fold(a.name)
        # "Recep Tayyip Erdogan" vs "Tayyip Erdogan": join a name that is a suffix of one seen
        target = None
        for k in order:
            if k.endswith(" " + key) or key.endswith(" " + k):
                target = k
                break
        if target is None and key.count(" ") == 1:
            # "Datuk Seri Mohd Khairul Anuar Yusof ... Khairul Anuar later told": the middle of
            # one longer name named before
            inner = [
                k for k in order if k.count(" ") >= 2 and f" {key} " in f" {k} " and not k.startswith(key)
            ]
            if len(inner) == 1:
                target = inner[0]
        if key in persons:
            target = key
        if target is None:
            persons[key] = _Person(a.name, first=a.start)
            order.append(key)
            target = key
        elif len(key) > len(target) and key.endswith(" " + target):
            p = persons.pop(target)
            p.name = a.name
            persons[key] = p
            order[order.index(target)] = key
            target = key
        _absorb(persons[target], a)

    # surname index
    def by_surname(tok: str) -> list[str]:
        f = fold(tok)
        return [k for k in order if k.split()[-1] == f or (len(k.split()) > 2 and f in k.split()[1:])]

    def by_first(tok: str) -> list[str]:
        f = fold(tok)
        return [k for k in order if len(k.split()) >= 2 and k.split()[0] == f]

    for a in single:
        keys = by_surname(a.name) or by_first(a.name)
        if len(keys) == 1:
            _absorb(persons[keys[0]], a)
            continue
        if len(keys) > 1:
            continue
        ld = d.leader_surnames.get(fold(a.name))
        full = None if ld else _expand_surname(text, a.name, ctx)
        if full is not None and full[1] < a.start:
            # "Mr. Angchuk" after "Tsering Angchuk was not allowed ...": the full name named before
            key = fold(full[0])
            if key not in persons:
                persons[key] = _Person(full[0], first=full[1])
                order.append(key)
            _absorb(persons[key], a)
            continue
        key = fold(ld.name) if ld else fold(a.name)
        if key not in persons:
            persons[key] = _Person(ld.name if ld else a.name, first=a.start)
            order.append(key)
        _absorb(persons[key], a)
    # bare surnames of known leaders never anchored ("Putin said" with no full name)
    for m in NAME_RE.finditer(text):
        tok = m.group()
        if " " in tok:
            continue
        ld = d.leader_surnames.get(fold(tok))
        if ld and fold(ld.name) not in persons and not by_surname(tok):
            persons[fold(ld.name)] = _Person(ld.name, first=m.start())
            order.append(fold(ld.name))

    plist = [persons[k] for k in order]
    # spans: every occurrence of the full name or the (unique) surname
    claimed = bytearray(len(text) + 1)
    for p in sorted(plist, key=lambda p: -len(p.name)):
        for ms, me in _find_word(text, p.name):
            if not any(claimed[ms:me]):
                p.spans.append((ms, me))
                claimed[ms:me] = b"\x01" * (me - ms)
    surname_owner: dict[str, list[_Person]] = {}
    first_alias: dict[str, list[_Person]] = {}
    for p in plist:
        toks = p.name.split()
        if len(toks) >= 2:
            surname_owner.setdefault(toks[-1], []).append(p)
            bare = re.sub(r"^(?:al|el|Al|El)-", "", toks[-1])
            if bare != toks[-1]:
                surname_owner.setdefault(bare, []).append(p)
            if len(toks) >= 3 and toks[-2][0].isupper() and toks[-2] not in ("Jong", "Ki"):
                surname_owner.setdefault(f"{toks[-2]} {toks[-1]}", []).append(p)
            if (
                (
                    len(toks) == 2
                    or (len(toks) == 3 and all(len(t) <= 5 for t in toks[1:]))
                    # "Retno Wulandari Santoso ... Retno said": known by the first name
                    or re.search(rf"(?<![\w-]){re.escape(toks[0])}[ ](?:said|says|told|added)\b", text)
                )
                and toks[0] not in d.given
                and toks[0] not in _STOP_FIRST
                and toks[0] not in _NAME_PREFIXES
                and "-" not in toks[0]
                and len(toks[0]) >= 2
            ):
                # family name first ("Li Qiang" ... "Li said", "Xi Jinping" ... "Mr Xi")
                first_alias.setdefault(toks[0], []).append(p)
    for tok, owners in first_alias.items():
        if tok not in surname_owner and len(owners) == 1:
            surname_owner[tok] = owners
    learned: dict[int, str] = {}  # namesakes' genders, from the honorific of a mention
    for sn, owners in sorted(surname_owner.items(), key=lambda kv: -len(kv[0])):
        for ms, me in _find_word(text, sn):
            if any(claimed[ms:me]):
                continue
            if len(owners) == 1:
                owner = owners[0]
            else:  # the most recently named of the namesakes
                hon = _HON_BEFORE.search(text, max(0, ms - 8), ms)
                g = _HON_GENDER.get(hon.group(1)) if hon else None
                # the namesakes not known to be of the other gender
                same = [
                    o for o in owners if g and (learned.get(id(o)) or _person_gender(o, d, text)) in (g, None)
                ]
                if len(same) == 1:
                    # "Ms. Seitkali" is the wife, "Mr. Seitkali" the husband
                    learned.setdefault(id(same[0]), g)
                    same[0].spans.append((ms, me))
                    claimed[ms:me] = b"\x01" * (me - ms)
                    continue
                prior = [
                    (max((s for s, _ in o.spans if s < ms), default=-1), i) for i, o in enumerate(owners)
                ]
                best = max(prior)
                if best[0] < 0:
                    continue
                owner = owners[best[1]]
                if g:
                    learned.setdefault(id(owner), g)
            owner.spans.append((ms, me))
            claimed[ms:me] = b"\x01" * (me - ms)
    plist = [p for p in plist if p.spans]
    for p in plist:
        p.name = strip_role_prefix(p.name)
        # a peer known only as "Lord Browne" keeps the peerage: it is the name in use
        if " " not in p.name:
            for s, _e in p.spans:
                pm = _PEERAGE_BEFORE.search(text, max(0, s - 10), s)
                if pm:
                    p.name = f"{pm.group(1)} {p.name}"
                    break
    for p in plist:
        p.spans.sort()
        p.first = p.spans[0][0]

    # counterpart: title inherited from the titled person named earlier in the sentence
    for cs, _ce, _code in counterparts:
        p = next((q for q in plist if any(s == cs for s, _ in q.spans)), None)
        if p is None or p.title:
            continue
        sent_start = max(text.rfind(". ", 0, cs), text.rfind("\n", 0, cs)) + 1
        prior = [q for q in plist if q is not p and q.title and any(sent_start <= s < cs for s, _ in q.spans)]
        if prior:
            p.title = prior[-1].title
            p.title_from_text = True
    # unnamed "Turkey's foreign minister" elsewhere gives the country to the one person
    # holding that title with no country
    for _ts, _te, title, country in title_spans:
        cands = [p for p in plist if p.title and fold(p.title) == fold(title) and not p.country]
        if len(cands) == 1:
            cands[0].country = country
            cands[0].country_from_text = True
    # ... and is a reference to that person ("China's ambassador ... Liu Xiaming")
    for ts, te, title, country in title_spans:
        cands = [
            p for p in plist if p.title and fold(p.title) == fold(title) and p.country in (None, country)
        ]
        if len(cands) == 1 and not any(s <= ts < e for s, e in cands[0].spans):
            cands[0].spans.append((ts, te))
    # leaders fallback
    for p in plist:
        ld = d.leaders.get(fold(p.name))
        if ld:
            if not p.title:
                p.title = ld.title
            if not p.country:
                p.country = ld.country
            if not p.gender:
                p.gender = ld.gender
        if not p.gender:
            first = p.name.split()[0]
            p.gender = d.given.get(first) if len(p.name.split()) > 1 else None
    return plist


_HON_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Mister|Sir|Lord)\.?[ ]+$")


def _person_gender(p: _Person, d: _Data, text: str) -> str | None:
    """The gender known for a person, else the one of the given name (weak evidence), else
    the pronoun right after the first mention ("Aigerim Seitkali has made the trip ... She")."""
    if p.gender:
        return p.gender
    first = fold(p.name.split()[0])
    g = d.given.get(first) or _world_given().get(first)
    if g in ("m", "f"):
        return g
    return _gender_after(text, min(p.spans)[1]) if p.spans else None


def _gender_after(text: str, end: int) -> str | None:
    """The gender of the pronoun that refers back to a mention ending at ``end``: the "he"/"she"
    of a speech cue in its paragraph, else the one opening the next sentence."""
    return _pronoun_after(text, end) or _next_sentence_pronoun(text, end)


def _genders_from_pronouns(text: str, persons: list[_Person]) -> None:
    """A person of unknown gender takes the pronoun the article uses for them ("Elissa
    Slotkin, a congresswoman, said ... "...," she said"): the "he"/"she" of the first
    speech cue after a mention that opens the sentence's list of people."""
    starts = sorted(s for p in persons for s, _ in p.spans)
    for p in persons:
        if p.gender:
            continue
        votes = []
        for s, e in p.spans:
            ss = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
            k = bisect.bisect_left(starts, ss)
            if k < len(starts) and starts[k] < s:
                continue  # someone else is named earlier in the sentence
            g = _gender_after(text, e)
            if g:
                votes.append(g)
        if votes and all(v == votes[0] for v in votes):
            p.gender = votes[0]


_NEXT_SENTENCE_PRONOUN = re.compile(r"[.!?][\"”’]?[ ]+(He|She)[ ]")
_NEXT_SENTENCE_EPITHET = re.compile(r"[.!?][\"”’]?[ ]+The[ ][1-9][0-9]?-year-old[ ]")


def _next_sentence_opening(text: str, end: int, opening: re.Pattern[str]) -> re.Match[str] | None:
    """``opening`` at the start of the sentence right after the one of the mention ending at
    ``end``, in the same paragraph, with no other capitalised pair named before it."""
    window = _paragraph_window(text, end, 300)
    m = opening.search(window)
    if m is None or re.search(r"[.!?][\"”’]?[ ]", window[: m.start()]):
        return None  # only the sentence right after the mention's own
    if _NAME_PAIR.search(window, 0, m.start()):
        return None
    return m


def _next_sentence_epithet(text: str, end: int) -> bool:
    """ "Losa Tuiasosopo has watched the sea take three rows of trees. The 61-year-old runs a
    guesthouse": the next sentence refers back by age."""
    return _next_sentence_opening(text, end, _NEXT_SENTENCE_EPITHET) is not None


def _next_sentence_pronoun(text: str, end: int) -> str | None:
    """ "Gul Bibi, 60, sat on a bundle of quilts. She left Kunar ...": the gender of the
    pronoun that opens the next sentence."""
    m = _next_sentence_opening(text, end, _NEXT_SENTENCE_PRONOUN)
    return None if m is None else "m" if m.group(1) == "He" else "f"


def _absorb(p: _Person, a: _Anchor) -> None:
    if a.title and not p.title_from_text:
        p.title = a.title
        p.title_from_text = True
    if a.country and not p.country_from_text:
        p.country = a.country
        p.country_from_text = True
    if a.gender and not p.gender:
        p.gender = a.gender


def _add_roles(text: str, persons: list[_Person], ctx: _Ctx) -> None:
    """Attach "the minister", "the Turkish president" ... to the nearest fitting person."""
    for m in _ROLE_PRE.finditer(text):
        # "the minister Mevlut Cavusoglu" is a title, not a reference back
        if NAME_RE.match(text, m.end() + 1) and text[m.end() : m.end() + 1] == " ":
            continue
        if re.match(r"[ ](?:of|for)[ ]", text[m.end() : m.end() + 5]) and "minister" not in m.group("role"):
            pass
        adj = m.group("adj")
        code = None
        if adj:
            mm = ctx.by_start.get(m.start("adj"))
            if mm is None:
                continue  # "the Kremlin spokesman" etc. handled only when a country
            code = mm.code
        p = resolve_role(m.group("role"), m.start(), persons, code)
        if p is not None:
            p.spans.append((m.start(), m.end()))


# Titles a role noun also refers back to: "the premier" (Prime Minister), "the envoy" (after
# "Somalia's ambassador to Kenya, X").
_LAWMAKERS = (
    "lawmaker",
    "legislator",
    "mp",
    "mla",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
)
# offices named by an abbreviation or a plain noun, and the title words they stand for: "the CS
# said" (Kenya: a Cabinet Secretary), "the MLA", "the lawmaker"
OFFICE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "cs": ("cabinet secretary",),
    "mla": ("mla", "member of the legislative assembly"),
    "mp": ("mp", "member of parliament"),
    "mep": ("mep", "member of the european parliament"),
    "lawmaker": _LAWMAKERS,
    "legislator": _LAWMAKERS,
}
_ROLE_SYNONYMS = {
    "premier": ("prime",),
    "envoy": ("ambassador", "commissioner", "representative"),
    **OFFICE_SYNONYMS,
}


def resolve_role(role: str, pos: int, persons: list, country: str | None = None):  # type: ignore[no-untyped-def]
    """The person (``_Person`` or :class:`Actor`) a role noun at ``pos`` refers back to:
    the one named most recently before ``pos`` whose title has the role's head noun
    ("minister" fits "Foreign Minister"; "foreign minister" only "Foreign Minister")."""
    r = fold(role).replace("-", " ")
    words = r.split()
    head = words[-1]
    best = None
    best_pos = -1
    best_exact = False  # a title with the very word ("Premier") beats a synonym ("Prime Minister")
    for p in persons:
        if getattr(p, "kind", "person") != "person" or not p.title:
            continue
        t = fold(p.title).replace("-", " ")
        th = (title_head(p.title) or "").replace("-", " ")
        ok = head in t.split() or th.endswith(head) or any(w in t for w in _ROLE_SYNONYMS.get(head, ()))
        if head == "chief" and len(words) > 1:
            # "the Japanese defense chief" after "Defense Minister Takashi Ono"
            ok = words[0][:5] in t and any(w in t for w in ("minister", "secretary", "chief"))
        if head == "leader" and th in (
            "president",
            "prime minister",
            "chancellor",
            "king",
            "leader",
            "premier",
        ):
            ok = True
        if head == "secretary" and "general" in t:
            ok = r == "secretary general"
        if ok and len(words) > 1 and not (r in t or (words[0] in ("defence", "defense") and "defen" in t)):
            ok = False
        if ok and country and p.country and p.country != country:
            ok = False
        if not ok:
            continue
        last = max((s for s, _ in p.spans if s < pos), default=-1)
        exact = head in t.split() or th.endswith(head)
        if last >= 0 and (exact, last) > (best_exact, best_pos):
            best, best_pos, best_exact = p, last, exact
    return best


def _find_institutions(text: str, ctx: _Ctx, persons: list[_Person]) -> list[_Person]:
    found: dict[tuple[str, str | None], _Person] = {}
    order: list[tuple[str, str | None]] = []
    for m in _inst_re().finditer(text):
        name = m.group()
        start, end = m.start(), m.end()
        country = None
        if m.group("known"):
            country = _INSTITUTIONS.get(name, _MEDIA.get(name))
            if name in _MEDIA and ctx.covered[m.start()]:
                continue
        else:
            lm = _ORG_LIST.match(text, m.start()) if m.group("ministry") else None
            if lm and lm.end() > m.end():  # "Ministry of Economy, Trade and Industry"
                name, end = lm.group(), lm.end()
            country = ctx.country_before(start)
        adj = ctx.by_end.get(start - 1) if text[start - 1 : start] == " " else None
        written = text[adj.start : adj.end] if adj is not None else ""
        if m.group("lower") and not (adj is not None and adj.kind == "adjective" and written[:1].isupper()):
            continue  # "the ministry", "Russia's foreign ministry": no name of its own
        if adj is not None and (
            adj.kind == "adjective"
            and written[:1].isupper()
            or adj.kind == "name"
            and written.replace(".", "").isupper()  # "the U.S. State Department"
        ):
            # "the Algerian Foreign Ministry" is that ministry's name as written; a possessive
            # ("India's Ministry of External Affairs") is not part of it
            name = text[adj.start : start] + name
        # inside a person's title ("Foreign Ministry spokesman X") still counts as institution
        key = (name, country)
        if key not in found:
            # "the Foreign Ministry" later without a country: same as the one with country
            same = [k for k in order if k[0] == name]
            if country is None and same:
                key = same[0]
            else:
                found[key] = _Person(name, country=country, kind="institution", first=start)
                order.append(key)
        found[key].spans.append((start, end))
    return [found[k] for k in order]


# ---------------------------------------------------------------- pronouns (for quotes)
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def resolve_pronoun(
    pronoun: str,
    pos: int,
    actors: list[Actor],
    subjects: list[tuple[int, Actor | None]],
    text: str | None = None,
) -> tuple[bool, Actor | None]:
    """Resolve "he"/"she" at ``pos``: ``subjects`` are earlier (position, actor) subject
    events (speakers and sentence subjects, ``None`` for an anonymous speaker), in order.
    Returns (resolved?, actor). The latest gender-compatible subject wins; failing that,
    the nearest compatible person mention."""
    g = _PRONOUN_GENDER.get(pronoun.lower())
    for spos, actor in reversed(subjects):
        if spos >= pos:
            continue
        if actor is None:
            pm = re.match(r"\s*([Hh]e|[Ss]he)\b", text[spos : spos + 5]) if text is not None else None
            if g and pm and _PRONOUN_GENDER[pm.group(1).lower()] != g:
                continue  # an unresolved "he said" is not the "she" of a later cue
            # an anonymous speaker ("a Juventus official") is "he" only right after, unless a
            # person was named as a subject since ("... the source said. Asked whether ...,
            # Morimoto, 58, sidestepped the question. "...," the 58-year-old said")
            if pos - spos <= 300:
                if text is not None:
                    later = _latest_mention(actors, spos, pos, g, text)
                    if later is not None:
                        return True, later
                return True, None
            continue
        if actor.kind == "person" and (g is None or actor.gender in (None, g)) and _may_be(actor, g):
            if g and actor.gender is None and text is not None:
                # a person of the pronoun's gender named after that subject is the likelier
                # referent ("said Olena K. ... Behind her, Mykola S. nodded. "...," he said")
                later = _latest_mention(actors, spos, pos, g, text)
                if later is not None:
                    return True, later
                # "Rachel Harvey told World Business Report ... she said": the subject of
                # the same sentence with the pronoun's gender beats a genderless object
                for spos2, actor2 in reversed(subjects):
                    if spos2 >= spos:
                        continue
                    if spos - spos2 > 150 or "\n" in text[spos2:spos] or ". " in text[spos2:spos]:
                        break
                    if actor2 is not None and actor2.kind == "person" and actor2.gender == g:
                        return True, actor2
            return True, actor
    best, best_pos = None, -1
    for a in actors:
        if a.kind != "person" or (g and a.gender not in (None, g)) or not _may_be(a, g):
            continue
        last = max((s for s, _ in a.spans if s < pos), default=-1)
        if last > best_pos:
            best, best_pos = a, last
    return (best is not None), best


_CLAUSE_START = re.compile(r"(?:^|[.!?:;,]\s+|\n\s*)((?:[\w'’-]+\s+){0,3})$")


def _subject_place(text: str, s: int, e: int) -> bool:
    """A mention at ``s`` that opens its clause, at most three words after a sentence start
    or a comma ("His neighbour Claire Dubois has ...", "Behind her, Mykola Shevchuk, ...")."""
    return bool(_CLAUSE_START.search(text[max(0, s - 60) : s])) and text[e : e + 1] in (",", " ")


def _may_be(actor: Actor, g: str | None) -> bool:
    """Whether a person of unknown gender may be the "he"/"she" of gender ``g``: not when their
    given name is one the world gives to the other gender ("Sunita Devi" is no "he"). Weak
    evidence, so it only rules out; a person of unknown gender stays unknown otherwise."""
    if g is None or actor.gender is not None:
        return True
    return _world_given().get(fold(actor.name.split()[0]), g) in (g, "-")


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation of its paragraph ("... Lord Shiva has made the
    governments agree," he said: Lord Shiva is no one's referent)."""
    head = text[text.rfind("\n", 0, pos) + 1 : pos]
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _latest_mention(
    actors: list[Actor], after: int, before: int, gender: str | None, text: str | None = None
) -> Actor | None:
    """The person of ``gender`` (any, for None) mentioned last in ``(after, before)`` in a subject-like
    place (opening a sentence or set off by commas: "Behind her, Mykola Shevchuk, a retired
    engineer, nodded"), not an object ("paid tribute to his partner Charlie Munger")."""
    best, best_pos = None, after
    for a in actors:
        if a.kind != "person" or (gender is not None and a.gender != gender):
            continue
        last = max(
            (
                s
                for s, e in a.spans
                if after < s < before
                and (text is None or _subject_place(text, s, e) and not _quoted(text, s))
            ),
            default=-1,
        )
        if last > best_pos:
            best, best_pos = a, last
    return best


# ---------------------------------------------------------------- cross-article merge
def unify_actors(
    per_article: list[tuple[str, list[Actor]]],
) -> list[tuple[Actor, dict[str, int]]]:
    """Canonical actors over many articles with their mention counts per article id.

    Same full name (accent- and case-insensitive) = same person; an actor known only by a
    surname joins the unique multi-word actor ending in it; institutions merge on name and
    country. Title/country: most frequent non-empty value, first seen on ties.
    """
    groups: dict[str, dict] = {}
    order: list[str] = []

    def key_of(a: Actor) -> str:
        if a.kind == "institution":
            return f"i|{fold(a.name)}|{a.country or ''}"
        return f"p|{fold(a.name)}"

    singles: list[tuple[str, Actor]] = []
    for art_id, actors in per_article:
        for a in actors:
            if a.kind == "person" and len(a.name.split()) == 1:
                singles.append((art_id, a))
                continue
            k = key_of(a)
            if k not in groups:
                groups[k] = {
                    "names": Counter(),
                    "titles": Counter(),
                    "countries": Counter(),
                    "genders": Counter(),
                    "kind": a.kind,
                    "counts": {},
                }
                order.append(k)
            _add_to_group(groups[k], art_id, a)
    # Person keys by their last word, so that a surname finds its full names without a scan
    # over every group (the scan made a 1,000-article merge quadratic).
    by_surname: dict[str, list[str]] = {}
    for k in order:
        if k.startswith("p|"):
            by_surname.setdefault(k.split("|")[1].split()[-1], []).append(k)
    for art_id, a in singles:
        f = fold(a.name)
        cands = by_surname.get(f, [])
        k = cands[0] if len(cands) == 1 else f"p|{f}"
        if k not in groups:
            by_surname.setdefault(f, []).append(k)
            groups[k] = {
                "names": Counter(),
                "titles": Counter(),
                "countries": Counter(),
                "genders": Counter(),
                "kind": "person",
                "counts": {},
            }
            order.append(k)
        _add_to_group(groups[k], art_id, a)
    out: list[tuple[Actor, dict[str, int]]] = []
    for k in order:
        g = groups[k]
        name = max(g["names"].items(), key=lambda kv: (len(kv[0].split()), kv[1]))[0]
        actor = Actor(
            name=name,
            title=_top(g["titles"]),
            country=_top(g["countries"]),
            kind=g["kind"],
            gender=_top(g["genders"]),
        )
        out.append((actor, dict(g["counts"])))
    out.sort(key=lambda t: (-sum(t[1].values()), t[0].name))
    return out


def _add_to_group(g: dict, art_id: str, a: Actor) -> None:
    g["names"][a.name] += 1
    if a.title:
        g["titles"][a.title] += 1
    if a.country:
        g["countries"][a.country] += 1
    if a.gender:
        g["genders"][a.gender] += 1
    g["counts"][art_id] = g["counts"].get(art_id, 0) + max(1, len(a.spans))


def _top(c: Counter) -> str | None:
    if not c:
        return None
    best = max(c.values())
    for k in c:  # insertion order = first seen
        if c[k] == best:
            return k
    return None

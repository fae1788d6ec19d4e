"""Typed records that flow between the stages: ingest -> clean -> annotate -> summarize/digest -> render.

Every record that reaches a renderer has ``to_json()`` returning the fields fixed by
``cli-contract.md`` (extra fields are allowed, renames are not).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Source:
    """One input as read, before decoding and cleaning."""

    id: str
    path: str | None
    data: bytes | None = None  # raw bytes (files, stdin)
    text: str | None = None  # already-decoded text (JSONL records)
    kind: str = "auto"  # "auto" | "text" | "html"
    title: str | None = None  # metadata given by a JSONL record
    date: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(slots=True)
class RemovedLine:
    line: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason}


@dataclass(slots=True)
class Article:
    """A cleaned article: body text plus metadata. Offsets elsewhere index ``text``."""

    id: str
    path: str | None
    text: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    date_inferred: bool = False
    source: str | None = None  # outlet or agency
    dateline: str | None = None  # place in the dateline, upper case as printed
    language: str = "en"
    url: str | None = None
    input_format: str = "text"  # "text" | "html"
    removed: list[RemovedLine] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "date_inferred": self.date_inferred,
            "source": self.source,
            "dateline": self.dateline,
            "language": self.language,
            "url": self.url,
            "format": self.input_format,
            "words": self.words,
            "text": self.text,
            "removed": [r.to_json() for r in self.removed],
        }


@dataclass(slots=True)
class Sentence:
    """A sentence of an article's cleaned text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int
    index: int  # position among the article's sentences, from 0
    paragraph: int = 0  # paragraph number, from 0


@dataclass(slots=True)
class SummarySentence:
    text: str
    position: int  # the sentence's index in the article
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "position": self.position, "score": round(self.score, 6)}


@dataclass(slots=True)
class Summary:
    article: Article
    method: str
    sentences: list[SummarySentence]

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "path": a.path,
            "title": a.title,
            "date": a.date,
            "source": a.source,
            "method": self.method,
            "sentences": [s.to_json() for s in self.sentences],
        }


@dataclass(slots=True)
class Mention:
    """A country or organisation named in the text."""

    text: str
    start: int
    end: int
    code: str  # ISO 3166-1 alpha-3, or an organisation code (NATO, EU, UN, IS)
    kind: str = "name"  # "name" | "adjective" | "demonym" | "capital" | "seat" | "org"


@dataclass(slots=True)
class Actor:
    """A person (or institution) in one article, with every span where it is named."""

    name: str
    title: str | None = None
    country: str | None = None
    kind: str = "person"  # "person" | "institution"
    spans: list[tuple[int, int]] = field(default_factory=list)
    gender: str | None = None  # "m" | "f" when known (honorific, given name, title); for pronouns

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "country": self.country,
            "kind": self.kind,
            "mentions": len(self.spans),
        }


@dataclass(slots=True)
class Quote:
    id: str
    quote: str
    start: int
    end: int
    speaker: str | None = None  # None when no clear speaker
    speaker_title: str | None = None
    speaker_country: str | None = None
    cue: str | None = None  # the speech verb or phrase: "said", "according to"
    partial: bool = False  # a fragment inside reported speech

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_title": self.speaker_title,
            "speaker_country": self.speaker_country,
            "quote": self.quote,
            "cue": self.cue,
            "start": self.start,
            "end": self.end,
            "partial": self.partial,
        }


@dataclass(slots=True)
class TimeExpression:
    id: str
    expression: str
    value: str  # TIMEX3 value: 2016-08-11, 2016-08, 2015, 2016-W32, 2016-SU, PRESENT_REF, P3D
    type: str  # DATE | TIME | DURATION | SET
    start: int
    end: int
    sentence: str = ""
    event: str = ""  # the clause the expression dates
    anchor: str | None = None  # the date it was resolved against
    inferred: bool = False  # anchor was inferred, not stated
    signal: str | None = None  # the preposition before it (TimeML SIGNAL): "on" for "on Thursday"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "expression": self.expression,
            "value": self.value,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "event": self.event,
            "anchor": self.anchor,
            "inferred": self.inferred,
            "signal": self.signal,
        }


QUAD_TYPES = {
    1: "verbal-cooperation",
    2: "material-cooperation",
    3: "verbal-conflict",
    4: "material-conflict",
}


@dataclass(slots=True)
class Event:
    id: str
    source: str
    target: str
    quad: int
    text: str  # the phrase that carries the event
    sentence: str
    start: int = 0  # offsets of the sentence
    end: int = 0
    date: str | None = None
    date_inferred: bool = False
    source_actor: str | None = None  # the person acting for the source, if any
    # where the phrase sits in the sentence (for dating it again once the article has a date)
    phrase_start: int = field(default=-1, compare=False, repr=False)
    phrase_end: int = field(default=-1, compare=False, repr=False)

    @property
    def type(self) -> str:
        return QUAD_TYPES[self.quad]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "target": self.target,
            "quad": self.quad,
            "type": self.type,
            "text": self.text,
            "sentence": self.sentence,
            "date": self.date,
            "date_inferred": self.date_inferred,
            "source_actor": self.source_actor,
        }


@dataclass(slots=True)
class Annotations:
    """Everything the annotators found in one article."""

    article: Article
    sentences: list[Sentence]
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass(slots=True)
class Digest:
    """The bilateral-relations digest over many articles (``merge``).

    Each section is a list of JSON-ready dicts with at least the contract's fields;
    the digest builder computes them, renderers only lay them out.
    """

    articles: list[dict[str, Any]] = field(default_factory=list)
    dyads: list[dict[str, Any]] = field(default_factory=list)
    summary: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    corroborated: list[dict[str, Any]] = field(default_factory=list)
    unique: list[dict[str, Any]] = field(default_factory=list)
    pair: list[str] | None = None  # the dyad the digest is about
    method: str | None = None
    header: dict[str, Any] = field(default_factory=dict)  # names, date range, sources, tone, sparkline

    SECTIONS = (
        "articles",
        "dyads",
        "summary",
        "timeline",
        "actors",
        "quotes",
        "corroborated",
        "unique",
    )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"pair": self.pair, "method": self.method, "header": self.header}
        for name in self.SECTIONS:
            out[name] = getattr(self, name)
        return out

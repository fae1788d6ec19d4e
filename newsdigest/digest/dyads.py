"""Which country pairs the coverage is about, and how central each one is.

A pair scores by what the articles say about the two together, not by mere mentions:
every dyadic event between them counts ``EVENT_WEIGHT``, every sentence naming both counts
1, and pairs involving an organisation (NATO, EU, UN, IS) count half, since the digest is
about bilateral relations between states.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from newsdigest.digest.index import Doc, is_calendar
from newsdigest.digest.lexicon import concepts
from newsdigest.digest.tone import Report, distinct_events, sparkline, tone, tone_label, tone_series

EVENT_WEIGHT = 2.0
ORG_FACTOR = 0.5
ORGS = frozenset({"NATO", "EU", "UN", "IS", "OPEC", "WHO", "IMF", "ASEAN", "AU", "ARAB", "OSCE"})


@dataclass(slots=True)
class DyadStats:
    pair: tuple[str, str]
    co_sentences: int = 0
    mentions: int = 0
    reports: list[Report] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)

    @property
    def score(self) -> float:
        raw = self.co_sentences + EVENT_WEIGHT * len(self.reports)
        return raw * (ORG_FACTOR if any(c in ORGS for c in self.pair) else 1.0)


def is_org(code: str) -> bool:
    return code in ORGS or len(code) != 3 or not code.isalpha() or not code.isupper()


def dyad_stats(docs: list[Doc]) -> dict[tuple[str, str], DyadStats]:
    stats: dict[tuple[str, str], DyadStats] = {}

    def get(a: str, b: str) -> DyadStats:
        key = (a, b) if a < b else (b, a)
        st = stats.get(key)
        if st is None:
            st = stats[key] = DyadStats(key)
        return st

    for doc in docs:
        for s in doc.sents:
            codes = sorted(set(s.codes) | set(s.actor_countries))
            for a, b in combinations(codes, 2):
                st = get(a, b)
                st.co_sentences += 1
                st.mentions += s.codes.get(a, 0) + s.codes.get(b, 0)
                st.articles.add(doc.id)
            for ev in s.events:
                if not ev.source or not ev.target or ev.source == ev.target:
                    continue
                st = get(ev.source, ev.target)
                stated = ev.date if is_calendar(ev.date) else None
                words = frozenset(c for c in concepts(ev.text) if not c.isupper())
                st.reports.append(Report(doc.id, ev.start, ev.quad, stated, doc.date, words))
                st.articles.add(doc.id)
    return stats


def rank_dyads(stats: dict[tuple[str, str], DyadStats]) -> list[DyadStats]:
    """Most central first; ties by pair codes (deterministic)."""
    return sorted(
        (s for s in stats.values() if s.score > 0),
        key=lambda s: (-s.score, -len(s.articles), s.pair),
    )


def choose_pair(ranked: list[DyadStats], wanted: tuple[str, str] | None) -> tuple[str, str] | None:
    if wanted is not None:
        a, b = (w.upper() for w in wanted)
        return (a, b) if a < b else (b, a)
    # Prefer a pair of two states when one is nearly as central as the top pair.
    return ranked[0].pair if ranked else None


def dyad_record(st: DyadStats, names: dict[str, str]) -> dict[str, Any]:
    """The dyad's line: tone and its series over distinct events (the same event reported
    by several articles, or twice in one, counts once)."""
    events = distinct_events(st.reports)
    quads = [q for _, q, _ in events]
    series = tone_series([(d, q) for d, q, _ in events if d])
    t = tone(quads)
    counts = {str(q): quads.count(q) for q in (1, 2, 3, 4)}
    return {
        "pair": list(st.pair),
        "names": [names.get(c, c) for c in st.pair],
        "score": round(st.score, 3),
        "mentions": st.mentions,
        "co_mentions": st.co_sentences,
        "events": len(events),
        "reports": len(st.reports),
        "quads": counts,
        "tone": t,
        "tone_label": tone_label(t, len(events)),
        "tone_series": series,
        "sparkline": sparkline(series),
        "articles": len(st.articles),
    }


def empty_stats(pair: tuple[str, str]) -> DyadStats:
    return DyadStats(pair)


def by_pair(ranked: list[DyadStats]) -> dict[tuple[str, str], DyadStats]:
    out: dict[tuple[str, str], DyadStats] = defaultdict(lambda: DyadStats(("", "")))
    out.update({s.pair: s for s in ranked})
    return out

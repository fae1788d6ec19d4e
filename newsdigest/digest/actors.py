"""Actors unified across articles: "Putin", "Vladimir Putin" and "President Vladimir Putin"
in three articles are one person with one title, one country, all mentions and all sources."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsdigest.annotate.actors import strip_role_prefix, unify_actors
from newsdigest.models import Annotations


@dataclass(slots=True)
class Unified:
    name: str
    kind: str
    titles: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    sources: set[str] = field(default_factory=set)


def _fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9 ]+", "", s.lower()).strip()


def _best(counter: Counter[str]) -> str | None:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def unify(annotated: list[Annotations]) -> tuple[dict[tuple[str, str], str], list[Unified]]:
    """Map every (article id, actor name) to one canonical name, and the unified actors,
    from the actor annotator's cross-article :func:`unify_actors`."""
    ordered = sorted(annotated, key=lambda a: a.article.id)
    merged = unify_actors([(a.article.id, list(a.actors)) for a in ordered])
    canonical: dict[tuple[str, str], str] = {}
    unified: dict[str, Unified] = {}
    for actor, counts in merged:
        u = unified.get(actor.name)
        if u is None:
            u = unified[actor.name] = Unified(name=actor.name, kind=actor.kind)
        if actor.title:
            u.titles[actor.title] += 1
        if actor.country:
            u.countries[actor.country] += 1
        u.mentions += sum(counts.values())
        u.sources |= set(counts)
    # A person's name with role words in front ("Presidents Vladimir Putin") is that person:
    # the same rule the actor annotator applies, for names that reached us unstripped.
    folds = {_fold(n): n for n in unified}
    for name in sorted(unified):
        if unified[name].kind != "person":
            continue
        target = folds.get(_fold(strip_role_prefix(name)))
        if target and target != name and unified[target].kind == "person":
            src, dst = unified.pop(name), unified[target]
            dst.titles.update(src.titles)
            dst.countries.update(src.countries)
            dst.mentions += src.mentions
            dst.sources |= src.sources
    # Which canonical actor each article's own name stands for.
    by_fold: dict[str, list[str]] = {}
    by_last: dict[str, list[str]] = {}
    for name in sorted(unified):
        by_fold.setdefault(_fold(name), []).append(name)
        toks = _fold(name).split()
        if toks:
            by_last.setdefault(toks[-1], []).append(name)
    for ann in ordered:
        aid = ann.article.id
        for actor in ann.actors:
            f = _fold(actor.name)
            cands = [n for n in by_fold.get(f, []) if aid in unified[n].sources]
            if not cands:
                toks = f.split()
                for k in range(1, len(toks) - 1):
                    cands = [n for n in by_fold.get(" ".join(toks[k:]), []) if aid in unified[n].sources]
                    if cands:
                        break
            if not cands and len(f.split()) == 1:
                cands = [n for n in by_last.get(f, []) if aid in unified[n].sources]
            canonical[(aid, actor.name)] = cands[0] if cands else actor.name
    return canonical, [unified[k] for k in sorted(unified)]


def actor_records(
    unified: list[Unified],
    pair: tuple[str, str] | None,
    refs: dict[str, int],
    limit: int = 25,
) -> list[dict[str, Any]]:
    """The actors section: dyad countries' actors first, then by mentions and sources."""
    recs = []
    for u in unified:
        country = _best(u.countries)
        recs.append(
            {
                "name": u.name,
                "title": _best(u.titles),
                "country": country,
                "kind": u.kind,
                "mentions": u.mentions,
                "sources": sorted(u.sources),
                "refs": sorted(refs[s] for s in u.sources),
            }
        )
    in_pair = set(pair or ())
    recs.sort(
        key=lambda r: (
            0 if r["country"] in in_pair else 1,
            -len(r["sources"]),
            -r["mentions"],
            r["name"],
        )
    )
    return recs[:limit]

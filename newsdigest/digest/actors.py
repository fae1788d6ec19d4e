"""Actors unified across articles: "Putin", "Vladimir Putin" and "President Vladimir Putin"
in three articles are one person with one title, one country, all mentions and all sources."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsdigest.models import Actor, Annotations


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
    """Map every (article id, actor name) to one canonical name, and the unified actors:
    the actor annotator's cross-article ``unify_actors`` when it offers one, else our own."""
    try:
        from newsdigest.annotate.actors import unify_actors
    except ImportError:
        return unify_own(annotated)
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
    # A name that is another full name with words in front ("Presidents Vladimir Putin": a
    # title the annotator kept) is that person.
    folds = {_fold(n): n for n in unified}
    for name in sorted(unified):
        toks = _fold(name).split()
        for k in range(1, len(toks) - 1):
            target = folds.get(" ".join(toks[k:]))
            if target and target != name and unified[name].kind == unified[target].kind:
                src, dst = unified.pop(name), unified[target]
                dst.titles.update(src.titles)
                dst.countries.update(src.countries)
                dst.mentions += src.mentions
                dst.sources |= src.sources
                break
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


def unify_own(annotated: list[Annotations]) -> tuple[dict[tuple[str, str], str], list[Unified]]:
    """Map every (article id, actor name) to one canonical name, and the unified actors.

    Full names are the anchors; a shorter name (a surname, "Erdogan") joins the single full
    name that ends with it (and agrees on country when both are known). Deterministic: names
    are visited in sorted order, never in input order.
    """
    items: list[tuple[str, Actor]] = []
    for ann in sorted(annotated, key=lambda a: a.article.id):
        for actor in ann.actors:
            if actor.name and actor.name.strip():
                items.append((ann.article.id, actor))
    # Canonical full names: the longest form of each folded name.
    by_fold: dict[str, str] = {}
    for _, actor in sorted(items, key=lambda x: (-len(x[1].name), x[1].name)):
        by_fold.setdefault(_fold(actor.name), actor.name)
    folds = sorted(by_fold)
    countries_of: dict[str, set[str]] = {}
    for _, actor in items:
        if actor.country:
            countries_of.setdefault(_fold(actor.name), set()).add(actor.country)

    def anchor(fold: str, kind: str) -> str:
        toks = fold.split()
        if not toks:
            return fold
        # Shorter names attach to the unique longer name containing them as its tail.
        cands = [
            f for f in folds if f != fold and len(f.split()) > len(toks) and f.split()[-len(toks) :] == toks
        ]
        mine = countries_of.get(fold, set())
        if mine:
            cands = [f for f in cands if not countries_of.get(f) or countries_of[f] & mine]
        if kind == "person" and len(cands) == 1:
            return cands[0]
        return fold

    canonical: dict[tuple[str, str], str] = {}
    unified: dict[str, Unified] = {}
    for aid, actor in items:
        f = anchor(_fold(actor.name), actor.kind)
        name = by_fold[f]
        canonical[(aid, actor.name)] = name
        u = unified.get(name)
        if u is None:
            u = unified[name] = Unified(name=name, kind=actor.kind)
        if actor.title:
            u.titles[actor.title] += max(1, len(actor.spans))
        if actor.country:
            u.countries[actor.country] += max(1, len(actor.spans))
        u.mentions += max(1, len(actor.spans))
        u.sources.add(aid)
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

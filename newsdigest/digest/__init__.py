"""The bilateral-relations digest: merge annotated articles into one account of a dyad.

``build_digest`` is the entry point; each section is computed by its own module:
dyads (which pair, tone), summary, timeline, actors, quotes, facts (corroborated/unique).
Every result is ordered by stable keys (article ids, offsets, codes), never by input order.
"""

from __future__ import annotations

from typing import Any

from newsdigest.models import Annotations, Digest

MAX_DYADS = 10


def country_names(codes: list[str]) -> dict[str, str]:
    """Readable names for codes, from the gazetteer when it offers them."""
    try:
        from newsdigest.annotate import countries

        lookup = getattr(countries, "country_name", None)
    except ImportError:  # pragma: no cover
        lookup = None
    out = {}
    for c in codes:
        name = None
        if lookup is not None:
            try:
                name = lookup(c)
            except Exception:  # a lookup failure is a missing name, not a failed digest
                name = None
        out[c] = name or c
    return out


def build_digest(
    annotated: list[Annotations],
    pair: tuple[str, str] | None = None,
    words: int = 120,
    method: str = "auto",
) -> Digest:
    """Build the digest from every article's annotations (any order: the result is the same)."""
    from newsdigest.digest.actors import actor_records, unify
    from newsdigest.digest.dyads import DyadStats, choose_pair, dyad_record, dyad_stats, rank_dyads
    from newsdigest.digest.facts import corroborated, index_facts, unique
    from newsdigest.digest.index import build_docs
    from newsdigest.digest.quotes import quotes
    from newsdigest.digest.summary import summary
    from newsdigest.digest.timeline import timeline

    annotated = sorted(annotated, key=lambda a: a.article.id)
    canonical, unified = unify(annotated)
    docs = build_docs(annotated, canonical)
    refs = {d.id: i + 1 for i, d in enumerate(docs)}

    stats = dyad_stats(docs)
    ranked = rank_dyads(stats)
    main = choose_pair(ranked, pair)
    digest = Digest(method=method, pair=list(main) if main else None)

    if main is not None:
        coverage = [
            d
            for d in docs
            if any(s.mentions_both(main) or s.has_pair_event(main) for s in d.sents)
            or all(any(s.mentions_any((c, c)) for s in d.sents) for c in main)
        ]
    else:
        coverage = list(docs)
    covered = {d.id for d in coverage}

    for d in docs:
        a = d.ann.article
        digest.articles.append(
            {
                "id": a.id,
                "ref": refs[a.id],
                "title": a.title,
                "date": a.date,
                "date_inferred": a.date_inferred,
                "source": a.source,
                "outlet": a.source,
                "dateline": a.dateline,
                "words": a.words,
                "removed": len(a.removed),
                "covers_pair": a.id in covered,
            }
        )

    shown = ranked[:MAX_DYADS]
    if main is not None and all(s.pair != main for s in shown):
        shown = [stats.get(main) or DyadStats(main), *shown[: MAX_DYADS - 1]]
    codes = sorted({c for s in shown for c in s.pair})
    names = country_names(codes)
    for st in shown:
        rec = dyad_record(st, names)
        rec["main"] = st.pair == main
        digest.dyads.append(rec)

    fx = index_facts(coverage, main)
    digest.summary = summary(coverage, main, fx, refs, words, method)
    digest.timeline = timeline(coverage, main, refs)
    covered_unified = [u for u in unified if u.sources & covered]
    digest.actors = actor_records(covered_unified, main, refs)
    digest.quotes = quotes(coverage, canonical, main, refs)
    digest.corroborated = corroborated(fx, refs, main)
    in_summary = frozenset((s["source"], s["position"]) for s in digest.summary)
    digest.unique = unique(fx, refs, main, shown=in_summary)
    digest.header = _header(digest, coverage, main, names)
    return digest


def _header(
    digest: Digest, coverage: list[Any], main: tuple[str, str] | None, names: dict[str, str]
) -> dict[str, Any]:
    main_rec = next((d for d in digest.dyads if d.get("main")), None)
    dates = sorted(d.date for d in coverage if d.date)
    events = [t["date"] for t in digest.timeline]  # already oldest first
    outlets = sorted({d.ann.article.source for d in coverage if d.ann.article.source})
    title = " – ".join(names.get(c, c) for c in main) if main is not None else "No dyad found"
    return {
        "title": title,
        "pair": list(main) if main else None,
        "names": [names.get(c, c) for c in main] if main else [],
        "articles": len(coverage),
        "articles_total": len(digest.articles),
        "outlets": outlets,
        "published": [dates[0], dates[-1]] if dates else None,
        "covers": [events[0], events[-1]] if events else None,
        "tone": main_rec["tone"] if main_rec else 0.0,
        "tone_label": main_rec["tone_label"] if main_rec else "mixed",
        "events": main_rec["events"] if main_rec else 0,
        "reports": main_rec.get("reports", 0) if main_rec else 0,
        "sparkline": main_rec["sparkline"] if main_rec else "",
        "tone_series": main_rec["tone_series"] if main_rec else [],
        "method": digest.method,
        "words": sum(len(s["text"].split()) for s in digest.summary),
    }

"""The digest's summary: a multi-document extractive summary of the dyad's coverage.

Sentences relevant to the dyad go to :func:`summarize_cluster`; each picked sentence then
cites every article that reports the same thing (a clause of it matches a clause there, or
the whole sentences are close), and the picks are put in reading order: by article date
(oldest first, undated last), then by how early in its article the sentence comes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from newsdigest.digest.facts import MATCH, FactIndex
from newsdigest.digest.index import Doc, Sent, is_calendar, tokens_for
from newsdigest.digest.tone import month_index
from newsdigest.models import Sentence
from newsdigest.vectors import cosine, idf, tfidf

MIN_WORDS = 6  # headlines-as-sentences, bylines and captions are not summary material


# A sentence opening with a reference to something before it reads wrongly on its own:
# "It was also his first ...", "They hit ...", "This came as ...".
_ANAPHORIC = re.compile(
    r"^[\"“]?(?:it|its|they|them|their|this|these|those|that|he|she|his|her|such|the latter|"
    r"the former|both|there|also|however|meanwhile|moreover|still|yet)\b",
    re.IGNORECASE,
)
# A temporal back-reference that can go: "Back then, the Turkish military shot down ...".
_BACKREF = re.compile(r"^(?:back then|at the time|at that time|then|by then|since then),\s+", re.IGNORECASE)
_FIGURE = re.compile(r"\d|\b(?:thousands?|millions?|billions?|hundreds?|double[sd]?|per ?cent)\b|%")
WEAK_WORDS = 12  # shorter sentences must carry an event, date, figure or named actor


def leans_on_context(text: str) -> bool:
    """The sentence starts with an unresolved reference (a pronoun, a demonstrative, a
    connective adverb) and would not read on its own in the summary."""
    return bool(_ANAPHORIC.match(_BACKREF.sub("", text.strip())))


def weak(s: Sent) -> bool:
    """Filler: a short sentence with no event, no date, no figure and no named actor
    ("Russian tourists have also started to come back")."""
    if len(s.text.split()) >= WEAK_WORDS:
        return False
    dated = any(t.value and t.value[:1].isdigit() for t in s.times)
    return not (s.events or dated or s.actors or s.quotes or _FIGURE.search(s.text))


def standalone_sentence(sentence: Sentence) -> Sentence:
    """The sentence without a leading temporal back-reference ("Back then, ")."""
    m = _BACKREF.match(sentence.text)
    if not m:
        return sentence
    rest = sentence.text[m.end() :]
    if len(rest.split()) < MIN_WORDS:
        return sentence
    rest = rest[0].upper() + rest[1:]
    return Sentence(rest, sentence.start + m.end(), sentence.end, sentence.index, sentence.paragraph)


MIN_CANDIDATES = 4


def relevant(s: Sent, pair: tuple[str, str] | None, strict: bool = False) -> bool:
    """About the pair: one of them named (``strict``: both, or one of their events)."""
    if pair is None:
        return True
    if strict:
        return s.mentions_both(pair) or s.has_pair_event(pair)
    return s.mentions_any(pair) or s.has_pair_event(pair)


REDUNDANT = 0.5  # concept cosine above which two summary sentences say the same thing
CONTAINED = 0.6  # share of the shorter sentence's idf mass that the other repeats
RETRIES = 3


def _picks(
    summarize_cluster: Any,
    cluster: list[tuple[str, list[Sentence]]],
    by_key: dict[tuple[str, int], Sent],
    words: int,
    method: str,
    seed: tuple[str, int] | None = None,
) -> list[Any]:
    """The summarizer's picks with no two saying the same thing, even within one article
    (a standfirst repeating the lead): a redundant pick is removed from the input and the
    summarizer asked again, so the freed words go to something new."""
    toks = {k: tokens_for(s.text, s.start, s.spans) for k, s in by_key.items()}
    weights = idf([sorted(set(t)) for t in toks.values()])
    vecs = {k: tfidf(t, weights) for k, t in toks.items()}
    sets = {k: set(t) for k, t in toks.items()}

    def same(a: tuple[str, int], b: tuple[str, int]) -> bool:
        if a not in vecs or b not in vecs:
            return False
        if cosine(vecs[a], vecs[b]) >= REDUNDANT:
            return True
        small, big = (sets[a], sets[b]) if len(sets[a]) <= len(sets[b]) else (sets[b], sets[a])
        mass = sum(weights.get(t, 1.0) for t in small) or 1.0
        return sum(weights.get(t, 1.0) for t in small & big) / mass >= CONTAINED

    excluded: set[tuple[str, int]] = set()
    if seed is not None:  # the lead is chosen already: nothing that repeats it
        excluded = {seed} | {k for k in by_key if k != seed and same(k, seed)}
    picks: list[Any] = []
    if words <= 0:
        return picks
    for _ in range(RETRIES):
        docs = [(d, [x for x in sents if (d, x.index) not in excluded]) for d, sents in cluster]
        picks = summarize_cluster([d for d in docs if d[1]], words=words, method=method)
        kept: list[tuple[str, int]] = []
        redundant = False
        for p in picks:
            key = (p.doc, p.sentence.index)
            if any(same(key, k) for k in kept):
                excluded.add(key)
                redundant = True
            else:
                kept.append(key)
        if not redundant:
            break
    return [p for p in picks if (p.doc, p.sentence.index) not in excluded]


def summary(
    docs: list[Doc],
    pair: tuple[str, str] | None,
    fx: FactIndex,
    refs: dict[str, int],
    words: int,
    method: str,
) -> list[dict[str, Any]]:
    from newsdigest.summarize.cluster import summarize_cluster

    cluster: list[tuple[str, list[Sentence]]] = []
    by_key: dict[tuple[str, int], Sent] = {}
    # About the pair: both named (or one of their events), unless that leaves too little.
    both = sum(relevant(s, pair, True) for d in docs for s in d.sents)
    strict = both >= MIN_CANDIDATES
    for doc in docs:
        title = (doc.ann.article.title or "").strip()
        keep = []
        for s in doc.sents:
            if len(s.text.split()) < MIN_WORDS or s.text.strip() == title:
                continue
            if relevant(s, pair, strict) and not leans_on_context(s.text) and not weak(s):
                keep.append(standalone_sentence(s.sentence))
                by_key[(doc.id, s.sentence.index)] = s
        if keep:
            cluster.append((doc.id, keep))
    if not cluster:
        return []
    # Which articles report each sentence: through the clause matches.
    clause_of_sent: dict[tuple[str, int], list[int]] = defaultdict(list)
    for c in fx.clauses:
        clause_of_sent[(c.doc, c.sent.sentence.index)].append(c.id)
    partners: dict[int, set[str]] = defaultdict(set)
    dated: dict[int, set[str]] = defaultdict(set)
    for (i, j), score in fx.pairs.items():
        if score >= MATCH:
            partners[i].add(fx.clauses[j].doc)
            partners[j].add(fx.clauses[i].doc)
            dated[i] |= fx.clauses[j].dates
            dated[j] |= fx.clauses[i].dates

    def support(key: tuple[str, int]) -> int:
        return len({key[0]}.union(*(partners.get(cid, set()) for cid in clause_of_sent.get(key, []))))

    lead = _lead(docs, cluster, by_key, pair, words, support)
    rest = words - (len(lead.sentence.text.split()) if lead else 0)
    seed = (lead.doc, lead.sentence.index) if lead else None
    picks = _picks(summarize_cluster, cluster, by_key, rest, method, seed)
    if lead is not None:
        picks = [lead, *picks]

    out = []
    used = 0
    seen: set[tuple[str, int]] = set()
    by_id = {d.id: d for d in docs}
    for n_pick, p in enumerate(picks):
        key = (p.doc, p.sentence.index)
        n = len(p.sentence.text.split())
        if key in seen or used + n > words:
            continue
        seen.add(key)
        used += n
        sources = {p.doc}
        when: set[str] = set()
        for cid in clause_of_sent.get(key, []):
            sources |= partners.get(cid, set())
            when |= fx.clauses[cid].dates | dated.get(cid, set())
        doc = by_id[p.doc]
        total = max(1, len(doc.sents))
        s = by_key.get(key)
        when |= {t.value for t in (s.times if s else []) if is_calendar(t.value) and len(t.value) >= 7}
        background = bool(when) and bool(doc.date) and month_index(max(when)) < month_index(doc.date) - 1
        is_lead = lead is not None and n_pick == 0
        out.append(
            {
                "text": p.sentence.text,
                "sources": sorted(sources),
                "refs": sorted(refs[s] for s in sources),
                "source": p.doc,
                "position": p.sentence.index,
                "score": round(float(p.score), 6),
                "date": doc.date,
                "lead": is_lead,
                "background": background,
                # The lead first; then the news, by article date and place in the article;
                # then the background, oldest first.
                "_order": (
                    0 if is_lead else 2 if background else 1,
                    min(when) if background else (doc.date or "9999"),
                    p.sentence.index / total,
                    doc.rank,
                ),
            }
        )
    out.sort(key=lambda r: r["_order"])
    for r in out:
        del r["_order"]
    return out


LEAD_WINDOW = 3  # the lead is taken from an article's first sentences


def _lead(
    docs: list[Doc],
    cluster: list[tuple[str, list[Sentence]]],
    by_key: dict[tuple[str, int], Sent],
    pair: tuple[str, str] | None,
    words: int,
    support: Any = None,
) -> Any:
    """The digest's first sentence: the latest development, as the most recent article
    (stated dates before inferred ones) tells it in its opening sentences: the first of them
    that carries one of the pair's events. Among articles of the same date (or undated), the
    opening most articles report. None when no article opens that way."""
    from newsdigest.summarize.cluster import ClusterPick

    by_id = {d.id: d for d in docs}
    best = None
    for doc_id, sents in cluster:
        doc = by_id[doc_id]
        art = doc.ann.article
        for sent in sents:
            if sent.index >= LEAD_WINDOW + _skipped(doc):
                break
            s = by_key[(doc_id, sent.index)]
            if (pair is None or s.has_pair_event(pair)) and len(sent.text.split()) <= words:
                n = support((doc_id, sent.index)) if support else 1
                key = (not art.date_inferred, art.date or "", n, -doc.rank)
                if best is None or key > best[0]:
                    best = (key, ClusterPick(doc_id, sent, 1.0))
                break
    return best[1] if best else None


def _skipped(doc: Doc) -> int:
    """Sentences before the article's prose: its title repeated, short lines."""
    title = (doc.ann.article.title or "").strip()
    n = 0
    for s in doc.sents:
        if s.text.strip() == title or len(s.text.split()) < MIN_WORDS:
            n += 1
        else:
            break
    return n

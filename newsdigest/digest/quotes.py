"""Key direct quotations per speaker, in their shortest faithful form, with every source.

Shortest faithful form: the quotation's own words, cut only at sentence boundaries, with an
ellipsis where something was left out; a dangling fragment after full sentences is dropped
(with an ellipsis). The same quotation in several articles is one entry citing them all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from newsdigest.digest.index import Doc
from newsdigest.sentences import split_sentences, words

MAX_WORDS = 32
PER_SPEAKER = 2
LIMIT = 12
_STRIP = " \t\n\"“”'‘’«»"


def faithful(text: str, limit: int = MAX_WORDS) -> str:
    """The quotation trimmed at sentence boundaries to about ``limit`` words."""
    t = re.sub(r"\s+", " ", text).strip(_STRIP)
    sents = [s.text.strip() for s in split_sentences(t)] or [t]
    cut = False
    if len(sents) > 1 and not re.search(r"[.!?…]['\"”’)]*$", sents[-1]) and len(sents[-1].split()) < 5:
        sents = sents[:-1]  # a trailing fragment
        cut = True
    kept: list[str] = []
    n = 0
    for s in sents:
        k = len(s.split())
        if kept and n + k > limit:
            cut = True
            break
        kept.append(s)
        n += k
    out = " ".join(kept)
    if cut:
        out = out.rstrip(" ,;:") + " …"
    return out


def _norm(text: str) -> list[str]:
    return [w.lower() for w in words(text)]


def _same(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return False
    sa, sb = set(a), set(b)
    inter = len(sa & sb)
    return inter / min(len(sa), len(sb)) >= 0.8 or inter / len(sa | sb) >= 0.6


def quotes(
    docs: list[Doc],
    canonical: dict[tuple[str, str], str],
    pair: tuple[str, str] | None,
    refs: dict[str, int],
) -> list[dict[str, Any]]:
    surname: dict[str, set[str]] = defaultdict(set)
    for name in set(canonical.values()):
        if name.split():
            surname[name.split()[-1].lower()].add(name)

    def speaker_name(doc_id: str, name: str) -> str:
        if (doc_id, name) in canonical:
            return canonical[(doc_id, name)]
        last = name.split()[-1].lower() if name.split() else name.lower()
        cands = sorted(surname.get(last, ()))
        return cands[0] if len(cands) == 1 else name

    # (speaker) -> list of [quote dict, normalised words]
    per: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        for s in doc.sents:
            for q in s.quotes:
                if not q.speaker or not q.quote.strip():
                    continue
                who = speaker_name(doc.id, q.speaker)
                text = faithful(q.quote)
                if len(text.split()) < 3:
                    continue
                relevant = bool(pair and s.mentions_any(pair))
                toks = _norm(q.quote)
                for item in per[who]:
                    if _same(item["_toks"], toks):
                        item["_sources"].add(doc.id)
                        break
                else:
                    per[who].append(
                        {
                            "speaker": who,
                            "speaker_title": q.speaker_title,
                            "speaker_country": q.speaker_country,
                            "quote": text,
                            "partial": q.partial,
                            "_toks": toks,
                            "_sources": {doc.id},
                            "_rank": (
                                q.partial,
                                not relevant,
                                not (8 <= len(text.split()) <= MAX_WORDS + 2),
                                doc.rank,
                                q.start,
                            ),
                        }
                    )
    out: list[dict[str, Any]] = []
    own = set(pair or ())
    speakers = sorted(
        per,
        key=lambda w: (
            0 if any(i["speaker_country"] in own for i in per[w]) else 1,
            -max(len(i["_sources"]) for i in per[w]),
            -len(per[w]),
            w,
        ),
    )
    for who in speakers:
        items = sorted(per[who], key=lambda i: (-len(i["_sources"]), i["_rank"]))[:PER_SPEAKER]
        for i in sorted(items, key=lambda i: i["_rank"][3:]):
            sources = sorted(i["_sources"])
            title = i["speaker_title"] or next(
                (x["speaker_title"] for x in per[who] if x["speaker_title"]), None
            )
            country = i["speaker_country"] or next(
                (x["speaker_country"] for x in per[who] if x["speaker_country"]), None
            )
            out.append(
                {
                    "speaker": who,
                    "speaker_title": title,
                    "speaker_country": country,
                    "quote": i["quote"],
                    "partial": i["partial"],
                    "sources": sources,
                    "refs": sorted(refs[x] for x in sources),
                }
            )
        if len(out) >= LIMIT:
            break
    return out[:LIMIT]

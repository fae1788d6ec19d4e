"""Multi-document summaries: choose sentences across a cluster of articles within a word budget.

Used by ``merge`` for the digest's summary. (First cut: lead sentences round-robin; the
measured methods replace it.)
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdigest.models import Sentence


@dataclass(slots=True)
class ClusterPick:
    doc: str  # the article id
    sentence: Sentence
    score: float


def summarize_cluster(
    docs: list[tuple[str, list[Sentence]]], words: int = 100, method: str = "auto"
) -> list[ClusterPick]:
    """Pick sentences from ``docs`` ((article id, sentences) pairs) totalling at most ``words``
    words, no two saying the same thing; returned best first."""
    picks: list[ClusterPick] = []
    used = 0
    depth = 0
    while True:
        progressed = False
        for doc_id, sents in sorted(docs, key=lambda d: d[0]):
            if depth < len(sents):
                progressed = True
                s = sents[depth]
                n = len(s.text.split())
                if used + n <= words:
                    picks.append(ClusterPick(doc_id, s, 1.0 / (1 + depth)))
                    used += n
        depth += 1
        if not progressed:
            return picks

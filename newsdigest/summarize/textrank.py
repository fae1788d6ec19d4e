"""TextRank (Mihalcea & Tarau 2004).

PageRank over the word-overlap sentence graph.
sumy's implementation, rated on our sentences.
"""

from __future__ import annotations

from newsdigest.summarize.doc import Doc


def scores(doc: Doc) -> list[float]:
    from sumy.summarizers.text_rank import TextRankSummarizer

    from newsdigest.summarize.sumy_adapter import sumy_scores

    return sumy_scores(TextRankSummarizer, doc)

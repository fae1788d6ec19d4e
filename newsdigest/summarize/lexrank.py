"""LexRank (Erkan & Radev 2004).

Eigenvector centrality of the thresholded TF-IDF cosine graph.
sumy's implementation, rated on our sentences.
"""

from __future__ import annotations

from newsdigest.summarize.doc import Doc


def scores(doc: Doc) -> list[float]:
    from sumy.summarizers.lex_rank import LexRankSummarizer

    from newsdigest.summarize.sumy_adapter import sumy_scores

    return sumy_scores(LexRankSummarizer, doc)

"""Reduction.

The sum of a sentence's similarities to every other sentence (graph degree).
sumy's implementation, rated on our sentences.
"""

from __future__ import annotations

from newsdigest.summarize.doc import Doc


def scores(doc: Doc) -> list[float]:
    from sumy.summarizers.reduction import ReductionSummarizer

    from newsdigest.summarize.sumy_adapter import sumy_scores

    return sumy_scores(ReductionSummarizer, doc)

"""Luhn (1958).

Clusters of significant words inside a sentence.
sumy's implementation, rated on our sentences.
"""

from __future__ import annotations

from newsdigest.summarize.doc import Doc


def scores(doc: Doc) -> list[float]:
    from sumy.summarizers.luhn import LuhnSummarizer

    from newsdigest.summarize.sumy_adapter import sumy_scores

    return sumy_scores(LuhnSummarizer, doc)

"""KL-Sum (Haghighi & Vanderwende 2009).

Greedy minimisation of KL divergence to the document's word distribution.
sumy's implementation, rated on our sentences.
"""

from __future__ import annotations

from newsdigest.summarize.doc import Doc


def scores(doc: Doc) -> list[float]:
    from sumy.summarizers.kl import KLSummarizer

    from newsdigest.summarize.sumy_adapter import sumy_scores

    return sumy_scores(KLSummarizer, doc)

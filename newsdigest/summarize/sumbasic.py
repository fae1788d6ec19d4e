"""SumBasic (Nenkova & Vanderwende 2005).

Average word probability with update.
sumy's implementation, rated on our sentences.
"""

from __future__ import annotations

from newsdigest.summarize.doc import Doc


def scores(doc: Doc) -> list[float]:
    from sumy.summarizers.sum_basic import SumBasicSummarizer

    from newsdigest.summarize.sumy_adapter import sumy_scores

    return sumy_scores(SumBasicSummarizer, doc)

"""LSA (Steinberger & Jezek 2004).

Sentence length in the latent topic space of the SVD.
sumy's implementation, rated on our sentences.
"""

from __future__ import annotations

from newsdigest.summarize.doc import Doc


def scores(doc: Doc) -> list[float]:
    from sumy.summarizers.lsa import LsaSummarizer

    from newsdigest.summarize.sumy_adapter import sumy_scores

    return sumy_scores(LsaSummarizer, doc)

"""Edmundson (1969): cue, title and location evidence; sumy's implementation on our sentences.

The title's content words are the bonus (cue) words and the title is the heading the title
and location methods compare against; stop words are the null words.
"""

from __future__ import annotations

from newsdigest.summarize.doc import Doc

STIGMA_WORDS = ("advertisement", "click", "subscribe", "copyright", "cookies", "newsletter")


def scores(doc: Doc) -> list[float]:
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    from newsdigest.sentences import words
    from newsdigest.summarize.sumy_adapter import stop_words, sumy_scores

    def configure(s, d: Doc) -> None:  # type: ignore[no-untyped-def]
        stop = stop_words()
        bonus = tuple(w for w in words(d.title) if w.lower() not in stop)
        s.bonus_words = bonus or ("said",)
        s.stigma_words = STIGMA_WORDS
        s.null_words = tuple(sorted(stop))

    return sumy_scores(EdmundsonSummarizer, doc, configure, with_title=True)

"""Run a sumy summariser on our own sentences and read back its rating of every sentence.

sumy returns the chosen sentences in document order, which loses their rank. Every sumy
summariser ends by calling ``self._get_best_sentences(sentences, count, rating, ...)`` with
its ratings (a dict or a rating function); we replace that method on the instance and
evaluate the rating for every sentence, so each sentence gets the algorithm's real score.
The document is built with sumy's ``ObjectDocumentModel`` from our sentences (one sumy
paragraph per article paragraph; the title as a heading) and our offline tokenizer.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsdigest.summarize.doc import Doc


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    from sumy.nlp.stemmers import Stemmer

    return Stemmer("english")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


def build_document(doc: Doc, with_title: bool = False):  # type: ignore[no-untyped-def]
    """sumy ObjectDocumentModel over ``doc``'s sentences; returns (document, sumy sentences)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    from newsdigest.sentences import SumyTokenizer

    tok = SumyTokenizer()
    sumy_sents = [SumySentence(s.text, tok) for s in doc.sentences]
    paragraphs: list[list[Any]] = []
    last = None
    for s, ss in zip(doc.sentences, sumy_sents, strict=True):
        key = (s.paragraph,)
        if key != last:
            paragraphs.append([])
            last = key
        paragraphs[-1].append(ss)
    if with_title and doc.title and paragraphs:
        paragraphs[0].insert(0, SumySentence(doc.title, tok, is_heading=True))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs]), sumy_sents


def rate(summarizer: Any, document: Any, n_sentences: int) -> list[float]:
    """Call ``summarizer`` and capture the rating it gives every sentence (document order)."""
    captured: list[float] = []

    def capture(sentences, count, rating, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(rating, dict):
            values = [rating.get(s, 0.0) for s in sentences]
        else:
            values = [rating(s, *args, **kwargs) for s in sentences]
        captured[:] = [float(v) for v in values]
        return ()

    summarizer._get_best_sentences = capture
    summarizer(document, n_sentences)
    if len(captured) != n_sentences:
        raise RuntimeError("sumy did not rate every sentence")
    return captured


def sumy_scores(cls: Any, doc: Doc, configure: Any = None, with_title: bool = False) -> list[float]:
    """Ratings of every sentence of ``doc`` by the sumy summariser class ``cls``."""
    if not doc.sentences:
        return []
    summarizer = cls(_stemmer())
    summarizer.stop_words = stop_words()
    if configure is not None:
        configure(summarizer, doc)
    document, sumy_sents = build_document(doc, with_title)
    return rate(summarizer, document, len(sumy_sents))

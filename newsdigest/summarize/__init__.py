"""Extractive summaries of one article: choose sentences, keep document order.

``summarize(article, method, length)`` is the one entry point; each method lives in its own
module and returns a score per sentence (higher is better) or a chosen set.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdigest.models import Article, Sentence, Summary, SummarySentence
from newsdigest.sentences import split_sentences

SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "edmundson", "reduction")
METHODS = ("auto", "lead", *SUMY_METHODS)
DEFAULT_METHOD = "auto"


@dataclass(frozen=True, slots=True)
class Length:
    """How long a summary may be: a sentence count, a ratio of the article, or a word budget."""

    sentences: int | None = 3
    ratio: float | None = None
    words: int | None = None

    def sentence_count(self, total: int) -> int:
        if self.ratio is not None:
            return max(1, round(total * self.ratio))
        return self.sentences if self.sentences is not None else total


def select(scores: list[float], sentences: list[Sentence], length: Length) -> list[int]:
    """Pick the best-scoring sentences within the length; ties go to the earlier sentence."""
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    if length.words is not None:
        chosen: list[int] = []
        used = 0
        for i in order:
            n = len(sentences[i].text.split())
            if used + n <= length.words:
                chosen.append(i)
                used += n
        return sorted(chosen)
    return sorted(order[: length.sentence_count(len(sentences))])


def score_sentences(method: str, article: Article, sentences: list[Sentence]) -> list[float]:
    if method in ("lead", "auto"):
        n = len(sentences)
        return [float(n - i) / n for i in range(n)]
    from newsdigest.summarize.sumy_methods import sumy_scores

    return sumy_scores(method, article, sentences)


def summarize(article: Article, method: str = DEFAULT_METHOD, length: Length | None = None) -> Summary:
    length = length or Length()
    sentences = split_sentences(article.text)
    if not sentences:
        return Summary(article, method, [])
    scores = score_sentences(method, article, sentences)
    chosen = select(scores, sentences, length)
    return Summary(
        article,
        method,
        [SummarySentence(sentences[i].text, i, scores[i]) for i in chosen],
    )

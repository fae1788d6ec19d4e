"""Extractive summaries of one article: choose sentences, keep document order.

``summarize(article, method, length)`` is the one entry point. Each method lives in its own
module of this package and provides ``scores(doc) -> list[float]`` (one real score per
sentence, higher is better) and optionally ``choose(doc, scores, budget) -> list[int]`` (its
own selection: redundancy control, MMR, ILP); otherwise the best-scoring sentences that fit
are taken. A module with ``BUDGET_AWARE = True`` gets the budget too: ``scores(doc, budget)``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from newsdigest.models import Article, Sentence, Summary, SummarySentence
from newsdigest.sentences import split_sentences
from newsdigest.summarize.doc import Budget, Doc, greedy

SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "edmundson", "reduction")
OWN_METHODS = ("auto", "lead", "centroid", "mmr", "concepts")
METHODS = (*OWN_METHODS, *SUMY_METHODS)
DEFAULT_METHOD = "auto"


@dataclass(frozen=True, slots=True)
class Length:
    """How long a summary may be: a sentence count, a ratio of the article, or a word budget.

    ``words`` wins over ``ratio``, which wins over ``sentences``.
    """

    sentences: int | None = 3
    ratio: float | None = None
    words: int | None = None

    def sentence_count(self, total: int) -> int:
        if self.ratio is not None:
            return max(1, round(total * self.ratio))
        return self.sentences if self.sentences is not None else total

    def budget(self, total: int) -> Budget:
        if self.words is not None:
            return Budget(words=self.words)
        return Budget(sentences=self.sentence_count(total))


def method_module(method: str):  # type: ignore[no-untyped-def]
    if method not in METHODS:
        raise ValueError(f"unknown summary method {method!r}; choose from {', '.join(METHODS)}")
    return importlib.import_module(f"newsdigest.summarize.{method}")


def rank(doc: Doc, method: str, budget: Budget) -> tuple[list[float], list[int]]:
    """Scores of every sentence of ``doc`` and the chosen indices (best first) under ``budget``."""
    mod = method_module(method)
    # A budget-aware method (auto) weighs its lead prior by the summary size.
    sc = mod.scores(doc, budget) if getattr(mod, "BUDGET_AWARE", False) else mod.scores(doc)
    chooser = getattr(mod, "choose", None)
    chosen = chooser(doc, sc, budget) if chooser else greedy(doc, sc, budget)
    if budget.sentences is not None and len(chosen) < min(budget.sentences, len(doc)):
        # A set-based method may stop early; fill with the best remaining sentences.
        taken = set(chosen)
        used = sum(doc.lengths[i] for i in chosen)
        for i in sorted(range(len(doc)), key=lambda i: (-sc[i], i)):
            if len(chosen) >= budget.sentences:
                break
            if i not in taken and (budget.words is None or used + doc.lengths[i] <= budget.words):
                chosen.append(i)
                taken.add(i)
                used += doc.lengths[i]
    return sc, chosen


def summarize_sentences(
    sentences: list[Sentence], title: str | None, method: str = DEFAULT_METHOD, length: Length | None = None
) -> list[SummarySentence]:
    """The summary of already split sentences, in document order."""
    length = length or Length()
    if not sentences:
        return []
    doc = Doc(sentences, title or "")
    sc, chosen = rank(doc, method, length.budget(len(doc)))
    return [SummarySentence(sentences[i].text, sentences[i].index, float(sc[i])) for i in sorted(chosen)]


def summarize(article: Article, method: str = DEFAULT_METHOD, length: Length | None = None) -> Summary:
    """Extractive summary of ``article``: sentences in document order with their scores."""
    sentences = split_sentences(article.text)
    return Summary(article, method, summarize_sentences(sentences, article.title, method, length))

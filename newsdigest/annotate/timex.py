"""Time expressions normalised to TIMEX3 values against the publication date."""

from __future__ import annotations

from newsdigest.models import Annotations, Article, Sentence, TimeExpression


def find_times(
    article: Article, sentences: list[Sentence], pubdate: str | None = None
) -> list[TimeExpression]:
    """Every time expression in the article, resolved against its date. (To be built.)"""
    return []


def infer_pubdate(ann: Annotations, dated: list[Annotations]) -> str | None:
    """A publication date for an undated article from the evidence in dated ones, or None.
    (To be built.)"""
    return None

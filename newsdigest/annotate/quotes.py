"""Direct quotations and who said them."""

from __future__ import annotations

from newsdigest.models import Actor, Article, Quote, Sentence


def find_quotes(article: Article, sentences: list[Sentence], actors: list[Actor]) -> list[Quote]:
    """Every direct quotation in the article with its speaker. (To be built.)"""
    return []

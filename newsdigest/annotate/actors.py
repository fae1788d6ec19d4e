"""People and institutions with their titles and countries."""

from __future__ import annotations

from newsdigest.models import Actor, Article, Mention, Sentence


def find_actors(article: Article, sentences: list[Sentence], mentions: list[Mention]) -> list[Actor]:
    """Actors named in one article, each with every span it is referred to by. (To be built.)"""
    return []

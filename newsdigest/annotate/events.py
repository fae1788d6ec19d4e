"""Dyadic events: one country or organisation acting towards another."""

from __future__ import annotations

from newsdigest.models import Actor, Article, Event, Mention, Sentence, TimeExpression


def find_events(
    article: Article,
    sentences: list[Sentence],
    mentions: list[Mention],
    actors: list[Actor],
    times: list[TimeExpression],
) -> list[Event]:
    """Events with source, target and quad class. (To be built.)"""
    return []

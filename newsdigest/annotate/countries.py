"""Gazetteer of countries and organisations: names, adjectives, demonyms, capitals -> codes."""

from __future__ import annotations

from newsdigest.models import Mention


def find_mentions(text: str) -> list[Mention]:
    """Every country/organisation mention in ``text``, in order of position. (To be built.)"""
    return []

"""Annotators: countries and organisations, actors, quotations, time expressions, events.

``annotate(article)`` runs them all in dependency order; each module can also be used alone.
"""

from __future__ import annotations

from newsdigest.models import Annotations, Article
from newsdigest.sentences import split_sentences


def annotate(article: Article, pubdate: str | None = None, events: bool = True) -> Annotations:
    """Run every annotator over one cleaned article.

    ``pubdate`` (YYYY-MM-DD) anchors relative dates when the article states no date; with
    ``events`` false the events annotator (the slowest, with its parse) is skipped.
    """
    from newsdigest.annotate.actors import find_actors
    from newsdigest.annotate.countries import find_mentions
    from newsdigest.annotate.events import find_events
    from newsdigest.annotate.quotes import find_quotes
    from newsdigest.annotate.timex import find_times

    ann = Annotations(article=article, sentences=split_sentences(article.text))
    ann.mentions = find_mentions(article.text)
    ann.actors = find_actors(article, ann.sentences, ann.mentions)
    ann.quotes = find_quotes(article, ann.sentences, ann.actors)
    ann.times = find_times(article, ann.sentences, pubdate=pubdate)
    if events:
        ann.events = find_events(article, ann.sentences, ann.mentions, ann.actors, ann.times)
    return ann


def date_undated(annotated: list[Annotations], pubdate: str | None = None, events: bool = True) -> None:
    """Give articles that state no date one inferred from the others in the run, then
    re-resolve their time expressions and re-date their events against it (in place).

    An explicit ``pubdate`` was already applied by :func:`annotate` and is left alone.
    """
    if pubdate:
        return
    from newsdigest.annotate.events import date_events
    from newsdigest.annotate.timex import find_times, infer_pubdate

    dated = [a for a in annotated if a.article.date and not a.article.date_inferred]
    for ann in annotated:
        if ann.article.date:
            continue
        guess = infer_pubdate(ann, dated)
        if guess is None:
            continue
        ann.article.date = guess
        ann.article.date_inferred = True
        ann.times = find_times(ann.article, ann.sentences)
        if events:
            date_events(ann.events, ann.times)  # the events themselves do not depend on the date

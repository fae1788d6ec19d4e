"""The stage chains each command runs on one input (called in worker processes)."""

from __future__ import annotations

from newsdigest.models import Annotations, Article, Source, Summary
from newsdigest.runner import Options


def clean_stage(source: Source, opts: Options) -> Article:
    from newsdigest.clean import clean_source

    return clean_source(source, opts.encoding, opts.max_bytes)


def summarize_stage(source: Source, opts: Options) -> Summary:
    from newsdigest.summarize import Length, summarize

    article = clean_stage(source, opts)
    length = Length(sentences=opts.sentences, ratio=opts.ratio, words=opts.words)
    return summarize(article, opts.method, length)


def annotate_stage(source: Source, opts: Options) -> Annotations:
    from newsdigest.annotate import annotate

    return annotate(clean_stage(source, opts), pubdate=opts.pubdate, events=opts.events)

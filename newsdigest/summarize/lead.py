"""Lead baseline: the opening sentences, earlier is better."""

from __future__ import annotations

from newsdigest.summarize.doc import Doc


def scores(doc: Doc) -> list[float]:
    n = len(doc)
    return [float(n - i) / n for i in range(n)]

"""The bilateral-relations digest: merge annotated articles into one account of a dyad."""

from __future__ import annotations

from newsdigest.models import Annotations, Digest


def build_digest(
    annotated: list[Annotations],
    pair: tuple[str, str] | None = None,
    words: int = 120,
    method: str = "auto",
) -> Digest:
    """Build the digest from every article's annotations. (To be built.)"""
    digest = Digest(method=method)
    for ann in sorted(annotated, key=lambda a: a.article.id):
        a = ann.article
        digest.articles.append(
            {
                "id": a.id,
                "title": a.title,
                "date": a.date,
                "date_inferred": a.date_inferred,
                "source": a.source,
                "words": a.words,
                "removed": len(a.removed),
            }
        )
    return digest

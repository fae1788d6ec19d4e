"""HTML pages: trafilatura extracts the article and its metadata; text rules run after."""

from __future__ import annotations

from newsdigest.models import Article


def clean_html(html: str, doc_id: str, path: str | None) -> Article:
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(html)
    from newsdigest.clean.text import clean_text

    article = clean_text(body, doc_id, path) if body.strip() else Article(doc_id, path, "")
    article.input_format = "html"
    if meta is not None:
        article.title = meta.title or article.title
        article.date = meta.date or article.date
        article.source = meta.sitename or article.source
        article.url = meta.url or article.url
    return article

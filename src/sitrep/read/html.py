"""HTML pages: main text and metadata (title, date, publisher, URL) via trafilatura."""

from __future__ import annotations

import datetime as dt

from ..errors import ReadError
from ..model import Article
from .text import decode, make_article


def read_html(
    path: str,
    data: bytes,
    *,
    published: dt.date | None = None,
    publisher: str | None = None,
    url: str | None = None,
    max_mb: float = 20,
) -> Article:
    from . import parse_date

    text = decode(path, data, max_mb=max_mb)
    try:
        import trafilatura
    except ImportError as e:  # pragma: no cover - a broken install
        raise ReadError("unknown_format", path=path, suffix=".html") from e
    try:
        doc = trafilatura.bare_extraction(
            text, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as e:  # trafilatura raises many kinds on broken markup
        raise ReadError("bad_feed", path=path, detail=f"HTML not parsable: {type(e).__name__}") from None
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise ReadError("empty", path=path)
    meta_date = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            meta_date = parse_date(raw_date)
        except ReadError:
            meta_date = None
    return make_article(
        body,
        published=meta_date or published,  # the page's own date wins over a default
        publisher=publisher or getattr(doc, "sitename", None),
        url=url or getattr(doc, "url", None),
        title=getattr(doc, "title", None),
        origin=path,
    )

"""RSS and Atom files: one article per entry (its content, else its summary)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from ..errors import ReadError, SitrepError
from ..model import Article
from .text import make_article

_TAG = re.compile(r"<[^>]+>")


def _plain(html: str) -> str:
    import html as htmllib

    text = re.sub(r"(?i)</p>|<br\s*/?>", "\n", html)
    return htmllib.unescape(_TAG.sub("", text))


def read_feed(
    path: str,
    data: bytes,
    *,
    on_error: Callable[[SitrepError], None],
    published: dt.date | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Iterator[Article]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        detail = str(getattr(parsed, "bozo_exception", "no entries"))
        raise ReadError("bad_feed", path=path, detail=detail[:120])
    feed_title = parsed.feed.get("title") if hasattr(parsed, "feed") else None
    for i, entry in enumerate(parsed.entries):
        content = ""
        if entry.get("content"):
            content = " ".join(c.get("value", "") for c in entry["content"])
        content = content or entry.get("summary", "")
        body = _plain(content).strip()
        if not body:
            if parsed.get("bozo"):
                # a feed cut off inside an entry: say the feed is broken, not that it is empty
                detail = str(getattr(parsed, "bozo_exception", "malformed XML"))
                on_error(ReadError("bad_feed", path=path, detail=detail[:120]))
            else:
                on_error(ReadError("empty", path=f"{path}#entry{i + 1}"))
            continue
        when = None
        st = entry.get("published_parsed") or entry.get("updated_parsed")
        if st:
            when = dt.date(st.tm_year, st.tm_mon, st.tm_mday)
        yield make_article(
            body,
            published=when or published,
            publisher=publisher or feed_title,
            url=entry.get("link") or url,
            title=entry.get("title"),
            origin=f"{path}#entry{i + 1}",
        )

"""JSON Lines: one report per line, ``{text, published, publisher, url, title}``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import ReadError, SitrepError
from ..model import Article
from .text import make_article


def read_jsonl(
    path: Path,
    *,
    max_mb: float,
    on_error: Callable[[SitrepError], None],
    published: dt.date | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Iterator[Article]:
    """Yield one article per valid line; a bad line is reported and skipped, never fatal."""
    from . import parse_date

    limit = max_mb * 1024 * 1024
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                if len(raw) > limit:
                    raise ValueError(f"line of {len(raw) / 1048576:.0f} MB is over the limit")
                rec = json.loads(raw.decode("utf-8"))
                if not isinstance(rec, dict):
                    raise ValueError("not an object")
                text = rec.get("text") or rec.get("body")
                if not isinstance(text, str) or not text.strip():
                    raise ValueError("no 'text'")
                yield make_article(
                    text,
                    published=parse_date(rec.get("published")) or published,
                    publisher=rec.get("publisher") or publisher,
                    url=rec.get("url") or url,
                    title=rec.get("title"),
                    origin=f"{path}:{lineno}",
                )
            except (ValueError, UnicodeDecodeError, SitrepError) as e:
                on_error(ReadError("bad_jsonl", path=str(path), line=lineno, detail=str(e)))

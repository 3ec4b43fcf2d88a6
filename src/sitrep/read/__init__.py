"""Readers: files and streams in, ``Article`` records out.

``read(paths)`` walks files and directories and yields articles; a file that cannot be read
is reported through ``on_error`` (by default raised) and the walk goes on, so one malformed
input never kills a batch.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ReadError, SitrepError
from ..model import Article
from .text import make_article, read_text_file

__all__ = ["read", "make_article", "parse_date", "SUFFIXES"]

SUFFIXES = {
    ".txt": "text", ".md": "text", ".text": "text",
    ".html": "html", ".htm": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}

DEFAULT_MAX_MB = 20


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """An ISO date (``YYYY-MM-DD``, or the date part of an ISO timestamp) or None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ReadError("bad_date", value=value) from None


def _raise(err: SitrepError) -> None:
    raise err


def read(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: dt.date | None = None,
    publisher: str | None = None,
    url: str | None = None,
    max_mb: float = DEFAULT_MAX_MB,
    on_error: Callable[[SitrepError], None] = _raise,
    stdin_text: Callable[[], bytes] | None = None,
) -> Iterator[Article]:
    """Yield the articles in ``paths`` (files, directories, or ``-`` for standard input).

    ``published``, ``publisher`` and ``url`` fill in metadata the files do not carry; values
    the files carry themselves (front matter, HTML metadata, JSONL fields) take precedence.
    """
    meta: dict[str, Any] = {"published": published, "publisher": publisher, "url": url}
    for raw in paths:
        p = str(raw)
        if p == "-":
            data = stdin_text() if stdin_text else _stdin_bytes()
            try:
                yield read_text_file("<stdin>", data, max_mb=max_mb, published=published, publisher=publisher, url=url)
            except SitrepError as e:
                on_error(e)
            continue
        path = Path(p)
        if not path.exists():
            on_error(ReadError("not_found", path=p))
            continue
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not files:
                on_error(ReadError("no_reports", path=p))
                continue
        else:
            files = [path]
        for f in files:
            try:
                yield from _read_file(f, max_mb=max_mb, meta=meta, on_error=on_error)
            except SitrepError as e:
                on_error(e)


def _stdin_bytes() -> bytes:
    import sys

    return sys.stdin.buffer.read()


def _read_file(
    path: Path, *, max_mb: float, meta: dict, on_error: Callable[[SitrepError], None]
) -> Iterator[Article]:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        if path.suffix:  # .pdf, .docx, .png ...: say so rather than guess
            raise ReadError("unknown_format", path=str(path), suffix=path.suffix)
        kind = "text"  # no suffix at all: a text file, checked as any other
    if kind == "jsonl":
        from .jsonl import read_jsonl

        yield from read_jsonl(path, max_mb=max_mb, on_error=on_error, **meta)
        return
    size = path.stat().st_size
    if size > max_mb * 1024 * 1024:
        raise ReadError("too_large", path=str(path), size_mb=size / 1048576, limit_mb=max_mb)
    data = path.read_bytes()
    if kind == "html":
        from .html import read_html

        yield read_html(str(path), data, **meta)
    elif kind == "feed":
        from .feeds import read_feed

        yield from read_feed(str(path), data, on_error=on_error, **meta)
    else:
        yield read_text_file(str(path), data, max_mb=max_mb, **meta)

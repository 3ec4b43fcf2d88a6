"""Plain-text reports, with optional front matter for their metadata.

A text file may start with a front-matter block carrying what the text itself does not::

    ---
    published: 2024-11-28
    publisher: ANA-MPA
    url: https://example.org/story
    title: More than 130 killed in northern Syria
    ---
    More than 130 people have been killed ...
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

import yaml

from ..errors import ReadError
from ..model import Article

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode(path: str, data: bytes, *, max_mb: float) -> str:
    """Bytes to text, or a ReadError saying why not (empty, binary, too large, bad UTF-8)."""
    if len(data) > max_mb * 1024 * 1024:
        raise ReadError("too_large", path=path, size_mb=len(data) / 1048576, limit_mb=max_mb)
    if not data.strip():
        raise ReadError("empty", path=path)
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError("decode", path=path) from None
    if b"\x00" in head or len(_CONTROL.findall(head.decode("latin-1"))) > len(head) // 20:
        raise ReadError("binary", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadError("decode", path=path) from None


def normalise_body(text: str) -> str:
    """Line endings to ``\\n``, Unicode to NFC, surrounding blank space trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).strip()


def content_hash(body: str) -> str:
    """Hash of the text alone, whitespace-insensitive."""
    return hashlib.sha256(" ".join(body.split()).encode()).hexdigest()[:16]


def make_article(
    body: str,
    *,
    published: dt.date | None = None,
    publisher: str | None = None,
    url: str | None = None,
    title: str | None = None,
    origin: str | None = None,
    language: str = "en",
) -> Article:
    """Build an Article from text and metadata; ids are content hashes, so stable."""
    body = normalise_body(body)
    ch = content_hash(body)
    ident = hashlib.sha256(f"{publisher or ''}\x1f{url or ''}\x1f{ch}".encode()).hexdigest()[:16]
    return Article(
        id=ident, body=body, content_hash=ch, title=title, url=url, publisher=publisher,
        published=published, language=language, origin=origin,
    )


def read_text_file(
    path: str,
    data: bytes,
    *,
    max_mb: float,
    published: dt.date | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Article:
    from . import parse_date

    text = decode(path, data, max_mb=max_mb)
    meta: dict = {}
    m = _FRONT.match(text.replace("\r\n", "\n"))
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
            text = text.replace("\r\n", "\n")[m.end():]
    if not text.strip():
        raise ReadError("empty", path=path)
    try:
        meta_date = parse_date(meta.get("published"))
    except ReadError:
        raise ReadError("bad_meta_date", path=path, field="published", value=meta.get("published")) from None
    return make_article(
        text,
        published=meta_date or published,
        publisher=meta.get("publisher") or publisher,
        url=meta.get("url") or url,
        title=meta.get("title"),
        origin=path,
    )

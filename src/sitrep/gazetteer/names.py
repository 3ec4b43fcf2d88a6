"""Place-name keys that survive transliteration.

Two keys per name:

- ``norm``: lower case, diacritics and apostrophe-like marks (ayn, hamza, backtick) removed,
  punctuation to single spaces. "Ma`arrat an-Nu`man" -> "maarrat an numan".
- ``skeleton``: ``norm`` with Arabic articles dropped (al-, el-, an-, ash-, ez- ...), vowels
  (and y, w) dropped after each word's first letter, and doubled letters collapsed, so that
  Maarat al-Numan = Ma`arrat an Nu`man, Deir ez-Zor = Dayr az Zawr and Kharkiv = Kharkov.
  The skeleton over-merges on its own (Homs and Hamas share one), so it is only consulted
  within the report's countries and confirmed by a fuzzy ratio on ``norm``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MARKS = str.maketrans({c: "" for c in "'’‘`ʿʾʼ´ʻ"})
_NONWORD = re.compile(r"[^a-z0-9]+")
ARTICLES = frozenset(
    "al el an ar as ash at ad az ez es en er ul il ed et ath adh dh ad".split()
)
_VOWELS = re.compile(r"(?<=.)[aeiouyw]")
_DOUBLE = re.compile(r"(.)\1+")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|az|ez|es|en|er|ul|ed|et)-", re.I)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lower-case, accent-free, mark-free, single-spaced key (remembered: the place and actor
    readers ask for the same few thousand names over and over)."""
    t = strip_accents(text).translate(_MARKS).lower()
    return _NONWORD.sub(" ", t).strip()


def skeleton(text: str) -> str:
    """The aggressive key: articles, inner vowels and doubled letters removed."""
    words = [w for w in norm(text).split() if w not in ARTICLES]
    out = []
    for w in words:
        w = _DOUBLE.sub(r"\1", w)
        w = _VOWELS.sub("", w)
        out.append(_DOUBLE.sub(r"\1", w))
    return " ".join(out)


def is_latin(text: str) -> bool:
    """True when the name is written in Latin script (after removing accents)."""
    s = strip_accents(text).translate(_MARKS)
    return bool(s) and all(c.isascii() for c in s)

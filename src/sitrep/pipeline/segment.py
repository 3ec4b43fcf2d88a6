"""Segment: paragraphs into sentences, with their offsets in the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = frozenset(
    """mr mrs ms dr gen lt col maj capt sgt st no nos u.s u.k u.n jan feb mar apr jun jul aug
    sep sept oct nov dec a.m p.m e.g i.e vs gov sen rep brig cmdr adm prof sr jr inc co ltd
    approx est fig lt.-gen maj.-gen brig.-gen mt ft km""".split()
)
# A sentence ends at . ! or ? (plus closing quotes/brackets) followed by space and a capital,
# a digit or an opening quote.
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


# "34 soldiers were killed in an attack on a post, while a separate assault on a mosque left 71
# civilians dead": a second event told in the same sentence. The clause from "while" on is a
# sentence of its own when it opens with a new (indefinite) attack and tells what it did.
# (also "..., as government shelling killed more than a dozen people in the northwest": "as" with
# a new attack that is not "the", "this" or "its")
_WHILE_EVENT = re.compile(
    r",\s+(?=(?:while\s+(?:a|an|another)\s+|as\s+(?!(?:the|this|that|its|their|his|her|such)\b))"
    r"(?:(?!said\b|says\b|told\b|added\b|reported\b|claimed\b)[\w'-]+\s+){0,4}?(?:attack|strike|air\s*strike|airstrike|assault|raid|"
    r"bombing|blast|explosion|ambush|shelling|drone|missile|rocket)s?\b"
    r"[^.;]*?\b(?:killed|killing|left\s+(?:\w+\s+){1,3}(?:dead|wounded|injured)|wounded|wounding|injured|injuring)\b)",
    re.I)


# The longest sentence the pipeline reads whole. Wire sentences run to about 400 characters (the
# longest in the gold corpus is 375); text with no sentence ends at all (a feed dump, a table, an
# all-lowercase transcript) would otherwise be one sentence of any length, and several readers scan
# the text before each hit they find, which makes the cost grow with the square of its length.
# Longer runs are cut at the last clause break (";" or ",") before the limit, else at a space.
LONGEST = 1000
_CLAUSE_BREAK = re.compile(r"[;,]\s+")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


def quote_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end (straight or curly marks)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _ends_with_abbrev(text: str) -> bool:
    m = re.search(r"([A-Za-z.\-]+)\.\s*$", text)
    if not m:
        return False
    word = m.group(1).lower()
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def segment(body: str, paragraphs: list[tuple[int, int]], *, skip: int = 0) -> list[Sentence]:
    """Split each paragraph into sentences; ``skip`` ignores a dateline at the body's start."""
    out: list[Sentence] = []
    for p_index, (start, end) in enumerate(paragraphs):
        if p_index == 0 and skip > start:
            start = skip
        s = start
        for m in _BOUNDARY.finditer(body, start, end):
            cut = m.start() + 1
            piece = body[s:m.end()].rstrip()
            if _ends_with_abbrev(body[s:cut]):
                continue
            _add(out, body, s, s + len(piece), p_index)
            s = m.end()
        piece = body[s:end].rstrip()
        _add(out, body, s, s + len(piece), p_index)
    return out


def _add(out: list[Sentence], body: str, start: int, end: int, paragraph: int) -> None:
    """Append the sentence body[start:end], cut in two where a second event is told in it."""
    m = _WHILE_EVENT.search(body, start, end)
    cuts = [(start, m.start()), (m.end(), end)] if m else [(start, end)]
    for a, b in cuts:
        for x, y in _bounded(body, a, b):
            if body[x:y].strip():
                out.append(Sentence(len(out), x, y, body[x:y], paragraph))


def _bounded(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """body[start:end] as pieces of at most LONGEST characters, cut at clause breaks or spaces."""
    pieces = []
    while end - start > LONGEST:
        limit = start + LONGEST
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(body, start + LONGEST // 2, limit)]
        space = body.rfind(" ", start + LONGEST // 2, limit)
        cut = breaks[-1] if breaks else (space + 1 if space > 0 else limit)
        stop = cut
        while stop > start and body[stop - 1].isspace():
            stop -= 1
        pieces.append((start, stop))
        start = cut
    pieces.append((start, end))
    return pieces

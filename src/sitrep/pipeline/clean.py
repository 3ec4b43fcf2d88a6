"""Clean: find the report's own text, leaving page furniture out, offsets untouched.

The body is never rewritten: this stage returns the character ranges (paragraphs) that are the
report, and the furniture it set aside with the rule that recognised it, so that every later
offset still points into ``article.body`` and ``sitrep explain`` can say why a line was dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Lines that are links, prompts, credits or captions rather than report text.
_FURNITURE = re.compile(
    r"""^\s*(?:
      (?:also\s+read|read\s+also|read\s+more|see\s+also|more\s+on\s+this|related(?:\s+(?:stories|articles|content|coverage|news))?|
         recommended|most\s+read|trending|you\s+may\s+also\s+like|more\s+from|watch|listen|latest\s+news|further\s+reading)\b\s*[:\-–—|]?
     |(?:subscribe|sign\s+up|follow\s+us|share\s+(?:this|on)|click\s+here|advertisement|skip\s+advert|newsletter|
         we\s+use\s+cookies|cookie|accept\s+all|privacy\s+policy|terms\s+of\s+use|all\s+rights\s+reserved|copyright|©)
     |(?:photo|image|picture|caption|file\s+photo|video)\s*(?:credit)?\s*[:|]
     |(?:source|sources)\s*:\s*\S
     |(?:\(?(?:reporting|writing|editing|additional\s+reporting|compiled)\s+by)\b
    )""",
    re.I | re.X,
)
_CAPTION_CREDIT = re.compile(r"\((?:photo|picture|image)?\s*(?:by|credit)?[^()]{0,60}/\s*(?:AFP|Reuters|AP|Getty|EPA|Anadolu)[^()]*\)\s*$|\b(?:AFP|AP|EPA|Reuters)\s+PHOTO\b", re.I)
_SOURCE_LINE = re.compile(r"^\s*source\s*:\s*(.{2,60}?)\s*$", re.I)
_RELATED_HEAD = re.compile(
    r"^\s*(?:related(?:\s+\w+)?|more\s+(?:stories|news|from\s+\w+)|read\s+next|recommended|read\s+more|also\s+read|read\s+also|"
    r"more\s+on\s+this(?:\s+story)?|see\s+also|you\s+may\s+also\s+like|most\s+read|further\s+reading|top\s+stories)\s*:?\s*$", re.I)
# a line of a related-stories list: a headline, with no full stop at its end
_HEADLINE_LIKE = re.compile(r"^(?:[-–—•*]\s*)?[^.!?]{3,160}[^.!?\"”:]$")

# Datelines: "KHARKIV, Ukraine (AP) --", "Damascus, Nov 30 (AFP) -", "KHARTOUM, April 16 (Reuters) -",
# "Addis Abeba, January 22/2018 -" (Addis Standard's)
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"""^(?:(?P<place>[A-Z][A-Za-z'’.\-]+(?:[ ][A-Z][A-Za-z'’.\-]+){{0,3}}(?:,[ ](?!{_MON}[ ]\d)[A-Z][A-Za-z.\-]+(?:[ ][A-Z][A-Za-z.\-]+){{0,2}}){{0,2}})
          (?:[ ]\((?P<country>[A-Z][A-Za-z ]{{2,30}})\))?,?[ ]?)?
        (?P<date>(?:{_MON}[ ]\d{{1,2}}|\d{{1,2}}[ ]{_MON})(?:,[ ]\d{{4}}|/\d{{4}})?)?
        [ ]?(?:\((?P<agency>[A-Za-z\-. ]{{2,20}})\)[ ]*(?:-{{1,2}}|—|–|(?<=\))(?=[ ][A-Z]))\s+
              |\.[ ]*/(?P<agency2>[A-Za-z\-. ]{{2,20}})/\.?\s+
              |(?:-{{1,2}}|—|–)\s+)""",
    re.X,
)


@dataclass(slots=True)
class Dateline:
    place: str
    place_start: int
    date_text: str | None
    agency: str | None
    end: int  # where the report text proper starts


@dataclass(slots=True)
class Cleaned:
    paragraphs: list[tuple[int, int]]
    dropped: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, rule
    dateline: Dateline | None = None
    source_line: str | None = None  # "Source: ANA-MPA" names the carrier
    headline: str | None = None


def _is_caption(line: str) -> bool:
    return bool(_CAPTION_CREDIT.search(line)) and len(line) < 300


def clean(body: str) -> Cleaned:
    paragraphs: list[tuple[int, int]] = []
    dropped: list[tuple[int, int, str]] = []
    source_line = None
    standalone: Dateline | None = None
    pos = 0
    in_related = False
    for line in body.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = start + (len(line) - len(line.lstrip()))
        if in_related:
            if _HEADLINE_LIKE.match(stripped) and len(stripped.split()) <= 20:
                dropped.append((lead, end, "related-list"))
                continue
            in_related = False  # the report goes on after a box of links ("READ MORE" mid-article)
        if _RELATED_HEAD.match(stripped):
            in_related = True
            dropped.append((lead, end, "related-heading"))
            continue
        m = _SOURCE_LINE.match(stripped)
        if m and len(stripped) < 70:
            source_line = m.group(1)
            dropped.append((lead, end, "source-line"))
            continue
        if _FURNITURE.match(stripped):
            dropped.append((lead, end, "furniture"))
            continue
        if _is_caption(stripped):
            dropped.append((lead, end, "caption"))
            continue
        if stripped.isupper() and len(stripped.split()) <= 8 and not stripped.endswith("."):
            if not paragraphs and len(stripped.split()) <= 3 and re.fullmatch(r"[A-Z .,'-]+", stripped):
                # an Anadolu-style dateline alone on the first line: "ANKARA"
                standalone = Dateline(place=stripped.title(), place_start=lead, date_text=None, agency=None, end=end)
            dropped.append((lead, end, "shouting-heading"))
            continue
        paragraphs.append((lead, end))
    headline = None
    if len(paragraphs) >= 2:
        s0, e0 = paragraphs[0]
        first = body[s0:e0].strip()
        # a headline above the lead: short, no closing full stop, and the text goes on
        if len(first.split()) <= 18 and not re.search(r"[.!?:\"”)]$", first) and not _DATELINE.match(first):
            headline = first
            dropped.append((s0, e0, "headline"))
            paragraphs = paragraphs[1:]
    dateline = standalone
    if paragraphs and dateline is None:
        s, e = paragraphs[0]
        m = _DATELINE.match(body, s, e)
        if m and (m.group("place") or m.group("date")):
            words = (m.group("place") or "").split(",")[0]
            if words.isupper() or m.group("agency") or m.group("agency2") or m.group("date") or m.group("country"):
                dateline = Dateline(
                    place=m.group("place") or "", place_start=s, date_text=m.group("date"),
                    agency=m.group("agency") or m.group("agency2"), end=m.end(),
                )
    return Cleaned(paragraphs=paragraphs, dropped=dropped, dateline=dateline, source_line=source_line, headline=headline)

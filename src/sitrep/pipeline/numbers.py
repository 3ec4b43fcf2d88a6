"""Numbers: counts of people as the text bounds them.

Digits ("132", "1,200"), words ("sixty-five", "two hundred and ten", via text2num), mixes, and
vague quantities, each with the bound its qualifier gives. The low/best/high conventions are
documented in docs/tolls.md (ACLED's fatalities FAQ: the most conservative figure is best;
"tens" = 10, "dozens" = 12, "hundreds" = 100; UCDP: low <= best <= high).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMWORD = "|".join(sorted(_UNITS + _TENS, key=len, reverse=True))
_WORDNUM = (
    rf"(?:{_NUMWORD})(?:(?:[\s-]+(?:and\s+)?)(?:{_NUMWORD}|hundred|thousand|million))*"
    rf"|(?:a|one)\s+hundred(?:\s+and\s+(?:{_NUMWORD})(?:[\s-]+(?:{_NUMWORD}))?)?"
    r"|a\s+million"  # "left about one million people dead", "a million displaced": not one person
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s*(?:million|thousand)\b)?"

# Vague quantities: (low, best, high). See docs/tolls.md for the sources of each convention.
VAGUE: dict[str, tuple[int, int, int]] = {
    "tens of thousands of": (10_000, 10_000, 99_999),
    "hundreds of thousands of": (100_000, 100_000, 999_999),
    "a dozen": (12, 12, 12),
    "dozens": (12, 12, 99),
    "dozens of": (12, 12, 99),
    "tens": (10, 10, 99),
    "tens of": (10, 10, 99),
    "scores": (20, 20, 99),
    "scores of": (20, 20, 99),
    "hundreds": (100, 100, 999),
    "hundreds of": (100, 100, 999),
    "thousands": (1000, 1000, 9999),
    "thousands of": (1000, 1000, 9999),
    "several": (3, 3, 9),
    "a few": (2, 2, 5),
    "a couple of": (2, 2, 2),
    "a handful of": (3, 3, 5),
    "a number of": (2, 2, 9),
}
_VAGUE = r"tens\s+of\s+thousands\s+of|hundreds\s+of\s+thousands\s+of|a\s+dozen|dozens(?:\s+of)?|tens(?:\s+of)?|scores(?:\s+of)?|hundreds(?:\s+of)?|thousands(?:\s+of)?|several|a\s+few|a\s+couple\s+of|a\s+handful\s+of|a\s+number\s+of"

_QUAL = (
    r"more\s+than|over|in\s+excess\s+of|upwards\s+of|at\s+least|no\s+fewer\s+than|no\s+less\s+than|"
    r"a\s+minimum\s+of|nearly|almost|close\s+to|just\s+under|fewer\s+than|less\s+than|up\s+to|"
    r"as\s+many\s+as|at\s+most|about|around|approximately|roughly|some|an\s+estimated|estimated|"
    r"a\s+total\s+of|another|a\s+further|further"
)
_NUM = rf"(?:{_DIGITS}|{_WORDNUM})"
# "two dozen" = 24, "half a dozen" = 6; "more than a dozen" is bounded like "more than 12"
_DOZENS = {"a": 12, "one": 12, "two": 24, "three": 36, "four": 48, "five": 60, "half a": 6}
_DOZEN = r"(?:a|one|two|three|four|five|half\s+a)\s+dozen(?!\w)"

COUNT_RE = re.compile(
    rf"""(?<![\w.,])(?:
      (?:between\s+(?P<r1>{_NUM})\s+and\s+(?P<r2>{_NUM}))
     |(?:(?:from\s+)?(?P<r3>{_DIGITS})\s*(?:to|-|–)\s*(?P<r4>{_DIGITS})(?!\s*(?:km|kilomet|mile|year|%|per)))
     |(?:(?P<qual>{_QUAL})\s+)?(?:(?P<doz>{_DOZEN})|(?P<num>{_NUM})(?P<suffix>\s+or\s+more|-plus|\+)?|(?P<vague>{_VAGUE}))
    )(?![\w])""",
    re.I | re.X,
)


@dataclass(frozen=True, slots=True)
class CountExpr:
    start: int
    end: int
    low: int
    best: int
    high: int
    text: str
    rule: str
    vague: bool = False
    value: int = 0  # the figure as written, before its qualifier


def to_int(text: str) -> int | None:
    """'132' -> 132, '1,200' -> 1200, 'sixty-five' -> 65, 'two hundred and ten' -> 210."""
    t = text.strip().lower().replace(",", "")
    mult = 1
    if t.endswith("million"):
        mult, t = 1_000_000, t[: -len("million")].strip()
        t = "one" if t == "a" else t
    elif t.endswith("thousand") and t[:1].isdigit():
        mult, t = 1000, t[: -len("thousand")].strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return int(float(t) * mult)
    t = re.sub(r"^(?:a|one)\s+hundred", "one hundred", t)
    try:
        return int(text2num(re.sub(r"\s+", " ", t.replace("-", " ")), "en")) * mult
    except ValueError:
        return None


def _qualified(qual: str | None, n: int, suffix: str | None) -> tuple[int, int, int, str]:
    q = re.sub(r"\s+", " ", (qual or "").lower())
    if suffix:
        return n, n, n, "at-least"
    if q in ("more than", "over", "in excess of", "upwards of"):
        return n + 1, n + 1, n + 1, "more-than"
    if q in ("at least", "no fewer than", "no less than", "a minimum of"):
        return n, n, n, "at-least"
    if q in ("nearly", "almost", "close to", "just under", "fewer than", "less than"):
        m = max(n - 1, 0)
        return m, m, m, "nearly"
    if q in ("up to", "as many as", "at most"):
        return n, n, n, "up-to"
    if q in ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated"):
        return n, n, n, "about"
    if q in ("another", "a further", "further"):
        return n, n, n, "additional"
    return n, n, n, "exact"


# a figure changed ("rose from 43 to 59", "was revised from 12 to 15"): two figures, the later stands
_CHANGED_BEFORE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|grown|soared|fell|fallen|dropped|"
                             r"revised|raised|lowered|updated|went\s+up|gone\s+up)\s+$", re.I)


def find_counts(text: str) -> list[CountExpr]:
    """Every count-like expression in ``text`` with its bounds (offsets relative to text)."""
    out: list[CountExpr] = []
    for m in COUNT_RE.finditer(text):
        raw = m.group(0)
        if m.group("r1") or m.group("r3"):
            a = to_int(m.group("r1") or m.group("r3"))
            b = to_int(m.group("r2") or m.group("r4"))
            if a is None or b is None or b < a:
                continue
            if m.group("r3") and raw[:4].lower() == "from" and _CHANGED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                # "has risen from 43 to 59": an earlier and a later figure, not a range
                out.append(CountExpr(m.start("r3"), m.end("r3"), a, a, a, m.group("r3"), "exact", value=a))
                out.append(CountExpr(m.start("r4"), m.end("r4"), b, b, b, m.group("r4"), "exact", value=b))
                continue
            out.append(CountExpr(m.start(), m.end(), a, a, b, raw, "range", value=a))
        elif m.group("doz"):
            k = re.sub(r"\s+", " ", m.group("doz").lower())[: -len(" dozen")]
            dz = _DOZENS[k]
            if k == "a" and not m.group("qual"):
                out.append(CountExpr(m.start(), m.end(), 12, 12, 12, raw, "vague:a dozen", vague=True, value=12))
                continue
            lo, best, hi, rule = _qualified(m.group("qual"), dz, None)
            out.append(CountExpr(m.start(), m.end(), lo, best, hi, raw, rule, value=dz))
        elif m.group("vague"):
            key = re.sub(r"\s+", " ", m.group("vague").lower())
            lo, best, hi = VAGUE[key]
            out.append(CountExpr(m.start(), m.end(), lo, best, hi, raw, f"vague:{key}", vague=True, value=best))
        else:
            n = to_int(m.group("num"))
            if n is None:
                continue
            lo, best, hi, rule = _qualified(m.group("qual"), n, m.group("suffix"))
            out.append(CountExpr(m.start(), m.end(), lo, best, hi, raw, rule, value=n))
    return out

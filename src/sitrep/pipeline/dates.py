"""Dates: absolute forms agencies use, and references relative to the published date.

Relative references ("yesterday, Wednesday", "on Sunday night", "overnight", "early on
Friday") resolve against the report's published date; without one they stay unresolved
with a reason, never today's date. Precision follows ACLED: 1 day, 2 week, 3 month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

DATE_RE = re.compile(
    rf"""(?P<abs_dmy>\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>(?:19|20)\d\d))?\b)
    |(?P<abs_mdy>\b(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>(?:19|20)\d\d))?)
    |(?P<iso>\b(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)\b)
    |(?P<yesterday_wd>\byesterday,?\s+(?P<wd0>{_WEEKDAY})\b)
    |(?P<weekday>\b(?:(?P<wkpre>(?:late\s+|early\s+|earlier\s+)?(?:last|this|the\s+previous)\s+week,?\s+)?(?:on|last|early|late|since|from|by|until|this)\s+(?:on\s+)?)?(?P<wd>{_WEEKDAY})(?:'s)?(?:\s+(?P<part>night|evening|morning|afternoon))?\b
       (?P<wk>,?\s+(?:of\s+)?(?:last|this|the\s+previous)\s+week\b(?!['’]s)|\s+(?:of\s+)?the\s+week\s+before(?=\s*[,.;:)]|\s*$))?)
    |(?P<weekend>\b(?:over|at|on|during|this|last)\s+(?:the\s+)?weekend\b|\bweekend\b)
    |(?P<daybefore>\b(?:the\s+)?day\s+before\s+yesterday\b)
    |(?P<rel>\b(?:yesterday|today|this\s+morning|this\s+afternoon|this\s+evening|tonight|last\s+night|overnight|earlier\s+today)\b)
    |(?P<span>\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?P<n>\w+)\s+(?P<unit>days|weeks)\b)
    |(?P<week>\b(?:last|this|earlier\s+this|past)\s+week\b)
    |(?P<month>\b(?:earlier\s+this|this|last)\s+month\b)
    |(?P<lastmonth>\blast\s+(?P<m7>{_MONTH})(?!\s+\d)\b)
    |(?P<inmonth>\bin\s+(?:early\s+|mid-|late\s+)?(?P<m4>{_MONTH})(?:\s+(?P<y4>(?:19|20)\d\d))?\b
       |\b(?:between|from|since|until|till|and|to|through|by|early|late|mid-)\s*(?P<m6>{_MONTH})\s+(?P<y6>(?:19|20)\d\d)\b)
    |(?P<year>\b(?:in|since|from|during|of)\s+(?:(?:early|late|mid)(?:\s+|-)|the\s+(?:early|late|middle)\s+(?:part\s+)?of\s+)?(?P<y5>(?:19|20)\d\d)\b)
    |(?P<ago>\b(?P<na>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<ua>day|week|month|year)s?\s+ago\b)
    """,
    re.I | re.X,
)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "several": 3}


@dataclass(frozen=True, slots=True)
class RawDate:
    start: int
    end: int
    text: str
    date: dt.date | None
    precision: int
    rule: str
    reason: str | None = None
    end_date: dt.date | None = None  # for spans ("over the past three days")
    years_ago: int = 0  # > 0 when the date is clearly before the report's year


_WHICH_YEAR_AFTER = re.compile(r"\s*,?\s+(?:of\s+)?(last|this|next)\s+year\b", re.I)


def _year_said_after(text: str, end: int, published: dt.date | None, year: int) -> int:
    """The year a month or a day is of when the year is said after it ("in October last year")."""
    m = _WHICH_YEAR_AFTER.match(text, end)
    if m is None or published is None:
        return year
    return published.year + {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]


def _weekday_before(published: dt.date, wd: int, *, strict: bool = False) -> dt.date:
    """The most recent ``wd`` on or before ``published`` (strictly before when ``strict``)."""
    delta = (published.weekday() - wd) % 7
    if delta == 0 and strict:
        delta = 7
    return published - dt.timedelta(days=delta)


def _year_for(month: int, day: int, published: dt.date | None, year: str | None, *, exact_day: bool = False) -> int | None:
    if year:
        return int(year)
    if published is None:
        return None
    y = published.year
    # "December 30" in a report published on January 2 is last year's; so is "the October 7
    # attack" in a report of August: reports tell what has happened
    if month - published.month > 1:
        y -= 1
    # "the war began on Oct. 7" in a report of September 12: a day more than a few days after
    # the report is last year's
    elif exact_day and (dt.date(y, month, day) - published).days > 3:
        y -= 1
    return y


def find_dates(text: str, published: dt.date | None) -> list[RawDate]:
    out: list[RawDate] = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        s, e, raw = m.start(), m.end(), m.group(0)
        try:
            if g["abs_dmy"] or g["abs_mdy"]:
                day = int(g["d1"] or g["d2"])
                month = MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
                y = _year_for(month, day, published, g["y1"] or g["y2"],
                              exact_day=not _AHEAD_BEFORE.search(text, max(0, s - 40), s))
                if y is None:
                    out.append(RawDate(s, e, raw, None, 1, "absolute", "no year and no published date"))
                    continue
                if not (g["y1"] or g["y2"]):
                    y = _year_said_after(text, e, published, y)  # "on March 5 last year"
                d = dt.date(y, month, day)
                out.append(RawDate(s, e, raw, d, 1, "absolute", years_ago=_ago(d, published)))
            elif g["iso"]:
                d = dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
                out.append(RawDate(s, e, raw, d, 1, "iso", years_ago=_ago(d, published)))
            elif g["yesterday_wd"]:
                if published is None:
                    out.append(RawDate(s, e, raw, None, 1, "yesterday-weekday", "relative date without a published date"))
                    continue
                d = published - dt.timedelta(days=1)
                out.append(RawDate(s, e, raw, d, 1, "yesterday-weekday"))
            elif g["weekday"]:
                if raw == g["wd"] and raw[:1].isupper() and _GIVEN_NAME.match(text, e) and _NAME_BEFORE.search(text, max(0, s - 30), s):
                    continue  # "the council chairman, Monday Kassah,", "Governor Sunday Abiodun": a man's name
                if _NIGHT_TO.match(text, e) and _NIGHT_FROM.search(text, max(0, m.start("wd") - 25), m.start("wd")):
                    continue  # "overnight from Saturday to Sunday": Sunday's
                if published is None:
                    out.append(RawDate(s, e, raw, None, 1, "weekday", "relative date without a published date"))
                    continue
                wd = WEEKDAYS.index(g["wd"].lower())
                # "last Saturday" in a Saturday's report is a week before
                d = _weekday_before(published, wd, strict=raw.lower().startswith("last"))
                if _WEEKDAY_AHEAD.search(text, max(0, s - 60), m.start("wd")):
                    # "Blinken is due to visit Israel on Monday", "talks will resume next Monday": ahead
                    d = published + dt.timedelta(days=(wd - published.weekday()) % 7)
                week = " ".join((g["wk"] or g["wkpre"] or "").lower().split())
                if week and "this" not in week:
                    # "on Thursday last week", "last week on Thursday", "Thursday of the week before":
                    # that day of the calendar week before the report's
                    d = published - dt.timedelta(days=published.weekday() + 7 - wd)
                out.append(RawDate(s, e, raw, d, 1, "weekday"))
            elif g["weekend"]:
                if published is None:
                    continue
                # the last Saturday before the report; a weekend is two days: precision 2
                d = _weekday_before(published, 5, strict=published.weekday() in (5, 6) and "last" in raw.lower())
                out.append(RawDate(s, e, raw, d, 2, "weekend"))
            elif g["daybefore"]:
                if published is None:
                    continue
                out.append(RawDate(s, e, raw, published - dt.timedelta(days=2), 1, "day-before-yesterday"))
            elif g["rel"]:
                word = " ".join(g["rel"].lower().split())
                if word == "overnight" and _INTO_DAY.match(text, e):
                    continue  # "overnight into Friday", "overnight on Saturday": the day named says it
                if published is None:
                    out.append(RawDate(s, e, raw, None, 1, word, "relative date without a published date"))
                    continue
                # "overnight" in a morning report is the night into the report's day, which is the
                # day the event is coded on; "last night" is the evening before
                back = 1 if word in ("yesterday", "last night") else 0
                out.append(RawDate(s, e, raw, published - dt.timedelta(days=back), 1, word.replace(" ", "-")))
            elif g["span"]:
                n = _SMALL.get(g["n"].lower()) or (int(g["n"]) if g["n"].isdigit() else None)
                if n is None or published is None:
                    continue
                days = n * (7 if g["unit"].lower() == "weeks" else 1)
                # "detained over the past two days" in a Tuesday's report: Monday and Tuesday, the
                # report's day counted (docs/gold-format.md: a counted span that ended on a day named)
                out.append(RawDate(s, e, raw, published - dt.timedelta(days=days - 1), 2 if days > 2 else 1,
                                   "span", end_date=published))
            elif g["week"]:
                if published is None:
                    continue
                back = 7 if raw.lower().startswith("last") else 3
                out.append(RawDate(s, e, raw, published - dt.timedelta(days=back), 2, "week"))
            elif g["lastmonth"]:
                # "last August": the latest August before the report's month
                if published is None:
                    continue
                month = MONTHS[g["m7"].lower().rstrip(".")]
                y = published.year if month < published.month else published.year - 1
                d = dt.date(y, month, 1)
                out.append(RawDate(s, e, raw, d, 3, "last-month-name", years_ago=_ago(d, published)))
            elif g["month"]:
                if published is None:
                    continue
                if raw.lower().startswith("last"):
                    first = published.replace(day=1) - dt.timedelta(days=1)
                    out.append(RawDate(s, e, raw, first.replace(day=1), 3, "month", years_ago=0))
                else:
                    out.append(RawDate(s, e, raw, published.replace(day=1), 3, "month"))
            elif g["inmonth"]:
                month = MONTHS[(g["m4"] or g["m6"]).lower().rstrip(".")]
                y = _year_for(month, 1, published, g["y4"] or g["y6"])
                if y is None:
                    continue
                if not (g["y4"] or g["y6"]):
                    y = _year_said_after(text, e, published, y)  # "in October last year", "in March of this year"
                d = dt.date(y, month, 1)
                out.append(RawDate(s, e, raw, d, 3, "in-month", years_ago=_ago(d, published)))
            elif g["year"]:
                y = int(g["y5"])
                d = dt.date(y, 1, 1)
                ago = (published.year - y) if published else 0
                out.append(RawDate(s, e, raw, d, 3, "year", years_ago=max(ago, 0)))
            elif g["ago"]:
                # "three days ago", "a year ago": counted back from the report's day
                n = _COUNT.get(g["na"].lower()) or int(g["na"])
                if published is None:
                    continue
                unit = g["ua"].lower()
                back = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
                d = published - dt.timedelta(days=back)
                out.append(RawDate(s, e, raw, d, {"day": 1, "week": 2}.get(unit, 3), "ago",
                                   years_ago=n if unit == "year" else _ago(d, published)))
        except (ValueError, KeyError):
            continue  # "February 30": not a date
    # "on Sunday, a day after two bombs hit": the event is the day before the day named
    for m in _DAY_AFTER.finditer(text):
        prior = [d.date for d in out if d.end <= m.start() and d.date is not None]
        if prior:
            out.append(RawDate(m.start(), m.end(), m.group(0), prior[-1] - dt.timedelta(days=1), 1, "day-before"))
    # "police said on Monday that bandits had struck the previous day", "on Monday, three days after
    # gunmen attacked": counted back from the day named before it in the sentence; "Three days after
    # a strike flattened the market, ...": fronted, from the day named after it, or the report's
    for m in _DAYS_BACK.finditer(text):
        if _FIGURE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "up from 12 the previous day": the day of an earlier figure
        word = (m.group("nb") or "one").lower()
        n = int(word) if word.isdigit() else _COUNT.get(word, 1)
        prior = [d.date for d in out if d.end <= m.start() and d.date is not None and d.precision == 1 and d.rule != "day-before"]
        later = [d.date for d in out if d.start >= m.end() and d.date is not None and d.precision == 1]
        base: dt.date | None
        if prior:
            base = prior[-1]
        elif m.group("nb") and not text[:m.start()].strip():
            base = later[0] if later else published
        else:
            continue
        if base is not None:
            out.append(RawDate(m.start(), m.end(), m.group(0), base - dt.timedelta(days=n), 1, "day-before"))
    # "The next day, troops raided the camp", "Two days later, rebels seized the town": counted on
    # from the day of the event told before (docs/gold-format.md); from the day named before it in
    # the sentence, else left to the event told before (date None, rule "later:N")
    for m in _DAYS_LATER.finditer(text):
        word = (m.group("nl") or "one").lower()
        n = int(word) if word.isdigit() else _COUNT.get(word, 1)
        prior = [d.date for d in out if d.end <= m.start() and d.date is not None and d.precision == 1]
        if prior:
            out.append(RawDate(m.start(), m.end(), m.group(0), prior[-1] + dt.timedelta(days=n), 1, "day-after"))
        elif not _AHEAD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            out.append(RawDate(m.start(), m.end(), m.group(0), None, 1, f"later:{n}", "counted from the event told before"))
    # "Soon afterwards, protesters torched the governor's office", "Hours later, ...", "Shortly after
    # the blast, ...": the day of the event told before (docs/gold-format.md: "later that day"); an
    # adverb anywhere, "after X" only fronted ("the attack came hours after X" is no such count)
    for m in _SOON_AFTER.finditer(text):
        if m.group("prep") and text[:m.start()].strip(" \"'“‘(-—"):
            continue
        prior = [d.date for d in out if d.end <= m.start() and d.date is not None and d.precision == 1]
        if prior:
            out.append(RawDate(m.start(), m.end(), m.group(0), prior[-1], 1, "day-after"))
        else:
            out.append(RawDate(m.start(), m.end(), m.group(0), None, 1, "later:0", "the day of the event told before"))
    # "took the town on Saturday after three days of fighting", "a two-day offensive that ended on
    # Saturday", "ended a four-day siege on Sunday": a span of N days that ended on the day named
    # began N - 1 days before it
    lasted = [m for m in _LASTED.finditer(text) if _FIGHT_BEFORE.search(text, max(0, m.start() - 60), m.start())]
    for m in [*_DAYS_OF.finditer(text), *lasted]:
        g = m.groupdict()
        word = (g.get("nd") or g.get("nh") or g.get("nl") or "").lower()
        n = int(word) if word.isdigit() else _COUNT.get(word)
        if not n or not 2 <= n <= 14:
            continue
        for r in list(out):
            if r.date is None or r.precision != 1 or r.rule == "day-before":
                continue
            if r.end <= m.start():
                linked = bool(_SPAN_BEFORE.fullmatch(text, r.end, m.start()) or _SPAN_DEED_BEFORE.fullmatch(text, r.end, m.start()))
            elif r.start >= m.end():
                linked = bool(_SPAN_ENDED.fullmatch(text, m.end(), r.start) or (
                    _ENDED_BEFORE.search(text, max(0, m.start() - 30), m.start()) and _FEW_WORDS.fullmatch(text, m.end(), r.start)))
            else:
                linked = False
            if linked:
                out.append(RawDate(m.start(), m.end(), m.group(0), r.date - dt.timedelta(days=n - 1), 1, "span-start", end_date=r.date))
                break
    # "took the town on Sunday after an offensive launched on Wednesday", "retook it on Friday following
    # a push that began on Tuesday": the fight began on the day told behind "after", and ended on the
    # day named before it (docs/gold-format.md: a span that ended on a day named)
    for m in _BEGUN.finditer(text):
        began = next((r for r in out if r.start == m.end() and r.date is not None and r.precision == 1), None)
        ended = [r for r in out if r.end <= m.start() and r.date is not None and r.precision == 1 and r.rule != "day-before"]
        if began is not None and ended and 0 < (ended[-1].date - began.date).days <= 14:  # type: ignore[operator]
            out.append(RawDate(began.start, began.end, began.text, began.date, 1, "span-start", end_date=ended[-1].date))
    out.sort(key=lambda d: d.start)
    return out


# a weekday as a given name (West Africa): capitalised, bare, followed by a surname and preceded
# by a title or an apposition's comma
_GIVEN_NAME = re.compile(r"\s+(?!(?:" + _MONTH + r"|" + _WEEKDAY + r")\b)[A-Z][a-z]+\b(?!\s+(?:Mass|service|prayers?|market)\b)")
_NAME_BEFORE = re.compile(r"(?:\b[a-z]+,\s+|\b(?:Governor|Gov\.|Chief|Pastor|Rev\.|Mr\.?|Mrs\.?|Dr\.?|Senator|Sen\.|Hon\.|Alhaji|Comrade|Prince|General|Gen\.|Colonel|Col\.|Captain|Capt\.)\s+)$")
_INTO_DAY = re.compile(r"\s+(?:(?:into|to|on|of)\s+(?:the\s+)?(?:" + _WEEKDAY + r"|" + _MONTH + r"\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r")"
                       r"|(?:(?:from|between)\s+)?(?:" + _WEEKDAY + r")\s+(?:to|into|and)\s+(?:" + _WEEKDAY + r"))\b", re.I)
# "overnight from Saturday to Sunday": overnight is the night that ended on the second day, the
# event's (docs/gold-format.md); but "the night of Saturday to Sunday" is Saturday's night
_NIGHT_FROM = re.compile(r"\bovernight\s+(?:(?:from|between)\s+)?$", re.I)
_NIGHT_TO = re.compile(r"\s+(?:to|into|and)\s+(?:" + _WEEKDAY + r")\b", re.I)
# a day ahead of the report, told as one, not last year's: "talks due on September 2", "a vote set for
# Oct. 7", "will take effect at midnight on Aug. 4", "effective from March 1"
_AHEAD_BEFORE = re.compile(r"\b(?:due|scheduled|set|expected|planned|slated|will|until|till|by|deadline|next|upcoming)\b[^.;]{0,25}$|"
                           r"\b(?:take|takes|taking|come|comes|coming|go|goes)\s+(?:into\s+)?effect\b[^.;]{0,25}$|\beffective\s+(?:from\s+)?$", re.I)
_DAY_AFTER = re.compile(r"\b(?:a|one|the)\s+day\s+after\b", re.I)
# a weekday told as ahead of the report: "is due to visit Israel on Monday", "will meet on Friday", "next Monday"
_WEEKDAY_AHEAD = re.compile(r"(?:\b(?:(?:is|are|was|were)\s+(?:(?:due|scheduled|expected|set|slated|planned)\s+(?:to|for)|to)|(?:plans?|planning|intends?)\s+to|will|shall)\s+"
                            r"(?:(?!(?:after|since|when|which|who|that|said|says)\b)[\w'’-]+,?\s+){0,6}?(?:on\s+)?|\bnext\s+)$", re.I)
_DAYS_BACK = re.compile(r"\b(?:the\s+(?:previous|preceding)\s+day|a\s+day\s+earlier(?!\s+than\b)|(?:a|the)\s+day\s+before"
                        r"(?=\s*[,.;:)\"”]|\s*$|\s+(?:and|when|as|but|in|at|near)\b)|"
                        r"(?P<nb>two|three|four|five|six|seven|\d)\s+days\s+(?:after|earlier)(?!\s+(?:than|that)\b))\b", re.I)
_DAYS_LATER = re.compile(r"\b(?:(?P<nl>a|one|two|three|four|five|six|\d)\s+days?\s+later(?!\s+than\b)|"
                         r"the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night))\b", re.I)
_SOON_AFTER = re.compile(r"\b(?:(?:soon|shortly|not\s+long|hours|minutes|moments)\s+(?:afterwards?\b|later\b(?!\s+than\b)|(?P<prep>after\b)"
                         r"(?!\s+(?:midnight|dawn|daybreak|sunrise|sunset|noon|nightfall|\d)\b)))", re.I)
_FIGURE_BEFORE = re.compile(r"(?:\d|\bfrom|\bthan|\bwith)\s+(?:[\w-]+\s+){0,1}$", re.I)


_FIGHTS = (r"(?:fighting|clashes|battles?|combat|shelling|bombardments?|bombing|(?:air\s*)?strikes|raids|attacks|assaults?|"
           r"offensive|counter-?offensive|siege|stand-?off|operations?|hostilities|gunfire|firefights?|protests|"
           r"demonstrations|riots|unrest|violence)")
_N_DAYS = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"  # how many days a span lasted
_DAYS_OF = re.compile(rf"\b(?:(?P<nd>{_N_DAYS})\s+days\s+of|(?P<nh>{_N_DAYS})-day)\s+"
                      r"(?:[\w-]+\s+){0,2}?" + _FIGHTS + r"\b", re.I)
# "the siege, which lasted two days, ended on Monday": a fight named just before
_LASTED = re.compile(rf"\b(?:lasted|lasting|went\s+on\s+for)\s+(?:for\s+)?(?P<nl>{_N_DAYS})\s+days\b", re.I)
_FIGHT_BEFORE = re.compile(r"\b" + _FIGHTS + r"\b[^.;]{0,40}$", re.I)
# "after an offensive launched on", "following a counter-offensive that began on", "after a push they had
# launched on": the day a fight began, told behind the day it ended
_BEGUN = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|the|its|their|his)\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:" + _FIGHTS[3:-1] + r"|push|drive|campaign|advance)\s+(?:(?:that|which|they|it|he)\s+)?(?:(?:was|were|had|had\s+been|has)\s+)?"
                    r"(?:launched|began|begun|started|opened|mounted|kicked\s+off)\s+(?=(?:on|late|early|last)\b|\d|"
                    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.I)

# the day named, then "after" or "ending" the span: "on Saturday after three days of", "on Sunday,
# ending a two-day siege"
_SPAN_BEFORE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:after|following|ending|capping|concluding|at\s+the\s+end\s+of)\s+(?:(?:a|an|the|its|their)\s+)?", re.I)
# the span, then the verb of its end and the day: "a two-day offensive that ended on Saturday"
# "government forces on Friday took control of Ataq after two days of fighting": the day told before the
# deed, which ends the span; words of reporting or a new clause between them link nothing
_SPAN_DEED_BEFORE = re.compile(r",?(?:\s+(?!(?:said|says|told|announced|reported|confirmed|claimed|that|and|but|while|when|as)\b)[\w'’-]+){1,12}?"
                               r"\s+(?:after|following)\s+(?:(?:a|an|the|its|their)\s+)?", re.I)
_SPAN_ENDED = re.compile(r"(?:,?\s+[\w'’()-]+){0,6}?,?\s+(?:(?:that|which)\s+)?(?:had\s+)?(?:ended|ending|concluded|finished|wound\s+up|wrapped\s+up)\s+", re.I)
_ENDED_BEFORE = re.compile(r"\b(?:ended|ending|ends|concluded|concluding|lifted|lifting|broke|breaking)\s+(?:(?:a|an|the|its|their)\s+)?$", re.I)
_FEW_WORDS = re.compile(r"(?:\s+[\w'’()-]+){0,5}?\s+", re.I)


def _ago(d: dt.date, published: dt.date | None) -> int:
    if published is None:
        return 0
    return max(0, (published - d).days // 300)


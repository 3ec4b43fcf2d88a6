"""Claims: what one sentence asserts (who did what to whom, where, when, with what toll), and
on whose word.

A sentence becomes a claim when it carries an event word from the lexicon, a toll, or an
attributed statement about a named actor or place. Sentences about the past (an earlier year,
"established in 2019"), the future ("threatened to", "will"), or denials are kept as claims but
flagged in ``background`` so that they never create an event of their own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import ActorMention, Claim, Count, DateMention, Place, Source, Span, TollMention
from ..resources import load_yaml
from .dates import RawDate
from .segment import Sentence
from .tolls import RawToll


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    sub: str
    weight: int
    territorial: bool


@dataclass(frozen=True, slots=True)
class LexEntry:
    pattern: re.Pattern[str]
    sub: str
    weight: int
    territorial: bool
    needs: str | None


_lexicon: list[LexEntry] | None = None


def lexicon() -> list[LexEntry]:
    global _lexicon
    if _lexicon is None:
        _lexicon = [
            LexEntry(re.compile(rf"(?<![\w-])(?:{rec['re']})(?![\w-])", re.I), rec["sub"], int(rec["w"]),
                     bool(rec.get("territorial")), rec.get("needs"))
            for rec in load_yaml("events.yaml")
        ]
    return _lexicon


_PROTEST = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied))\b", re.I)


def find_triggers(text: str) -> list[Trigger]:
    out: list[Trigger] = []
    has_protest = bool(_PROTEST.search(text))
    for lx in lexicon():
        if lx.needs == "protest" and not has_protest:
            continue
        for m in lx.pattern.finditer(text):
            out.append(Trigger(m.start(), m.end(), m.group(0), lx.sub, lx.weight, lx.territorial))
    # a longer trigger hides the shorter ones inside it ("suicide car bomb" is not also "car bomb")
    out.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for t in out:
        if any(k.start <= t.start and t.end <= k.end and (k.end - k.start) > (t.end - t.start) and k.weight >= t.weight for k in kept):
            continue
        kept.append(t)
    return kept


_FUTURE = re.compile(
    r"\b(?:will|would|could|might|(?-i:may)|plans?\s+to|planning\s+to|threaten(?:ed|s|ing)?\s+to|vow(?:ed|s)?\s+to|"
    r"warn(?:ed|s)?\s+(?:of|that)|is\s+expected\s+to|are\s+expected\s+to|intends?\s+to|fears?\s+(?:of|that)|"
    r"risk\s+of|prepar(?:ing|es|ed)\s+(?:for|to)|(?-i:if))\b",
    re.I,
)
_DENIAL = re.compile(r"\b(?:denied|denies|deny|rejected\s+(?:claims|reports|accusations)|did\s+not\s+(?:carry\s+out|attack|strike|target)|was\s+not\s+(?:involved|responsible)|no\s+involvement|fabricated|false\s+reports?)\b", re.I)
_BACKGROUND = re.compile(
    r"\b(?:established|created|set\s+up|signed|brokered|agreed|founded|formed)\s+in\s+(?:19|20)\d\d\b|"
    r"\b(?:anniversary|years?\s+ago|in\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d|last\s+year|back\s+in|previously|"
    r"the\s+(?:war|conflict)\s+(?:began|erupted|broke\s+out)|has\s+killed\s+more\s+than|have\s+been\s+killed\s+since)\b",
    re.I,
)
_ONGOING = re.compile(r"\b(?:still\s+ongoing|ongoing|continu(?:ed|ing|es)|still\s+raging|is\s+raging|are\s+raging|still\s+under\s+way|underway)\b", re.I)
_INITIATOR_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:,[^,]{0,90},\s*)?(?:and\s+(?:their|its|his)\s+allies\s+|and\s+allied\s+\w+\s+)?"
    r"(?:fighters\s+|militants\s+|forces\s+|troops\s+|jihadists\s+|units\s+|soldiers\s+)?"
    r"(?:(?:said|says|announced|claimed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+)?"
    r"(?:have\s+|has\s+|had\s+|reportedly\s+|also\s+|then\s+|later\s+|on\s+\w+\s+|overnight\s+|again\s+){0,3}"
    r"(?:launched|attacked|attack|attacks|stormed|shelled|struck|strike|strikes|bombed|fired|targeted|captured|seized|killed|ambushed|raided|"
    r"carried\s+out|began|opened\s+fire|advanced|overran|took|hit|shot|abducted|kidnapped|executed|massacred|pounded|"
    r"launches|stormed|overtook|assaulted|besieged|entered|recaptured|retook|detonated|blew|set\s+off|burned|torched|looted|arrested|detained|dispersed|intercepted)\b",
    re.I,
)
_INITIATOR_BEFORE = re.compile(
    r"\b(?:by|from)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
    re.I,
)
_PASSIVE_CUE = re.compile(r"\b(?:carried\s+out|launched|killed|attacked|targeted|struck|hit|conducted|fired|shelled|bombed|claimed|abducted|kidnapped|executed|captured|seized)\s+by\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
_MODIFIER = r"(?:(?:air|drone|missile|rocket|artillery|naval|ballistic|cruise|guided|glide|military|army|government|regime|security|special|armed|occupation|aerial|kamikaze)\s+){0,2}"
_MEANS = r"(?:air\s*strikes?|airstrikes?|strikes?|bombs?|bombers|bombing|shahed|drones?|missiles?|shelling|bombardment|attacks?|raids?|warplanes|jets|artillery|aircraft|fire|offensive|assault|shells|rockets?)"
# "a Russian missile strike", "Israeli jets": a demonym before a means of attack names the attacker
_STRIKE_NOUN = re.compile(rf"^\s*(?:-led\s+)?(?:[A-Z][\w-]+\s+)?{_MODIFIER}{_MEANS}\b", re.I)
# "Sudanese troops", "Israeli forces": a demonym before a force names that state's forces
_FORCE_NOUN = re.compile(rf"^\s*(?:-led\s+)?{_MODIFIER}(?:{_MEANS}|forces|troops|army|military|soldiers|navy|operation)\b", re.I)
_TARGET_BEFORE = re.compile(
    r"\b(?:strikes?|raids?|attacks?|assault|offensive|operation|bombing|shelling|ambush)\s+(?:on|against|targeting)\s+(?:the\s+)?(?:\w+\s+){0,3}$|"
    r"\b(?:targeting|targeted|struck|hit|bombed|attacked|ambushed|raided|pounded|shelled)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:of\s+(?:the\s+)?)?$",
    re.I,
)
_ALLIES = re.compile(r"\b(?:their|its|his)\s+allies\b|\ballied\s+(?:groups|factions|fighters|militias|forces|armed\s+groups)\b", re.I)


@dataclass(slots=True)
class SentenceFacts:
    """What the recognisers found in one sentence (offsets relative to the body)."""

    sentence: Sentence
    actors: list[ActorMention]
    demonym_actors: list[ActorMention]
    places: list[Place]
    dates: list[RawDate]
    tolls: list[RawToll]
    source: Source | None
    source_spans: list[tuple[int, int]]


_PUBLICATION = re.compile(r"\b(?:released|published|issued|announced|said|reported|updated|statement)\b", re.I)
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|told|stated|added|confirmed|rose|risen|climbed|increased|jumped|recovered|"
    r"updated|sifted|mourned|buried|funerals?|statement|released|published|searched|searching|continued|visited)\b[^.;]{0,25}$",
    re.I,
)


def _reporting_day(d: RawDate, sentence: str) -> bool:
    """The day the news was given ("the toll released today", "said on Monday", "the toll
    rose on Tuesday"), not the day of the event."""
    if d.rule in ("today", "earlier-today") and _PUBLICATION.search(sentence[max(0, d.start - 40):d.end + 40]):
        return True
    return d.rule != "day-before" and bool(_REPORTING_BEFORE.search(sentence[max(0, d.start - 40):d.start]))


def _date_mention(d: RawDate, offset: int, article_id: str, sentence: str) -> DateMention:
    return DateMention(
        date=d.date, span=Span(article_id, offset + d.start, offset + d.end), text=d.text,
        precision=d.precision, rule=d.rule, reason=d.reason, publication=_reporting_day(d, sentence),
    )


def build_claim(f: SentenceFacts, article_id: str, published: dt.date | None,
                resolve_party: Callable[[str], str | None]) -> Claim | None:
    s = f.sentence
    text = s.text
    triggers = find_triggers(text)
    lead = s.index == 0
    if not triggers and not f.tolls and not ((f.source or lead) and (f.actors or f.places)):
        return None
    claim = Claim(
        id=f"{article_id}:{s.index}", article_id=article_id, span=Span(article_id, s.start, s.end),
        text=text, sentence=s.index, source=f.source,
    )
    # event type of this sentence: the heaviest trigger; a territorial trigger next to a clash is noted
    if triggers:
        weights: dict[str, int] = {}
        for t in triggers:
            weights[t.sub] = weights.get(t.sub, 0) + t.weight
        best = max(weights, key=lambda k: (weights[k], -min(t.start for t in triggers if t.sub == k)))
        if best == "Peaceful protest":  # what was done to a protest refines it
            best = next((r for r in ("Excessive force against protesters", "Protest with intervention") if r in weights), best)
        claim.sub_event_type = best
        claim.trigger = next(t.text for t in triggers if t.sub == best)
        claim.trigger_weight = max(t.weight for t in triggers if t.sub == best)
        terr = [t for t in triggers if t.territorial]
        if terr and best not in ("Non-state actor overtakes territory", "Government regains territory"):
            claim.territorial = terr[0].sub
    # actors, initiator and target
    actors = [a for a in f.actors if not _inside(a.span, f.source_spans, s.start)]
    claim.source_actors = [a for a in f.actors if _inside(a.span, f.source_spans, s.start)]
    claim.actors = actors + [a for a in f.demonym_actors if not any(_overlap(a.span, b.span) for b in actors)]
    claim.actors.sort(key=lambda a: a.span.start)
    for a in claim.actors:
        rel_start = a.span.start - s.start
        # "strikes on Kataib Hezbollah bases", "a raid targeting Hamas's commander": the target
        if claim.target is None and _TARGET_BEFORE.search(text[max(0, rel_start - 45):rel_start]):
            claim.target = a
    for a in claim.actors:
        rel_end = a.span.end - s.start
        rel_start = a.span.start - s.start
        if a.kind == "civilians" or a is claim.target:
            continue
        if _INITIATOR_AFTER.match(text[rel_end:rel_end + 140]) or _PASSIVE_CUE.search(text[max(0, rel_start - 60):rel_start]):
            claim.initiator = a
            break
        if a.rule.startswith("demonym") and _STRIKE_NOUN.match(text[rel_end:rel_end + 40]):
            claim.initiator = a
            break
    # places, dates, tolls
    claim.places = f.places
    claim.dates = [_date_mention(d, s.start, article_id, text) for d in f.dates]
    for rt in f.tolls:
        party = resolve_party(rt.who) if rt.who else None
        claim.tolls.append(TollMention(
            outcome=rt.outcome, count=Count(rt.count.low, rt.count.best, rt.count.high),
            span=Span(article_id, s.start + rt.start, s.start + rt.end), text=text[rt.start:rt.end],
            rule=f"{rt.count.rule}|{rt.rule}", role=rt.role, who=rt.who, party=party, civilian=rt.civilian,
            source=f.source, sentence=s.index,
        ))
        if rt.coordinated:
            claim.tolls[-1].rule += "|coordinated"
    claim.ongoing = bool(_ONGOING.search(text))
    # why this sentence should not make an event of its own
    if _DENIAL.search(text):
        claim.background = "denial"
    elif any(d.years_ago >= 1 and d.rule in ("year", "absolute", "in-month", "iso") for d in f.dates) and not any(
        d.years_ago == 0 and d.rule not in ("year",) for d in f.dates
    ):
        claim.background = "earlier year"
    elif published and f.sentence.index > 0 and any(d.date for d in f.dates) and all(
        d.date is None or (published - d.date).days > 6 or d.rule == "year" for d in f.dates
    ):
        claim.background = "earlier event"
    elif _BACKGROUND.search(text) and not any(t.role in ("total", "part") for t in f.tolls) and not any(
        d.date and d.years_ago == 0 and d.rule not in ("year",) and (not published or (published - d.date).days <= 6) for d in f.dates
    ):
        claim.background = "background"  # "since 2011", "established in 2019", unless the sentence is dated now
    elif triggers and all(_FUTURE.search(text[max(0, t.start - 45):t.start]) for t in triggers):
        claim.background = "future or hypothetical"
    elif f.tolls and all(t.role == "cumulative" for t in f.tolls) and not triggers:
        claim.background = "cumulative toll"
    return claim


def _inside(span: Span, spans: list[tuple[int, int]], offset: int) -> bool:
    return any(offset + a <= span.start and span.end <= offset + b for a, b in spans)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def has_allies(text: str) -> bool:
    return bool(_ALLIES.search(text))

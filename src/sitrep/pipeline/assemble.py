"""Assemble: the claims of one report that are one event become one Event.

The first eventful claim seeds the report's main event. A later claim starts an event of its
own only when it names its own event words at a place far (> 50 km) from every event so far,
or is introduced as separate ("In another attack", "Separately", "Elsewhere"). Background,
future and denied claims are kept with the event as evidence but decide nothing.

Tolls follow docs/tolls.md: the same toll said twice is one toll (best = the most precise
figure, low = the lowest consistent bound); a revision's earlier figures become history;
voices are ranked (monitors, medics, the UN, local people and the press; then governments;
then parties to the fight) and best is the most conservative figure of the highest-ranked
voices, low..high spanning every voice; the attackers' own dead are added to the victims'.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace

from ..geo import haversine_km
from ..model import (
    CROWD_SUBS,
    SUB_TO_TYPE,
    ActorMention,
    Claim,
    Count,
    DateMention,
    Event,
    Place,
    Source,
    Toll,
    TollMention,
)
from .actors import shared as shared_actors
from .attribution import outlet_source
from .claims import (
    _DENIAL,
    _DOERS_ONLY,
    _NON_STATE,
    _PAST_POSSESSIVE,
    _ROAD_BLOCKED,
    _SAID_DID,
    NO_CLAIM,
    TERROR_LIST,
    _become,
    claim_triggers,
    find_triggers,
    has_allies,
    lead_triggers,
)
from .places import country_mentions, country_terms
from .segment import quote_open
from .tolls import SIDE_WORDS

SPLIT_KM = 30.0
_NEAR_KM = 10.0  # two places this far apart are distinct when the text tells two events
_ANOTHER = re.compile(r"^\W*(?:a|the)\s+(?:second|third|further|another)\s+(?:\w+\s+)?(?:missile|strike|drone|bomb|rocket|shell|raid|air\s*strike|attack)", re.I)
_SAME_DAY = re.compile(r"\b(?:the\s+same\s+(?:day|evening|night|morning|afternoon)|later\s+(?:that|the\s+same)\s+(?:day|evening|night)|that\s+(?:evening|night|afternoon)|"
                       r"(?:hours|minutes|moments)\s+later|shortly\s+(?:afterwards?|later))\b", re.I)
# "In Kano, the protest turned violent", "Further east, ...", "Across the border in Syria, ...": a
# fronted place or turn that tells an event beside the one told before, on its day
_ALONGSIDE = re.compile(r"(?:In|At|Near|Across|Further|Farther|Elsewhere|Meanwhile|Separately)\b[^,.;:\"“]{0,60},\s")
_OTHER_CAUSE = re.compile(r"\b(?:revenge|retaliation|reprisal|response|responding|retaliating|after|following|blamed)\b[^.;]*$", re.I)
_SUBSET_WHO = re.compile(r"^(?:(?:\w+-year-old|young|school|small|female)\s+)?(?:children|child|kids|women|minors|students|pupils|girls|boys|babies|infants)\b(?!\s+and\b)", re.I)
# "several other ministers were also killed": dead on top of the ones already counted, not another
# estimate of them. ("One more person died", "another woman died" usually explain a revised toll.)
_EXTRA_WHO = re.compile(r"^other\s+\w+", re.I)
# "pro-government fighters and Huthi rebels", "soldiers and militants", "fighters on both sides": the dead of both sides
_SIDE_NOUN = r"(?:" + SIDE_WORDS + r"|members|officers|forces)"
_BOTH_SIDES_WHO = re.compile(r"\b" + _SIDE_NOUN + r"\b.*\band\s+(?:[\w'’-]+\s+){0,3}?" + _SIDE_NOUN + r"\b|\b(?:on|from)\s+both\s+sides\b", re.I)
# killing done on purpose once a place was taken ("went from house to house, killing", "carried out
# field executions", "a massacre of defenceless civilians"): ACLED codes it apart from the capture,
# as violence against civilians
_DELIBERATE = re.compile(
    r"\b(?:(?:field|summary|mass)\s+executions?|executing|executed\s+(?:\w+\s+){0,3}(?:civilians|men|residents|villagers|people|patients)|"
    r"massacre(?:d|s)?\s+(?:of\s+)?(?:\w+\s+){0,2}(?:civilians|residents|villagers|people|men)|rampage|house[- ]to[- ]house|"
    r"mass\s+killings?|killed\s+in\s+cold\s+blood|ethnic(?:ally)?[- ](?:targeted|killings|cleansing)|summarily\s+(?:killed|executed|shot))\b",
    re.I,
)
_SAME_EVENT = re.compile(r"^\W*(?:the|this|that)\s+(?:\w+\s+)?(?:incident|attack|strike|raid|blast|explosion|bombing|ambush|assault|shelling|killings?|massacre|"
                         r"violence|unrest|clashes|fighting|riots?|protests?|demonstrations?|fire|blaze|shooting)\s+(?:(?:had|has)\s+)?(?:(?:reportedly|apparently)\s+)?"
                         r"(?:occurred|happened|took\s+place|came|began|started|unfolded|erupted|broke\s+out|flared|was\s+carried\s+out)\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?(?:\w+ed|\w+ing|\w+en|set|struck|hit|fought|shot|led)\b", re.I)
# "The attack happened on the same day that bombers killed 18 in Gwoza": another event told beside it
_ANOTHER_TOLD = re.compile(r"\b(?:(?:same|a|one|two|the)\s+(?:day|days|hours?|week|night)\s+(?:that|as|when|after|before)|"
                           r"(?:a|one|two|three)\s+(?:day|days|hours?|week)\s+(?:after|before))\b", re.I)
# "The gunmen stormed the barracks ...": the perpetrators already told of, the same event told on
_ANAPHORIC = re.compile(r"^\W*(?:the|these|those)\s+(?:\w+\s+)?(?:gunmen|attackers|assailants|militants|insurgents|jihadists|"
                        r"raiders|bandits|kidnappers|abductors|bombers?|perpetrators|terrorists|rebels)\b", re.I)
_LATER_TAIL = r"\s+(?:on|that|in\s+the|the\s+same)\b"
_LATER = re.compile(r"^\W*(?:later|earlier)" + _LATER_TAIL, re.I)
_EARLIER_ON = re.compile(r"^\W*(?:earlier|later)\s+(?:(?:in|on)\s+)?(?:that|the|this)\s+(?:same\s+)?(?:week|month|day)\b", re.I)
_THEN = re.compile(r"^\W*(?:(?:shortly|soon|hours|minutes|moments|not\s+long)\s+(?:after(?:wards)?|later)|afterwards)\b", re.I)
_SEPARATE = re.compile(r"^\W*(?:while\s+(?:a|an|another)\s|in\s+(?:a\s+)?(?:another|separate)|separately|elsewhere|meanwhile|in\s+a\s+related\s+development|in\s+other\s+(?:news|developments)|also\s+on|also\s+(?:overnight|late|early|earlier|later|yesterday|today|tonight|this\s+morning|over\s+the\s+past|during\s+the)(?=\W)|in\s+a\s+separate|another\s+(?:attack|strike|explosion)|further\s+(?:north|south|east|west)|"
                       r"(?:a|the)\s+(?:second|third|separate|further|another)\s+(?:\w+\s+)?(?:missile|strike|attack|assault|ambush|bombing|drone|bomb|explosion|blast|rocket|shell|raid|air\s*strike))\b", re.I)
# the same cue after the voice that tells it: "The SDF said another drone struck an oil facility near
# Amuda", "Police said a second bomb went off at the bus station" (not "the second blast": a part told)
_SAID_ANOTHER = re.compile(r"^[^.;:]{0,80}?\b(?:said|says|reported|added|announced|confirmed|told\s+\w+)\s+(?:that\s+)?(?:another|a\s+(?:second|third|separate|further))\s+"
                           r"(?:[\w-]+\s+)?(?:missile|strike|attack|assault|ambush|bombing|drone|bomb|explosion|blast|rocket|shell|raid|air\s*strike|airstrike)s?\b", re.I)
# a sentence that opens on its place ("In Kano, the protest turned violent as ..."): told of there
_PLACE_FIRST = re.compile(r"^\W*(?:In|At)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,")
# cues that set what follows apart as another event, however near ("meanwhile" and "further
# north" do not: they often bring another voice or a detail of the same one)
_APART_CUE = re.compile(r"^\W*(?:also\s+on|separately|elsewhere|in\s+(?:a\s+)?(?:another|separate)|in\s+a\s+related\s+development)\b", re.I)
# the clause a sentence was cut at ("..., while an Israeli strike on an army post killed a soldier",
# see segment) or an attack called separate: another event, even in the same place
_TOLD_APART = re.compile(r"^\W*(?:while\s+(?:a|an|another)\s|(?:in\s+)?(?:a|an)\s+separate\s)", re.I)

PLOVER = {
    "Battles": "FIGHT", "Explosions/Remote violence": "FIGHT", "Violence against civilians": "ASSAULT",
    "Protests": "PROTEST", "Riots": "PROTEST", "Agreement": "AGREE", "Arrests": "COERCE",
    "Looting/property destruction": "COERCE", "Change to group/activity": "MOBILIZE",
    "Headquarters or base established": "MOBILIZE", "Non-violent transfer of territory": "RETREAT",
    "Disrupted weapons use": "FIGHT", "Other": "OTHER",
}
_VERB = {
    "Armed clash": "clashed with", "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from", "Air/drone strike": "carried out an air/drone strike on",
    "Shelling/artillery/missile attack": "shelled or fired missiles at", "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Suicide bomb": "carried out a suicide bombing against", "Grenade": "threw a grenade at", "Chemical weapon": "used chemical weapons against", "Attack": "attacked",
    "Abduction/forced disappearance": "abducted", "Sexual violence": "committed sexual violence against",
}


@dataclass(slots=True)
class AssemblyContext:
    article_id: str
    published: dt.date | None
    publisher: str | None
    civilians_label: Callable[[str | None], str]  # by the event's country (ISO alpha-2)
    is_state: Callable[[str], bool]
    fallback_place: Place | None
    # places of the sentences that told no event, with the sentence's index
    idle_places: list[tuple[int, Place]] = field(default_factory=list)
    # the sentences saying nobody owned the act ("No group has claimed the attack", "it was not
    # clear who")
    unowned: list[int] = field(default_factory=list)
    # those of them that speak for every act told ("No group has claimed either attack")
    unowned_all: list[int] = field(default_factory=list)
    # the sentences saying a place changed hands unfought ("No fighting was reported inside the
    # town"), often telling no event of their own
    unfought: list[int] = field(default_factory=list)
    # the state's forces, by the event's country (ISO alpha-2): the side a head of state signs for
    army_label: Callable[[str | None], str] | None = None
    # the police, by the event's country (ISO alpha-2)
    police_label: Callable[[str | None], str] | None = None
    # whether the report names soldiers anywhere ("troops", "the army"): a crowd's bare "security
    # forces" are then no surer its police than its army
    soldiers_named: bool = False
    # the government, by the event's country (ISO alpha-2): the side a decision of the state is
    # coded to where the dictionary has one ("Government of Ethiopia (2018-)"), else its forces
    government_label: Callable[[str | None], str] | None = None
    # the capital city, by country (ISO alpha-2): the seat of a state's decisions
    capital_place: Callable[[str | None], Place | None] | None = None


def _main_place(c: Claim) -> Place | None:
    ps = [p for p in c.places if p.feature in ("place", "admin1")]
    ps = [p for p in ps if "+earlier" not in p.rule] or ps  # not the scene of an earlier event told as a date
    if len(ps) > 1 and "+measured" in ps[0].rule and "+measure-of" in ps[1].rule:
        return ps[1]  # "near Atareb, some 20 km from Aleppo": the event is told against the town it is measured from
    return ps[0] if ps else None


def _far(p: Place | None, group: list[Claim], km: float = SPLIT_KM) -> bool:
    if p is None or p.latitude is None or p.longitude is None or "+speech" in p.rule:
        return False  # (where a voice spoke, "at a summit in Granada", is no other scene)
    here = (p.latitude, p.longitude)
    event_places = [q for c in group for q in c.places if q.feature in ("place", "admin1") and not c.background
                    and "+origin" not in q.rule and "+dateline" not in q.rule]  # (where it was filed, or came from)
    if event_places and all(q.feature == "admin1" for q in event_places) and any(
            q.admin1 and q.admin1 == p.admin1 and q.iso2 == p.iso2 for q in event_places):
        return False  # a town of the province the event was placed in (and no town yet) refines it
    # where fighters or fire came from, or fighting spread from ("spread on Sunday from Bahir Dar to
    # other towns"), is no scene: a group named only by it has no place yet
    scene = [(q, (q.latitude, q.longitude)) for c in group for q in c.places
             if q.latitude is not None and q.longitude is not None and q.feature in ("place", "admin1") and not _in_passing(c, q)
             and "+origin" not in q.rule]
    # where a source sits ("police in X said", a dateline) is no scene, unless the event has no other
    # ("residents of Bama said they counted 12 bodies": the residents' town is where it happened)
    seen = [pt for q, pt in scene if not any(m in q.rule for m in ("+in-source", "+speech", "+dateline"))] or [pt for _q, pt in scene]
    towns = [(q.latitude, q.longitude) for c in group for q in c.places if q.latitude is not None and q.longitude is not None
             and q.feature == "place" and not c.background and not _in_passing(c, q)
             and not any(m in q.rule for m in (*_ASIDE, "+in-source"))]
    if towns and p.feature == "place":
        seen = towns  # a division's point ("the Al-Mawasi area") is no scene beside the towns named
    return bool(seen) and all(haversine_km(here, pt) > km for pt in seen)


# "..., a day after a Russian missile tore into a building in Sumy": another event, named in
# passing as the time of this one; its place is not this event's
_DAY_AFTER = re.compile(r"\b(?:a|one|two|three|four|several|\d+)\s+(?:days?|hours?|weeks?)\s+(?:after|before)\b[^.;]*$", re.I)


def _in_passing(c: Claim, q: Place) -> bool:
    if q.span is None or c.span is None:
        return False
    return _day_after_before(c.text, max(0, q.span.start - c.span.start))


@functools.lru_cache(maxsize=4096)
def _day_after_before(text: str, end: int) -> bool:
    # grouping asks this for every place of every claim against every event told so far: remember it
    return _DAY_AFTER.search(text, 0, end) is not None


def _eventful(c: Claim) -> bool:
    """A claim that can found an event: specific event words, or a toll of this event.
    Weak words alone ("an attack", "a strike") only type an event others founded, unless the
    sentence sets them apart ("Also on Thursday, the military camp of Bourem was attacked")."""
    return c.background is None and (
        (c.sub_event_type is not None and (c.trigger_weight >= 2 or bool(_APART_CUE.match(c.text))))
        or any(t.role == "total" and t.outcome in ("killed", "injured", "abducted") for t in c.tolls)
    )


_CAMPAIGN = re.compile(r"\b(?:(?:days|weeks|months|years)\s+of|(?:[\w-]+-long\s+)?(?:campaign|series|wave|spate)\s+of)\s+"
                       r"(?:[\w-]+\s+){0,2}$", re.I)


def _in_campaign(c: Claim) -> bool:
    """The claim's event words name a run of strikes ("weeks of drone strikes", "a campaign of air
    strikes"), not one event ("after days of fighting, the army withdrew" still tells one)."""
    at = c.trigger_at
    return at > 0 and SUB_TO_TYPE.get(c.sub_event_type or "") == "Explosions/Remote violence" and (
        _CAMPAIGN.search(c.text[:at]) is not None)


def _days(c: Claim) -> set[dt.date]:
    return {d.date for d in c.dates if d.date and not d.publication and d.precision == 1}


def _another_day(c: Claim, group: list[Claim], untold: bool = False, within: int = 20) -> bool:
    """"Late on Saturday, the rebels announced the capture of Homs", after Damascus fell on Sunday:
    a day of its own, told for a place of its own (with ``untold``, also when the group told no day)"""
    own = _days(c)
    told = {d for x in group if not x.background for d in _days(x)}
    opens = any(d.span.start - c.span.start <= within for d in c.dates if d.date in own)  # told first: "On Friday, ..."
    return len(own) == 1 and opens and (bool(told) or untold) and not own & told


_ALSO_DID = re.compile(r"\balso\s+(?:(?:had|has|have|been)\s+)?$", re.I)
_ANSWERED = re.compile(r"\b(?:retaliation|reprisal|revenge|response|retaliating|responding)\s+(?:for|to|against)\b", re.I)


def _days_before(c: Claim, group: list[Claim]) -> int:
    """How many days the claim's own day lies before the first day the group tells (0 if not before)."""
    own, told = _days(c), {d for x in group if not x.background for d in _days(x)}
    return max(0, (min(told) - max(own)).days) if own and told else 0


# "The fall of Goma came two days after the rebels captured Sake, west of the city, on Saturday": an
# earlier event told to date this one, with a counted gap, a day and a town of its own
_CAME_COUNTED = re.compile(r"\b(?:came|comes|follows|followed|happened|took\s+place)\s+(?:just\s+|only\s+|barely\s+)?"
                           r"(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+(?:after|since)\b", re.I)


# "Later that night, ...", "Later on Sunday, ..." (not "Earlier that day": told as before, see _EARLIER_ON)
_LATER_ON = re.compile(r"^\W*later" + _LATER_TAIL, re.I)
# "came hours after", "followed a day after": an act just before the one told
_CAME_HOURS_AFTER = re.compile(r"\b(?:came|comes|follows|followed|happened)\s+(?:just\s+|only\s+|barely\s+|some\s+)?"
                               r"(?:(?:(?:a\s+few|several|a\s+couple\s+of|\w+)\s+)?hours|a\s+day|one\s+day)\s+after\b", re.I)


def _told_after(c: Claim, groups: list[list[Claim]]) -> Claim | None:
    """The earlier event a "came two days after ..." sentence tells, as a claim of its own, when it
    has event words, one day and a town none of the events told has (else None)."""
    if c.background != "earlier event" or c.sub_event_type is None or c.trigger_weight < 2:
        return None
    m = _CAME_COUNTED.search(c.text)
    if m is None or c.trigger_at < m.end():
        return None
    at = c.span.start + m.end()
    tail = copy.copy(c)
    tail.places = [q for q in c.places if q.span is not None and q.span.start >= at]
    tail.dates = [d for d in c.dates if d.span.start >= at]
    tail.tolls = [t for t in c.tolls if t.span.start >= at]
    tail.background = None
    p = _main_place(tail)
    days = _days(tail)
    told = {d for g in groups for x in g if not x.background for d in _days(x)}
    if p is None or p.feature != "place" or len(days) != 1 or days & told or not all(_far(p, g, _NEAR_KM) for g in groups):
        return None
    return tail


def _weak_elsewhere(c: Claim, groups: list[list[Claim]]) -> bool:
    """"Banat died on Thursday after security forces raided the house in Hebron", in a story of a
    protest in Ramallah on Saturday: weak event words ("raided"), but a named side, a day of its
    own before every day told and a town far from every event told: an event of its own."""
    p = _main_place(c)
    own = _days(c)
    told = {d for g in groups for x in g if not x.background for d in _days(x)}
    return (c.background is None and c.sub_event_type is not None and c.initiator is not None and p is not None
            and p.feature == "place" and len(own) == 1 and bool(told) and max(own) < min(told)
            and all(_far(p, g) for g in groups))


# a sentence that opens on a weekday ("Late on Friday, ...", "On Thursday night, ..."): told on that day
_EARLIER_ACT = re.compile(r"^\W*(?:(?:late|early|earlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                          r"(?:\s+(?:night|evening|morning|afternoon))?,", re.I)


# a sentence that opens on a later day counted from the one told: "The next day, traders marched",
# "Two days later, troops raided a camp", "The following morning, ..."
_NEXT_DAY = re.compile(r"^\W*(?:(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|(?:a|one|two|three|four|five|several|\d+)\s+days?\s+later|"
                       r"the\s+day\s+after)\b(?!\s+(?:the|a|an|its|their)\b)", re.I)


# "its jets had also hit", "were also shelled", "also struck": an act done again (not "also said")
# (not "also said", nor the dead, "five soldiers also died", nor a state, "it was also fighting the army")
_ALSO_ACT = re.compile(r"\balso\s+(?:been\s+)?(?!(?:said|says|told|reported|claimed|noted|added|warned|called|urged|condemned|accused|blamed|"
                       r"denied|confirmed|announced|stated|described|expressed|visited|met|spoke|died|killed|wounded|injured|perished|fled|"
                       r"arrived|displaced|affected|destroyed|damaged)\b)[a-z]+(?:ed|uck|it|ot|ew|ook|ung)\b", re.I)


def _other_doer(c: Claim, group: list[Claim]) -> bool:
    """The claim's doer is named and is none of the group's doers ("Later on Sunday, Hezbollah said it
    had fired rockets at Kiryat Shmona", after an Israeli strike): the other side's act."""
    inits = {x.initiator.name for x in group if x.initiator is not None and not x.background}
    return c.initiator is not None and bool(inits) and c.initiator.name not in inits


def _has_victims(c: Claim) -> bool:
    """Someone the act was done to: a dead or wounded toll, or a side named beside the doer and the source."""
    return any(t.role == "total" and t.outcome in ("killed", "injured") and t.count.best for t in c.tolls) or any(
        a not in c.source_actors and a is not c.initiator for a in c.actors)


# "Speaking in Beledweyne, ...", "told reporters in Goma": the place is where the voice spoke
_SPOKE_IN = re.compile(r"\b(?:speaking|spoke|said|says|told\s+(?:\w+\s+){1,3}?|telling\s+(?:\w+\s+){1,3}?|briefing|conference|interview)\s+(?:\w+\s+){0,2}?(?:in|from)\s+(?:the\s+)?$", re.I)


def group_claims(claims: list[Claim]) -> list[list[Claim]]:
    groups: list[list[Claim]] = []
    apart: list[list[Claim]] = []  # events told apart in a clause of their own (see _TOLD_APART)
    last: list[Claim] | None = None
    for c in claims:
        if not _eventful(c) and not (groups and _weak_elsewhere(c, groups)):
            continue
        if not groups:
            groups.append([c])
            last = groups[-1]
            continue
        p = _main_place(c)
        if p is not None and "+speech" in p.rule and p.span is not None and _SPOKE_IN.search(c.text[:max(0, p.span.start - c.span.start)]):
            # "Speaking in Beledweyne, the governor said the assault had been repelled": where it was
            # said is no scene of its own; the claim's scene is any other place it names
            p = next((q for q in c.places if q.feature in ("place", "admin1") and "+speech" not in q.rule and "+earlier" not in q.rule), None)
        if not c.background and (m := _CAME_HOURS_AFTER.search(c.text)) and (after := max(
                (t for t in claim_triggers(c) if t.start >= m.end()), key=lambda t: t.weight, default=None)) is not None and (
                after.weight >= 2) and (SUB_TO_TYPE.get(after.sub) != SUB_TO_TYPE.get(_group_sub(groups[-1]) or "") or _other_doer(c, groups[-1])) and (
                len(own := _days(c)) == 1) and (told := {d for x in claims if x.sentence < c.sentence and not x.background for d in _days(x)}) and (
                max(own) < min(told)):
            # "The attack came hours after the destroyer shot down two missiles fired late Saturday", in a
            # story of a clash on Sunday: the act after "after", on a day of its own before the one told,
            # of another kind or by another side, is an event of its own (what the sentence's subject
            # names, "the attack", is the event told)
            act = copy.copy(c)
            at = c.span.start + m.end()
            act.sub_event_type, act.trigger, act.trigger_weight, act.territorial = after.sub, after.text, after.weight, None
            act.places = [q for q in c.places if q.span is not None and q.span.start >= at]
            act.tolls = [t for t in c.tolls if t.span.start >= at]
            groups.append([act])
            last = groups[-1]
            continue
        if _SAME_EVENT.search(c.text) and not _SEPARATE.search(c.text) and not _ANOTHER_TOLD.search(c.text):
            # "The incident occurred in Tungar Kara village": more about the event just told
            target = last or groups[0]
            target.append(c)
            last = target
            continue
        separate = bool(_SEPARATE.search(c.text) or _SAID_ANOTHER.match(c.text))
        own_words = c.sub_event_type is not None
        # far away and told as its own: introduced as separate, with its own toll, or of another
        # kind on a day of its own (an elaboration, "the militants struck with grenades 50 km
        # south of the city", is not a second event)
        other_kind = SUB_TO_TYPE.get(c.sub_event_type or "") != SUB_TO_TYPE.get(_group_sub(groups[-1]) or "")
        if own_words and p is not None and all(_far(p, g) for g in groups) and (
            separate or (any(t.role == "total" for t in c.tolls) and not _names_the_one_dead(c, groups[-1]))
            or (other_kind and any(d.date for d in c.dates) and not _ANAPHORIC.match(c.text))
            or ((other_kind or c.sub_event_type != _group_sub(groups[-1]) or c.sub_event_type in _CROWD_SUBS) and _PLACE_FIRST.match(c.text) is not None)
            or (c.trigger_weight >= 2 and not _ANAPHORIC.match(c.text) and _another_day(c, groups[-1]))
        ):
            groups.append([c])
            last = groups[-1]
            continue
        if p is not None and p.feature == "place" and not _ANAPHORIC.match(c.text) and all(_far(p, g) for g in groups) and (
                not own_words and separate and any(t.role == "total" and t.outcome in ("killed", "injured", "abducted") for t in c.tolls)):
            # "Separately, suspected ADF fighters killed seven people in a village near Oicha": told
            # apart, far from every event told, with its own dead: an event of its own even when the
            # only word for it is "killed"
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 2 and p is not None and p.feature == "place" and not _ANAPHORIC.match(c.text) and (
                m := _ALSO_ACT.search(c.text)) and p.span is not None and p.span.start - c.span.start >= m.end() and all(_far(p, g) for g in groups):
            # "The IDF said its jets had also hit two power stations near Sanaa", after strikes on
            # Hodeidah's ports: the same side doing it again, in a town far from every event told,
            # named after the act
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 2 and p is not None and p.feature == "place" and _ALSO_DID.search(
                c.text[max(0, c.trigger_at - 16):max(0, c.trigger_at)]) and _another_day(c, groups[-1], untold=True) and all(
                _far(p, g, _NEAR_KM) for g in groups):
            # "On Sunday, the rebels said they had also entered Kombolcha", after Dessie fell on
            # Saturday: "also" done again, on a day of its own, in a town of its own (however near)
            groups.append([c])
            last = groups[-1]
            continue
        if separate and own_words and _TOLD_APART.match(c.text) and any(t.role == "total" for t in c.tolls):
            # "..., while a separate assault on a mosque left 71 civilians dead": told apart, with its
            # own toll, wherever it was. What follows still tells of the event told first, until a
            # place or a cue moves it on
            groups.append([c])
            apart.append(groups[-1])
            continue
        if separate and own_words and (_APART_CUE.match(c.text) or other_kind or (p is not None and all(_far(p, g) for g in groups)) or (
                p is not None and any(t.role == "total" for t in c.tolls) and all(_far(p, g, _NEAR_KM / 2) for g in groups))):
            # "Separately, clashes south-east of the city killed nine fighters" after a car bomb
            # there, "Also on Thursday, the military camp of Bourem was attacked": another event,
            # however near ("Meanwhile, the ministry said it is countering a major attack" is
            # another voice on the same one, unless it is of another kind or place)
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 3 and other_kind and c.initiator is not None and not c.background and (
                c.sub_event_type != "Disrupted weapons use") and (
                inits := {x.initiator.name for x in groups[-1] if x.initiator is not None and not x.background}) and c.initiator.name not in inits and not (
                c.sub_event_type in _CROWD_SUBS and _CROWD_WORDS.search(c.text) and any(
                    _CROWD_WORDS.search(x.text) for x in groups[-1] if not x.background and x.sub_event_type is not None)):
            # "rebels seized the city ... Late on Saturday, Russian warplanes struck rebel positions":
            # another side, another means: an event of its own, in the same place ("riot police
            # fired tear gas at the demonstrators", after protesters fought the security forces, is
            # the crowd's own fight told from the other side)
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 3 and not _ANAPHORIC.match(c.text) and c.text[:1].isalpha() and (
                (SUB_TO_TYPE.get(c.sub_event_type or "") == "Strategic developments") != (
                    SUB_TO_TYPE.get(_group_sub(groups[-1]) or "") == "Strategic developments")) and any(
                d.date and not d.publication and d.precision == 1 and d.span.start - c.span.start <= 3
                and c.text[d.span.end - c.span.start:].startswith(",") for d in c.dates):
            # "On Thursday, Turkish drones struck security posts around Qamishli", after a US jet shot
            # down a Turkish drone: an act of violence told on a day the sentence opens on, after a
            # strategic development (or the reverse), is an event of its own, wherever it was
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and p is not None and p.feature == "place" and c.trigger_weight >= 2 and _LATER.match(c.text) and _other_doer(c, groups[-1]) and all(
                _far(p, g, _NEAR_KM) or not any(q.feature == "place" for x in g if not x.background for q in x.places) for g in groups):
            # "Later on Sunday, Hezbollah said it had fired rockets at Kiryat Shmona", after an Israeli
            # strike in southern Lebanon: the other side's act, told later, at a town of its own
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and p is not None and (_LATER.search(c.text) and any(t.role == "total" for t in c.tolls) or _THEN.match(c.text)) and all(
                _far(p, g, _NEAR_KM) for g in groups):
            # "Later on Saturday, a strike on a camp in Gaza City killed 17", after a strike on
            # Khan Yunis: a second strike, told with its own place and toll
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and (c.trigger_weight >= 3 or c.trigger_weight >= 2 and SUB_TO_TYPE.get(c.sub_event_type or "") == "Explosions/Remote violence") and (
                not c.background and other_kind and (_THEN.match(c.text) or _LATER_ON.match(c.text))) and not (
                _ANAPHORIC.match(c.text)) and not (c.sub_event_type in _CROWD_SUBS and _group_sub(groups[-1]) in _CROWD_SUBS):
            # "Hours later, military jets bombed a village in the same district", after rebels overran
            # an outpost: an act of another kind, told as coming after the one told, is an event of its
            # own, wherever it was (a protest that turns violent "later that day" stays one)
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 2 and p is not None and p.feature == "place" and _EARLIER_ON.match(c.text) and not (
                _ANAPHORIC.match(c.text)) and _another_day(c, groups[-1], within=40):
            # "Earlier in the week, on Tuesday, M23 fighters seized Minova", after fighting at Sake on
            # Thursday: told as earlier (or later), on a day of its own the sentence opens on, with a
            # town of its own: another event, however near ("Earlier on Sunday" is the same day)
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 2 and not _ANAPHORIC.match(c.text) and (c.sub_event_type != _group_sub(groups[-1]) and (
                any(t.role == "total" and t.outcome in ("killed", "injured") for t in c.tolls)) or _days_before(c, groups[-1]) >= 2 and any(
                    _ANSWERED.search(x.text) for x in groups[-1] if not x.background)) and (
                _another_day(c, groups[-1])):
            # "Late on Monday, a drone strike hit an army camp, killing two soldiers", after shelling on
            # Tuesday; "On Wednesday night, some 18 rockets slammed into the base", after strikes on
            # Friday "in retaliation for" them: another kind of act, on a day of its own that the
            # sentence opens on, with its own dead or wounded (or, of any kind, told as what the event answered), is an
            # event of its own wherever it was ("Fighting broke out on Wednesday", after "as fighting
            # resumed this week", is the lead's background)
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 3 and not _ANAPHORIC.match(c.text) and c.text[:1].isalpha() and (
                _days_before(c, groups[-1]) >= 1) and _another_day(c, groups[-1], within=12) and (
                _EARLIER_ACT.match(c.text)) and (c.target is not None or _has_victims(c)):
            # "Late on Friday, a UN convoy was surrounded by a crowd that smashed its windows", in a
            # story of a protest on Saturday: an act told on an earlier day the sentence opens on,
            # with victims of its own, is an event of its own, even in the same city
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.sub_event_type in _CROWD_SUBS and c.trigger_weight >= 2 and not c.background and (
                _group_sub(groups[-1]) not in _CROWD_SUBS) and (
                days := {d.date for d in c.dates if d.date and not d.publication}) and (
                before := {d.date for x in groups[-1] if not x.background for d in x.dates if d.date and not d.publication}) and (
                min(days) > max(before)):
            # "On Saturday, about 2,000 people gathered outside the city hall chanting 'Free the
            # mayor!'", after the mayor's abduction on Friday: a protest on a later day of its own
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 2 and p is not None and p.feature == "place" and _PLACE_FIRST.match(c.text) and (
                p.span is not None and p.span.start - c.span.start <= 30) and not _ANAPHORIC.match(c.text) and any(
                t.role == "total" and t.outcome in ("killed", "injured", "abducted") and t.count.best for t in c.tolls) and all(
                _far(p, g, _NEAR_KM) for g in groups):
            # "In neighbouring Marhanets, a drone hit a bus the same afternoon, injuring four", after
            # shelling of Nikopol: a sentence that opens on a town of its own, however near, with its
            # own dead or wounded, tells that town's event
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 2 and not c.background and c.initiator is not None and (
                SUB_TO_TYPE.get(c.sub_event_type or "") == "Explosions/Remote violence" == SUB_TO_TYPE.get(_group_sub(groups[-1]) or "")) and (
                c.initiator.name in {x.target.name for x in groups[-1] if x.target is not None and not x.background} | {
                    t.party for x in groups[-1] if not x.background for t in x.tolls if t.party and t.role == "total"}) and (
                c.initiator.name not in {x.initiator.name for x in groups[-1] if x.initiator is not None and not x.background}) and any(
                t.role == "total" and t.outcome in ("killed", "injured") and t.count.best for t in c.tolls):
            # "The Observatory put the number of regime troops killed by the Turkish bombardment at 13",
            # after Syrian artillery hit a Turkish position: the side struck strikes back, with dead of
            # its own: the counter-strike is an event of its own, even at the same place
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 2 and _NEXT_DAY.match(c.text) and not _ANAPHORIC.match(c.text) and (
                SUB_TO_TYPE.get(c.sub_event_type or "") != SUB_TO_TYPE.get(_group_sub(groups[-1]) or "")) and not any(d.date and not d.publication for d in c.dates):
            # "The next day, traders shut their shops and marched to the press club", after a bombing:
            # another kind of act, on a later day the sentence opens on, is an event of its own (an act
            # of the same kind, "the next day they seized 50 more people", goes on with the raid)
            groups.append([c])
            last = groups[-1]
            continue
        if own_words and c.trigger_weight >= 2 and not c.background and not _ANAPHORIC.match(c.text) and c.target is not None and (
                c.target.name in (inits := {x.initiator.name for x in groups[-1] if x.initiator is not None and not x.background})) and (
                c.initiator is None or c.initiator.name not in inits) and _another_day(c, groups[-1]):
            # "On Wednesday, rebel fighters attacked the troops stationed in the town", after the troops
            # raided it on Tuesday: the side that acted before is now the one acted on, on a day of its
            # own the sentence opens on: the other side's act is an event of its own, in the same town
            groups.append([c])
            last = groups[-1]
            continue
        # a sentence that names no place goes on with the event told just before it; one that
        # names a place joins the event nearest to it; one that gives again the toll of an event
        # told apart ("... killing 71 civilians" after "a separate assault left 71 civilians dead")
        # joins that event
        target = last or groups[0]
        echo = [g for g in groups if any(g is a for a in apart) and _echoes_toll(c, g)]
        if len(echo) == 1:
            echo[0].append(c)
            last = echo[0]
            continue
        if p is not None and p.latitude is not None and p.longitude is not None and len(groups) > 1:
            here = (p.latitude, p.longitude)
            target = min(groups, key=lambda g: _distance(here, g))
        target.append(c)
        last = target
    for c in claims:
        if groups and (tail := _told_after(c, groups)) is not None:
            groups.append([tail])
    if groups and all(_group_sub(g) in _CROWD_SUBS for g in groups):
        # "Earlier on Saturday, police arrested one of the country's best-known actors at his home",
        # in a story of a protest: the arrest of named people, on a day the text gives, is an event
        # of its own (ACLED's Arrests); the crowd's own arrests are part of the protest
        held = [c for c in claims if c.sub_event_type == "Arrests" and c.background is None
                and not any(c is x for g in groups for x in g) and not _CROWD_WORDS.search(c.text)
                and not any(t.outcome == "arrested" and t.count.best >= 10 for t in c.tolls)
                and any(d.date and not d.publication for d in c.dates)]
        if held:
            groups.append(held[:1])
    if not groups:
        # a report of arrests alone ("the military government says it has arrested two generals"):
        # arrest words are too weak to found an event beside fighting, but when nothing else
        # happened and the story opens with them, they are the event
        held = [c for c in claims if c.sub_event_type == "Arrests" and c.background is None]
        if held and held[0].sentence <= 1:
            groups.append(held)
    # claims that decide nothing (background, statements) go with the main event as evidence
    if groups:
        for c in claims:
            if not any(c is x for g in groups for x in g) and not (
                    c.background == "earlier event" and _PAST_POSSESSIVE.search(c.text, 0, c.trigger_at if c.trigger_at > 0 else 0) and (
                        q := _main_place(c)) is not None and q.feature == "place" and _far(q, groups[0])):
                # (an earlier act told in a town far from the event, "the group also claimed June's
                # bombing of a church in Damascus", is no evidence of it: not its doer, nor its toll)
                groups[0].append(c)
        for g in groups:
            g.sort(key=lambda x: x.sentence)
    return groups


_CROWD_WORDS = re.compile(r"\b(?:protesters?|demonstrators?|rioters?|marchers|crowds?|youths|mobs?)\b", re.I)


def _names_the_one_dead(c: Claim, group: list[Claim]) -> bool:
    """"A senior official of the WFP has been shot dead in Taiz province ... Moayad Hameidi, who headed the
    WFP office in Taiz, was killed on Friday in the town of al-Turbah": the one person the event lost, named."""
    mine = [t for t in c.tolls if t.role == "total"]
    return bool(mine) and all(t.outcome == "killed" and t.count.best == 1 and "named" in t.rule for t in mine) and any(
        t.outcome == "killed" and t.role == "total" and t.count.best == 1 for x in group for t in x.tolls)


def _echoes_toll(c: Claim, group: list[Claim]) -> bool:
    """The claim gives a killed toll that an event already has: the same number of the same people
    (or any same number of five or more)."""
    mine = [(t.count.best, _who(t.who)) for t in c.tolls if t.outcome == "killed" and t.role == "total"]
    if not mine:
        return False
    theirs = [(t.count.best, _who(t.who)) for x in group for t in x.tolls if t.outcome == "killed" and t.role == "total"]
    return any(n == m and (n >= 5 or (w and w & v)) for n, w in mine for m, v in theirs)


def _who(words: str | None) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", (words or "").lower())} - {"a", "an", "the", "of", "other"}


def _distance(here: tuple[float, float], group: list[Claim]) -> float:
    pts = [(q.latitude, q.longitude) for x in group for q in x.places if q.latitude is not None and q.longitude is not None]
    return min((haversine_km(here, pt) for pt in pts), default=1e9)


def _group_sub(group: list[Claim]) -> str | None:
    for c in group:
        if c.sub_event_type:
            return c.sub_event_type
    return None


def _only_stopped(text: str) -> bool:
    """Every act the sentence tells is a weapon stopped: no other event word outside the words of an
    interception ("struck a cargo ship ... and shot down a US drone" tells a strike too)."""
    found = find_triggers(text)
    stops = [(t.start, t.end) for t in found if t.sub == "Disrupted weapons use"]
    # (what the weapons were sent to do is no act: "three drones that tried to strike the airport")
    return all(t.sub == "Disrupted weapons use" or any(a <= t.start < b for a, b in stops) or _TRIED_BEFORE.search(text, max(0, t.start - 25), t.start)
               for t in found)


def _weapons_stopped(group: list[Claim]) -> bool:
    """The strike the event's words tell was stopped: "Russian invaders used Shahed drones ... all enemy
    targets that approached Kyiv were destroyed by air defence", nobody hurt, so the event is the
    disruption (ACLED); so too a lead that tells the attack and that all of it was stopped ("Russia
    launched 18 missiles at Kyiv ... air defence shot all of them down"), a report led by the
    interception alone ("Ukraine's air defence shot down a Kinzhal missile over Kyiv", the weapon named
    again below; not "struck a cargo ship and shot down a US drone"), and an interception whose falling
    debris hurt people ("intercepted an explosive-laden drone over Abha airport and falling debris hit people")."""
    told = [c for c in group if not c.background and c.sub_event_type]
    if not told or _someone_killed(group):
        return False
    debris = any(c.sub_event_type == "Disrupted weapons use" and c.trigger_weight >= 4 and _DEBRIS.search(c.text) for c in told)
    if debris:
        return True
    if any(t.outcome == "injured" and t.role == "total" and (t.count.best or 0) > 0 and not _DEBRIS.search(c.text)
           for c in group if not c.background for t in c.tolls):
        return False
    lead = told[0]
    return any(_ALL_STOPPED.search(c.text) for c in told if c.sub_event_type == "Disrupted weapons use" or c is lead) or (
        lead.sub_event_type == "Disrupted weapons use" and lead.trigger_weight >= 4 and _only_stopped(lead.text))


def _someone_killed(group: list[Claim]) -> bool:
    """The event's own toll (not background, not a tally or a part) has at least one dead."""
    return any(t.outcome == "killed" and t.role == "total" and t.count.best > 0
               for c in group if not c.background for t in c.tolls)


_CROWD_SUBS = CROWD_SUBS
# fire set, by whoever set it ("factories were set on fire by unidentified attackers")
_ARSON = re.compile(r"\b(?:fire|fires|ablaze|alight|burn\w*|torch\w*|loot\w*)\b", re.I)
# the crowd's deed told as another day's or as a charge: "a day after they set fire to a party office",
# "accused some marchers of throwing stones"
_DAY_BEFORE_DEED = re.compile(r"\b(?:(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?)|the\s+day)\s+(?:after|before)\b|\baccus(?:ed|ing|es)\b", re.I)


def _crowd_sub(group: list[Claim], weights: Counter[str], sub: str) -> str:
    """A protest's or riot's sub-type, by what was done, however often "protest" is said (ACLED):
    killing or shooting at demonstrators is excessive force; violence by the crowd itself
    (storming, stoning, burning) makes it a riot, a mob's when it turns on people; tear gas and
    dispersal are an intervention."""
    first = next((c for c in group if not c.background and c.sub_event_type), None)
    if weights.get("Excessive force against protesters") and not (first is not None and first.sub_event_type == "Mob violence"
                                                                  and first.trigger_weight >= 4):
        # (not when the lead tells a crowd turning on the protest: "supporters of the cleric stormed
        # the protest camp ... some of them fired live rounds at the protesters" is the mob's doing)
        if any((c.sub_event_type == "Violent demonstration" and not _ROAD_BLOCKED.search(c.trigger or "") or any(
                t.sub == "Violent demonstration" and not _ROAD_BLOCKED.search(t.text) and not _ARSON.search(t.text)
                and not _DAY_BEFORE_DEED.search(c.text, 0, t.start) for t in claim_triggers(c)))
               and not (c.source and (c.source.party or c.source.kind == "government"))
               for c in group if not c.background and c.sub_event_type in _CROWD_SUBS):
            # "some threw stones and petrol bombs at the building, and security forces responded with
            # live ammunition": the crowd's own violence makes it a riot, whatever force met it (ACLED);
            # not violence told only by the force or the state ("police said criminals attacked
            # officers with stones", "state television said it had broken up rioters")
            return "Violent demonstration"
        return "Excessive force against protesters"
    mob, violent = weights.get("Mob violence", 0), weights.get("Violent demonstration", 0)
    if mob and (violent or not _someone_killed(group)) and _stormed_forces(group):
        return "Violent demonstration"  # "angry crowds stormed a base of the UN mission": a riot against a force, not a mob on people
    if mob or violent:
        return "Mob violence" if mob >= violent else "Violent demonstration"
    if sub in ("Peaceful protest", "Protest with intervention") and _someone_killed(group) and not any(
            _ENDED_CALM.search(c.text) for c in group if not c.background):
        return "Excessive force against protesters"  # a demonstration broken up, dozens killed
    if weights.get("Protest with intervention") or sub == "Peaceful protest" and _crowd_held(group):
        return "Protest with intervention"  # "the Houthis detained dozens who took to the streets": held, an intervention
    return sub


# the writer says the crowd met no violence: "the march ended peacefully", "the rally passed off without
# incident" (a toll beside it is another event's or a tally)
_ENDED_CALM = re.compile(r"\b(?:ended|passed(?:\s+off)?|dispersed|went\s+ahead|proceeded|took\s+place)\s+(?:peacefully|calmly|without\s+(?:any\s+)?(?:incident|violence))\b", re.I)


# the state's men told as the doers before the deed: "soldiers opened fire on the crowd"
_STATE_DOERS = re.compile(r"\b(?:police(?:m[ae]n)?|officers|soldiers|troops|security\s+forces|gendarmes|(?:the\s+)?(?:army|military))\b", re.I)
_OTHER_DOERS = re.compile(r"\b(?:gunmen|armed\s+men|militiam[ae]n|militias?|assailants|attackers|supporters|unidentified|unknown)\b", re.I)


# people held at the protest: "police arrested 30 people who gathered", "dozens were detained"
_CROWD_HELD = re.compile(r"\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|rounded\s+up)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|up\s+to\s+)?"
                         r"(?:\d[\d,]*|dozens|scores|hundreds|several|many|a\s+number|some|a\s+few|two|three|four|five|six|seven|eight|nine|"
                         r"ten|them|people|protesters|demonstrators|participants)\b", re.I)


# a force whose base, post or vehicles the crowd stormed: "stormed a MONUSCO base", "set fire to the
# UN peacekeepers' vehicles", "forced their way into a compound of the UN mission"
_STORMED_BEFORE = re.compile(
    r"\b(?:storm(?:ed|ing)|attack(?:ed|ing)|ransack(?:ed|ing)|loot(?:ed|ing)|torch(?:ed|ing)|burn(?:ed|t|ing)(?:\s+down)?|set\s+fire\s+to|"
    r"overr(?:an|un)|invad(?:ed|ing)|ston(?:ed|ing)|pelt(?:ed|ing)|besieg(?:ed|ing)|broke\s+into|forced\s+their\s+way\s+into)\s+"
    r"(?:(?:a|an|the|two|several|its|their)\s+)?(?:(?:base|camp|compound|offices?|headquarters|station|post|premises|buildings?|"
    r"vehicles?|convoy)\s+(?:of|belonging\s+to|used\s+by)\s+(?:the\s+)?)?(?:[\w-]+\s+)?$", re.I)


def _stormed_forces(group: list[Claim]) -> list[str]:
    return [a.name for c in group if not c.background and c.sub_event_type in _CROWD_SUBS for a in c.actors
            if not a.name.startswith(("Civilians", "Protesters", "Rioters", "Unidentified"))
            and _STORMED_BEFORE.search(c.text[max(0, a.span.start - c.span.start - 80):a.span.start - c.span.start])]


# a gathering as the subject of "held": it took place, nobody was detained ("Similar marches were held in
# Mandalay", "vigils have also been held across the country", "a sit-in was held outside parliament")
_GATHERING_HELD = re.compile(r"\b(?:protests?|marches|march|rall(?:y|ies)|demonstrations?|sit-ins?|vigils?|gatherings?|meetings?|"
                             r"prayers?|funerals?|ceremon(?:y|ies)|strikes?|talks|elections?|processions?|events?)\s+"
                             r"(?:(?:[\w-]+\s+){0,5}?)$", re.I)


def _crowd_held(group: list[Claim]) -> bool:
    return any(c.sub_event_type == "Arrests" or c.sub_event_type in _CROWD_SUBS and (
        _CROWD_HELD.search(c.text) or any(
            not (m.group(0).lower().endswith("held") and _GATHERING_HELD.search(c.text[max(0, m.start() - 60):m.start()]))
            for m in _HELD_PASSIVE.finditer(c.text))) for c in group if not c.background)


# every weapon launched told as stopped: "all enemy targets ... were destroyed", "both were intercepted",
# "none reached their targets" (not "all but two were shot down")
# hurt by what was brought down: "falling debris hit people at the facility", "injured by fragments of a downed drone"
_DEBRIS = re.compile(r"\b(?:debris|fragments|shrapnel|wreckage)\b", re.I)
_ALL_STOPPED = re.compile(r"(?<!almost\s)(?<!nearly\s)(?<!virtually\s)(?<!not\s)\b(?:all|every|each|both)\b(?!\s+but\b)(?:(?!\b(?:except|but|some|most)\b)[^.;]){0,100}?"
                          r"\b(?:intercepted|shot\s+down|brought\s+down|downed|destroyed|neutrali[sz]ed|repelled)\b|"
                          r"\b(?:shot|brought)\s+(?:all\s+of\s+them|them\s+all|all\s+(?:of\s+)?(?:the\s+)?[\w-]+)\s+down\b", re.I)
_TRIED_BEFORE = re.compile(r"\b(?:tried|trying|attempted|attempting|sought|seeking|meant|intended|heading)\s+to\s+$|\bheading\s+for\s+$", re.I)


def _choose_type(group: list[Claim], actor1: str | None, actor2: str | None, ctx: AssemblyContext,
                 civilian_victims: bool) -> tuple[str, str, str | None]:
    group = [_as_fight(c) if c.sub_event_type == "Grenade" and _GUNFIRE.search(c.text) else c for c in group]
    weights: Counter[str] = Counter()
    lead = group[0].sentence
    for c in group:
        if c.background or not c.sub_event_type:
            continue
        w = 2 if c.sentence == lead else 1
        weights[c.sub_event_type] += w
    first = next((c for c in group if not c.background and c.sub_event_type), None)
    if (founder := _state_decision(group)) is not None and founder.sentence == lead and founder.sub_event_type and not any(
            c.sentence == lead and c.sub_event_type and c.sub_event_type not in _SAID_SUBS for c in group if not c.background):
        # "The AFC/M23 alliance said it will observe a unilateral ceasefire from Tuesday", then "the
        # crisis caused by the fighting" and the battle for Goma a week before: a decision the lead
        # tells as its news is the event, whatever fighting the copy recalls below it (fighting told
        # in the lead itself still weighs as before)
        return "Strategic developments", founder.sub_event_type, None
    exchange = any(c.sub_event_type == "Armed clash" and c.trigger_weight >= 3 and not _HABITUAL.search(c.text)
                   for c in group if not c.background)
    if first is not None and first.sentence == lead and first.trigger_weight >= 3 and SUB_TO_TYPE.get(
            first.sub_event_type or "") == "Explosions/Remote violence" and first.sub_event_type != "Air/drone strike":
        # "a retaliatory strike with high-precision weapons ... the strike hit workshops": the bare
        # word "strike" told again below is the weapon the lead named, not an air strike
        for c in group:
            if not c.background and c.sub_event_type == "Air/drone strike" and c.trigger_weight < 2:
                weights["Air/drone strike"] -= 1
                weights[first.sub_event_type or ""] += 1
        weights = +weights
    territorial = next((c.territorial or (c.sub_event_type if c.sub_event_type in ("Non-state actor overtakes territory", "Government regains territory") else None)
                        for c in group if not c.background and (c.territorial or c.sub_event_type in ("Non-state actor overtakes territory", "Government regains territory"))), None)
    if not weights:
        # (no word of the deed: "a police officer was killed and ten people were injured in a
        # shooting at the bus station" is people hit, one officer among them)
        sub = "Attack" if civilian_victims or actor2 is not None and _bystanders_hurt(group, actor2) else "Armed clash"
    else:
        strength: Counter[str] = Counter()
        for c in group:
            if not c.background and c.sub_event_type:
                strength[c.sub_event_type] = max(strength[c.sub_event_type], c.trigger_weight)
        # as often said: the more specific words win ("a missile" over "the strike")
        sub = max(weights, key=lambda k: (weights[k], strength[k], _priority(k)))
        # a specific means of attack named early (a suicide bomber, a drone, shelling) says more
        # about the event than the generic words around it ("attacked", "fighting")
        early = [c for c in group if c.sub_event_type and not c.background][:3]
        # ... when the lead names it, or it is a weapon from afar (a jet, a drone, artillery):
        # "attacked by 100 terrorists using IEDs and car bombs" is still a fight
        by_means = [c for c in early if SUB_TO_TYPE.get(c.sub_event_type or "") == "Explosions/Remote violence"
                    and (c.trigger_weight >= 3 or (c.sentence == lead and c.trigger_weight >= 2))
                    and (c.initiator is None or actor1 is None or c.initiator.name == actor1)  # not another side's strikes
                    and not _OTHER_CAUSE.search(c.text[:max(c.text.find(c.trigger or "\0"), 0)][-60:])
                    and not _NOT_THE_MEANS.search(c.text[:max(c.text.find(c.trigger or "\0"), 0)][-40:])
                    and not _only_seen(c)]
        if early and early[0].sub_event_type == "Armed clash" and _FIGHT_WORDS.search(early[0].trigger or "") and not _stormed_site(early[0]) and not (
                _FIGHT_ENDED.search(early[0].text) and any(c.sentence <= early[0].sentence + 2 for c in by_means if c is not early[0])):
            # (not a lead that tells the end of a siege, whose start the text gives next: "forces ended
            # an hours-long siege on the ministry ... it began when a suicide bomber detonated a car at
            # the gate": the means that opened it types the event, ACLED)
            # the story opens with fighting ("Heavy fighting broke out in the capital"): the air
            # strikes and shelling told after it are part of the battle (ACLED codes ground
            # fighting with support from afar as an armed clash); only a means named with the
            # fighting itself may type it
            by_means = [c for c in by_means if c.sentence == early[0].sentence]
            if SUB_TO_TYPE.get(sub) == "Explosions/Remote violence" and weights[sub] <= weights["Armed clash"] and not any(
                    c.sub_event_type == sub and (c.sentence == early[0].sentence or any(
                        t.outcome in ("killed", "injured") and t.role == "total" and t.count.best for t in c.tolls))
                    for c in group if not c.background):
                # "the army repelled an attack on its positions ... heavy artillery fire heard across
                # the city": shelling told below as often as the fight is the fight's, however
                # specific its word (not shells that killed people: "mortar rounds struck a school,
                # killing nine")
                sub = "Armed clash"
        if exchange:
            # "an exchange of fire with gunmen during the raid": the drones and shells told below
            # backed the fight, which is the event; only a means the lead names may type it
            by_means = [c for c in by_means if c.sentence == lead]
        means = [c.sub_event_type for c in by_means]
        lead_is_territorial = bool(early) and early[0].sub_event_type in _TERRITORIAL
        if sub == "Attack" and not means and not exchange:
            # an attack whose weapon is told further down ("the rebels had fired missiles at
            # the airport"): a strike from afar, not a raid
            means = [c.sub_event_type for c in group if not c.background and c.trigger_weight >= 3
                     and SUB_TO_TYPE.get(c.sub_event_type or "") == "Explosions/Remote violence"
                     and c.initiator is not None and c.initiator.name == actor1
                     and not _OTHER_CAUSE.search(c.text[:max(c.text.find(c.trigger or "\0"), 0)][-60:])
                     and not _only_seen(c)]
        if sub in ("Armed clash", "Attack") and means and not lead_is_territorial:
            sub = max(means, key=lambda k: (weights.get(k or "", 0), _priority(k or "")))  # type: ignore[assignment]
        elif sub == "Air/drone strike" and strength[sub] < 2 and (named := [k for k in means if k != sub] or [
                c.sub_event_type for c in group if not c.background and c.trigger_weight >= 3 and c.sub_event_type != sub
                and SUB_TO_TYPE.get(c.sub_event_type or "") == "Explosions/Remote violence"
                and c.initiator is not None and actor1 is not None and c.initiator.name == actor1
                and not _NOT_THE_MEANS.search(c.text[:max(c.trigger_at, 0)][-40:])]):
            # "Israeli strikes on the hospital ... a tank shell struck an upper floor": the bare word
            # "strike" says nothing of the means; the weapon the text names does, wherever the
            # attacker is said to have used it ("the bakery collapsed after a strike ... it was hit by
            # a HIMARS rocket fired by Ukrainian formations")
            sub = max(named, key=lambda k: (weights.get(k or "", 0), _priority(k or "")))  # type: ignore[assignment]
        elif sub == "Remote explosive/landmine/IED" and strength[sub] < 2 and (named := [
                c.sub_event_type or "" for c in group if not c.background and c.sub_event_type != sub
                and SUB_TO_TYPE.get(c.sub_event_type or "") == "Explosions/Remote violence"]):
            # "the toll from bomb blasts at two camps ... the shells fell among the shelters": blasts
            # are what was heard or seen, not how; the weapon the text names says how
            sub = max(named, key=lambda k: (strength[k], weights.get(k, 0), _priority(k)))
    bombs = [c.sentence for c in group if not c.background and c.sub_event_type == "Remote explosive/landmine/IED"]
    if sub == "Remote explosive/landmine/IED" and any(
            c.sentence <= min(bombs, default=c.sentence) + 2 or not (
                (c.trigger or "").lower().endswith("s") or _A_YEAR.search(c.text) or any(t.role == "cumulative" for t in c.tolls))
            for c in group if not c.background and c.sub_event_type == "Suicide bomb"):
        # "a truck bomb tore through the checkpoint ... the suicide bomber detonated the truck":
        # ACLED codes a bomb its carrier set off as a suicide bomb, whatever carried it; not "the
        # deadliest being the twin suicide bombings of 2016" or "after a series of suicide bombings"
        # told paragraphs below (other bombings: plural, dated, counted since)
        sub = "Suicide bomb"
    taken, dead = (max((t.count.best or 0 for c in group if not c.background for t in c.tolls
                        if t.outcome == o and t.role == "total"), default=0) for o in ("abducted", "killed"))
    if sub == "Abduction/forced disappearance" and weights.get("Attack") and _someone_killed(group) and taken <= dead and not (
            first is not None and first.sub_event_type == sub and first.sentence == lead and not any(t.outcome == "killed" for t in first.tolls)):
        # people killed and others taken: ACLED codes the killing, an attack
        sub = "Attack"
    elif sub == "Attack" and taken > dead and any(c.sub_event_type == "Abduction/forced disappearance" or _ABDUCTED.search(c.text)
                                                  for c in group if not c.background and c.sentence <= lead + 1):
        # "stormed a school, killing a guard and abducting scores of pupils": more taken than
        # killed, the abduction is the main act (ACLED)
        sub = "Abduction/forced disappearance"
    elif sub == "Attack" and not dead and not _someone_killed(group) and first is not None and first.sentence == lead and (
            _ABDUCTED.search(first.text) or any(t.sub == "Abduction/forced disappearance" for t in claim_triggers(first))
            or (gone := _GONE_MISSING.search(first.text)) and not _COMBATANT_VICTIMS.search(first.text[:gone.start()])):
        # "gunmen attacked the girls' school and abducted students from their hostels": nobody
        # killed and people taken in the deed the lead tells, an abduction (ACLED); so are "hundreds
        # of students are unaccounted for after gunmen attacked the school" (not soldiers missing
        # after an attack on their post: a fight)
        sub = "Abduction/forced disappearance"
    if sub in ("Attack", "Armed clash") and first is not None and first.sentence == lead and first.sub_event_type == "Looting/property destruction" \
            and not exchange and not taken and not _someone_killed(group) and (actor2 is None or actor2.startswith("Civilians")) and not any(
            t.outcome == "injured" and t.role == "total" and (t.count.best or 0) > 0 for c in group if not c.background for t in c.tolls) and not any(
            _ABDUCTED.search(c.text) for c in group if not c.background):
        # "Armed men set fire to a school ... the gunmen stormed it at dawn ... blamed the attack on
        # separatists": the deed the lead tells is property burned or looted, and nobody was killed,
        # hurt or taken; the words for the doers and "the attack" told below name that deed (ACLED)
        sub = "Looting/property destruction"
    if sub == "Looting/property destruction" and (_someone_killed(group) or any(
            t.outcome == "injured" and t.role == "total" and (t.count.best or 0) > 0 for c in group if not c.background for t in c.tolls)):
        # "stormed the village, killed five people and made off with cattle": people killed or hurt
        # in the raid make it an attack (ACLED), whatever was carried away; soldiers killed where
        # their base was overrun and burnt fell in a fight
        sub = "Armed clash" if actor2 is not None and actor2.startswith(("Military Forces", "Police Forces")) else "Attack"
    elif sub == "Looting/property destruction" and (taken or any(_ABDUCTED.search(c.text) for c in group if not c.background)):
        sub = "Abduction/forced disappearance"  # "abducted five herders and stole their cattle": the people taken
    elif sub == "Looting/property destruction" and actor2 is not None and not actor2.startswith(("Civilians", "Protesters", "Rioters")) and any(
            _ASSAULTED_POST.search(c.text) for c in group if not c.background):
        sub = "Armed clash"  # "stormed an army base and made off with vehicles": the assault on the post is a battle
    if sub in ("Peaceful protest", "Protest with intervention") and _someone_killed(group) and not weights.get("Excessive force against protesters"):
        # a rally hit by grenades or an air strike on a crowd: the attack is the event
        hit = [c.sub_event_type for c in group if not c.background and c.trigger_weight >= 3
               and SUB_TO_TYPE.get(c.sub_event_type or "") == "Explosions/Remote violence"]
        if exchange:
            # "by nightfall, armed men of the cleric's militia were exchanging fire with security
            # forces" after the crowd stormed the palace: the dead fell in the fight, the event
            sub = "Armed clash"
        elif hit:
            sub = max(hit, key=lambda k: (weights.get(k or "", 0), _priority(k or "")))  # type: ignore[assignment]
    if sub == "Arrests" and any(not c.background and (c.sub_event_type in _CROWD_SUBS and c.sentence <= lead + 1 or _protesters_held(c)) for c in group):
        # "police arrested 350 supporters who defied a ban to march ... fired tear gas to disperse
        # them": people held at a protest are an intervention on it (ACLED), not arrests of their own
        sub = "Peaceful protest"
    if sub in _CROWD_SUBS:
        sub = _crowd_sub(group, weights, sub)
    if sub == "Excessive force against protesters" and actor1 and not ctx.is_state(actor1) and not actor1.startswith(
            ("Civilians", "Protesters", "Rioters")) and not any(
            _STATE_DOERS.search(before := c.text[:max(c.trigger_at, 0)]) and not _OTHER_DOERS.search(before)
            for c in group if not c.background and c.sub_event_type in ("Excessive force against protesters", "Protest with intervention")):
        # "Gunmen in pickup trucks attacked anti-government protesters", "militiamen of the cleric stormed
        # the protest camp, killing seven": force against a crowd by an armed group, not by the state, is
        # violence against civilians (ACLED); not "soldiers opened fire on the crowd" whose men went unnamed
        sub = "Attack"
    if sub == "Arrests" and _someone_killed(group):
        # "troops rounded up villagers and killed more than 30 of them": the killing is the event
        if any(t.outcome == "killed" and t.role == "total" and t.count.best > 0 for c in group
               if not c.background and c.sub_event_type == "Arrests" for t in c.tolls):
            # told in the same breath as the round-up: the people held were killed, one-sided
            sub = "Attack" if civilian_victims or actor2 is None or actor2.startswith("Civilians") or not _fought(group, actor2) else "Armed clash"
        elif any(c.sub_event_type not in (None, "Arrests") for c in group if not c.background):
            return _choose_type([c for c in group if c.sub_event_type != "Arrests"], actor1, actor2, ctx, civilian_victims)
        sub = "Attack" if civilian_victims or actor2 is None or actor2.startswith("Civilians") else "Armed clash"
    stopped = None
    if sub in ("Air/drone strike", "Shelling/artillery/missile attack") and _weapons_stopped(group):
        sub = stopped = "Disrupted weapons use"
    if sub == "Disrupted weapons use" and _someone_killed(group):
        # some were shot down, others struck and killed: the strike is the event, read from the rest
        rest = [c for c in group if c.sub_event_type != "Disrupted weapons use"]
        if any(c.sub_event_type and not c.background for c in rest):
            return _choose_type(rest, actor1, actor2, ctx, civilian_victims)
    lead_claim = next((c for c in group if c.sub_event_type and not c.background), None)
    lead_sub = lead_claim.sub_event_type if lead_claim else None
    if lead_sub == "Armed clash" and lead_claim is not None and lead_claim.territorial in _TERRITORIAL and any(
            c.sub_event_type in _TERRITORIAL for c in group if not c.background and c is not lead_claim):
        # "RSF fighters stormed the town and seized the army base", the capture told again below
        # ("the RSF entered the town from the west"): the capture is the event
        sub = lead_claim.territorial
    elif sub in ("Non-state actor overtakes territory", "Government regains territory") and weights.get("Armed clash") and lead_sub == "Armed clash":
        # fighting in the lead, a capture later: an armed clash with a territorial change noted
        sub = "Armed clash"
    elif lead_sub in ("Non-state actor overtakes territory", "Government regains territory") and sub == "Armed clash":
        # a capture in the lead ("rebels captured Goma after days of fighting") is the event
        sub = lead_sub
    elif lead_claim is not None and lead_claim.territorial in _TERRITORIAL and sub in ("Attack", "Armed clash") and _DOERS_ONLY.fullmatch(
            lead_claim.trigger or "") and not any(c.sub_event_type == "Armed clash" for c in group if not c.background):
        # "Fano militiamen seized the town of Lalibela": the word for the doers is no deed; the
        # capture the lead tells is the event (not "gunmen attacked the town and fought troops")
        sub = lead_claim.territorial
    if sub == "Non-violent transfer of territory" and territorial and any(_UNOPPOSED_DENIED.search(c.text) for c in group if not c.background):
        # "withdrew after months of fighting and Russian troops entered the town": fought for, a capture
        sub = territorial
    if territorial:
        taker, holder = actor1, actor2
        if actor2 is not None and _handed_to(group, _HANDED_TO, 30) == actor2 and actor1:
            # "pulled out of Vuhledar, ceding it to Russian forces": the side it was left to took it
            taker, holder = actor2, actor1
        territorial = "Government regains territory" if taker and ctx.is_state(taker) and not _foreign_taker(group, taker, holder, ctx) else "Non-state actor overtakes territory"
        if sub in ("Non-state actor overtakes territory", "Government regains territory"):
            sub = territorial
    if sub in _TERRITORIAL and not _someone_killed(group) and not any(
            _UNOPPOSED_DENIED.search(c.text) for c in group if not c.background) and (
            _told_unfought(group, ctx.unfought)
            or (any(_LEFT_BEFORE.search(c.text) for c in group if not c.background) and not any(
                _CONQUEST.search(c.trigger or "") for c in group if not c.background and c.sub_event_type in _TERRITORIAL))):
        # "troops entered the town after the insurgents pulled out overnight", "took the building
        # without a single shot": the other side gave it up, a non-violent transfer (ACLED)
        return "Strategic developments", "Non-violent transfer of territory", None
    armed_opponent = actor2 is not None and not actor2.startswith(("Civilians", "Protesters"))
    if sub == "Attack" and armed_opponent and not any(
            any(a.name == actor2 for a in (*c.actors, *(c.source_actors if _SELF_TOLD.search(c.text) else ()))) or any(t.party == actor2 for t in c.tolls)
            for c in group if not c.background and c.sub_event_type and not (
                c.trigger_weight < 2 and c.target is None and _TOLD_ALREADY.search(c.text, 0, max(c.trigger_at, 0)))):
        # "investigators believed the attackers might be linked to al-Qaeda": a group named only
        # in words that tell no deed is no side the attack was fought with; a speaker telling its own
        # deed ("police said they had repelled an attack") is one, not one telling another's ("a
        # judge was shot dead by gunmen, police said"), nor one that only speaks of the attack told
        # already ("the party condemned the attack")
        armed_opponent = False
    if sub == "Armed clash" and civilian_victims and not armed_opponent and not _post_attacked(group) and not (
            exchange and any(_RETURNED_FIRE.search(c.text) for c in group if not c.background)) and not (
            not weights.get("Attack") and any(_FIGHT_BETWEEN.search(c.text) for c in group if not c.background and c.sub_event_type == "Armed clash")):
        # (not "clashes between Hausa and Berta fighters killed 50, women and children among them":
        # a fight between two armed sides told as such is a battle, whoever fell in it)
        # (not "snipers fired on the mourners and armed men in the procession fired back": fire
        # returned is two armed sides, however the second is named)
        sub = "Attack"
    if sub == "Attack" and armed_opponent and actor2 is not None and _bystanders_hurt(group, actor2):
        pass  # "a police officer was killed and ten people were injured in a shooting at the bus station"
    elif sub == "Attack" and armed_opponent and not civilian_victims and not (
            first is not None and first.sentence == lead and _BEHEADED.search(first.trigger or "") and not _FIGHTERS_BEHEADED.search(first.text)):
        # (not "separatists were blamed for the beheading of a woman accused of informing for the
        # army": a beheading is done to someone held, no fight, unless the text says the dead
        # were soldiers or fighters)
        sub = "Armed clash"
    elif sub == "Attack" and armed_opponent and actor2 is not None and (_opponent_hurt_most(group, actor2) or _armed_target(group, actor2) or exchange and not (
            civilian_victims and first is not None and first.sentence == lead and first.sub_event_type == "Attack" and first.trigger_weight >= 2
            and _CIVILIANS_NAMED.search(first.text) and not any(c.sub_event_type == "Armed clash" and c.sentence == lead for c in group if not c.background))
                                                                        or _post_attacked(group)):
        # (not "troops massacred dozens of civilians in Axum ... the killings followed a brief
        # gunfight with fighters": the lead's one-sided killing of people named civilians is the
        # event; a fight told below is an episode of it)
        # "twenty soldiers and a civilian were killed in an attack by jihadis": the attack on
        # the armed side, whose men are most of the dead, is a battle; civilians caught in it do
        # not make it one-sided (ACLED)
        sub = "Armed clash"
    if sub == "Attack" and exchange and any(
            _FORCE_FOUGHT.search(c.text) for c in group if not c.background and c.sub_event_type == "Armed clash" and c.trigger_weight >= 3) and not any(
            _CIVILIANS_NAMED.search(c.text) for c in group if not c.background and c.sentence == lead):
        # "gunmen attacked the custodial centre ... engaged the armed squad guarding it in a gun duel":
        # the guards fought back, a battle, whoever else was hurt (not "killed 30 villagers before
        # exchanging fire with soldiers": the lead names its dead civilians)
        sub = "Armed clash"
    if sub == "Attack" and exchange and not civilian_victims and actor2 is not None and not actor2.startswith(
            ("Civilians", "Protesters", "Rioters")) and first is not None and first.initiator is not None and first.initiator.name == actor1:
        # "five Palestinians were killed during an Israeli raid ... troops came under fire and shot back": a
        # raid on an armed group whose men fought back, no victim called a civilian, is a battle (ACLED); not
        # when the lead's deed is another side's ("an adviser was shot dead by gunmen ... police tracked the
        # attackers to a junction, where they were killed in a gun battle": the two are told as one)
        sub = "Armed clash"
    if sub in ("Arrests", "Looting/property destruction", "Disrupted weapons use", "Non-violent transfer of territory") and sub != stopped and weights.get("Armed clash", 0) >= weights[sub]:
        sub = "Armed clash"
    return SUB_TO_TYPE.get(sub, "Battles"), sub, (territorial if sub == "Armed clash" else None)


_STATE_OF = re.compile(r"^(?:Military|Police) Forces of (?:the )?(.+?)(?:\s+\(|$)")


def _foreign_taker(group: list[Claim], actor1: str, actor2: str | None, ctx: AssemblyContext) -> bool:
    """A state's forces take a town from another state's forces on that state's soil ("Russian
    troops completed the liberation of Kurakhove", from Ukraine's army): no government regains its
    own territory, the taker overtakes it (ACLED, as the gold codes Russia in Ukraine); a state
    helping the host against rebels (Rwanda in Mozambique) still regains it."""
    if actor2 is not None and not ctx.is_state(actor2):
        return False
    taker, holder = _STATE_OF.match(actor1), _STATE_OF.match(actor2 or actor1)
    if taker is None or holder is None:
        return False
    words = lambda name: set(re.findall(r"[a-z]+", name.lower())) - {"the", "of", "republic", "democratic", "people", "s"}  # noqa: E731
    here = Counter(q.country for c in group if not c.background for q in c.places if q.country and q.feature != "country")
    if not here or not words(taker.group(1)) or actor2 is not None and words(taker.group(1)) & words(holder.group(1)):
        return False
    land = words(here.most_common(1)[0][0])
    return not words(taker.group(1)) & land and (actor2 is None or bool(words(holder.group(1)) & land))


def _as_fight(c: Claim) -> Claim:
    """The claim read as fighting: "the militants opened fire on the force and threw hand grenades"."""
    c = copy.copy(c)
    c.sub_event_type, c.trigger_weight = "Armed clash", 2
    return c


# guns fired with the grenades: a fight, not a grenade attack (ACLED)
_GUNFIRE = re.compile(r"\b(?:opened\s+fire|small\s+arms|gunfire|guns|rifles|machine[\s-]?guns?|exchanges?\s+of\s+fire|exchang\w+\s+fire|"
                      r"firefights?|gun\s*battles?|shootouts?)\b", re.I)
# a place people live, shop or stay, not a position: storming it is an assault on those inside
_CIVIL_SITE = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,3}?(?:hotels?|restaurants?|cafes?|malls?|shopping\s+centres?|markets?|"
                         r"schools?|universit(?:y|ies)|colleges?|hospitals?|churche?s?|mosques?|beach(?:es)?|theatres?|bus\s+stations?|"
                         r"homes?|houses?|villages?)\b", re.I)
# the lead's attack is on a position of the armed side ("attacked a military detachment")
_POST = re.compile(r"\b(?:posts?|positions?|bases?|checkpoints?|convoys?|barracks|outposts?|camps?|patrols?|detachments?|units?|garrisons?|stations?)$", re.I)


# "have exchanged fire almost daily since October": the war's course, not this event's fight
_HABITUAL = re.compile(r"\b(?:daily|since|regularly|frequently|often|routinely|almost\s+every|every\s+day|for\s+(?:months|weeks|years))\b", re.I)


def _stormed_site(c: Claim) -> bool:
    """"Al-Shabaab militants stormed a hotel": no fight opens the story, whatever follows."""
    at = c.trigger_at
    return at >= 0 and (c.trigger or "").lower().startswith("storm") and bool(_CIVIL_SITE.match(c.text, at + len(c.trigger or "")))


def _post_attacked(group: list[Claim]) -> bool:
    """The lead's attack is on a post of an armed side: "attacked a military detachment", "said it
    attacked a post of the volunteers", "raided a base of the clan militia"."""
    return any(c.sub_event_type == "Armed clash" and (c.trigger or "").lower().startswith("attack") and _POST.search(c.trigger or "")
               or c.sub_event_type == "Attack" and c.trigger_at >= 0 and _ASSAULTED_POST.match(c.text, c.trigger_at)
               for c in group[:2] if not c.background)


def _bystanders_hurt(group: list[Claim], actor2: str) -> bool:
    """The armed side is hurt only as one victim among more people of no side ("a police officer
    was killed and ten people were injured in a shooting at the bus station"), and no one says it
    was attacked: an attack on people, not a fight (ACLED)."""
    if any(c.target is not None and c.target.name == actor2 and not c.target.rule.endswith("|victim") for c in group if not c.background):
        return False
    own = sum(t.count.best or 0 for c in group if not c.background for t in c.tolls
              if t.party == actor2 and t.role in ("total", "part") and t.outcome in ("killed", "injured"))
    # (people named: not "two soldiers were killed and three wounded", "bringing the number of dead
    # to seven": a count that names nobody may hold the side's own men)
    others = max((t.count.best or 0 for c in group if not c.background for t in c.tolls
                  if t.party is None and t.who is not None and t.role == "total" and t.outcome in ("killed", "injured")), default=0)
    return own > 0 and others > own and not any(c.sub_event_type == "Armed clash" for c in group if not c.background)


def _civilian_toll(t: TollMention) -> bool:
    """The toll counts civilians, by its words ("two farmers") or by the party resolved for it."""
    return t.civilian or (t.party or "").startswith("Civilians")


def _armed_target(group: list[Claim], actor2: str) -> bool:
    """The armed second side is what was attacked ("militants attacked PMF positions"), fighting is
    told, and no dead are said to be civilians: an attack on armed men is a battle (ACLED)."""
    return (any(c.target is not None and c.target.name == actor2 for c in group if not c.background)
            and any(c.sub_event_type == "Armed clash" for c in group if not c.background)
            and not any(_civilian_toll(t) for c in group if not c.background for t in c.tolls))


def _opponent_hurt_most(group: list[Claim], actor2: str) -> bool:
    """The armed second side's own dead or wounded are counted, and outnumber the civilians' (the
    dead first: "killing a police officer and wounding a health worker" hit the police most)."""
    def most(of: Callable[[TollMention], bool], outcome: str) -> int:
        return max((t.count.best or 0 for c in group if not c.background for t in c.tolls
                    if t.role in ("total", "part") and t.outcome == outcome and of(t)), default=0)

    def own(t: TollMention) -> bool:
        return t.party == actor2

    mine = (most(own, "killed"), most(own, "injured"))
    return mine != (0, 0) and mine > (most(_civilian_toll, "killed"), most(_civilian_toll, "injured"))


_TERRITORIAL = ("Non-state actor overtakes territory", "Government regains territory")
_ASSAULTED_POST = re.compile(r"\b(?:storm(?:ed|ing)|attack(?:ed|ing)|raid(?:ed|ing)|overr(?:an|un)|assault(?:ed|ing))\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
                             r"(?:[\w'’-]+\s+){0,3}?(?:bases?|posts?|positions?|barracks|outposts?|garrisons?|checkpoints?)\b", re.I)
_ABDUCTED = re.compile(r"\b(?:abduct\w*|kidnap\w*|taken\s+hostage|seized\s+(?:\w+\s+){0,3}?hostages)\b", re.I)
_SELF_TOLD = re.compile(r"\b(?:said|says|added|reported|announced|stated|claimed)\s+(?:that\s+)?(?:they|it|its|their)\b|"
                        r"\b(?:its|their)\s+(?:own\s+)?(?:forces|troops|men|officers|soldiers|units|fighters|positions?|posts?|bases?|patrols?)\b", re.I)
_RETURNED_FIRE = re.compile(r"\b(?:(?:fired|firing|shot|shooting)\s+back|return(?:ed|ing)\s+fire|fire\s+was\s+returned|exchang\w*\s+(?:of\s+)?(?:gun)?fire)\b", re.I)
# "handed over their base in the desert city of Timbuktu to the Malian army", "was turned over to"
_HANDED_OVER_TO = re.compile(r"\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?)\s+over\b[^.;]{0,90}?\bto\s+(?:the\s+)?|"
                             r"\bhand(?:ed|ing|s)?\s+(?:[\w'’-]+\s+){1,4}?over\s+to\s+(?:the\s+)?", re.I)


def _handed_to(group: list[Claim], pattern: re.Pattern[str], reach: int) -> str | None:
    """The first side a place was handed (``pattern``, up to its "to") over or left to, named
    within ``reach`` characters after it."""
    return next((a.name for c in group if not c.background for m in pattern.finditer(c.text) for a in c.actors
                 if 0 <= a.span.start - c.span.start - m.end() <= reach), None)


_HANDED_TO = re.compile(r"\b(?:handing|handed|leaving|left|ceding|ceded|conceding|conceded|surrendering|surrendered)\s+(?:control\s+of\s+)?(?:[\w'’-]+\s+){0,4}?to\s+(?:the\s+)?", re.I)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BEHEADED = re.compile(r"\b(?:behead\w*|decapitat\w*)", re.I)
# the beheaded were fighters: "beheaded two captured soldiers", "the beheading of a militiaman", "three
# policemen were decapitated" (not "separatist fighters beheaded a woman": the doers)
_FIGHTERS_BEHEADED = re.compile(r"\b(?:behead\w*|decapitat\w*)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,3}?(?:soldiers?|troops|servicem[ae]n|gendarmes?|police(?:m[ae]n)?|"
                                r"officers?|fighters?|militants?|militiam[ae]n|guards?|recruits?|combatants?)\b|"
                                r"\b(?:soldiers?|troops|servicem[ae]n|gendarmes?|police(?:m[ae]n)?|officers?|fighters?|militants?|militiam[ae]n|guards?|recruits?|combatants?)\s+"
                                r"(?:[\w'’-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:behead|decapitat)", re.I)
# "fighting between Hausa and Berta militias", "clashes between herders and farmers": two sides at war
_FIGHT_BETWEEN = re.compile(r"\b(?:fighting|clashes|battles?|fights?|gunfights?|gun\s+battles?|firefights?|skirmish(?:es)?)\s+between\s+|"
                            r"\b(?:tribal|ethnic|clan|communal|inter-?communal|inter-?ethnic|inter-?clan)\s+(?:fighting|clashes|battles?|gunfights?)\b", re.I)
# the gunfight's other side is a force: "engaged the armed squad guarding the facility in a gun duel",
# "exchanged fire with police guarding the jail", "a shootout with soldiers at the gate"
_FORCE_FOUGHT = re.compile(r"\b(?:engag\w+|exchang\w+\s+(?:gun)?fire\s+with|(?:shoot-?out|gun\s*fight|gun\s*battle|firefight)s?\s+with|fought|battled|clashed\s+with)\s+"
                           r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:guards?|squad|police(?:m[ae]n)?|officers|soldiers|troops|security\s+forces|gendarmes|"
                           r"personnel|warders|wardens|vigilantes)\b", re.I)
# the lead names its dead as civilians: "executed 300 civilian men", "massacred dozens of unarmed villagers"
_CIVILIANS_NAMED = re.compile(r"\b(?:civilians?|unarmed|non-?combatants?|villagers|residents|detainees|prisoners)\b", re.I)
_TOLD_ALREADY = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$", re.I)
_GONE_MISSING = re.compile(r"\b(?:are|were|is|was|remain(?:s|ed)?|went|have\s+gone|had\s+gone)\s+(?:still\s+)?(?:missing|unaccounted\s+for)\b", re.I)
# a weapon named as support or as booty, or worn and not said to have gone off ("one of the attackers was
# wearing a suicide vest"), or another attack the target is blamed for, not as what
# struck: "ground troops backed by air strikes", "trying to loot artillery", "held responsible for
# Saturday's rocket strike"
_NOT_THE_MEANS = re.compile(r"\b(?:backed|supported|covered|assisted|aided)\s+by\s+(?:\w+\s+){0,2}$|\b(?:wearing|wore|wears|strapped\s+with|equipped\s+with)\s+(?:an?\s+)?(?:explosive\s+)?$|\bwith\s+(?:the\s+)?(?:support|cover|backing)\s+of\s+(?:\w+\s+){0,2}$|"
                            r"\b(?:responsible|blamed|blaming\s+\w+)\s+for\s+(?:[\w'’-]+\s+){0,3}$|\baccus(?:ed|ing)\s+(?:\w+\s+){0,3}?of\s+(?:[\w'’-]+\s+){0,3}$|"
                            r"\b(?:loot|looted|looting|steal|stole|stealing|seize|seized|seizing|capture|captured|capturing|"
                            r"shortages?\s+of|deliveries\s+of|supplies\s+of)\s+(?:\w+\s+){0,2}$", re.I)
# a weapon only seen or heard, no strike told: "as fighter jets fly overhead", "drones were heard circling"
_ONLY_SEEN = re.compile(r"\s+(?:(?:could|can)\s+be\s+|(?:were|was|are|is|being)\s+)?(?:fly|flies|flew|flying|flown|circl\w+|"
                        r"hover\w*|roar\w*|buzz\w*|heard|seen|spotted|patroll\w*)\b", re.I)
# the lead tells a siege or stand-off as over: "ended an hours-long siege", "the siege ... ended at dawn"
_FIGHT_ENDED = re.compile(r"\b(?:ended|ending|end\s+to|lifted|broke)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:siege|stand-?off)\b|"
                          r"\b(?:siege|stand-?off)\b[^.;]{0,80}?\b(?:ended|was\s+over|was\s+lifted)\b", re.I)
_FIGHT_WORDS = re.compile(r"\b(?:fight|fighting|fought|clash|clashes|clashed|battle|battles|battled|combat|firefights?|gunfights?|"
                         r"gun\s+battles?|repel|repelled|repulsed|engaged|skirmish(?:es)?|offensive|siege|stormed|counter-?attacks?|counter-?offensives?|assaults?|ambush(?:ed|es)?)\b", re.I)
# the side that held a place gave it up without a fight ("took the building without a single
# shot"), or left before the other came ("entered the town after the insurgents pulled out") when
# the taking is not told as a conquest ("captured", "seized", "overran": a fight is implied)
UNFOUGHT = re.compile(
    r"\bwithout\s+(?:a\s+|any\s+)?(?:single\s+)?(?:shot|shots|fight|fighting|resistance|a\s+shot\s+(?:being\s+)?fired)\b|"
    r"\bno\s+fighting\b|\bunopposed\b|\bno\s+resistance\b", re.I)
_LEFT_BEFORE = re.compile(
    r"\bafter\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?(?:\([\w-]+\)\s+)?(?:had\s+|have\s+|has\s+)?(?:pulled\s+out|withdrew|withdrawn|abandoned|vacated|evacuated|left)\b|"
    r"\b(?:completed|finished)\s+(?:its|their|the)\s+withdrawal\b", re.I)
_CONQUEST = re.compile(r"\b(?:re)?captur|\bseiz|\boverr[au]n|\bstorm|\bconquer", re.I)
# "after fierce fighting", "clashes before the militants fled": the place was fought for
# "withdrew following clashes on the outskirts", "amid heavy gunfire": the same, in other words
_UNOPPOSED_DENIED = re.compile(r"\b(?:fierce|heavy|intense)\s+(?:fighting|clashes|battles?|gunfire|shelling)\b|\bafter\s+(?:days|hours|weeks|months)\s+of\s+(?:fighting|clashes)\b|"
                               r"\b(?:after|following|amid)\s+(?:[\w-]+\s+){0,3}?(?:fighting|clashes|battles?|gunfire|firefights?|exchanges?\s+of\s+fire)\b", re.I)


def _told_unfought(group: list[Claim], unfought: list[int]) -> bool:
    """A sentence of the event's, or one of no event of its own among them or just after them
    (``unfought``: the report's sentences UNFOUGHT finds), says the place was not fought for ("took
    the building without a single shot"; "the rebels entered the town a few hours after FARDC
    soldiers had withdrawn. No fighting was reported inside the town")."""
    told = [c.sentence for c in group if not c.background]
    return bool(told) and any(min(told) <= k <= max(told) + 1 for k in unfought)


def _only_seen(c: Claim) -> bool:
    """The claim's weapon word is only seen or heard ("as fighter jets flew overhead"), no strike told."""
    return bool(c.trigger and c.trigger in c.text and _ONLY_SEEN.match(c.text, c.text.find(c.trigger) + len(c.trigger)))


def _priority(sub: str) -> int:
    order = ["Chemical weapon", "Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
             "Grenade", "Abduction/forced disappearance", "Excessive force against protesters", "Protest with intervention",
             "Armed clash", "Attack", "Non-state actor overtakes territory", "Government regains territory"]
    return len(order) - order.index(sub) if sub in order else 0




# the lead tells the end of a longer event, whose start the text gives later ("ended a 13-hour
# siege on Friday morning ... the militants stormed the hotel on Thursday evening")
def _protesters_held(c: Claim) -> bool:
    """An arrest of protesters ("police arrested 350 supporters who defied a ban to march"): a crowd's event."""
    return c.sub_event_type == "Arrests" and any(a.name.startswith("Protesters") for a in c.actors)


_ENDING = re.compile(r"\b(?:ended|ending|end to|pulled out|withdr[ae]w(?:n)? from|concluded|lifted the siege)\b", re.I)


# "in a statement read on state television late Monday", "in a communique issued on Sunday": the
# day the statement was given, however many words name how it was given
_STATEMENT_BEFORE = re.compile(
    r"\b(?:statement|communiqu[eé]|announcement|press\s+release|(?:press|news)\s+conference|briefing|televised\s+(?:address|speech)|"
    # "in a video shared on social media on Wednesday", "footage circulated online on Sunday"
    r"video|footage|audio\s+(?:message|recording)|recording|clip|message)\s+"
    r"(?:(?:read|issued|released|published|posted|broadcast|aired|delivered|carried|made|given|shared|circulated|uploaded)\s+)?"
    r"(?:(?:on|by|in|at|over|to|through)\s+(?!(?:that|who|which)\b)(?:[\w'’-]+\s+){1,4}?)?(?:on\s+)?$|"
    # "IS claimed on Monday it had seized the town", "the group claimed responsibility on Sunday",
    # "speaking to reporters in Maputo on Sunday": the day of the claim or of the words
    r"\b(?:claimed|admitted|acknowledged|alleged|insisted|boasted|asserted)\s+(?:responsibility\s+)?$|"
    # "Wagner had claimed control of the town on Tuesday", "claimed the capture of the base on Monday":
    # the day of the claim, not of the capture
    r"\bclaim(?:ed|s|ing)\s+(?:full\s+|total\s+|complete\s+)?(?:control|capture|the\s+capture|seizure|the\s+seizure)\s+(?:of|over)\s+"
    r"(?:(?!(?:after|following|during|amid|when|as|in)\b)[\w'’-]+\s+){1,8}?(?:on\s+)?$|"
    r"\b(?:speaking|talking|writing)\s+(?:to|at|in|on|from|during|before|after)\b[^,.;:\"“”]{0,60}$", re.I)


# the day of a tally or of a finding, not of the event: "as of 12:00 on July 13, 45 bodies had been
# recovered", "a strike in January killed 19, a UN inquiry concluded on Tuesday"
_TALLY_OR_FINDING_BEFORE = re.compile(
    r"\bas\s+(?:of|at)\s+(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC|local\s+time|hours|hrs)?\s+)?(?:on\s+)?$|"
    r"\b(?:concluded|determined|established|found)\s+(?:on\s+)?$", re.I)


# "the group on Wednesday claimed responsibility for an attack", "the army on Tuesday admitted that
# soldiers had killed": the day the subject spoke, told between it and its verb of speaking
_SPOKE_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:also\s+|again\s+|publicly\s+|formally\s+)?"
                          r"(?:claimed|admitted|acknowledged|denied|condemned|blamed|accused|vowed|warned|insisted|alleged|"
                          r"apologi[sz]ed|pledged|threatened|urged|called\s+(?:for|on))\b|"
                          # "the government revised down on Tuesday the death toll": the toll's day, told before its noun
                          r",?\s+(?:the|its|their)\s+(?:(?:death|casualty|overall|official|provisional|final|initial)\s+)*(?:toll|tally)\b", re.I)
# "jihadists attacked their post near Djibo on Saturday", "a police post in Kaduna": a post held by
# a force, not one on social media, before the day; the day is not the reporting's for that word
_POST_NOUN = re.compile(r"\b(?:their|its|police|military|army|security|observation|command|forward|guard|gendarmerie)\s+post\b(?!\s+on\s+(?:X|Twitter|Facebook|Telegram|Instagram|social))", re.I)
_REPORTING_WORD = re.compile(r"\b(?:said|says|announced|reported|told|stated|added|confirmed|rose|risen|climbed|increased|jumped|recovered|"
                             r"updated|sifted|mourned|buried|funerals?|statement|released|published|searched|searching|continued|visited|"
                             r"posted|tweet(?:ed)?|briefing|interview|press\s+conference|given|toll)\b", re.I)


_SPEAKERS_TODAY = ("today", "earlier-today", "this-morning", "this-afternoon", "this-evening", "tonight")


def _quoted_today(c: Claim, d: DateMention) -> bool:
    """"Today at 12 o'clock, Bakhmut was completely taken," he said in a video: the speaker's
    today, the day the words were given, which the report may tell (a day of the reporting)."""
    if d.rule not in _SPEAKERS_TODAY:
        return False
    return quote_open(c.text[:max(0, d.span.start - c.span.start)])


_SMALL_HOURS = re.compile(r"\b(?:early\s+hours\s+of|(?:early|before\s+dawn|at\s+dawn|before\s+daybreak)(?:\s+on)?)\s+$", re.I)


# a day governed by "on", "late", "early": when something happened, not a day a statement declares
_ON_DAY_BEFORE = re.compile(r"\b(?:on|late|early|overnight|last|since|by)\s+(?:the\s+)?$", re.I)
_ON_DAY_TEXT = re.compile(r"(?:on|late|early|overnight|last)\b", re.I)
# "signed the deal on Thursday at talks in Kunming, which began on Wednesday": the day the talks or
# the meeting opened, not the day of the deal made there
_TALKS_BEGAN = re.compile(r"\b(?:talks|negotiations|meetings?|summit|conference|consultations|mediation|round)\b[^.;:]{0,70}?"
                          r"\b(?:began|begun|started|opened|convened|got\s+under\s*way|kicked\s+off)\s+$", re.I)
# the sentences that speak of the event without telling one of their own (docs/gold-format.md)
_TOLD_OF_IT = ("statement", "denial", "blame statement")


# the act an event answers: "in response to", "an \"initial response\" to", "their answer to", "to avenge"
_ANSWER_TO = re.compile(r"\b(?:(?:retaliation|reprisal|revenge|response|answer|reply|riposte|retaliating|responding)[\"”’']?\s+(?:for|to|against)|to\s+avenge|avenging)\b", re.I)
# the clause breaks that end an "in response to X" phrase before a day of the answering act
_ANSWER_ENDS = re.compile(r"[;:]|,\s+(?:(?:the|a|an|its|his|their)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:said|says|added|announced)\b|\s(?:and|but|while|before|then)\s", re.I)


def _answered_day(c: Claim, d: DateMention) -> bool:
    """The day belongs to the act the event answers, told behind "in response to", "in retaliation
    for", "to avenge" ("fired rockets in response to an Israeli strike earlier this week", "In
    revenge for Tuesday's raid, militants burned the post"), not to the event: the event word
    lies outside that phrase, before it or after the day."""
    at = d.span.start - c.span.start
    m = next(reversed(list(_ANSWER_TO.finditer(c.text, 0, at))), None)
    if m is None or c.trigger_at < 0 or _ANSWER_ENDS.search(c.text, m.end(), at):
        return False
    return c.trigger_at < m.start() or (c.trigger_at >= at + len(d.text) and "," not in c.text[m.end():at])


# a day that names an election or a vote ("who says he won the Feb. 21 run-off", "the results of the
# December 30 presidential election"): the occasion's day, not the event's, unless the event happened
# during or on it ("attacked a polling station during the February 25 vote")
_OCCASION_AFTER = re.compile(r"(?:'s|’s)?\s+(?:(?:presidential|parliamentary|legislative|general|municipal|local|regional|provincial|"
                             r"national|constitutional|disputed|contested|first-round|second-round|runoff|run-off)\s+){0,2}"
                             r"(?:elections?|votes?|vote\s+count|polls|ballot|run-?offs?|referendum|plebiscite|primar(?:y|ies))\b", re.I)
_DURING_OCCASION = re.compile(r"\b(?:during|on|amid|at)\s+(?:the\s+)?$", re.I)


def _dates(group: list[Claim], published: dt.date | None, ongoing: bool = False) -> tuple[dt.date | None, dt.date | None, int | None, str]:
    """The event's dates: its earliest stated day, leaving aside the days of the reporting
    ("said on Monday", "the toll rose on Tuesday") unless nothing else is dated."""
    event_days: list[tuple[dt.date, int]] = []
    report_days: list[tuple[dt.date, int]] = []
    old_days: list[tuple[dt.date, int]] = []  # the event's own days, told months after it
    lead_day: dt.date | None = None
    lead_ends = False  # the lead tells how the event ended ("troops pulled out late Tuesday, ending...")
    lead_overnight = False  # the lead's day is the report's "overnight", a night that began the day before
    small_hours: set[dt.date] = set()  # days told as "in the early hours of Sunday", "before dawn on Sunday"
    span_starts: list[tuple[Claim, dt.date]] = []  # "on Saturday after three days of fighting": Thursday
    lead_claim: Claim | None = None
    first = next((c for c in group if not c.background and c.sub_event_type), None)
    seen_first = False
    told_days: list[tuple[dt.date, int]] = []  # days told only in a statement or denial of this event
    dated: list[tuple[int, dt.date]] = []  # the event's days told so far, by sentence
    scene_day: dt.date | None = None  # "A day later, troops stormed X": the day of the first sentence naming the scene
    for c in group:
        told = c.background in _TOLD_OF_IT
        if c.background and not told:
            continue
        # the lead's day, or when the lead gives none the first day told of the event itself
        # ("M23 entered Bukavu." then "columns of rebels marched in on Sunday")
        seen_first = seen_first or c is first
        # (a week or a weekend told before does not stand in for the day: "after the army retook
        # the city at the weekend ... gunmen raided the village on Sunday")
        lead_first = not told and seen_first and lead_day is None and not any(p == 1 for _, p in event_days) and (
            c.sub_event_type is not None or bool(c.tolls))
        # "on Sunday, a day after the strike": the day before is the event's, not the day named;
        # but "a strike killed ten on Monday, a day after drones hit Kyiv": the day named is
        dates = [d for d in c.dates if d.rule == "day-before" and not _named_day_told(c, d)] or [
            d for d in c.dates if d.rule != "day-before"]
        # "the mayor died on Thursday after he was wounded in a suicide bombing last week": the
        # lead's day is the one told beside its event word, not another clause's
        near = _nearest_to_trigger(c, dates) if lead_first else None
        # "A day later, troops stormed a hideout outside Jalalaqsi": counted on from the last day told
        # of the event before it; where this sentence is the first to name the scene, it is the day
        later = next((d for d in c.dates if d.date is None and d.rule.startswith("later:")), None)
        if later is not None and not told and (before := [day for s_, day in dated if s_ < c.sentence]):
            day = before[-1] + dt.timedelta(days=int(later.rule[6:]))
            if not published or day <= published:
                event_days.append((day, 1))
                # (a sentence that opens on the day and names a town tells an act of that day: ACLED
                # codes one event a day)
                if scene_day is None and later.span.start - c.span.start <= 3 and any(q.feature == "place" for q in c.places) and later.rule != "later:0":
                    scene_day = day
        for d in dates:
            if d.date is None or d.rule == "year":
                continue
            if published and (d.date > published or (published - d.date).days > 45):
                if not told and d.date <= published and (published - d.date).days <= 366 and not d.publication:
                    old_days.append((d.date, d.precision))  # "the killings took place on November 28" in February
                continue
            at = d.span.start - c.span.start
            if _answered_day(c, d):
                continue  # "in retaliation for a drone strike last week": the answered act's day
            if _OCCASION_AFTER.match(c.text, at + len(d.text)) and not _DURING_OCCASION.search(c.text, max(0, at - 20), at):
                continue  # "who says he won the Feb. 21 run-off": the vote's day
            held_post = _POST_NOUN.search(c.text, max(0, at - 40), at) and not _REPORTING_WORD.search(c.text, 0, at)
            if (d.publication and not _possessive(c, d) and not held_post) or _STATEMENT_BEFORE.search(c.text, max(0, at - 80), at) or (
                    _SPOKE_AFTER.match(c.text, at + d.span.end - d.span.start)) or (
                    _TALLY_OR_FINDING_BEFORE.search(c.text, max(0, at - 40), at)) or _quoted_today(c, d) or ((lead_first or not (c.sub_event_type or c.tolls)) and _aftermath(c, d)) or _ends_span(c, d) or _state_then_event(c, d) or (
                    _WENT_ON.search(c.text, 0, at)) or _TALKS_BEGAN.search(c.text, max(0, at - 90), at) or (
                    # "KHARTOUM / OMDURMAN (1 Jul 2019) – ": the day the story was filed, in the dateline
                    d.date == published and at < 80 and c.text[at - 1:at] == "(" and c.text[at + d.span.end - d.span.start:].startswith(")")):
                if not told:
                    report_days.append((d.date, d.precision))
            elif told:
                # (a day governed by "on", "late", "early", "overnight" is when it happened; a bare day
                # that is what the statement declares, "declared Saturday a day of mourning", is not)
                if _ON_DAY_BEFORE.search(c.text, max(0, at - 20), at) or _ON_DAY_TEXT.match(d.text) or d.rule != "weekday":
                    told_days.append((d.date, d.precision))
            else:
                event_days.append((d.date, d.precision))
                if d.precision == 1:
                    dated.append((c.sentence, d.date))
                if _SMALL_HOURS.search(c.text, max(0, at - 30), at):
                    small_hours.add(d.date)
                if d.rule == "span-start":
                    span_starts.append((c, d.date))
                elif lead_first and lead_day is None and d.precision == 1 and (near is None or near.precision == 1):
                    lead_day = d.date
                    lead_claim = c
                    lead_ends = bool(_ENDING.search(c.text))
                    lead_overnight = d.rule == "overnight"
    # ("Soldiers opened fire on the crowd late Tuesday, Amnesty said, while the army denied it": a
    # day told only in a statement or a denial of the event is its day, before any day of reporting)
    found = event_days or [f for f in old_days if f[1] == 1] or told_days or report_days
    if not found:
        if published:
            return published, None, 2, "published date (the report gives no date)"
        return None, None, None, "unknown (no date in the text and no published date)"
    day_level = [f for f in found if f[1] == 1] or found
    start = min(f[0] for f in day_level)
    if lead_day is not None and not ongoing and not lead_ends:
        start = lead_day  # the lead tells the event's day; earlier days are its background
        if lead_overnight and lead_day - dt.timedelta(days=1) in small_hours:
            # "an overnight attack ... stormed the post in the early hours of Sunday": the night's day told
            start = lead_day - dt.timedelta(days=1)
        # "took the town on Monday after three days of fighting": the span's first day
        start = min([s for cc, s in span_starts if cc is lead_claim and 0 < (lead_day - s).days <= 14], default=start)
    if scene_day is not None and not ongoing:
        start = scene_day
    end = max(f[0] for f in day_level)
    if end < start:
        end = start
    precision = min(f[1] for f in day_level)
    basis = "text" if event_days or found is not report_days else "text (the day it was reported)"
    return start, (end if end != start else None), precision, basis


def _nearest_to_trigger(c: Claim, dates: list[DateMention]) -> DateMention | None:
    """Of a sentence's event days, the one nearest its event word (None when it has one or none)."""
    told = [d for d in dates if d.date is not None and (not d.publication or _possessive(c, d)) and d.rule != "year"]
    if len(told) < 2 or (at := c.trigger_at) < 0:
        return None
    at += c.span.start
    return min(told, key=lambda d: min(abs(d.span.start - at), abs(d.span.end - at)))


def _named_day_told(c: Claim, before: DateMention) -> bool:
    """"A missile strike killed ten on Monday, a day after drones hit Sumy": the day named is the
    event's, told after its event word and not as the day of the reporting."""
    named = [d for d in c.dates if d.rule != "day-before" and d.span.end <= before.span.start and d.date]
    at = c.trigger_at + c.span.start if c.trigger_at >= 0 else -1
    return bool(named) and not named[-1].publication and 0 <= at < named[-1].span.start


def _possessive(c: Claim, d: DateMention) -> bool:
    """"the toll from Saturday's attack", "Tuesday night's raid", "Russia's July 31 missile
    attack": the day of the thing named."""
    after = c.text[d.span.end - c.span.start:]
    if after.startswith(("'s ", "’s ")) or d.text.endswith(("'s", "’s")):
        return True
    return bool(c.trigger) and d.text[:1].isupper() and bool(_before_trigger(c.trigger or "").match(after))


@functools.lru_cache(maxsize=1024)
def _before_trigger(trigger: str) -> re.Pattern[str]:
    # compiled once per event word: a pattern built per call would crowd the re module's own cache
    return re.compile(r"\s+(?:(?!(?:that|it|its|they|he|she|had|has|have|was|were|is|are|to|the|a|an|on|in|at)\b)[\w-]+\s+){0,2}?"
                      + re.escape(trigger) + r"\b")


# the day of the aftermath, not of the event: mourners, funerals, rescuers in the rubble
_AFTERMATH = re.compile(r"\b(?:mourn(?:ers|ed|ing)?|bur(?:y|ied|ying|ials?)|funerals?|rescuers?|rescue\s+(?:workers|teams|crews)|"
                        r"dug|digging|sift(?:ed|ing)?|search(?:ed|ing)?\s+(?:for|through)|vigils?|laid\s+to\s+rest|paid\s+tribute|"
                        r"firefighters|(?:battl|fight)(?:ed|ing)\s+(?:the\s+)?(?:blaze|fires?|flames)|still\s+(?:burning|smou?ldering|ablaze)|"
                        # "a young man died on Thursday of wounds sustained in the rioting": the day of a death, not of the event
                        r"succumb(?:ed|s|ing)?\s+(?:[\w,]+\s+){0,3}?to\b|died\s+(?:[\w,]+\s+){0,4}?(?:of|from)\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries))\b", re.I)
_AFTER_EVENT = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:after|following)\s+(?:(?:several|two|three|four|five|six|seven|"
                          r"many|\d+|a|a\s+few)\s+)?(?:days?|weeks?|months?|nights?|hours?)\s+of\s+", re.I)
_AFTER_END = re.compile(r"[,;:]|\s(?:and|but|while|as)\s", re.I)
# "fighting erupted on Friday and continued into Sunday", "went on overnight": the day the fight
# went on to, its end, not its start
_WENT_ON = re.compile(r"\b(?:continu(?:ed|ing|es)|went\s+on|carried\s+on|lasted|dragged\s+on|persisted|raged\s+on)\s+(?:(?:well|late|into|until|till|through|on)\s+){0,2}$", re.I)
_CLAUSE_OPEN = re.compile(r"(?:[;:]|,\s+(?:as|while|when|after)|\b(?:as|while|when|after|following|before)\b)\s*", re.I)


def _aftermath(c: Claim, d: DateMention) -> bool:
    """The date is told in a clause of the aftermath ("rescuers dug through the wreckage on
    Tuesday as the toll from the strike rose", "mourners gathered on Sunday to bury the dead")
    that does not hold the event word."""
    a, b = d.span.start - c.span.start, d.span.end - c.span.start
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(c.text, 0, a)]
    clause = c.text[opens[-1] if opens else 0:b] + " ".join(c.text[b:b + 30].split(" ")[:3])
    return bool(_AFTERMATH.search(clause)) and not (c.trigger and c.trigger in clause)


_THEN_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?!(?:after|following)\b)[\w'’-]+){0,4}?,?\s+(?:(?:a|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+"
                         r"(?:days?|weeks?|hours?)\s+)?(?:after|following)\s+", re.I)


# a main clause that tells a state that lasts, not a deed: "remained without power", "were still
# missing", "were being held", "were burying their dead", "stayed shut"
_STATE_CLAUSE = re.compile(r"\b(?:remain(?:ed|s|ing)?|stay(?:ed|s)?|still|continu(?:ed|es)\s+to|kept|(?:was|were|is|are)\s+being\s+\w+|(?:was|were|is|are)\s+"
                           r"(?!(?:being|killing|fighting|shooting|shelling|bombing|attacking)\b)[a-z]+ing)\b", re.I)


def _state_then_event(c: Claim, d: DateMention) -> bool:
    """The date is told in a main clause with no event word, of a state or a sequel ("Kosti
    remained without power on Tuesday after a drone strike on the station on Thursday", "schools
    reopened on Monday, two days after gunmen attacked the town on Saturday"), and the event told
    behind "after" has an earlier day of its own: the day named first is not the event's."""
    after = _THEN_AFTER.match(c.text, d.span.end - c.span.start)
    if after is None or d.date is None:
        return False
    words = claim_triggers(c)
    if not words or any(t.start < after.end() for t in words):
        return False
    first_word = min(t.start for t in words)
    # ("Two aid workers were still missing on Thursday after gunmen seized them": the act behind "after"
    # undated here, the state's day is no more than a day of the reporting; the event's own day, told
    # in another sentence, stands before it)
    undated = not any(o.date is not None and o.span.start - c.span.start > first_word for o in c.dates)
    return (undated and bool(_STATE_CLAUSE.search(c.text, 0, d.span.start - c.span.start))) or any(
        o.date is not None and o.precision == 1 and o.date < d.date and not o.publication and o.rule != "span-start"
        and o.span.start - c.span.start > first_word for o in c.dates)


def _ends_span(c: Claim, d: DateMention) -> bool:
    """The date is told in a main clause whose deed ends a span of the event, told only in the
    "after days of" phrase behind the date ("the government declared a state of emergency on
    Friday after days of clashes"): the span began before it."""
    after = _AFTER_EVENT.match(c.text, d.span.end - c.span.start)
    if after is None:
        return False
    stop = _AFTER_END.search(c.text, after.end())
    end = stop.start() if stop else len(c.text)
    words = claim_triggers(c)  # the event words of the whole sentence, not only the claim's own trigger
    return bool(words) and all(after.end() <= t.start < end for t in words)


def _place(group: list[Claim], fallback: Place | None) -> Place | None:
    scores: dict[int, float] = defaultdict(float)
    best_place: dict[int, Place] = {}
    precisions: dict[int, list[int]] = defaultdict(list)
    named_at_scene: set[int] = set()  # places named once at least not only as where it was said or filed
    lead = group[0].sentence
    # the divisions the event's text names ("Laiza (Kachin)", "Plateau state"): a town in another
    # division (a namesake village, the capital of a neighbour) is the weaker reading
    # Only those named up to the first sentence that names a town, or the division of a town that
    # sentence names: a division named later ("the army spokesman in North Kivu", "the West Bank
    # city of Jericho") may be another event's, and marks no namesake down
    told = [c for c in group if not c.background]
    first_town = min((c.sentence for c in told for p in c.places
                      if p.feature == "place" and not any(m in p.rule for m in _ASIDE)), default=None)
    first_towns = {(p.iso2, p.admin1) for c in told if c.sentence == first_town for p in c.places if p.feature == "place"}
    divisions = {(p.iso2, p.admin1) for c in told for p in c.places
                 if p.feature == "admin1" and p.admin1 and not any(m in p.rule for m in (*_ASIDE, "+remit"))
                 and (first_town is None or c.sentence <= first_town or (p.iso2, p.admin1) in first_towns)}
    deal = any(c.sub_event_type == "Agreement" for c in told)
    for c in group:
        if c.background:
            continue
        if c.sentence != lead and not c.sub_event_type and c.tolls and all(t.count.high == 0 for t in c.tolls):
            continue  # "There were no reports of casualties, and shops in Bamako opened as usual": a zero tells no scene
        for i, p in enumerate(c.places):
            if p.gazetteer_id is None:
                continue
            w = {"place": 3.0, "admin1": 2.0, "region": 0.5, "country": 0.3}.get(p.feature, 1.0)
            w *= 2 if c.sentence == lead else 1
            # (not a tally of the displaced: "Idlib is home to four million people, most of them displaced")
            w *= 1.5 if c.sub_event_type or any(t.outcome != "displaced" for t in c.tolls) else 1
            w *= 1.0 if i == 0 else 0.8
            if "+destination" in p.rule or "+origin" in p.rule or "+post" in p.rule:
                w *= 0.15  # (+post: "who headed the WFP office in Taiz", where the victim worked)
            if "+in-source" in p.rule or "+remit" in p.rule:
                w *= 0.3  # (+remit: "the head of the group's operations in Anbar province")
            if "+elsewhere" in p.rule and _named_before(group, c, p):
                w *= 0.3  # "Elsewhere, in the port city of Beira, police also ...": another event's scene
            if "+qualifier" in p.rule or "+beyond" in p.rule:
                w *= 0.1  # (+beyond: "the unrest spread beyond the capital, Maputo": the scene is elsewhere)
            if "+far-namesake" in p.rule:
                w *= 0.1  # a town far from the unit the text puts it in, near a town named: the gazetteer's namesake
            if "+facility" in p.rule:
                w *= 0.3  # "the Zaporizhzhia nuclear plant" is not in Zaporizhzhia city
            if "+venue" in p.rule and not deal:
                w *= 0.1  # "after the army and the RSF agreed to a truce in Jeddah, RSF fighters stormed Geneina"
            if "+bureaus" in p.rule:
                continue  # "DUBAI/ATHENS, July 10 (Reuters) -": two bureaus the report was filed from
            if "+dateline" in p.rule:
                w *= 0.1  # "NAIROBI, April 2 (Reuters) -": where the report was filed
            if "+speech" in p.rule:
                w *= 0.1  # "told reporters in Maputo", "officials in Addis Ababa": where it was said
            if "+cause" in p.rule:
                w *= 0.15  # "in support of Palestinians in Gaza": a cause, not the scene
            if "+neighbour" in p.rule:
                w *= 0.3  # "based in neighbouring Rakhine state": beside the scene
            if "+war" in p.rule:
                w *= 0.3  # "journalists covering the conflict in the Tigray region": the war's land
            if "+landmark" in p.rule:
                w *= 0.3  # "Ataye, which lies between Kemise and Shewa Robit": where the scene lies
            if "+earlier" in p.rule:
                w *= 0.2  # "a year after the massacre in Barsalogho": an earlier event's scene
            if fallback is not None and p.iso2 != fallback.iso2 and any(m in p.rule for m in _ASIDE):
                w *= 0.5  # aside and abroad: "fled across the border into Kenya's Lamu County"
            if divisions and p.feature == "place" and (p.iso2, p.admin1) not in divisions and not (
                    fallback is not None and p.gazetteer_id == fallback.gazetteer_id and all(d[0] != p.iso2 for d in divisions)):
                # (the dateline's town beside only another country's divisions is no namesake:
                # "TEL AVIV - Police in Tel Aviv detained ... hostages held in the Gaza Strip")
                w *= 0.5
            if "+admin2-seat" in p.rule and any(
                    q is not p and q.feature == "place" and q.iso2 == p.iso2 and q.admin1 == p.admin1
                    and ("+near" in q.rule or ("+offset" in q.rule and (q.offset_km or 0) < 50))
                    and not any(m in q.rule for m in (*_ASIDE, "+landmark")) for q in c.places):
                # "in Lubero territory, ... attacked positions near Kirumba", "a village in Nganzai
                # district some 40 km from Maiduguri": the town named, not the seat (but for one 100 km
                # off, the seat of the district the scene is in is the nearer point)
                w *= 0.5
            scores[p.gazetteer_id] += w
            if not any(m in p.rule for m in ("+speech", "+cause", "+dateline")):
                named_at_scene.add(p.gazetteer_id)
            best_place.setdefault(p.gazetteer_id, p)
            if p.precision:
                precisions[p.gazetteer_id].append(p.precision)
            if p.offset_km and p.bearing:
                best_place[p.gazetteer_id] = p  # the offset point is the better reading
    if not scores:
        if fallback is None or fallback.feature == "country":
            # no place of its own and no dateline: the town its background sentence names ("fired tear
            # gas at protesters in central Baghdad who gathered to mark the anniversary ...")
            # (only a setting told before the event: not "in retaliation for a suicide attack in Ankara" after it)
            setting = [c for c in group if c.background and c.sentence < min((x.sentence for x in told), default=-1)]
            ccs = [fallback.iso2] if fallback is not None else [p.iso2 for c in setting for p in c.places]
            bg = next((b for cc in dict.fromkeys(ccs) if cc and (b := _background_place(setting, cc)) is not None), None)
            return bg or fallback
        return fallback
    gid = max(scores, key=lambda k: scores[k])
    chosen = best_place[gid]
    if (measured := _measured_scene(group, chosen)) is not None:
        return measured  # "in Sirwah district, some 40 km west of Marib city": the town measured, not its measure
    if chosen.feature == "place" and "+admin2-seat" in chosen.rule and chosen.latitude is not None and chosen.longitude is not None:
        # a township or district told for the scene, coded at its seat ("captured two camps in Falam
        # Township"), while the event's words name a town of it at the scene ("overran the camps at
        # Rihkhawdar"): the town named is the finer point
        inside = [best_place[k] for k in scores if k != gid and k in named_at_scene and best_place[k].feature == "place"
                  and best_place[k].iso2 == chosen.iso2 and best_place[k].admin1 == chosen.admin1
                  and "+admin2-seat" not in best_place[k].rule
                  # (a smaller place than the seat: not the region's city the district is measured from
                  # or its victims were taken to, "in Gubio district ... 80 km from Maiduguri")
                  and best_place[k].population < max(chosen.population, 20_000)
                  and haversine_km((best_place[k].latitude or 0.0, best_place[k].longitude or 0.0), (chosen.latitude, chosen.longitude)) <= 100
                  and not any(m in best_place[k].rule for m in (*_ASIDE, "+in-source", "+landmark", "+earlier", "+facility",
                                                                "+elsewhere", "+neighbour", "+qualifier", "+remit", "+among", "+away", "+offset"))]
        if inside:
            return max(inside, key=lambda q: scores[q.gazetteer_id or 0])
    if gid not in named_at_scene and not (
            any(c.sub_event_type in _SAID_SUBS for c in group if not c.background)
            and any("+speech" in p.rule for c in group if not c.background for p in c.places if p.gazetteer_id == gid)):
        # (a deal or a change of course told at a press conference is done where it is said: "announced
        # at a press conference in Port Sudan that they would fight alongside the army")
        # only where it was said or filed ("told reporters in Maputo"): a place or division of the
        # event's background ("the insurgency in Cabo Delgado province") is nearer the scene
        bg = _background_place(group, chosen.iso2)
        if bg is None and chosen.feature == "country" and any("+cause" in p.rule for c in group for p in c.places if p.gazetteer_id == gid):
            # a country named only as a cause ("chanted against Iran's influence"): the event's
            # background names the scene in its own country ("protesters in central Baghdad")
            bg = next((b for cc in dict.fromkeys(p.iso2 for c in group if c.background for p in c.places if p.iso2 != chosen.iso2)
                       if (b := _background_place(group, cc)) is not None), None)
        if bg is not None:
            return bg
    if ("+facility" in chosen.rule and fallback is not None and fallback.feature == "place"
            and fallback.iso2 == chosen.iso2 and fallback.admin1 == chosen.admin1):
        return fallback  # "ENERGODAR - ... the Zaporizhzhia nuclear plant": the dateline town is the site
    # a place named only beside "near"/"km from" stays precision 2 if any mention says so
    if chosen.feature == "place":
        ps = precisions[gid]
        chosen.precision = 2 if 2 in ps else 1
        if "+near" in chosen.rule and set(ps) == {2}:
            # "an army post north of Baghdad ... stormed the barracks in Diyala province": the town
            # only measures where the scene is; the one other division the event names holds it
            other = [p for c in group if not c.background for p in c.places if p.feature == "admin1" and p.iso2 == chosen.iso2
                     and p.admin1 != chosen.admin1 and not any(m in p.rule for m in (*_ASIDE, "+in-source", "+neighbour", "+qualifier", "+remit"))]
            own = any(p.feature == "admin1" and p.iso2 == chosen.iso2 and p.admin1 == chosen.admin1
                      and not any(m in p.rule for m in (*_ASIDE, "+in-source", "+remit")) for c in group if not c.background for p in c.places)
            if len({p.admin1 for p in other}) == 1 and not own:  # ("in the Irkutsk region ... near Sredny": its own)
                # a town of that division the event names at the scene ("the reserve, in the Kollo
                # department") is finer than the division
                inside = [best_place[k] for k in scores if k != gid and best_place[k].feature == "place"
                          and best_place[k].iso2 == other[0].iso2 and best_place[k].admin1 == other[0].admin1
                          and not any(m in best_place[k].rule for m in (*_ASIDE, "+in-source", "+landmark", "+earlier", "+facility"))]
                if inside:
                    town = max(inside, key=lambda q: scores[q.gazetteer_id or 0])
                    town.precision = 2
                    return town
                return other[0]
    if chosen.feature in ("admin1", "country", "region") and (signed := _signing_town(group)) is not None:
        return signed  # "a peace deal with the OLA ... was signed in the capital, Addis Ababa": where it was signed
    # a division chosen while a town of it was named: prefer the town, near it
    if chosen.feature == "admin1":
        towns = [best_place[k] for k in scores if best_place[k].feature == "place" and best_place[k].admin1 == chosen.admin1 and best_place[k].iso2 == chosen.iso2]
        if towns and all("+among" in t.rule for t in towns):
            return chosen  # "strikes on Hodeidah province ... al-Salif district and other sites": one site of several
        if towns:
            town = max(towns, key=lambda p: scores[p.gazetteer_id or 0])
            if (measured := _measured_scene(group, town)) is not None:
                return measured  # "killed in the town of al-Turbah, some 60km southwest of the city of Taiz"
            town.precision = 2
            return town
    if chosen.feature == "country" or (chosen.feature == "region" and chosen.precision == 3):
        # the country, or a broad part of it ("southern Syria"), outscored by its many mentions:
        # a division or town of it the event's own sentences name at the scene ("the village of
        # Koya, in western Daraa province") is the finer reading
        finer = [k for k in scores if k != gid and k in named_at_scene and best_place[k].feature in ("place", "admin1")
                 and best_place[k].iso2 == chosen.iso2 and not any(
                     m in best_place[k].rule for m in (*_ASIDE, "+in-source", "+earlier", "+remit", "+neighbour", "+qualifier", "+facility"))]
        if finer:
            k = max(finer, key=lambda k: (scores[k], best_place[k].feature == "place"))
            fine = best_place[k]
            if fine.feature == "admin1":
                towns = [best_place[t] for t in finer if best_place[t].feature == "place" and best_place[t].admin1 == fine.admin1]
                if towns:
                    fine = max(towns, key=lambda p: scores[p.gazetteer_id or 0])
                    fine.precision = 2
            elif fine.precision != 2:
                fine.precision = 2 if 2 in precisions[k] else 1
            return fine
        # only the country: a town of it named in the event's background sentences ("rounded up
        # men in the town, in the Djenne district") is nearer the scene than the capital
        bg = _background_town(group, chosen.iso2)
        if bg is None or any(m in bg.rule for m in ("+speech", "+cause")):
            bg = _background_place(group, chosen.iso2)  # not where it was said, nor a cause
        if bg is not None:
            return bg
        named = {p.iso2 for c in group for p in c.places if p.feature == "country"}
        if fallback is not None and fallback.feature == "place" and (
                fallback.iso2 == chosen.iso2 or fallback.iso2 not in named):
            # "MAJDAL SHAMS, Golan Heights - ... this Druze town in the Israeli-occupied Golan": the
            # dateline town rather than the country's capital
            return fallback
    return chosen


_SAID_SUBS = frozenset({"Agreement", "Change to group/activity"})


def _measured_scene(group: list[Claim], chosen: Place) -> Place | None:
    """A town the event's own sentences tell with its distance from the town (or division) chosen
    ("near the town of Atareb, some 20 km from Aleppo city"): that town is the scene."""
    for c in group:
        if c.background:
            continue
        for p, q in zip(c.places, c.places[1:], strict=False):
            if "+measured" not in p.rule or "+measure-of" not in q.rule or any(m in p.rule for m in (*_ASIDE, "+earlier", "+elsewhere")):
                continue
            if q.gazetteer_id == chosen.gazetteer_id or (
                    chosen.feature == "admin1" and chosen.iso2 == p.iso2 and chosen.admin1 == p.admin1):
                return p
    return None


def _named_before(group: list[Claim], here: Claim, p: Place) -> bool:
    """Whether the event named a place of its own before this one (told as another event's, "Elsewhere,
    in Beira, ..."): a separate event's scene weighs less only beside the event's own."""
    start = p.span.start if p.span is not None else 0
    return any(q.feature in ("place", "admin1") and "+elsewhere" not in q.rule and not any(m in q.rule for m in _ASIDE)
               and (c.sentence < here.sentence or (c.sentence == here.sentence and q.span is not None and q.span.start < start))
               for c in group if not c.background for q in c.places)


def _signing_town(group: list[Claim]) -> Place | None:
    """An agreement is coded where it was signed (ACLED): the town named at the scene in a sentence
    that tells the deal, over the division its conflict is in."""
    for c in group:
        if c.background or c.sub_event_type != "Agreement":
            continue
        for p in c.places:
            if p.feature != "place" or p.gazetteer_id is None:
                continue
            marks = {m for m in (*_ASIDE, "+in-source", "+facility", "+remit") if m in p.rule}
            # (a venue told after "said" is still where they met: "agreed on a roadmap, the Angolan
            # presidency said after a summit in Luanda")
            if not marks - ({"+speech", "+cause"} if "+venue" in p.rule and "+speech" in marks else set()):
                return p
    if not any(c.sub_event_type == "Agreement" and not c.background for c in group):
        return None
    # the deal told in one sentence, its venue in another ("The sides reached a ceasefire. The
    # deal was struck at talks held in Doha"): the town the talks or the signing are placed in
    for c in group:
        if c.background:
            continue
        for p in c.places:
            if p.feature == "place" and p.gazetteer_id is not None and "+venue" in p.rule and not any(
                    m in p.rule for m in (*_ASIDE, "+in-source", "+facility", "+remit")):
                return p
    return None


# marks of a place named aside from the scene: where someone spoke, a cause, where the report was filed
_ASIDE = ("+speech", "+cause", "+dateline", "+destination", "+origin", "+post")


def _background_place(group: list[Claim], cc: str | None) -> Place | None:
    """A town or division of the event's country named in its background sentences, not aside;
    else the division a running toll is told for ("the insurgency in Cabo Delgado province has
    claimed more than 2,600 lives since 2017")."""
    for tally in (False, True):
        for c in group:
            if not c.background or (c.background in ("cumulative toll", "earlier year")) != tally:
                continue
            for p in c.places:
                if (p.feature in (("admin1",) if tally else ("place", "admin1")) and p.iso2 == cc
                        and p.gazetteer_id is not None and not any(m in p.rule for m in (*_ASIDE, "+in-source", "+facility"))):
                    p.precision = 2 if p.feature == "place" else 3
                    return p
    return None


def _background_town(group: list[Claim], cc: str | None) -> Place | None:
    # "the town of Barsalogho ... taken to the hospital in Kaya, about 40 km away": a town named
    # with its distance from the scene (rule +away) is the nearest known point, even as a destination
    for c in group:
        if c.background in ("cumulative toll", "earlier year"):
            continue
        for p in c.places:
            if p.feature == "place" and p.iso2 == cc and p.gazetteer_id is not None and "+away" in p.rule \
                    and (p.offset_km or 0) <= 50:
                p.precision = 2
                return p
    for c in group:
        if not c.background or c.background in ("cumulative toll", "earlier year"):
            continue
        for p in c.places:
            if (p.feature == "place" and p.iso2 == cc and p.gazetteer_id is not None
                    and not any(m in p.rule for m in ("+destination", "+origin", "+in-source", "+facility", "+dateline"))):
                p.precision = 2
                return p
    return None


_PEOPLE = re.compile(r"^(?:people|persons|residents|others|inhabitants|individuals|passengers|villagers|worshippers|guests)\b", re.I)
# "two brothers", "a Palestinian man", "an elderly woman and her son": people named by who they are
_PERSONS = re.compile(r"^(?:[\w'’-]+\s+){0,2}?(?:m[ae]n|wom[ae]n|boys?|girls?|brothers|sisters|sons?|daughters?|teenagers?|child(?:ren)?|"
                      r"farmers?|herders?|traders?|shepherds?|fishermen|students?|pupils?|couple|family|families|husband|wife)\b", re.I)
# "one person", "a passenger", "a resident": one of the people, by the word for anyone (told by a state's
# voice: a group that says the man was one of its commanders speaks of its own)
_ANYONE = re.compile(r"^(?:[\w'’-]+\s+){0,2}?(?:person|passengers?|residents?|villagers?|worshippers?|pedestrians?|passers?-?by|"
                     r"motorists?|individuals?)\b", re.I)
_COMBATANT_VICTIMS = re.compile(r"\b(?:soldiers|troops|servicemen|service\s+members|gendarmes|police(?:men)?|officers|fighters|militants|militiamen|guards|recruits|cadets)\b", re.I)
# a man of an armed side, by rank or trade, told beside a named dead ("a commander in the Kataib
# Hezbollah group", "a soldier") ("police said" is a voice)
_ARMED_MAN = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|fighters?|militants?|militiam[ae]n|commanders?|leaders?|emirs?|"
                        r"chiefs?|officers?|guards?|gendarmes?)\b", re.I)
_ONE_SIDED = {"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb",
              "Grenade", "Chemical weapon", "Attack", "Abduction/forced disappearance", "Sexual violence"}


# people, not "others" (who may be the officer's comrades)
_CROWD_HURT = re.compile(r"^(?:people|persons|civilians|passengers|passers-?by|bystanders|shoppers|worshippers|residents)\b", re.I)


_TAKEN_SUBS = frozenset({"Abduction/forced disappearance", "Sexual violence"})
_PEOPLE_TAKEN = re.compile(r"\b(?:abduct(?:ed|ing|ion)|kidnapp(?:ed|ing)|taken\s+away|took\s+away|taken\s+hostage)\b", re.I)


def _country_of(group: list[Claim]) -> str | None:
    """The country most of the event's places are in: the lead sentence counts double, a region of
    a country ("the eastern Congolese town of Kasindi") counts, a bare country name half (a later
    "Uganda and Congo launched joint operations ... in Kampala" does not outweigh the scene)."""
    c: dict[str, float] = defaultdict(float)
    lead = group[0].sentence if group else None
    for x in group:
        if x.background:
            continue
        for p in x.places:
            if not p.iso2 or (p.feature == "country" and "+cause" in p.rule):
                continue  # (not a country named as a cause: "chanted against Iran's influence")
            w = 0.5 if p.feature == "country" else 1.0
            c[p.iso2] += w * (2 if x.sentence == lead else 1)
    return max(c, key=lambda k: c[k]) if c else None


# the writer's doubt about a blame: nobody is said to have done it
# the two sides each say the other did it: whoever the accusations name, the writer does not say
# (not of a run of earlier acts: "Kyiv and Moscow have traded blame for repeated shelling around the site")
_MUTUAL_BLAME = re.compile(r"(?:\b(?:blam\w*|accus\w*)\s+(?:each\s+other|one\s+another)|\b(?:traded|trading|exchanged)\s+(?:blame|accusations))\b"
                           r"(?![^.;]{0,25}?\b(?:repeated|previous|earlier|past|recent|frequent|regular|similar)\b)", re.I)
_UNPROVEN_BLAME = re.compile(
    r"\bwithout\s+(?:offering|providing|giving|presenting|citing|producing)\s+(?:any\s+)?(?:evidence|proof)\b|"
    r"\b(?:(?:unable|(?:was|were|has\s+not\s+been|have\s+not\s+been)\s+(?:not\s+)?able)\s+to|could\s+not|couldn't)\s+(?:independently\s+)?(?:verify|confirm)\s+[^.;]{0,40}?\bwho\b|"
    + _MUTUAL_BLAME.pattern, re.I)


# "a civilian defence militia", "civilian auxiliaries", "the Civilian Joint Task Force": armed men
_ARMED_CIVILIANS = re.compile(r"\bcivilian\s+(?:[\w-]+\s+){0,2}?(?:militias?|auxiliar(?:y|ies)|volunteers|task\s+force|guards?|vigilantes?|"
                              r"self-defen[cs]e\s+(?:group|force)s?|defen[cs]e\s+(?:group|force|unit)s?)\b", re.I)
# "33 were wounded, soldiers or members of the VDP", "troops and allied militiamen were killed": a
# group listed beside the state's forces among the dead or wounded was hit with them
_BESIDE = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|as\s+well\s+as)\s+(?:(?:members|fighters|elements)\s+of\s+)?(?:the\s+)?(?:allied\s+)?", re.I)


# "families fled northwards", "residents were forced to flee", "villagers have been displaced"
_FLED_AFTER = re.compile(r"\s+(?:(?:have|had|were|are|has|was)\s+)?(?:(?:also|since|reportedly|been|forced|made)\s+){0,3}"
                         r"(?:fled|flee(?:ing)?|to\s+flee|displaced|uprooted|evacuated|left\s+their\s+homes|sought\s+refuge|took\s+refuge)\b", re.I)


# "the al-Qaeda-linked group, which has waged an insurgency for 17 years, claimed responsibility":
# the words after a group the country's word was read as, when they own the act
_OWNED_AFTER = re.compile(r"[\w-]*(?:\s+(?:group|movement|militants|militia|insurgents|jihadists|fighters))?\s*"
                          r"(?:,\s*(?:which|who)\s+[^,;.]{1,120},)?\s+(?:has\s+|had\s+|have\s+)?(?:quickly\s+|later\s+)?"
                          r"(?:claimed|admitted)\s+(?:responsibility|the\s+(?:attack|bombing|killing|assault|raid|ambush))", re.I)


# "Wazalendo militiamen who had held the town withdrew", "the army, which defended the base, pulled
# out": the side that gave a place up
_GAVE_UP_AFTER = re.compile(r"\s*(?:,?\s*(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:held|controlled|defended|occupied|guarded)\s+[^,;.]{1,50}?,?)?"
                            r"\s+(?:have\s+|has\s+|had\s+)?(?:(?:reportedly|hastily|later|finally|eventually)\s+)?"
                            r"(?:withdrew|withdrawn|retreated|fled|pulled\s+(?:out|back)|abandoned|surrendered)\b", re.I)


_DISOWNED = re.compile(r"\b(?:has|have|had|did|does)\s+not\s+(?:yet\s+|publicly\s+|so\s+far\s+)?claim(?:ed)?\s+(?:(?:the|her|his|their|its|any|this)\s+)?"
                       r"(?:[\w-]+\s+)?(?:attack|abduction|kidnapping|killing|bombing|blast|ambush|raid|assault|strike|responsibility|act)s?\b", re.I)


# a no-claim sentence of every act the report told: "No group has claimed either attack", "none of the
# blasts has been claimed", "the attacks went unclaimed"
EVERY_ACT = re.compile(r"\b(?:either|both|any\s+of\s+the|none\s+of\s+the|all\s+(?:of\s+)?the|the)\s+(?:two\s+|three\s+)?"
                       r"(?:attacks|bombings|blasts|explosions|killings|strikes|raids|ambushes|assaults|incidents)\b|"
                       r"\beither\s+(?:attack|bombing|blast|explosion|killing|strike|raid|ambush|assault|incident)\b", re.I)
# the report says nobody owned the act or nobody knows who did it: "no group has claimed", "there was
# no immediate claim", "the group has not said it was behind the blast", "it was not clear who fired"
UNOWNED = re.compile(NO_CLAIM.pattern + r"|\bno\s+(?:immediate\s+|formal\s+)?claim\b(?!\s+(?:to|that|over|on)\b)|"
                     r"\b(?:has|have|had)\s+not\s+(?:yet\s+|publicly\s+)?(?:said|admitted|acknowledged)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had\s+been)\s+behind\b|"
                     # "Kataib Hezbollah ... has not claimed her abduction", "the group did not claim the attack"
                     r"\b(?:has|have|had|did|does)\s+not\s+(?:yet\s+|publicly\s+|so\s+far\s+)?claim(?:ed)?\s+(?:(?:the|her|his|their|its|any|this)\s+)?"
                     r"(?:[\w-]+\s+)?(?:attack|abduction|kidnapping|killing|bombing|blast|ambush|raid|assault|strike|responsibility|act)s?\b|"
                     r"\b(?:(?:was|is|remained|remains)\s+(?:not\s+(?:immediately\s+)?clear|unclear|unknown|not\s+known)|(?:did\s+not|does\s+not|do\s+not)\s+know)\s+who\b", re.I)


# a party that only judges the act: "Renamo, the former rebel movement, condemned the attack", "Hamas
# denounced it", "the party deplored the killing"
_JUDGED_AFTER = re.compile(r"(?:\s*\([^)]{1,40}\))?(?:\s*,[^,;.]{1,120},)?\s+(?:(?:has|have|had|also|quickly|swiftly|strongly|later)\s+){0,2}"
                           r"(?:condemn|denounc|deplor|decr[iy])\w*\b", re.I)


# a second object coordinated after the attack's target: "a gendarmerie school and the military airport"
_COORDINATED = re.compile(r"(?:\s+[\w-]+){0,2}?\s*(?:,\s*|\s+)(?:and|or|as\s+well\s+as)\s+(?:the\s+|a\s+|an\s+)?", re.I)


# between the speaker's men and the act's word when they are its active subject ("its fighters
# ambushed", "their forces had then stormed"), not "its soldiers were killed while repelling attacks"
_SUBJECT_GAP = re.compile(r"\s+(?:(?:had|have|has|then|also|later|successfully)\s+){0,2}", re.I)


def _speaker_did(c: Claim) -> tuple[str, int] | None:
    """The one armed voice of a sentence whose own men ("its fighters", "their forces") are named
    before the act's word, as its subject: "the group said its fighters ambushed a patrol"."""
    if not any(a.rule.endswith("|speaker's") and 0 <= a.span.start - c.span.start < c.trigger_at
               and _SUBJECT_GAP.fullmatch(c.text, a.span.end - c.span.start, c.trigger_at) for a in c.actors):
        return None
    voices = [a for a in c.source_actors if a.resolved and a.kind not in ("civilians", "protesters")
              and not a.name.startswith(("Civilians", "Unidentified", "Protesters"))]
    return (voices[0].name, voices[0].span.start) if len({a.name for a in voices}) == 1 else None


def _beside_state(group: list[Claim]) -> set[str]:
    out: set[str] = set()
    for c in group:
        if not any(t.outcome in ("killed", "injured") and t.role in ("total", "part") for t in c.tolls):
            continue
        for a, b in zip(c.actors, c.actors[1:], strict=False):
            gap = c.text[a.span.end - c.span.start:b.span.start - c.span.start]
            if _BESIDE.fullmatch(gap) and a.name.startswith(("Military Forces of", "Police Forces of")) != b.name.startswith(
                    ("Military Forces of", "Police Forces of")):
                out.add(b.name if a.name.startswith(("Military", "Police")) else a.name)
    return {n for n in out if not n.startswith(("Unidentified", "Civilians"))}


def _actors(group: list[Claim], ctx: AssemblyContext, unowned_at: int | None = None) -> tuple[str | None, str | None, list[str], list[str], bool]:
    """The event's actor1, actor2, their associated actors, and whether civilians were hit.
    ``unowned_at``: the sentence saying nobody owned this event's act, if one does."""
    lead = group[0].sentence
    # "more than 200 people have been killed by soldiers or bandits in the area since January": a
    # sentence that tells only the war's running tally names who kills there, not the sides of this event
    group = [c for c in group if c.sentence == lead or not c.tolls or any(t.role != "cumulative" for t in c.tolls)]
    init: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    allies = False
    civilian_victims = False
    named: set[str] = set()
    people_victims = False
    persons_hit = False  # "gunmen shot dead two brothers, police said": people, not the speaker's men
    anyone_hit = False  # "one person was killed ..., police said"
    combatant_victims = False
    mostly_combatants = False
    source_side: Counter[str] = Counter()
    killed = False
    zero_toll = False  # "no one was killed"
    blamed: Counter[str] = Counter()
    victims: Counter[str] = Counter()  # armed sides the text says lost men ("the strike killed a Hamas commander")
    aimed: Counter[str] = Counter()  # "it targeted Hamas commander X": aimed at one man
    the_group: set[str] = set()  # "jihadists" read as the one group the report names
    few_hit: set[str] = set()  # a side with a few dead among many people killed

    _local_army(group, ctx)
    _group_the_event_names(group)
    _the_word_of_its_name(group)
    _the_word_told_as_the_group(group)
    side_hit = any(c.target is not None and c.target.kind != "civilians" and not c.target.name.startswith(("Civilians", "Unidentified", "Protesters"))
                   for c in group if not c.background)
    for c in group:
        for t in c.tolls:
            # "killed four soldiers of the Southern Transitional Council": the dead are the group's men
            owner = next((a.name for a in c.actors if a.rule.endswith("|group's") and t.span.start <= a.span.start < t.span.end), None)
            if owner is not None and (t.party or "").startswith(("Military Forces of", "Unidentified")):
                t.party = owner
            # "killed a senior official of Fatah's armed wing": a name the toll's words cut short
            # is the longer name that runs on past them (the wing, not the party)
            longer = next((a.name for a in c.actors if a.resolved and not a.rule.startswith(("generic", "demonym"))
                           and t.span.start <= a.span.start < t.span.end < a.span.end), None)
            if longer is not None and t.party and t.party != longer and not t.party.startswith("Civilians"):
                t.party = longer
    # an armed side's men among the dead or hurt: civilians only wounded beside them are no sign the
    # attack was on people ("a soldier was killed and a passer-by wounded")
    combatant_hurt = any((t.party and not t.party.startswith("Civilians")) or _COMBATANT_VICTIMS.search(t.who or "")
                         for c in group if not c.background for t in c.tolls if t.outcome in ("killed", "injured"))
    violent = any(c.sub_event_type and c.sub_event_type not in _ASIDE_SUBS and c.sub_event_type not in _CROWD_SUBS
                  for c in group if not c.background)
    owned: set[str] = set()  # "the al-Qaeda-linked group, which ..., claimed responsibility"
    for c in group:
        for a in [*c.actors, *c.source_actors]:
            if a.resolved and (not a.rule.startswith(("generic", "demonym")) or a.rule.endswith("|identified-as")) and not a.rule.endswith("|speculative"):
                named.add(a.name)  # named anywhere in the event's sentences, background included
            elif a.resolved and a.rule.startswith("generic-by-country") and _OWNED_AFTER.match(c.text, a.span.end - c.span.start):
                named.add(a.name)  # the group the country's word means, owning the act
                owned.add(a.name)
            if a.resolved and not c.background and a.kind in _NON_STATE and not a.rule.startswith(("generic", "demonym")) and _OWNED_AFTER.match(
                    c.text, a.span.end - c.span.start + (c.text[a.span.end - c.span.start:a.span.end - c.span.start + 1] == ")")):
                # "the army described the attackers as 'Boko Haram terrorists' ... ISWAP claimed
                # responsibility for the attack": the group that owned the act beats the one guessed
                owned.add(a.name)
            if a.rule.endswith("|blamed"):
                # "the army blamed M23, which denied it": a denial still names the suspect; the
                # denier's counter-accusation ("M23 denied it and accused the army") weighs less
                blamed[a.name] += 2 if c.background != "denial" or c.source_actors or c.initiator else 1
    for c in group:
        if c.background:
            continue
        w = 2 if c.sentence == lead else 1
        if c.initiator and not c.initiator.name.startswith("Civilians"):
            if c.target is not None and c.target.name == c.initiator.name:
                # "Somali forces killed 100 militants after the group attacked army positions": the
                # side attacked hit back; the attackers are the side named before the target
                if (doer := _doer_before_target(c)) is not None:
                    init[doer] += w
                elif c.target.rule.endswith("|event-country") and not c.initiator.rule.startswith(("generic", "demonym")):
                    # "Syrian government artillery pounded a Turkish position near the Taftanaz
                    # military airport": a bare army word only taken for the event country's army is
                    # no sign the named attacker hit its own side
                    init[c.initiator.name] += w
                elif c.sub_event_type in _TERRITORIAL and not c.initiator.rule.startswith("generic"):
                    # "the army said it had taken full control of the airport and a key military
                    # base": the base is the taker's own, no other side named attacking it (not
                    # "gunmen attacked Fatah positions", the gunmen guessed to be Fatah)
                    init[c.initiator.name] += w
            elif c.sub_event_type in _ASIDE_SUBS and violent:
                pass  # "the fighting erupted after the SDF detained a commander": what set off the event
            else:
                init[c.initiator.name] += w
        elif c.initiator is None and c.target is not None and (doer := _doer_before_target(c)) is not None:
            init[doer] += w  # "tribal fighters loyal to him then attacked SDF checkpoints"
        elif c.initiator is None and c.sub_event_type and (voice := _speaker_did(c)) is not None:
            # "a Hamas security unit said its fighters ambushed members of an armed group": the
            # speaker's own men are the subject of the act, so the speaker did it
            init[voice[0]] += w
            mentions[voice[0]] += 1
            first_seen.setdefault(voice[0], c.sentence * 1000 + voice[1])
        sides = [c.source_actors[i] for i in _between_sides(c)]
        for a in c.source_actors:
            if a not in sides:
                source_side[a.name] += 1
        for a in [*c.actors, *sides]:
            if a.rule.endswith(("|ally", "|among-civilians", "|speaker's", "|blamed", "|object", "|speculative", "|responder")):
                continue  # a backer, people caught up among civilians, the speaker's own men, a suspect
            if a is not c.initiator and a is not c.target and _JUDGED_AFTER.match(c.text, a.span.end - c.span.start):
                continue  # "Renamo, the opposition party, condemned the attack": a voice judging the act, no side of it
            if a.name.startswith("Civilians") and a is not c.target and _spared(c.text, a.span.start - c.span.start, a.span.end - c.span.start):
                continue  # "there was no indication that civilians were hurt": people said not to be hit
            if a.name.startswith("Civilians") and side_hit and _FLED_AFTER.match(c.text, a.span.end - c.span.start):
                # "attacked M23 positions ... hundreds of families fled": people who ran from a fight
                # between armed sides, not people hit (not "traders fled" from looters of their shops)
                continue
            mentions[a.name] += 1
            first_seen.setdefault(a.name, c.sentence * 1000 + a.span.start)
            if a.name.startswith("Civilians"):
                civilian_victims = True
            if a.rule.endswith("|victim"):
                victims[a.name] += 1
            if a.rule.endswith("|aimed"):
                aimed[a.name] += 1
            if "the-group-the-report-names" in a.rule and _HEDGED.match(a.written):
                the_group.add(a.name)
        if has_allies(c.text):
            allies = True
        if _CIVILIAN_VICTIM.search(c.text):
            civilian_victims = True  # "seized and killed the Governor of West Darfur"
        for t in c.tolls:
            if t.civilian and (t.outcome == "killed" or t.outcome == "injured" and not combatant_hurt) and not _ARMED_CIVILIANS.search(t.who or "") or (t.party or "").startswith("Civilians"):
                civilian_victims = True
            if t.outcome in ("killed", "injured") and t.role == "total" and t.who and _PEOPLE.match(t.who):
                people_victims = True
            if t.outcome == "killed" and t.role == "total" and (t.party or "Civilians").startswith("Civilians") and t.who and (
                    _PERSONS.match(t.who) or t.rule.endswith(":named") and not _ARMED_MAN.search(c.text)) and not _COMBATANT_VICTIMS.search(t.who):
                # (or one person by name, told with no armed men: "Oleksiy Vadatursky and his wife
                # were killed", not "X, a commander in the Kataib Hezbollah group, was killed")
                persons_hit = True
            if t.outcome == "killed" and t.role == "total" and (t.party or "Civilians").startswith("Civilians") and t.who and _ANYONE.match(t.who) \
                    and not _COMBATANT_VICTIMS.search(t.who):
                anyone_hit = True
        for t in c.tolls:
            if t.outcome == "killed" and t.role in ("total", "part"):
                rel = t.span.end - c.span.start
                if _COMBATANT_VICTIMS.search(t.who or "") or _SOME_COMBATANTS.match(c.text, rel):
                    combatant_victims = True
                if (most := _MOSTLY_COMBATANTS.match(c.text, rel)) is not None:
                    combatant_victims = mostly_combatants = True  # "more than 100 people, most of them soldiers"
                    for a in c.actors:
                        if rel <= a.span.start - c.span.start < most.end() and a.kind not in ("civilians", "protesters") \
                                and not a.name.startswith(("Civilians", "Unidentified", "Protesters")):
                            victims[a.name] += 2  # the side most of the dead belonged to
                few_of_many = t.role == "part" and any(
                    u.outcome == "killed" and u.role == "total" and u.who and _PEOPLE.match(u.who) and u.count.best > 2 * t.count.best
                    for u in c.tolls) or (  # "53 people were killed ... 46 civilians and seven soldiers were among the dead"
                    t.role == "part" and any(a.name == t.party and a.rule.endswith("|among-civilians") for a in c.actors) and any(
                        u.outcome == "killed" and u.role == "total" and u.who and _PEOPLE.match(u.who) and u.count.best > 2 * t.count.best
                        for d in group if not d.background for u in d.tolls)) or (  # "killed 40 people, including three soldiers": people were hit
                    t.role == "total" and c.sub_event_type == "Attack" and any(
                        u.outcome in ("killed", "injured") and u.role == "total" and u.who and _CROWD_HURT.match(u.who)
                        and u.count.best > 2 * t.count.best for u in c.tolls))  # "an officer was killed and ten people wounded"
                if t.party and not t.party.startswith(("Civilians", "Unidentified")) and not t.perpetrator and not few_of_many:
                    victims[t.party] += 1  # "33 Turkish soldiers were killed": the side that lost them
                if few_of_many and t.party:
                    few_hit.add(t.party)
                if (not t.party or t.party.startswith("Unidentified")) and _ITS_OWN_DEAD.search(t.who or t.text):
                    # "the Guards said seven of its members were killed": the speaker's own men
                    own = [a for a in c.source_actors if a.kind and a.kind not in ("civilians", "protesters")
                           and not a.name.startswith(("Civilians", "Unidentified"))]
                    if not own:
                        # "the PMF, an umbrella of armed factions, said four of its fighters were
                        # killed": the one named side the sentence tells before the dead
                        own = [a for a in c.actors if a.span.end <= t.span.start and a.kind and a.kind not in ("civilians", "protesters")
                               and a.resolved and not a.rule.startswith(("generic", "demonym")) and not a.rule.endswith(_MARKED)
                               and not a.name.startswith(("Civilians", "Unidentified"))]
                    if len({a.name for a in own}) == 1:
                        victims[own[0].name] += 1
                        combatant_victims = True
                        mentions[own[0].name] += 1
                        first_seen.setdefault(own[0].name, c.sentence * 1000 + own[0].span.start)
            if t.outcome in ("killed", "injured", "abducted") and t.role == "total" and t.count.best > 0:
                killed = True
            elif t.outcome in ("killed", "injured") and t.role == "total" and t.count.best == 0:
                zero_toll = True
    for n in owned:
        init[n] += 2
    hurt_among = _hurt_among(group)
    for n in {c.target.name for c in group if not c.background and c.target and not c.target.rule.endswith("|aimed")
                                              and not c.target.rule.startswith("generic")}:
        aimed.pop(n, None)  # "strikes on the Houthi-held port ... it had struck 'military targets of the Houthi'": hit, not only aimed at
    armed = [n for n in mentions if not n.startswith(("Civilians", "Protesters"))]
    # a named group the text shows only being attacked ("gunmen attacked a post of the VDP militia")
    # does not tell who the gunmen were
    only_hit = ({c.target.name for c in group if not c.background and c.target} | set(victims)) - {
        c.initiator.name for c in group if not c.background and c.initiator}
    unknown = any(c.initiator is not None and c.initiator.name.startswith("Unidentified")
                  and (_UNKNOWN.match(c.initiator.written) or c.initiator.rule.endswith("|unclaimed"))
                  for c in group if not c.background)  # "unidentified gunmen kidnapped five UN staff": the writer says so
    # "she was seized by armed men ... Kataib Hezbollah has not claimed her abduction": the armed men
    # stay unknown where the writer says the group named did not own the act
    unknown = unknown or any(c.initiator is not None and c.initiator.name.startswith("Unidentified") and c.initiator.rule.startswith("generic")
                             for c in group if not c.background) and any(_DISOWNED.search(c.text) for c in group)
    if unknown:
        pass
    elif any(not n.startswith(("Unidentified", "Military Forces of", "Police Forces of")) and n in named and n not in only_hit
             and n not in _beside_state(group) for n in armed):
        # "militants", "gunmen" in a report that names the group mean that group
        armed = [n for n in armed if not n.startswith("Unidentified")]
        for cnt in (init, victims):
            for k in [k for k in cnt if k.startswith("Unidentified")]:
                del cnt[k]
    elif any(n.startswith("Unidentified") for n in init) and any(not n.startswith(("Unidentified", "Military Forces of", "Police Forces of", "Civilians"))
                                                                 for n in named):
        for k in [k for k in init if k.startswith("Unidentified")]:
            del init[k]  # "the MNDAA said its fighters had taken the base": the group the event names
    lost_only = {n for n in victims if n.startswith("Unidentified")} - {c.initiator.name for c in group if not c.background and c.initiator}
    if lost_only and len({n for n in armed if not n.startswith("Unidentified")}) >= 2 and not unknown:
        # "12 fighters were killed in clashes between government forces and southern separatists":
        # the dead are the named sides' men, not a third, unknown side
        armed = [n for n in armed if n not in lost_only]
        for n in lost_only:
            victims.pop(n, None)
            init.pop(n, None)
    unidentified = _unidentified(group, ctx)
    # "gunmen killed five farmers in a district controlled by the ADF": a group named only as the owner
    # of the scene is not who the generic word means
    only_owner = {a.name for c in group for a in c.actors if a.rule.endswith("|object") and not a.rule.startswith(("generic", "demonym"))} - {
        a.name for c in group for a in [*c.actors, *c.source_actors] if not a.rule.startswith(("generic", "demonym")) and not a.rule.endswith("|object")}
    the_group |= {a.name for c in group if not c.background for a in c.actors if "the-group-the-report-names" in a.rule and a.name in only_owner}
    # "she was seized by armed men ... Kataib Hezbollah has not claimed her abduction": the armed men
    # are not the group the report says did not own the act
    disowned = {a.name for c in group if not c.background for a in c.actors
                if "the-group-the-report-names" in a.rule and a is c.initiator} if any(_DISOWNED.search(c.text) for c in group) else set()
    the_group |= disowned
    for n in the_group:
        if (n not in named or n in only_owner or n in disowned) and unidentified:
            # "suspected jihadists ambushed an army unit", the report naming a group only elsewhere:
            # the attackers stay unidentified
            for cnt in (init, mentions):
                if n in cnt:
                    cnt[unidentified] += cnt.pop(n)
            armed = [unidentified if x == n else x for x in armed]
            first_seen.setdefault(unidentified, first_seen.get(n, 0))
    actor1 = init.most_common(1)[0][0] if init else None
    guessed = {c.initiator.name for c in group if not c.background and c.initiator and c.initiator.rule.startswith("generic")}
    explicit = {c.initiator.name for c in group if not c.background and c.initiator and not c.initiator.rule.startswith("generic")}
    # "the government blamed the OLA, which denied it ... Nobody has claimed the attack": the attackers stay unidentified
    denied = {a.name for c in group if c.background == "denial" for a in [*c.actors, *c.source_actors]}
    unclaimed = bool(blamed) and set(blamed) <= denied and any(
        c.initiator is not None and c.initiator.rule.endswith("|unclaimed") for c in group if not c.background)
    # ("Hezbollah accused the party of posting the snipers; its leader denied any role. Nobody has
    # claimed the shooting": only blamed, and denied, the attackers stay unidentified)
    unclaimed = unclaimed or (bool(blamed) and any(NO_CLAIM.search(c.text) for c in group) and any(_DENIAL.search(c.text) for c in group))
    # "a police commander blamed Al-Shabaab, but the group has not said it was behind the blast": only
    # blamed while the report says nobody owned the act (docs/gold-format.md)
    unclaimed = unclaimed or (bool(blamed) and any(UNOWNED.search(c.text) for c in group))
    if actor1 is not None and actor1 in guessed and actor1 not in explicit and blamed and actor1 not in blamed and not unclaimed and not actor1.startswith(("Military Forces of", "Police Forces of")):
        # "suspected Islamist militants killed 40 farmers ..., the governor said, blaming ISWAP":
        # the group the text names beats the one the generic word was guessed to mean
        if actor1.startswith("Unidentified") or actor1 not in {c.target.name for c in group if not c.background and c.target} | set(victims):
            # "gunmen stormed a school ... blamed separatists", "Islamist militants fired rockets ...
            # residents blamed ISWAP": one side, not a second one hit
            armed = [n for n in armed if n != actor1]
        actor1 = max(blamed, key=lambda n: blamed[n])
    by_name = [c.initiator for c in group if not c.background and c.initiator and not c.initiator.rule.startswith(("generic", "demonym"))]
    if actor1 is not None and actor1.startswith("Military Forces of") and all(a.name != actor1 for a in by_name):
        # "Iranian missile strikes ..., the Revolutionary Guards said they had hit bases": the force
        # the text names beats the country's army guessed from a demonym
        country = {c.initiator.country for c in group if not c.background and c.initiator and c.initiator.name == actor1}
        forces = [a.name for a in by_name if a.kind == "state forces" and a.country in country]
        if forces:
            actor1 = forces[0]
    if actor1 is None and blamed and unidentified and unclaimed:
        actor1 = unidentified
    if actor1 is None and blamed:
        actor1 = blamed.most_common(1)[0][0]
    escorts = {a.name for c in group if not c.background for a in c.actors if a.rule.endswith("|escort")} - {
        a.name for c in group if not c.background for a in c.actors if not a.rule.endswith("|escort")}
    if actor1 is None and armed:
        hit_sides = {c.target.name for c in group if not c.background and c.target} | set(victims)
        gave_way = _gave_way(group)  # "junta troops withdrew from their last base": not the side that attacked
        armed_doers = [n for n in armed if n not in hurt_among] or armed  # "police officers are among the injured"
        armed_doers = [n for n in armed_doers if n not in escorts]  # "a convoy escorted by the army hit a mine"
        doers = ([n for n in armed_doers if n not in hit_sides and n not in gave_way] or [n for n in armed_doers if n not in hit_sides]
                 or ([] if unidentified else armed_doers))
        if unidentified and any(UNOWNED.search(c.text) for c in group):
            # "a bomb exploded near a hospital ... There was no immediate claim": nobody is told doing
            # it and the writer says nobody owned it; a side merely named (the speaker, the victim's
            # party, the police who investigate) is no doer, nor a side hit unless the text says so
            doers = []
            armed = [n for n in armed if n in hit_sides]
            actor1 = unidentified
        else:
            actor1 = min(doers, key=lambda n: first_seen[n]) if doers else None  # not the side that was hit
    if actor1 and (actor1 not in explicit or actor1 not in owned and any(_MUTUAL_BLAME.search(c.text) for c in group)) and unidentified \
            and not actor1.startswith(("Unidentified", "Protesters", "Rioters")) and any(_UNPROVEN_BLAME.search(c.text) for c in group):
        # "the minister blamed the Houthis, without offering evidence", "the rebels and the
        # government blamed each other": the writer does not say who did it
        armed = [n for n in armed if n != actor1]
        actor1 = unidentified
    others = [n for n in armed if n != actor1 and n not in blamed]  # a suspect is not the side hit
    # "gunmen believed to be al-Qaida militants": who the attackers are thought to be, not a side hit
    others = [n for n in others if not any(a.name == n and "|identified-as" in a.rule for c in group if not c.background for a in c.actors)]
    # "investigators believed the attackers might be linked to AQAP": a guess at who the attackers were, never the side hit
    others = [n for n in others if not (any(a.name == n and _MIGHT_BE_LINKED_BEFORE.search(c.text, 0, a.span.start - c.span.start)
                                            for c in group for a in c.actors)
                                        and not any(t.party == n for c in group for t in c.tolls)
                                        and not any(c.target is not None and c.target.name == n for c in group if not c.background))]
    if actor1 and not actor1.startswith("Unidentified"):
        # "Russian missiles struck Pokrovsk ... 'the Russian terrorists hit them'": unnamed attackers
        # beside the named one are the same attackers, not the side hit
        struck = {c.target.name for c in group if not c.background and c.target} | set(victims)
        others = [n for n in others if not (n.startswith("Unidentified") and n not in struck and any(
            c.initiator is not None and c.initiator.name == n for c in group if not c.background))]
    few_only: set[str] = set()
    if few_hit and set(victims) <= few_hit and not any(c.target is not None and c.target.name in few_hit and not c.target.rule.endswith("|victim")
                                                       for c in group if not c.background):
        # "killed 40 people, including three soldiers", "an officer was killed and ten people were
        # wounded": an attack on people, a few soldiers or police among them
        others = [n for n in others if n not in few_hit]
        civilian_victims = True
        few_only = set(few_hit)
        for n in few_hit:
            victims.pop(n, None)
    if aimed and (civilian_victims or people_victims):
        # "the military said it had targeted fighters" in a strike that killed 64 people at a
        # market: the attacker's stated aim, not the side hit
        others = [n for n in others if n not in aimed or n in victims]
    if civilian_victims and escorts & set(others) and not victims:
        others = [n for n in others if n not in escorts]  # "a convoy escorted by the army hit a mine, killing 35 civilians"
    if hurt_among & set(others) and not victims:
        # "children and police officers are among the injured": people were hit, police among them
        others = [n for n in others if n not in hurt_among]
        civilian_victims = True
    actor2 = None
    targets: Counter[str] = Counter(c.target.name for c in group if not c.background and c.target and c.target.name not in few_only
                                    and c.target.name != actor1 and not c.target.name.startswith("Unidentified"))
    for n in aimed:
        if civilian_victims or people_victims:
            targets.pop(n, None)  # a strike aimed at one commander that killed civilians: the civilians
    parties = {t.party for c in group if not c.background for t in c.tolls if t.party}
    hit = [n for n, _ in victims.most_common() if n != actor1 and (n in mentions or n in parties)]
    if hit:
        actor2 = hit[0]  # the armed side that lost men
        named.add(actor2)
    elif targets:
        actor2 = targets.most_common(1)[0][0]  # the side the text says was attacked
        named.add(actor2)
    elif any(c.sub_event_type in _TERRITORIAL for c in group if not c.background) and (
            gone := sorted((n for n in others if n in _gave_up(group)), key=lambda n: (not n.startswith("Military Forces of"), first_seen[n]))):
        # "rebels took control of Rubaya ... Wazalendo militiamen who had held the town withdrew":
        # the side that gave the place up, not a side merely named beside the takers
        actor2 = gone[0]
    elif others and (engaged := _engaged_only(others, group) if civilian_victims and killed and not mostly_combatants else [] if any(
            c.sub_event_type in _TAKEN_SUBS for c in group if not c.background) else others):
        # (people taken, no armed side said to be hit: the people, not a side merely mentioned)
        # with civilians killed, an armed side merely mentioned ("cleared by the military") is not the one hit
        actor2 = max(engaged, key=lambda n: (mentions[n], -first_seen[n]))
    elif civilian_victims or (people_victims and aimed and not combatant_victims):
        # "a car bomb killed five people at a cafe ... the group said it had targeted security
        # forces": the people killed, not the aim the attacker claimed
        actor2 = ctx.civilians_label(_country_of(group))
    else:
        # the side that speaks of its own losses ("the army said two soldiers died")
        spoke = [n for n, _ in source_side.most_common() if n != actor1 and not n.startswith(("Civilians", "Unidentified"))]
        told_toll = any(t.outcome in ("killed", "injured", "abducted") for c in group if not c.background for t in c.tolls) or not all(
            c.sub_event_type in _ONE_SIDED for c in group if not c.background) or (bool(spoke) and _speaker_also_hit(group, spoke[0]))
        if spoke and (killed or (not zero_toll and told_toll) or spoke[0] in _acted(group)) and not (
                (people_victims or persons_hit or anyone_hit and ctx.is_state(spoke[0])) and not combatant_victims and actor1
                and spoke[0] not in _acted(group)):
            # ("gunmen stormed a hotel, killing 32 people, police said": people were hit, not the speaker)
            # "no one was killed, a military source said": nobody was hit; "police said they had
            # repelled an attack ... no casualties": the police fought; "fired a missile at a ship,
            # US Central Command said", no one said hurt: a voice, not the side hit
            actor2 = spoke[0]
        elif (killed or any(c.sub_event_type in _TAKEN_SUBS for c in group if not c.background)) and (actor1 or persons_hit) and not combatant_victims:
            # dead fighters are no civilians; "the cardinal was kidnapped by separatists": people taken;
            # "Cherubin Okende, a party spokesman, was found dead in his car": one person named, whoever did it
            actor2 = ctx.civilians_label(_country_of(group))
            civilian_victims = True
    between = _fight_between(group)
    if len(between) == 2 and (actor1 in between) != (actor2 in between) and not any(
            _state_of(x) and _state_of(x) == _state_of(n) for n in between for x in (actor1, actor2) if x not in between) and not (
            actor1 in between and actor2 in victims) and not any(
            (x or "").startswith(("Civilians", "Protesters")) for x in (actor1, actor2) if x not in between):
        # (the police of the army's state: one side; a third side that lost men stays; and so do the
        # civilians an air strike hit "as fighting between federal and Tigray forces entered its fourth week")
        # "clashes between FARDC soldiers and Wazalendo militiamen ... accusing them of abandoning
        # their positions to the M23": the two sides the fight is said to be between, not a third
        # group named in the cause or the background
        if actor1 in between:
            actor2 = next(n for n in between if n != actor1)
        else:
            actor1 = next(n for n in between if n != actor2)
    protesters = [n for n in mentions if n.startswith("Protesters")]
    if protesters and actor1 is not None and (actor2 or "").startswith("Civilians") and not any(n.startswith("Civilians") for n in mentions):
        actor2 = protesters[0]  # "gunmen opened fire on protesters, killing 18 people": the people hit were the protesters
    if protesters and actor1 is None:
        actor1 = protesters[0]
    elif protesters and actor2 is None:
        actor2 = protesters[0]
    if actor1 is None and unidentified and (killed or civilian_victims or any(c.sub_event_type for c in group if not c.background)):
        actor1 = unidentified  # a bombing nobody claimed: ACLED's unidentified armed group
    elif unowned_at is not None and unidentified and actor1 is not None and not actor1.startswith(("Unidentified", "Protesters", "Rioters", "Civilians")) \
            and actor1 not in victims and actor1 not in owned and not any(
                c.initiator is not None and c.initiator.name == actor1 and c.sentence < unowned_at for c in group if not c.background) and not (
                # (a clash between two named sides is no act anyone claims: "clashes south-east of
                # Manbij killed nine fighters, six from the SNA and three from the SDF")
                group[0].sub_event_type == "Armed clash" and {actor1, actor2} <= {a.name for a in group[0].actors}):
        # "a landmine killed seven election officials ... No group has claimed it. Niger is also
        # fighting attacks by Boko Haram": the report says nobody owned the act, and no sentence of
        # the event before it tells the side chosen doing it (named only after it, in the war's
        # background, as a suspect or as the side the attack was on): the attackers stay unidentified
        actor1 = unidentified
    assoc1 = ["Unidentified allied armed groups"] if allies and actor1 else []
    assoc2: list[str] = []
    soldierly = {a.name for c in group if not c.background for a in c.actors
                 if a.name.startswith("Military Forces of") and not _SECURITY_WORD.search(a.written)}
    actor1 = _military_first(actor1, armed, soldierly)
    # "Nine police officers were killed when armed men attacked a police outpost ... villagers fled":
    # the police who lost men by count stay the side hit, whoever else was hurt
    # (not where people were taken: "killing a police officer and abducting scores of students")
    lost_men = any(t.party == actor2 and t.outcome == "killed" and t.count.best > 0 for c in group if not c.background for t in c.tolls) and not any(
        c.sub_event_type in _TAKEN_SUBS or _PEOPLE_TAKEN.search(c.text) for c in group if not c.background)
    actor2 = _military_first(actor2, armed, soldierly) if actor2 not in victims or (civilian_victims and not lost_men) else _military_first(
        actor2, [n for n in armed if n in _struck_sides(group, victims)], soldierly)
    parents = _parents()
    if actor1 in parents:
        assoc1.insert(0, actor1)
        actor1 = parents[actor1]  # "Kataib Hezbollah" -> the Popular Mobilization Forces
    if actor2 in parents:
        assoc2.append(actor2)
        actor2 = parents[actor2]
    civilians_hit = (civilian_victims and not mostly_combatants) or (people_victims and not combatant_victims)
    if civilian_victims and not mostly_combatants and actor2 is not None and not actor2.startswith(("Civilians", "Protesters", "Rioters")) and actor2 not in victims and not any(
            c.sub_event_type == "Armed clash" and any(a.name == actor2 for a in c.actors) for c in group if not c.background) and not (
            _traded_fire(group, actor1, actor2)) and (
            _choose_type(group, actor1, actor2, ctx, civilians_hit)[0] == "Violence against civilians"):
        # "soldiers searching for separatist fighters opened fire on villagers": ACLED's second
        # side of violence against civilians is always the civilians, unless the other side named
        # lost men or fought
        actor2, assoc2 = ctx.civilians_label(_country_of(group)), []
    crowd = _crowd_actors(group, ctx, actor1, actor2, armed, soldierly, civilians_hit)
    if crowd is not None:
        actor1, actor2 = crowd
        assoc1 = [] if actor1 and actor1.startswith(("Protesters", "Rioters")) else assoc1
    arrest = _arrest_actors(group, ctx, actor1, actor2, civilians_hit) if crowd is None else None
    if arrest is not None:
        return arrest[0], arrest[1], [], [], civilians_hit  # (soldiers held by their own army: one side twice)
    if actor2 == actor1 and not (actor1 or "").startswith("Rioters"):
        actor2 = None
    if not (actor1 or "").startswith(("Protesters", "Rioters")) and (abroad := _foreign_civilians(group, ctx)) is not None and (actor2 is None or actor2.startswith("Civilians") or (
            actor2 not in victims and not any(c.target is not None and c.target.name == actor2 for c in group if not c.background))):
        # "a Cameroonian doctor was shot dead in Butembo", "a drone killed four Yemeni workers": the
        # people hit are civilians of the country their nationality names, not a voice or a side
        # named in the background
        actor2, assoc2, civilians_hit = abroad, [], True
    actor1, actor2, assoc1, assoc2 = _agreement_order(group, actor1, actor2, assoc1, assoc2, ctx)
    return actor1, actor2, assoc1, assoc2, civilians_hit


# a state's side named by its government, leader or army: "Ethiopia's government", "interim President
# al-Sharaa", "Sudan's army" (not "government-held cities")
_STATE_SIDE = re.compile(r"\b(?:government|president|presidency|prime\s+minister|army|military|junta|authorities)\b(?!-)", re.I)
_STATES = ("Military Forces of", "Government of", "Police Forces of")
_HEAD_OF_STATE = re.compile(r"\b(?:President|Prime\s+Minister)\b|\bpresident\s+(?=[A-Z])")


# the owner of a weapon told in the passive: "drones launched by the RSF", "a missile fired by the Houthis"
_LAUNCHED_BY = re.compile(r"\b(?:launched|fired|sent|flown|operated|belonging)\s+(?:by|to)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$", re.I)


def _launched(group: list[Claim], actor: str) -> bool:
    """``actor`` fired the weapons of the event's strike and no interception names it as the one
    who stopped them ("Russia launched 18 missiles at Kyiv ... air defence shot all of them down")."""
    return any(c.initiator is not None and c.initiator.name == actor and c.sub_event_type in (
        "Air/drone strike", "Shelling/artillery/missile attack") for c in group if not c.background) and not any(
        c.initiator is not None and c.initiator.name == actor for c in group if not c.background and c.sub_event_type == "Disrupted weapons use")


def _launcher_named(group: list[Claim], actor: str) -> bool:
    """``actor`` is named, in the event's sentences that tell the interception, only as the owner
    of the weapon stopped ("a ballistic missile fired by the Houthis was intercepted")."""
    told = [(c, m) for c in group if not c.background and c.sub_event_type == "Disrupted weapons use"
            for m in c.actors if m.name == actor and m.span is not None]
    return bool(told) and all(_LAUNCHED_BY.search(c.text, max(0, m.span.start - c.span.start - 30), m.span.start - c.span.start)
                              for c, m in told)


def _struck_sides(group: list[Claim], victims: Counter[str]) -> set[str]:
    """The sides the event's deed touched: the ones that lost men, were attacked or acted, named before
    the act's word, or coordinated after its target ("a gendarmerie school and the military airport").
    "Gunmen killed nine policemen ..., one of the deadliest attacks on regime forces": the police who
    lost men stay the side hit; an army named only to describe the war neither lost men, nor was
    attacked, nor acted ("Somali security forces ended an al-Shabaab assault": the army named before
    the act's word acted)."""
    return set(victims) | {x.name for c in group if not c.background for x in (c.target, c.initiator) if x is not None} | {
        a.name for c in group if not c.background for a in c.actors if 0 <= a.span.start - c.span.start < c.trigger_at} | {
        b.name for c in group if not c.background and c.target is not None for b in c.actors
        if b.span.start >= c.target.span.end and _COORDINATED.fullmatch(c.text[c.target.span.end - c.span.start:b.span.start - c.span.start])}


# the verb of a deal, before which its signatories stand ("Congo and Rwanda signed a peace agreement")
_DEAL_VERB = re.compile(r"\b(?:signed|agreed|reached|concluded|struck|sealed|inked)\b")
# a country's name that is no signatory: a venue or mediator ("in Qatar's capital", "mediated by
# Qatar"), or the owner of a group's name ("Yemen's Houthi group")
_NOT_SIGNATORY_BEFORE = re.compile(r"\b(?:in|at|from|to|by|with|near|of\s+(?!the\s+government\b))\s+(?:the\s+)?$", re.I)
_OWNER_AFTER = re.compile(r"['’]s?\s+(?!government\b|army\b|military\b|armed\s+forces\b|forces\b)", re.I)


# where the clause of a deal begins: "Oman announced on Tuesday that the United States and ..."
_CLAUSE_START = re.compile(r"\b(?:that|said|says|announced|after|when|as)\s+|[,;:]\s+", re.I)


def _signatories(group: list[Claim], ctx: AssemblyContext) -> list[str]:
    """The sides the deal's sentence names before its verb, in their order: the states named as
    signing ("Congo and Rwanda signed a peace agreement in Washington", "Oman said the United States
    and Yemen's Houthi group had agreed to a ceasefire") with the groups named beside them. A state
    is its forces, as the dev gold codes a state's side."""
    lead = next((c for c in group if not c.background and c.sub_event_type == "Agreement"), None)
    if lead is None or lead.span is None or ctx.army_label is None or (m := _DEAL_VERB.search(lead.text)) is None:
        return []
    start = max((b.end() for b in _CLAUSE_START.finditer(lead.text, 0, m.start())), default=0)
    out: list[tuple[int, str]] = []
    spans = [(a.span.start - lead.span.start, a.span.end - lead.span.start) for a in lead.actors if a.span is not None]
    for s, e, cc, is_name in country_mentions(lead.text[start:m.start()]):
        s, e = s + start, e + start
        word = lead.text[s:e]
        # (a name of several words is a name, "the United States", not a demonym; so is "the US")
        if not (is_name or word in ("US", "U.S.") or (" " in word and not word.lower().endswith(("n", "ese", "ish")))):
            continue
        if _NOT_SIGNATORY_BEFORE.search(lead.text, max(0, s - 30), s) or _OWNER_AFTER.match(lead.text, e) or any(
                a <= s and e <= b for a, b in spans):
            continue  # (or a word of a side's name: "Ethiopia's government")
        if label := ctx.army_label(cc):
            out.append((s, label))
    if not out:
        return []
    out += [(a.span.start - lead.span.start, a.name) for a in lead.actors
            if a.span is not None and start <= a.span.start - lead.span.start < m.start() and not a.name.startswith(("Civilians", "Unidentified"))]
    names: list[str] = []
    for _p, n in sorted(out):
        if n not in names:
            names.append(n)
    return names


def _deal_sides(group: list[Claim], actor1: str | None, actor2: str | None, assoc1: list[str],
                assoc2: list[str], ctx: AssemblyContext | None) -> tuple[str | None, str | None, list[str], list[str], bool]:
    """The two sides of a deal the lead tells: unknown armed men sign none, states named as signing
    are sides, and a president signs for the state, whose forces are a side the actor choice had no
    word for. Last, whether the deal's sentence named both sides, which sets their order."""
    if actor1 is not None and actor1.startswith("Unidentified"):
        actor1, assoc1 = actor2, assoc2  # no unknown armed men sign a deal ("the former rebel movement" is the other side)
        actor2, assoc2 = None, []
    told = _signatories(group, ctx) if ctx is not None else []
    ordered = len(told) > 1
    if told:
        if len(told) < 2:
            told += [n for n in (actor1, actor2) if n and n not in told]
        if told[:2] != [actor1, actor2]:
            assoc1 = assoc1 if told[0] == actor1 else []
            assoc2 = assoc2 if len(told) > 1 and told[1] == actor2 else []
            actor1, actor2 = told[0], (told[1] if len(told) > 1 else None)
    sides = [n for n in (actor1, actor2) if n]
    if ctx is not None and ctx.army_label is not None and len(sides) < 2 and not any(n.startswith(_STATES) for n in sides) and any(
            _HEAD_OF_STATE.search(c.text) for c in group if not c.background and c.sub_event_type == "Agreement"):
        # "President Filipe Nyusi and Renamo leader Ossufo Momade signed a peace accord": the president signs
        # for the state, whose forces are the deal's other side
        army = ctx.army_label(_head_of_state_country(group) or _country_of(group))
        if army and army not in sides:
            actor1, actor2 = (actor1, army) if actor1 is not None else (army, None)
    return actor1, actor2, assoc1, assoc2, ordered


def _head_of_state_country(group: list[Claim]) -> str | None:
    """The state whose leader the deal's sentence names by country ("Sudan's Prime Minister Abdallah
    Hamdok ... signed in the Ethiopian capital": Sudan, not the venue's country)."""
    for c in group:
        if c.background or c.sub_event_type != "Agreement":
            continue
        for m in _HEAD_OF_STATE.finditer(c.text):
            before = c.text[max(0, m.start() - 25):m.start()]
            named = [cc for _s, e, cc, _n in country_mentions(before) if not before[e:].strip(" ’'s")]
            if named:
                return named[-1]
    return None


def _agreement_order(group: list[Claim], actor1: str | None, actor2: str | None, assoc1: list[str],
                     assoc2: list[str], ctx: AssemblyContext | None = None) -> tuple[str | None, str | None, list[str], list[str]]:
    """An agreement's sides in the order the sentence of the deal names them (as the dev gold codes
    them): "Sudan's army and the RSF signed", "Ethiopia's government signed a deal with the OLA", "the
    SDF commander announced a truce with Turkish-backed factions": the one who signs or announces
    first. Not who the other helpers guessed attacked: a deal has no attacker."""
    subs = [c.sub_event_type for c in group if not c.background and c.sub_event_type]
    # a deal the lead tells, nobody said killed or hurt in it (not a ceasefire announced after a deadly attack);
    # the history a report adds after the deal ("Renamo fought a 16-year civil war") does not make it a fight
    deal = bool(subs) and subs[0] == "Agreement" and not any(
        t.role == "total" and t.outcome in ("killed", "injured") and t.count.best for c in group if not c.background for t in c.tolls)
    if deal:
        actor1, actor2, assoc1, assoc2, ordered = _deal_sides(group, actor1, actor2, assoc1, assoc2, ctx)
        if ordered:
            return actor1, actor2, assoc1, assoc2  # in the order the deal's sentence names them
    if not deal and (not subs or any(s != "Agreement" for s in subs)):
        return actor1, actor2, assoc1, assoc2
    if actor2 is not None and actor2.startswith("Civilians"):
        # the people of a country are no party to a deal: the other side its sentences name, or none
        # ("the government and the STC signed the Riyadh Agreement in Saudi Arabia")
        actor2 = next((a.name for c in group if not c.background for a in c.actors
                       if a.name != actor1 and not a.name.startswith(("Civilians", "Protesters", "Rioters"))), None)
        assoc2 = []
    if actor1 is None or actor2 is None:
        return actor1, actor2, assoc1, assoc2
    state = [n for n in (actor1, actor2) if n.startswith(_STATES)]

    def first(name: str, c: Claim) -> int | None:
        at = [a.span.start - c.span.start for a in [*c.actors, *c.source_actors] if a.name == name]
        if len(state) == 1 and name in state:
            at += [m.start() for m in _STATE_SIDE.finditer(c.text)]
        return min(at) if at else None

    for c in group:
        if c.background or c.sub_event_type != "Agreement":
            continue
        one, two = first(actor1, c), first(actor2, c)
        if two is not None and (one is None or two < one):
            return actor2, actor1, assoc2, assoc1
        if one is not None:
            break
    return actor1, actor2, assoc1, assoc2


def _crowd_actors(group: list[Claim], ctx: AssemblyContext, actor1: str | None, actor2: str | None, armed: list[str],
                  soldierly: set[str], civilians_hit: bool) -> tuple[str | None, str | None] | None:
    """ACLED's sides of a protest or riot, by its sub-type: "Protesters (X)" first and the force
    that intervened second; the force first in excessive force against protesters; "Rioters (X)"
    first in a riot, against the force, or the people a mob turned on. None: not a crowd event."""
    if not any(c.sub_event_type in _CROWD_SUBS for c in group if not c.background):
        return None  # no word of a crowd: spare the type choice
    _etype, sub, _terr = _choose_type(group, actor1, actor2, ctx, civilians_hit)
    if sub not in _CROWD_SUBS:
        return None
    civ = ctx.civilians_label(_country_of(group))
    country = civ[len("Civilians"):] if civ.startswith("Civilians (") else ""
    if not country:
        return None
    protesters, rioters = f"Protesters{country}", f"Rioters{country}"
    forces = [n for n in (actor1, actor2, *armed) if n and not n.startswith(("Civilians", "Protesters", "Rioters", "Unidentified"))]
    forces = list(dict.fromkeys(forces))
    # the force the sentences telling the protest or riot name most ("crowds stormed the Monusco
    # base"), before an armed group the protesters only speak of
    at_scene: Counter[str] = Counter(n for c in group if not c.background and c.sub_event_type in _CROWD_SUBS
                                     for n in {a.name for a in c.actors})
    forces.sort(key=lambda n: -at_scene[n])
    police = [n for n in forces if n.startswith("Police Forces of")] or [
        a.name for c in group if not c.background for a in c.source_actors if a.name.startswith("Police Forces of")][:1]
    # (the police only speaking: "security forces fired tear gas ... police said protesters had
    # attacked officers": the security forces were the police)
    # the army as the side that acted, by a word for soldiers ("Sudanese security forces" or "the
    # army seized power" in the background name none)
    soldiers = {a.name for c in group if not c.background and (a := c.initiator) is not None
                and not _SECURITY_WORD.search(a.written) and not a.rule.startswith("demonym")}
    acted = {c.initiator.name for c in group if not c.background and c.initiator is not None}
    if police and forces and forces[0].startswith("Military Forces of") and forces[0] not in soldiers and (
            acted & {forces[0], police[0]} or not acted and forces[0] not in soldierly):
        # "security forces" and "police fired tear gas": the police the text names; "security forces
        # used tear gas ... riot police blocked their way", nobody told as the doer and no soldier
        # named: the police
        forces.insert(0, police[0])
    spoke = [a.name for c in group if not c.background and c.sub_event_type in ("Protest with intervention", "Excessive force against protesters")
             for a in c.source_actors if a.name.startswith("Police Forces of")]
    if spoke and not (forces and ctx.is_state(forces[0])):
        # "Israeli police said officers dispersed the crowd": the police telling the intervention made it,
        # not an armed group named in the crowd's cause
        forces = [spoke[0], *(n for n in forces if n != spoke[0])]
    force = forces[0] if forces else None
    if (sub in ("Excessive force against protesters", "Protest with intervention") and actor1 is not None and actor1 in acted
            and not ctx.is_state(actor1) and not actor1.startswith(("Civilians", "Protesters", "Rioters"))
            and not any(ctx.is_state(n) for n in acted) and not (sub == "Protest with intervention" and _crowd_held(group))):
        # "gunmen in pickup trucks attacked protesters", no force said to act: the gunmen against the crowd
        # (an armed group that detained the crowd intervened: the protesters against it)
        return actor1, protesters
    if sub == "Excessive force against protesters":
        return (force, protesters) if force else None
    if sub == "Protest with intervention":
        return protesters, force
    if sub == "Peaceful protest":
        return protesters, None
    if sub == "Violent demonstration":
        return rioters, next(iter(_stormed_forces(group)), force)  # the force whose base was stormed, before one merely named
    # mob violence: the crowd against the people it turned on, or rival crowds against each other
    if any(_FIGHTING.search(c.text) for c in group if not c.background) and not force:
        return rioters, rioters
    if any(_FIGHTING.search(c.text) and _RIVAL_CROWDS.search(c.text) for c in group if not c.background):
        return rioters, rioters  # "clashes between Kurdish protesters and Arab demonstrators": crowd against crowd
    stormed = [n for n in forces if any(c.sub_event_type == "Violent demonstration" and any(a.name == n for a in c.actors)
                                        for c in group if not c.background)]
    if stormed:
        return rioters, stormed[0]  # "protesters stormed a MONUSCO compound": the force the crowd turned on
    if any(c.sub_event_type == "Mob violence" and _TURNED_ON_PROTEST.search(c.trigger or "") for c in group if not c.background):
        return rioters, protesters  # "supporters of the cleric stormed a protest camp": the crowd against the protesters
    return rioters, civ if civilians_hit or not force else force


# a mob's deed whose target is a protest ("stormed an anti-government protest camp", "attacked the sit-in")
_TURNED_ON_PROTEST = re.compile(r"\b(?:attacked|stormed|raided|torched|burned|overran|set\s+fire\s+to)\b.*\b(?:protest|sit-in|demonstrat)", re.I)


_HELD_VERB = re.compile(r"\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|rounded\s+up|taken\s+into\s+custody|held)\b", re.I)
_HELD_PASSIVE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:arrested|detained|rounded\s+up|taken\s+into\s+custody|held)\b", re.I)
# the people held, up to what says why, where or when
_HELD_END = re.compile(r"\s+(?:over|for|on\s+(?:charges?|suspicion|accusations?)|in\s+(?:a|an|the|connection|custody)|at|after|on\s+\w+day|"
                       r"during|while|accused|suspected\s+of|who)\b|[,.;:]\s|$", re.I)
_HELD_POLICE = re.compile(r"\b(?:police(?:m[ae]n|wom[ae]n)?|police\s+officers?|gendarmes?)\b", re.I)
_HELD_SOLDIERS = re.compile(
    r"\b(?:soldiers?|troops|servicem[ae]n|service\s+members|reservists?|conscripts?|generals?|colonels?|"
    r"(?:army|military)\s+(?:officers?|commanders?)|(?:members|elements)\s+of\s+the\s+(?:[\w-]+\s+){0,2}(?:military|army|armed\s+forces))\b|"
    r"\b(?:Gen|General|Brig|Brigadier|Col|Colonel|Lt|Lieutenant|Maj|Major)\.?\s+[A-Z]", re.I)
# the passive agent of holding someone, right before the force's name: "was detained by police",
# "is being held by the police's anti-terrorism service", "taken into custody by soldiers"
_HELD_BY = re.compile(r"\b(?:arrested|detained|held|taken(?:\s+into\s+custody)?|picked\s+up|rounded\s+up|seized)\s+"
                      r"(?:[^,.;]{0,40}?\s)?by\s+(?:the\s+|members\s+of\s+the\s+)?$", re.I)
# the army, not the police, made the arrest
_ARMY_ARREST = re.compile(r"\b(?:soldiers|troops|the\s+army|the\s+military|junta|military\s+(?:government|police|authorities))\b", re.I)


def _held(c: Claim) -> str | None:
    """The words for the people an arrest sentence says were held: the subject of "were detained"
    or the object of "police arrested"."""
    m = _HELD_PASSIVE.search(c.text)
    if m is not None:
        return c.text[:m.start()]
    m = _HELD_VERB.search(c.text, max(c.trigger_at, 0))
    if m is None:
        return None
    rest = c.text[m.end():m.end() + 160]
    end = _HELD_END.search(rest)
    return rest[:end.start() if end else len(rest)] or None


def _arrest_actors(group: list[Claim], ctx: AssemblyContext, actor1: str | None, actor2: str | None,
                   civilians_hit: bool) -> tuple[str | None, str | None] | None:
    """ACLED's sides of an arrest: the force that made it (the country's police unless soldiers, the
    army or a junta did, or a named force), then the people held: civilians (politicians, actors,
    officials), the state force whose soldiers or police were held, or the armed group whose
    members were. None: not an arrest event."""
    held_claims = [c for c in group if not c.background and c.sub_event_type == "Arrests"]
    if not held_claims:
        return None
    _etype, sub, _terr = _choose_type(group, actor1, actor2, ctx, civilians_hit)
    if sub != "Arrests":
        return None
    cc = _country_of(group)
    civ = ctx.civilians_label(cc)
    if not civ.startswith("Civilians ("):
        return None

    year = ctx.published.year if ctx.published else None
    army = shared_actors().generic("state_forces", [cc] if cc else [], year)[0] or None
    police = shared_actors().generic("police", [cc] if cc else [], year)[0] or None
    acting = [c.initiator.name for c in held_claims if c.initiator is not None]
    speakers = [a.name for c in held_claims for a in c.source_actors if ctx.is_state(a.name) and (a.country is None or a.country == cc)]
    agents = [a.name for c in group if not c.background for a in c.actors
              if ctx.is_state(a.name) and _HELD_BY.search(c.text, max(0, a.span.start - c.span.start - 80), a.span.start - c.span.start)]
    state_acting = [n for n in acting if ctx.is_state(n)]
    if actor1 not in acting and state_acting:
        # "Myanmar police arrested Win Htein ... as the new junta widened its crackdown": the force the
        # arrest verb tells as the doer, not the rulers named beside it
        force: str | None = state_acting[0]
    elif actor1 not in acting and agents and actor1 not in agents:
        # "he was detained by police at his home ... since the military seized power": the agent of
        # the arrest verb, not a force named only as the country's rulers
        force = agents[0]
    elif actor1 is not None and not actor1.startswith(("Unidentified", "Civilians", "Protesters", "Rioters")) and (
            actor1 in acting or ctx.is_state(actor1)):
        force = actor1  # "police arrested", "arrested by soldiers", "General Security forces"
    elif speakers:
        force = speakers[0]  # "nine reservists were detained, the army said": the force that says it held them
    elif any(_ARMY_ARREST.search(c.text) for c in held_claims):
        force = army
    else:
        force = police  # "the former governor has been detained": the police, by default
    held = next((h for c in held_claims if (h := _held(c))), "")
    groups = [a.name for c in held_claims for a in c.actors
              if a.resolved and a.kind in _NON_STATE and a.name != force
              and held and a.written in held]
    if groups:
        return force, groups[0]  # "police arrested 12 suspected Boko Haram members"
    if _HELD_POLICE.search(held):
        return force, police
    if _HELD_SOLDIERS.search(held):
        return force, army
    return force, civ


# people the text says were not hit: "no civilians were hurt", "no indication that civilians were
# harmed", "civilians were not among the casualties", "there were no civilian casualties"
_UNHIT_BEFORE = re.compile(r"\b(?:no|nor|without|zero)\s+(?:(?:sign|signs|indication|evidence|reports?|word)\s+(?:that\s+|of\s+)?(?:any\s+)?)?$", re.I)
_UNHIT_AFTER = re.compile(r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:not|never)\b|(?:were|was)n['’]t\b|(?:were|was)\s+spared\b)", re.I)
_HURT_AFTER = re.compile(r"[^.;]{0,40}?\b(?:hurt|harmed|injured|wounded|killed|casualt\w+|affected|among\s+the)\b", re.I)


def _spared(text: str, start: int, end: int) -> bool:
    """A civilians mention the text says were not hit ("no civilians were hurt")."""
    if _UNHIT_AFTER.match(text, end) and _HURT_AFTER.match(text, end) or text[end:end + 12].lstrip().startswith("were spared"):
        return True
    return bool(_UNHIT_BEFORE.search(text, max(0, start - 40), start)) and bool(_HURT_AFTER.match(text, end))


# "seven of its members", "three of their fighters": the speaker's own men among the dead
_ITS_OWN_DEAD = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:members|fighters|men|commanders|officers|advisers|advisors|personnel|"
                           r"soldiers|troops|militants|operatives|cadres)\b", re.I)
_SOME_COMBATANTS = re.compile(r"[^.;]{0,25}\b(?:some|several|a\s+few)\s+of\s+them\s+(?:were\s+)?(?:[\w-]+\s+)?" + _COMBATANT_VICTIMS.pattern, re.I)
_MOSTLY_COMBATANTS = re.compile(r"[^.;]{0,25}\b(?:most|many|all|the\s+majority)\s+of\s+them\s+(?:were\s+)?(?:[\w-]+\s+)?" + _COMBATANT_VICTIMS.pattern, re.I)
_CIVILIAN_VICTIM = re.compile(
    r"\b(?:killed|killing|abducted|abducting|kidnapped|kidnapping|assassinated|executed|beheaded)\s+(?:the\s+|a\s+|an\s+)?(?:(?:local|former|deputy|regional|state|district|village|prominent)\s+)?"
    r"(?:governor|mayor|officials?|journalists?|activists?|imams?|priests?|pastors?|teachers?|doctors?|judges?|lawmakers?|"
    r"politicians?|village\s+(?:head|chief)|traditional\s+(?:ruler|leader)|chief)\b(?!\s+of\s+(?:staff|the\s+army|operations))|"
    # told in the passive: "The governor of Puntland's Nugal region was killed", "a local mayor was shot dead"
    r"\b(?:the|a|an)\s+(?:(?:local|former|deputy|regional|provincial|district|prominent)\s+)?(?:governor|mayor|journalist|judge|lawmaker|"
    r"district\s+commissioner)\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?(?:was|has\s+been|had\s+been)\s+(?:shot\s+dead|killed|assassinated|abducted|"
    r"kidnapped|executed|beheaded)\b", re.I)
_UNKNOWN = re.compile(r"(?:unidentified|unknown)\b", re.I)
_HEDGED = re.compile(r"(?:suspected|alleged|presumed|unknown|unidentified)\b", re.I)
# sub-types of a sentence that tells what set off the violence, not the violence itself
_ASIDE_SUBS = frozenset({"Arrests"})
_MARKED = ("|ally", "|among-civilians", "|speaker's", "|blamed", "|object", "|speculative", "|responder", "|victim", "|aimed")
_BETWEEN = re.compile(r"\b(?:fighting|clash(?:es)?|battles?|combat|hostilities|gunfights?|firefights?)\s+between\s+", re.I)


_GAVE_WAY_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:have\s+|has\s+|had\s+)?(?:(?:reportedly|hastily|overnight|finally)\s+)?"
    r"(?:fled|surrendered|abandoned\s+(?:their|its)\b|(?:withdrew|withdrawn|retreated|pulled\s+(?:back|out))\s+(?:[\w-]+\s+){0,2}?(?:from|of)\s+"
    r"(?:their|its|the)\s+(?:(?:last|remaining|main|military|army)\s+)*(?:bases?|positions?|posts?|garrisons?|strongholds?|headquarters|barracks)\b)",
    re.I)


# "31 police officers, seven rescuers and a child were among the wounded": people beside the police
_PEOPLE_HURT = re.compile(r"\b(?:civilians?|child(?:ren)?|women|men|rescuers|paramedics|medics|firefighters|residents|passers-?by|"
                          r"journalists|students|pupils|worshippers|shoppers|passengers|people|bystanders)\b", re.I)
_AMONG_HURT = re.compile(r"\b(?:(?:are|were|is|was)\s+)?among\s+(?:the\s+)?(?:injured|wounded|dead|killed|casualties|victims)\b", re.I)


def _hurt_among(group: list[Claim]) -> set[str]:
    """State forces the text lists with civilians among the dead or hurt ("fifteen children and 15
    police officers are among the injured"): people hit by the attack, not the side that made it."""
    out: set[str] = set()
    for c in group:
        if c.background:
            continue
        for m in _AMONG_HURT.finditer(c.text):
            before = [a for a in c.actors if a.span.start - c.span.start < m.start()]
            clause = re.split(r"[.;:]|\bsaid\b|\bwith\b", c.text[:m.start()])[-1]
            if any(a.name.startswith("Civilians") for a in before) or _PEOPLE_HURT.search(clause):
                out |= {a.name for a in before if a.kind == "state forces"}
    return out


def _gave_way(group: list[Claim]) -> set[str]:
    """Sides the text shows withdrawing, fleeing or surrendering ("junta troops withdrew overnight")."""
    return {a.name for c in group if not c.background for a in c.actors
            if _GAVE_WAY_AFTER.match(c.text[a.span.end - c.span.start:a.span.end - c.span.start + 80])}


def _gave_up(group: list[Claim]) -> set[str]:
    """Sides the text shows giving a place up, every one of a listed pair ("the FARDC and the
    Wazalendo withdrew", "militiamen who had held the town withdrew")."""
    out: set[str] = set()
    for c in group:
        if c.background:
            continue
        for i, a in enumerate(c.actors):
            if not _GAVE_UP_AFTER.match(c.text, a.span.end - c.span.start):
                continue
            out.add(a.name)
            while i > 0 and re.fullmatch(r"\s*(?:,|,?\s*and|as\s+well\s+as)\s+(?:the\s+)?",
                                         c.text[c.actors[i - 1].span.end - c.span.start:c.actors[i].span.start - c.span.start]):
                i -= 1
                out.add(c.actors[i].name)
    return out


def _doer_before_target(c: Claim) -> str | None:
    """A sentence that names the side attacked but found no attacker ("tribal fighters loyal to him
    then attacked SDF checkpoints"): the one armed side named before the target."""
    tgt = c.target
    if tgt is None or tgt.kind == "civilians" or tgt.rule.endswith(_MARKED):
        return None  # "in which three soldiers and all five attackers were killed": the dead, not the side attacked
    before = {a.name for a in c.actors if a.span.end <= tgt.span.start and a.name != tgt.name and a.kind not in ("civilians", "protesters")
              and not a.name.startswith(("Civilians", "Protesters", "Rioters")) and not a.rule.endswith(_MARKED)}
    return next(iter(before)) if len(before) == 1 else None


def _between_sides(c: Claim) -> list[int]:
    """"Fighting between the Congolese army and M23 rebels was reported": the two sides of the
    fighting (indices into the sentence's speakers), even where the words after them read as a
    speaker's."""
    out: list[int] = []
    for m in _BETWEEN.finditer(c.text):
        seg = re.split(r"[.;,]", c.text[m.end():m.end() + 140], maxsplit=1)[0]
        lo, hi = c.span.start + m.end(), c.span.start + m.end() + len(seg)
        out += [i for i, a in enumerate(c.source_actors)
                if lo <= a.span.start < hi and a.kind not in ("civilians", "protesters") and i not in out]
    return out


def _state_of(name: str | None) -> str | None:
    """The country of a state force's name ("Police Forces of Syria (2024-)" -> "Syria")."""
    m = _STATE_OF.match(name or "")
    return m.group(1) if m else None


def _fight_between(group: list[Claim]) -> set[str]:
    """The armed sides a lead "clashes between X and Y" names (empty unless the lead names them)."""
    c = group[0]
    out: set[str] = set()
    if c.background:
        return out
    for m in _BETWEEN.finditer(c.text):
        seg = re.split(r"[.;,]", c.text[m.end():m.end() + 160], maxsplit=1)[0]
        lo, hi = c.span.start + m.end(), c.span.start + m.end() + len(seg)
        out |= {a.name for a in c.actors if lo <= a.span.start < hi and a.resolved and a.kind not in ("civilians", "protesters")
                and not a.name.startswith(("Civilians", "Protesters", "Unidentified"))}
    return out


_CROWD_WORD = r"(?:protesters|demonstrators|supporters|crowds|youths|mobs|rioters)"
_RIVAL_CROWDS = re.compile(r"\bbetween\s+(?:[\w-]+\s+){0,3}?" + _CROWD_WORD + r"\s+and\s+(?:[\w-]+\s+){0,4}?" + _CROWD_WORD + r"\b|"
                           r"\brival\s+(?:[\w-]+\s+)?" + _CROWD_WORD + r"\b", re.I)
# "exchanged fire", "traded artillery fire", "trading heavy shellfire"
_TRADED_FIRE = r"(?:exchang|trad)(?:e|ed|es|ing)\s+(?:[\w-]+\s+){0,2}?(?:fire|gunfire|shellfire|shots|rocket\s+fire)"
_FIGHTING = re.compile(r"\b(?:fought|fighting|clash(?:ed|es)?|battled?|battles|gun\s*battle|firefight|engaged|" + _TRADED_FIRE + r")\b", re.I)
_TRADED = re.compile(r"\b" + _TRADED_FIRE + r"\b", re.I)


def _traded_fire(group: list[Claim], actor1: str | None, actor2: str | None) -> bool:
    """Whether both sides are named in a sentence that says they traded fire ("the army and RSF
    fighters traded fire, killing three civilians"): the two forces are the sides, not the dead."""
    return bool(actor1 and actor2) and any(
        _TRADED.search(c.text) and {actor1, actor2} <= {a.name for a in c.actors} for c in group if not c.background)
_BATTLE_SUBS = frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"})


_WAR_SINCE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:fighting|battling|clashing\s+with|at\s+war\s+with|waging\s+war)\b[^.;]*?\b(?:since|for\s+(?:years|months|decades))\b", re.I)
_FLED_FIGHT_BEFORE = re.compile(r"\b(?:flee(?:ing)?|fled|escap(?:e|ed|ing)|displaced\s+by|uprooted\s+by)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                                r"(?:fighting|clashes|violence|hostilities|battles?)\s+between\s+[^.;]{0,60}$", re.I)
_RULER_BEFORE = re.compile(r"\b(?:dominated|controlled|held|run|ruled|governed|administered)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$|"
                           r"\bunder\s+(?:the\s+)?(?:[\w-]+\s+)?(?:control|rule|sway)\s+of\s+(?:the\s+)?$", re.I)


def _engaged(group: list[Claim]) -> set[str]:
    """Sides the text shows taking part: an initiator, a target, a side that lost men, or a side
    named in a sentence that tells of fighting."""
    out: set[str] = set()
    for c in group:
        if c.background:
            continue
        for a in (c.initiator, c.target):
            if a is not None:
                out.add(a.name)
        if _WAR_SINCE.search(c.text) and not c.tolls:
            continue  # "the AA has been fighting government troops since January": the war, not this event
        fighting = bool(_FIGHTING.search(c.text))
        for a in c.actors:
            if a.rule.endswith("|object"):
                continue  # "a group that has stepped up attacks on military bases": what it does, not this fight
            if _FLED_FIGHT_BEFORE.search(c.text, 0, a.span.start - c.span.start):
                continue  # "villagers fleeing fighting between the army and resistance forces": what they fled
            if _RULER_BEFORE.search(c.text, 0, a.span.start - c.span.start) and not a.rule.endswith("|victim"):
                continue  # "Idlib, a region dominated by HTS": who holds the place, not a side in the fight
            if a.rule.startswith("generic") and c.text[a.span.start - c.span.start - 1:a.span.start - c.span.start] in ('"', "“") \
                    and c.text[a.span.end - c.span.start:a.span.end - c.span.start + 1] in ('"', "”"):
                continue  # 'says it is fighting "terrorists"': the speaker's label, not a side named
            if a.rule.endswith("|victim") or c.sub_event_type in _BATTLE_SUBS or c.territorial or fighting:
                out.add(a.name)
        for t in c.tolls:
            if t.party:
                out.add(t.party)
    return out


def _speaker_also_hit(group: list[Claim], name: str) -> bool:
    """Whether the speaker's own word is told again beside its name ("missiles at US and British
    warships, US Central Command said"): its own men were aimed at, not a mere voice."""
    for c in group:
        if c.background:
            continue
        for a in c.source_actors:
            if a.name != name:
                continue
            lead = re.sub(r"^(?:the|a|an)\s+", "", a.written, flags=re.I).split()
            rs, re_ = a.span.start - c.span.start, a.span.end - c.span.start
            if lead and re.search(r"\b" + re.escape(lead[0]) + r"\b", c.text[:rs] + " " + c.text[re_:]):
                return True
    return False


def _engaged_only(names: list[str], group: list[Claim]) -> list[str]:
    sides = _engaged(group) - _late_responders(group)
    return [n for n in names if n in sides]


def _late_responders(group: list[Claim]) -> set[str]:
    """Forces told only after the lead sentence, fighting the attackers of people the lead sentence
    tells were hit ("gunmen kidnapped 20 pupils ... Troops later engaged the kidnappers"): they
    answered the attack; the people are the side hit."""
    told = [c for c in group if not c.background]
    if not told or not any(a.name.startswith("Civilians") for a in told[0].actors) and not any(
            (t.party or "").startswith("Civilians") for t in told[0].tolls):
        return set()
    lead = told[0].sentence
    early = {a.name for c in told if c.sentence == lead for a in c.actors} | {
        t.party for c in told for t in c.tolls if t.party}
    late = {a.name for c in told if c.sentence != lead and _FIGHTING.search(c.text) and not c.tolls for a in c.actors}
    return late - early  # (and the attackers told again: "the kidnappers")


def _acted(group: list[Claim]) -> set[str]:
    """Speakers that say they did something ("police said they had repelled an attack")."""

    return {a.name for c in group if not c.background for a in c.source_actors
            if _SAID_DID.match(c.text[a.span.end - c.span.start:a.span.end - c.span.start + 200])}


# "a Cameroonian doctor", "four Yemeni workers", "A German woman": people hit, told by nationality
_NATIONALS = re.compile(r"^(?:[\w'’-]+\s+){0,2}?([A-Z][a-z]+)\s+(?:[a-z-]+\s+)?(?:m[ae]n|wom[ae]n|workers?|labou?rers?|doctors?|nurses?|"
                        r"engineers?|teachers?|journalists?|reporters?|tourists?|nationals?|citizens?|aid\s+workers?|epidemiologists?|"
                        r"contractors?|drivers?|traders?|businessm[ae]n|priests?|nuns?|missionar(?:y|ies)|students?|pilgrims?|fishermen|"
                        r"sailors|crew\s+members?|employees?|staff(?:ers?)?|volunteers?|expatriates?)\b")


def _foreign_civilians(group: list[Claim], ctx: AssemblyContext) -> str | None:
    """Civilians of the one foreign nationality the event's dead, wounded or taken are told by
    ("a Cameroonian doctor was killed" in Congo); None when no such toll, when the nationality is
    the event's country's, or when any toll of the event belongs to an armed side."""
    cc = _country_of(group)
    tolls = [t for c in group if not c.background for t in c.tolls if t.role in ("total", "part")
             and t.outcome in ("killed", "injured", "abducted")]
    if not cc or any(t.party and not t.party.startswith("Civilians") for t in tolls):
        return None
    found = {country_terms().get(m.group(1).lower()) for t in tolls if t.who and (m := _NATIONALS.match(t.who))
             and not _COMBATANT_VICTIMS.search(t.who)}
    found.discard(None)
    if len(found) != 1 or cc in found:
        return None
    return ctx.civilians_label(next(iter(found)))


# "four foreign military personnel", "two foreign soldiers": dead told as foreign forces
_FOREIGN_DEAD = re.compile(r"\b(?:foreign|overseas)\s+(?:military\s+|army\s+)?(?:personnel|soldiers|troops|servicemen|service\s+members|"
                           r"forces|instructors|trainers|advisers|advisors)\b", re.I)
_FOREIGN_BEFORE = re.compile(r"\b(?:foreign|overseas)\s+$", re.I)


def _foreign_dead(group: list[Claim], cc: str) -> None:
    """"Four foreign military personnel were killed ... three Emirati soldiers died", "a convoy of
    foreign troops ... four American soldiers were wounded": forces told as foreign are the one
    foreign state's forces the event names elsewhere, never the host country's army."""
    host = (shared_actors().generic("state_forces", [cc], None)[0] or "\0").split(" (")[0]
    # (a force named as the voice counts too: "The French army said two of its soldiers had died")
    named = {a.name: a.country for c in group if not c.background for a in (*c.actors, *c.source_actors)
             if a.name.startswith("Military Forces of") and not a.rule.startswith("generic") and a.name.split(" (")[0] != host}
    foreign = {t.party for c in group if not c.background for t in c.tolls
               if t.party and t.party.startswith("Military Forces of") and t.who and not _FOREIGN_DEAD.search(t.who)
               and t.party.split(" (")[0] != host} | set(named)
    if len(foreign) != 1:
        return
    force = next(iter(foreign))
    for c in group:
        if c.background:
            continue
        for t in c.tolls:
            if (not t.party or t.party.split(" (")[0] == host) and t.who and _FOREIGN_DEAD.search(t.who):
                t.party = force
        for a in c.actors:
            if force in named and a.rule.startswith("generic:state_forces") and a.name.split(" (")[0] == host and _FOREIGN_BEFORE.search(
                    c.text, 0, max(0, a.span.start - c.span.start)):
                a.name, a.country, a.rule = force, named[force], a.rule + "|foreign"


# "A Russian major general was killed", "a Turkish patrol", "French military convoy": the forces hit told by nationality
_NATIONAL_FORCE = re.compile(r"\b([A-Z][a-z]+)\s+(?:military\s+|army\s+)?(?:(?:major|brigadier|lieutenant)\s+general|general|colonel|major|captain|"
                             r"officers?|soldiers?|servicem[ae]n|service\s+members?|troops|convoy|patrol|peacekeepers?|recruits|cadets|personnel|forces)\b")


def _nationals_hit(group: list[Claim], cc: str, year: int | None) -> None:
    """"A Russian major general was killed and two servicemen were wounded" in Syria: the bare
    force word of the men hit is the army of the one foreign nationality the sentence gives them,
    not the army of the country where it happened."""
    for c in group:
        if c.background:
            continue
        hit = [a for a in c.actors if a.rule.startswith("generic:state_forces") and "|demonym-before" not in a.rule
               and (a is c.target or a.rule.endswith("|victim"))]
        if not hit:
            continue
        first = min(a.span.start for a in hit) - c.span.start
        told = [(m.start(), country_terms().get(m.group(1).lower())) for m in _NATIONAL_FORCE.finditer(c.text)]
        found = {n for at, n in told if at < first}
        if any(n not in (None, *found) for _at, n in told):
            continue  # "where Turkish soldiers train Somali recruits": two nationalities, none is told of the men hit
        found.discard(None)
        if len(found) != 1 or cc in found:
            continue
        name, actor, _rule = shared_actors().generic("state_forces", [str(next(iter(found)))], year)
        if actor is None:
            continue
        for a in hit:
            a.name, a.country = name, actor.country
            a.rule = a.rule.replace("generic:state_forces", "generic:state_forces|demonym-before", 1)  # keeps its marks last


def _local_army(group: list[Claim], ctx: AssemblyContext) -> None:
    """"Killed a soldier at an army base" in an event in Israel: a bare "army" is the army of the
    event's country, not of the country the report is mostly about."""
    cc = _country_of(group)
    if not cc:
        return
    _foreign_dead(group, cc)

    year = ctx.published.year if ctx.published else None
    _nationals_hit(group, cc, year)
    local = None
    for c in group:
        for a in c.actors:
            if a.rule.startswith("generic:state_forces") and a.country and a.country != cc and "|demonym-before" not in a.rule \
                    and "|air-of-the-state-named" not in a.rule:
                if local is None:
                    local = shared_actors().generic("state_forces", [cc], year)
                name, actor, _rule = local
                if actor is not None:
                    a.name, a.country, a.rule = name, cc, a.rule + "|event-country"
    # "Puntland security forces repulsed an attack on a military base ... seven soldiers were
    # killed": with one regional force of the event's country named and the national army never
    # named, the bare "military" and "soldiers" are that force
    regional = {a.name for c in group for a in c.actors
                if a.kind == "state forces" and a.country == cc and not a.rule.startswith(("generic", "demonym"))
                and not a.name.startswith(("Military Forces of", "Police Forces of"))}
    national = {a.name for c in group for a in [*c.actors, *c.source_actors]
                if a.country == cc and a.name.startswith(("Military Forces of", "Police Forces of")) and not a.rule.startswith(("generic", "demonym"))}
    if len(regional) != 1 or national:
        return
    force = next(iter(regional))
    for c in group:
        for a in c.actors:
            if a.rule.startswith("generic:state_forces") and a.country == cc:
                a.name, a.rule = force, a.rule + "|regional-force"
        for t in c.tolls:
            if t.party and t.party.startswith("Military Forces of") and t.who and t.who.islower():
                t.party = force


def _become_with_tolls(c: Claim, a: ActorMention, owner: ActorMention, why: str) -> None:
    """The mention ``a`` of claim ``c`` read as the group ``owner`` (see claims._become), and the
    claim's tolls counted for the old reading counted for the group."""
    old = a.name
    _become(a, owner, why)
    for t in c.tolls:
        if t.party == old:
            t.party = owner.name


def _group_the_event_names(group: list[Claim]) -> None:
    """"Jihadist rebels killed 17 people ... Fighters of the ADF stormed the village": a generic word
    read only as the country's usual group (M23 for "rebels" in Congo) is the one armed group the
    event's sentences name doing the act, when they never name that usual group and never tell the
    two in one sentence (where they are two sides: "Wazalendo militiamen clashed with rebels")."""
    told = [c for c in group if not c.background]
    by_name = {a.name for c in told for a in [*c.actors, *c.source_actors] if not a.rule.startswith(("generic", "demonym"))}
    hit = {c.target.name for c in told if c.target is not None} | {a.name for c in told for a in c.actors if a.rule.endswith("|victim")}
    doers = {c.initiator.name: c.initiator for c in told if c.initiator is not None and c.initiator.kind in _NON_STATE
             and not c.initiator.rule.startswith(("generic", "demonym")) and c.initiator.name not in hit}
    same_role = False
    if not doers:
        # "the army attacked a camp of the FDLR ... four rebels were killed": no group named doing the
        # act, one named being hit; the generic word hit beside it is that group (not "Wazalendo
        # militiamen clashed with rebels", where the named group acts and the word is the other side)
        doers = {a.name: a for c in told for a in c.actors if a.kind in _NON_STATE and a.resolved and a.name in hit
                 and not a.rule.startswith(("generic", "demonym")) and not a.rule.endswith(("|object", "|blamed", "|ally", "|speculative"))}
        same_role = True
    if len(doers) != 1 or (same_role and any(a.kind in _NON_STATE and a.resolved and a.name not in doers and not a.rule.startswith(("generic", "demonym"))
                                              and not a.rule.endswith(("|object", "|blamed", "|ally", "|speculative"))
                                              for c in told for a in c.actors)):
        return
    named, owner = next(iter(doers.items()))
    for c in told:
        if any(a.name == named for a in c.actors) and not same_role:
            continue
        for a in c.actors:
            if same_role and any(b.name == named for b in c.actors) and not (a.rule.endswith("|victim") or a is c.target):
                continue
            if a.rule.startswith("generic-by-country") and a.kind in _NON_STATE and a.name != named and a.name not in by_name:
                _become_with_tolls(c, a, owner, "the-group-the-event-names")


def _the_word_told_as_the_group(group: list[Claim]) -> None:
    """"Militants loyal to the Islamic State group ... The militants withdrew ... pursue the
    militants": a generic word the report once ties to a named group ("X loyal to", "fighters of")
    means that group wherever the event's sentences use it again, not the country's usual
    insurgents (Al Shabaab in Somalia) nor an unknown group."""
    told = [c for c in group if not c.background]
    tied: dict[str, ActorMention] = {}
    for c in told:
        for a in c.actors:
            if a.rule.startswith(("generic-by-country", "generic:unidentified")) and a.rule.endswith("|group's") and a.written.split():
                word = a.written.lower().split()[-1]
                if word in tied and tied[word].name != a.name:
                    return  # the word tied to two groups: no reading
                tied[word] = a
    if not tied:
        return
    for c in told:
        for a in c.actors:
            if a.rule.startswith(("generic-by-country", "generic:unidentified")) and "|" not in a.rule and a.written.split() \
                    and (owner := tied.get(a.written.lower().split()[-1])) is not None and a.name != owner.name:
                _become_with_tolls(c, a, owner, "the-word-told-as-the-group")


# words a state's own forces are called by, never a group's short name ("the army" beside the Arakan Army)
_STATE_HEADS = frozenset(("army", "armies", "military", "forces", "force", "troops", "soldiers", "guard", "guards", "police", "government"))


def _the_word_of_its_name(group: list[Claim]) -> None:
    """"Mariano Nhongo, leader of the Renamo Military Junta ... said the junta did not represent it": a
    state's generic word that heads the name of a non-state group the event names is that group."""
    named = {a.name: a for c in group for a in [*c.actors, *c.source_actors]
             if a.kind in _NON_STATE and a.resolved and not a.rule.startswith(("generic", "demonym"))}
    for c in group:
        for a in c.actors:
            if not a.rule.startswith("generic:state_forces"):
                continue
            head = a.written.lower().split()[-1] if a.written.split() else ""
            if head in _STATE_HEADS:
                continue
            owners = [g for n, g in named.items() if head in {w.lower() for w in re.findall(r"[\w'’-]+", f"{n} {g.written}")}
                      and g.span.start < a.span.start]
            if len({g.name for g in owners}) == 1:
                old, g = a.name, owners[0]
                _become(a, g, "the-word-of-its-name")
                for t in c.tolls:
                    if t.party == old and t.who and head in t.who.lower():
                        t.party = g.name


def _parents() -> dict[str, str]:

    return shared_actors().parent_of


# a guess at who the attackers were: "might be linked to", "may have ties with", "suspected links to"
_MIGHT_BE_LINKED_BEFORE = re.compile(r"\b(?:(?:might|may|could)\s+(?:have\s+been|be|have)\s+(?:linked|tied|connected|affiliated|links|ties)|"
                                     r"suspected\s+(?:links?|ties))\s+(?:to|with)\s+(?:the\s+)?$", re.I)
_SECURITY_WORD = re.compile(r"\bsecurity\b", re.I)


def _military_first(name: str | None, armed: list[str], named: set[str] | None = None) -> str | None:
    """Police and army of one state side by side ("attacks on a gendarmerie school and a
    military airport"): ACLED codes the military, the police associated. A military that only
    "security forces" stands for ("policemen were killed ... security forces launched a search")
    does not displace the police."""
    if name and name.startswith("Police Forces of "):
        country = re.sub(r"\s*\(.*$", "", name[len("Police Forces of "):])
        for n in armed:
            if n.startswith(f"Military Forces of {country}") and (named is None or n in named):
                return n
    return name


def _unidentified(group: list[Claim], ctx: AssemblyContext) -> str | None:
    """"Unidentified Armed Group (<country>)" for the event's country."""
    civ = ctx.civilians_label(_country_of(group))
    return "Unidentified Armed Group" + civ[len("Civilians"):] if civ and civ.startswith("Civilians") else None


def _force_here(name: str | None, group: list[Claim], cc: str, ctx: AssemblyContext) -> str | None:
    """A state's police read from the trade word alone ("riot police"), of another country than the
    event's town: that town's country's (no police acts abroad; an army may, "US troops in Erbil")."""
    if name is None or not name.startswith("Police Forces of") or ctx.police_label is None:
        return name
    rules = {a.rule for c in group if not c.background for a in c.actors if a.name == name}
    if not rules or not all(r.startswith("generic:police") for r in rules):
        return name
    return _police_of(name, cc, ctx)


def _police_of(name: str, cc: str | None, ctx: AssemblyContext) -> str:
    """The police of country ``cc`` in ``name``'s stead, where the dictionary has a police force for it."""
    here = ctx.police_label(cc) if ctx.police_label is not None else name
    return here if here.startswith("Police Forces of") else name


SOLDIERS = re.compile(r"\b(?:soldiers?|troops|army|military|servicem[ae]n|gendarmes?|gendarmerie|militar(?:y|ies)|armed\s+forces|"
                      r"republican\s+guards?|presidential\s+guards?)\b", re.I)


def _crowd_police(name: str | None, group: list[Claim], cc: str | None, ctx: AssemblyContext) -> str | None:
    """A state's forces read only from "security forces" at a crowd, in a story that names no
    soldier: the police of the country the crowd was in."""
    if name is None or not name.startswith("Military Forces of") or ctx.police_label is None or ctx.soldiers_named:
        return name
    said = [a for c in group for a in c.actors if a.name == name]
    if not said or not all(a.rule == "generic:state_forces" and re.fullmatch(r"security\s+(?:forces|personnel)", a.written, re.I) for a in said):
        return name
    return _police_of(name, cc, ctx)


def _of_country(name: str | None, country: str) -> str | None:
    """An unidentified armed group or a crowd relabelled with ``country`` (" (Mali)", the part of a
    civilians label after "Civilians"; a crowd keeps its own where that is empty)."""
    if name is not None and name.startswith("Unidentified Armed Group"):
        return "Unidentified Armed Group" + country
    if name is not None and country.startswith(" (") and name.startswith(("Protesters (", "Rioters (")):
        return name.split(" (", 1)[0] + country
    return name


_FOUGHT = re.compile(r"\b(?:clash\w*|fight\w*|battle\w*|ambush\w*|attack\w* (?:on|against) (?:a |an |the )?(?:military|army|police|security)|repell?ed|repulsed|troops|soldiers|base|positions?|checkpoint|convoy)\b", re.I)


def _fought(group: list[Claim], actor: str | None) -> bool:
    """Whether the text shows ``actor`` fighting (not merely speaking or responding)."""
    if not actor:
        return False
    return any(_FOUGHT.search(c.text) and any(a.name == actor for a in c.actors) for c in group if not c.background)


def _figure(mentions: list[TollMention], outcome: str) -> tuple[Count | None, list[TollMention]]:
    """Combine one outcome's total mentions into low/best/high (docs/tolls.md)."""
    totals = [m for m in mentions if m.outcome == outcome and m.role == "total"]
    if not totals:
        # an outcome told only beside another one that was revised ("initial reports indicate 31 killed
        # and 12 injured", then only the dead told again): no later figure replaced it, so it stands
        revised = {m.sentence for m in mentions if m.role == "history" and m.outcome != outcome and any(
            t.outcome == m.outcome and t.role == "total" for t in mentions)}
        totals = [m for m in mentions if m.outcome == outcome and m.role == "history" and "history-cue" not in m.rule
                  and m.sentence in revised][-1:]
    if not totals:
        # "The dead included three soldiers and two police officers" where the report tells no total:
        # the list adds up to one (beside a total it is that total's breakdown)
        listed = {m.sentence for m in mentions if m.outcome == outcome and m.role == "part" and m.rule.endswith("|listed")}
        totals = [m for m in mentions if m.outcome == outcome and m.role == "part" and m.sentence in listed]
    if not totals:
        return None, []
    # coordinated totals of one sentence add up ("three soldiers and two civilians")
    by_sentence: dict[int, list[TollMention]] = defaultdict(list)
    for m in totals:
        by_sentence[m.sentence].append(m)
    figures: list[tuple[Count, TollMention]] = []
    for ms in by_sentence.values():
        coord = [m for m in ms if "coordinated" in m.rule]
        if coord:
            heads = [m for m in ms if "coordinated" not in m.rule]
            base = heads[0] if heads else coord[0]
            parts = [base, *coord]
            figures.append((Count(sum(p.count.low for p in parts), sum(p.count.best for p in parts), sum(p.count.high for p in parts)), base))
            for m in heads[1:]:
                figures.append((m.count, m))
        else:
            figures.extend((m.count, m) for m in ms)
    # a revision ("the toll has risen to 17", "in an updated statement, 93") is the latest toll:
    # a smaller figure, or one told before an update, is an earlier count of the same dead
    latest = [f for f in figures if "|latest:" in f[1].rule and not f[1].perpetrator]
    if latest:
        top_latest = max(f[0].best for f in latest)
        updated_at = min((f[1].sentence for f in latest if "|latest:update" in f[1].rule), default=None)
        # ... of the voice that revised it: another voice's smaller figure, told apart, is an estimate of its
        # own ("the toll has risen to 75", the committees said; "60 people were killed", the doctors said)
        # ... and of two revisions the later, larger one stands ("bringing to six the number killed", then
        # "raising to seven the number of dead")
        top_at = min(f[1].sentence for f in latest if f[0].best == top_latest)
        stale_latest = [f for f in latest if f[0].best < top_latest and f[1].sentence < top_at]
        figures = [f for f in figures if not any(f is x for x in stale_latest) and (any(f is x for x in latest) or f[1].perpetrator or not (
            f[0].best < top_latest or (updated_at is not None and f[1].sentence < updated_at)) or (
            f[1].source is not None and f[1].rule.split("|")[0] in ("exact", "about") and _tier(f[1]) == 0 and f[0].best * 2 > top_latest
            # (not the dead counted up after it: "three were shot dead", medics said; "a fourth died, bringing to four ...")
            and not any("|latest:added" in x[1].rule and x[1].sentence > f[1].sentence for x in latest)
            and all(x[1].source is not None and not _same_voice(x[1], f[1]) and _tier(x[1]) == 0 for x in latest)))]
    else:
        # the other outcome's toll was revised ("has risen to 121", then "another 333 injured"): a sentence that
        # gave the smaller, earlier figure of it ("at least 100 killed and 300 wounded", the day before) is an
        # earlier count of these too
        risen = [m for m in mentions if m.outcome != outcome and m.role == "total" and "|latest:" in m.rule and not m.perpetrator]
        if risen:
            stale = {m.sentence for m in mentions if m.outcome == risen[0].outcome and m.role == "total" and "|latest:" not in m.rule
                     and not m.perpetrator and m.count.best < max(r.count.best for r in risen)}
            figures = [f for f in figures if f[1].sentence not in stale] or figures
    # one party's voice telling the enemy's dead and then its own ("its forces killed five IS
    # fighters. Two soldiers were killed in the fighting, it said"): both sides' dead, added up
    sided = [f for f in figures if f[1].source is not None and _tier(f[1]) >= 1 and _armed_party(f[1]) and not f[1].perpetrator
             and "coordinated" not in f[1].rule and "|latest:" not in f[1].rule]
    if len(sided) == 2 and len(figures) == 2 and _voice_name(sided[0][1]) == _voice_name(sided[1][1]) \
            and sided[0][1].party != sided[1][1].party and (0 < abs(sided[0][1].sentence - sided[1][1].sentence) <= 1 or (
                # ... or in one sentence, each side's dead named ("17 Houthi fighters were killed, while six
                # soldiers were killed on the government side")
                sided[0][1].sentence == sided[1][1].sentence and sided[0][1].party is not None and sided[1][1].party is not None)):
        (ca, ma), (cb, _) = sided
        figures = [(Count(ca.low + cb.low, ca.best + cb.best, ca.high + cb.high), ma)]
    # a figure far above every other one of the report is a war's toll, not this event's
    # ("no casualties" in Bukavu beside "nearly 3,000 killed" in Goma last month)
    if len(figures) > 1:
        ordered = sorted(f[0].best for f in figures)
        second = ordered[-2]
        figures = [f for f in figures if not (f[0].best >= 1000 and f[0].best > 10 * max(second, 1))]
    # a figure more than three times the lead's (and above nine), told later by a voice that is no party
    # and revises nothing, counts other dead: a war's ("killed seven people"; "the WHO puts the toll at nearly
    # 10,000"), a whole day's protests' ("killed seven protesters"; "bringing to 71 the number killed
    # since the coup"), an earlier attack's. A vague lead counts up to its top ("dozens": 99); a lead
    # that names one victim ("a journalist was killed") is no toll of the whole; a party's boast stays
    # an estimate of its own (UCDP's high), and a figure the lead told already is the lead's
    if len(figures) > 1:
        lead_at = min(f[1].sentence for f in figures)
        told = {f[0].best for f in figures if f[1].sentence == lead_at}
        lead = [f[0].high for f in figures if f[1].sentence == lead_at and not f[1].perpetrator and not f[1].rule.startswith("single")]
        # ... and a real zero told first ("No one was hurt") against ten or more dead told later
        # ("hundreds of Israelis were killed" in the second intifada) the same
        if lead and (lead_at <= 1 and max(lead) >= 1 or lead_at <= 2 and max(lead) == 0):
            figures = [f for f in figures if not (
                f[1].sentence > lead_at and f[0].best > max(3 * max(lead), 9) and f[0].best not in told
                and "|latest:" not in f[1].rule and not f[1].perpetrator and _tier(f[1]) < 2)]
    # one person named as hurt or dead ("the spokesman was wounded") beside a count that takes him in ("the
    # spokesman and two of his bodyguards were wounded"): he is one of them
    named_one = [f for f in figures if "single:named" in f[1].rule]
    if named_one and len(named_one) < len(figures) and any(f[0].best > 1 and not f[1].perpetrator for f in figures):
        figures = [f for f in figures if "single:named" not in f[1].rule]
    nonzero = [f for f in figures if f[0].best > 0]
    # a side's boast of the enemy's dead ('80 "American terrorists" killed', the Guards) against a
    # zero of another voice ("no Americans had been harmed", the president): the zero is best, the
    # boast only raises high (docs/tolls.md)
    # ... only where the zero names the people the boast names ("no Americans")
    if nonzero and len(nonzero) < len(figures) and all(
            _ENEMY_LABEL.search(f[1].who or "") or (_tier(f[1]) == 2 and not f[1].perpetrator) for f in nonzero):
        boasts = {_voice_name(f[1]) for f in nonzero}
        named = {w[:6] for f in nonzero for w in re.findall(r"[A-Z][a-z]{3,}", _ENEMY_LABEL.sub("", f[1].who or ""))}
        denials = [f for f in figures if f[0].best == 0 and f[1].source is not None and _voice_name(f[1]) not in boasts
                   and (named & {w[:6] for w in re.findall(r"[A-Z][a-z]{3,}", f[1].text)}
                        # ... or a zero of everyone ("no one was killed", the mayor) from a voice that is no party
                        or (_tier(f[1]) < 2 and re.match(r"(?:no[\s-]?one|nobody)\b", f[1].text, re.I)))]
        if denials:
            return Count(0, 0, max(f[0].high for f in nonzero)), [m for _, m in nonzero + denials]
    if nonzero:
        figures = nonzero
    first = min((f[1].sentence for f in figures), default=-1)
    extra = [f for f in figures if f[1].sentence > first and not f[1].perpetrator
             and (_EXTRA_WHO.match(f[1].who or "")
                  # "killing three soldiers. A police officer was also killed": more dead, told after the toll
                  # ... in the voice of the toll it adds to (another voice naming one more dead, "one of their commanders
                  # was also killed", names one of a ministry's count)
                  or ("|also" in f[1].rule and not any("|latest:" in x[1].rule for x in figures)
                      and all(_same_voice(f[1], x[1]) for x in figures if x[1].sentence == first)))]
    figures = [f for f in figures if not any(f is e for e in extra)]
    # "at least 20 children had been killed" beside "20 children and two teachers": a count of one
    # kind of victim is a share, not an estimate of the whole toll
    whole = [f for f in figures if not (_SUBSET_WHO.match(f[1].who or "") and f[0].best == f[1].count.best)]
    if whole and len(whole) < len(figures) and max(f[0].best for f in whole) >= max(f[0].best for f in figures):
        figures = whole
    # "at least 90 pro-government fighters and Huthi rebels were killed", then "the bodies of 32 soldiers", medics
    # said: one side's dead beside both sides' are a share of the toll, not another estimate of it
    both = [f for f in figures if not f[1].perpetrator and _BOTH_SIDES_WHO.search(f[1].who or "")]
    if both:
        top_both = max(f[0].best for f in both)
        figures = [f for f in figures if not (f[1].party and not f[1].perpetrator and f[0].best < top_both
                                              and not re.search(r"\band\b", f[1].who or "") and "coordinated" not in f[1].rule)]
    # a vague figure ("dozens") gives way to a precise one of the same dead; "dozens of the
    # attackers" beside "29 soldiers" are other dead
    # ... but a voice that ranks above every precise one keeps its vague figure ("wounding hundreds",
    # medics said; "865 wounded", security sources said)
    precise = [f for f in figures if "vague" not in f[1].rule or f[1].perpetrator]
    # ... narrowly: only where every precise figure is a party's ("security sources said 47") and the
    # vague one an independent voice's (medics, doctors)
    # ... or, for the dead, where the vague figure's voice ranks above every precise one's ("dozens", the
    # government said; "seven", the army; "55", the jihadists)
    party_only = bool(precise) and all(_tier(f[1]) == 2 for f in precise if not f[1].perpetrator) and any(
        "vague" in f[1].rule and not f[1].perpetrator and f[1].source is not None and _tier(f[1]) == 0 for f in figures)
    # (only against parties: "dozens", witnesses said, then "37", the state health ministry: one toll, told precisely)
    party_only = party_only or outcome == "killed" and any(
        "vague" in f[1].rule and not f[1].perpetrator and f[1].source is not None
        and _tier(f[1]) < min((_tier(p[1]) for p in precise if not p[1].perpetrator), default=0) == 2 for f in figures)
    if any(not f[1].perpetrator for f in precise) and not party_only:
        figures = precise
    # a bound ("more than 70", "at least 18") met by a precise figure of the report ("77 died")
    # is the same toll said twice: the precise figure stands, the bound stays the low
    # ... when the same voice (or the report's own) gives both: another voice's figure is an
    # estimate of its own ("at least 10 bodies", a doctor said; "13 died", a police officer said)
    exact = [f for f in figures if f[1].rule.split("|")[0] in ("exact", "about")]
    bound_low = min((f[0].low for f in figures if not f[1].perpetrator), default=None)
    # "more than 150 people were hurt", then "125 police were injured" (a ministry) and "27 protesters
    # were treated" (medics): each side's figure, told apart, makes up the bound together
    sided = [f for f in exact if f[1].party and not f[1].perpetrator]
    if len(sided) >= 2 and len({f[1].party for f in sided}) == len(sided) and len({f[1].sentence for f in sided}) == len(sided):
        whole_sum = sum(f[0].best for f in sided)
        bounds = [f for f in figures if f[1].rule.split("|")[0] in ("more-than", "at-least") and not f[1].perpetrator
                  and f[0].best <= whole_sum <= f[0].best * 1.1 and all(x[0].best < f[0].best for x in sided)]
        if bounds:
            head = min(sided, key=lambda f: _tier(f[1]))
            summed = (Count(sum(f[0].low for f in sided), whole_sum, sum(f[0].high for f in sided)), head[1])
            figures = [f for f in figures if not any(f is x for x in sided)] + [summed]
            exact = [f for f in exact if not any(f is x for x in sided)] + [summed]
            bound_low = min(f[0].low for f in figures if not f[1].perpetrator)
    if exact:
        met = [f for f in figures if f[1].rule.split("|")[0] in ("more-than", "at-least") and any(
            e[0].best >= f[0].best and (e[0].best <= f[0].best * 1.5 and _same_voice(e[1], f[1]) or (
                # ... or another office of the same government whose precise figure just meets it, within a
                # twentieth ("more than 200 injured", the emergency service; "202 injured", the police): one
                # state's count, told closer ("more than 40", a governor; "44", a mayor: two estimates; and
                # independent groups count on their own: "more than 50", Amnesty; "52", a union)
                e[0].best <= f[0].best * 1.05 and not e[1].perpetrator and _tier(e[1]) == _tier(f[1]) == 1)) for e in exact)]
        figures = [f for f in figures if f not in met] or figures
    # deaths among the attackers ("three assailants were shot dead") are not an estimate of the
    # victims' toll: ACLED counts every death of the event, so they are added to it
    perps = [f for f in figures if f[1].perpetrator and "coordinated" not in f[1].rule]
    victims = [f for f in figures if not any(f is p for p in perps)]
    # "killing two fighters", then "killed two al-Shabaab terrorists": one voice naming the same
    # armed dead twice, not the attackers' dead on top of the victims'
    # ... or "killing three of them" (the US military) then "killed three al-Shabaab terrorists" (its command):
    # "them" names the enemy the sentence told, and two voices of one party count the same dead
    perps = [p for p in perps if not any(
        v[0].best == p[0].best and v[1].sentence != p[1].sentence and not v[1].civilian and (
            _same_voice(v[1], p[1]) and (_ARMED_DEAD.search(v[1].who or "")
                                         # ... or told bare, as the only dead ("killed 40 militants", then "Forty were killed")
                                         or not v[1].who and all(x[0].best == p[0].best for x in victims))
            or _THEM.fullmatch(v[1].who or "") and _tier(v[1]) == _tier(p[1]) == 2) for v in victims)] if victims else perps
    if not victims:
        victims, perps = perps, []
    count = _estimate(victims, bound_low)
    if perps:
        count = _add_perpetrators(count, perps, victims)
    if extra:
        count = Count(count.low + sum(c.low for c, _ in extra), count.best + sum(c.best for c, _ in extra),
                      count.high + sum(c.high for c, _ in extra))
    if figures and all("vague" in f[1].rule for f in figures):
        # "several people were hurt", then "among those hurt were at least six journalists": a share told
        # precisely is at least the vague whole's size
        lists = {m.sentence for m in mentions if m.outcome == outcome and m.role == "part" and m.rule.endswith("|listed")}
        shares: dict[int, int] = defaultdict(int)
        for m in mentions:
            if m.outcome == outcome and m.role == "part" and m.sentence in lists:
                shares[m.sentence] += m.count.best
        share = max(shares.values(), default=0)
        if share > count.best:
            count = Count(share, share, max(count.high, share))
    return count, [m for _, m in figures + extra]


def _voice_name(m: TollMention) -> str:
    return m.source.name if m.source is not None else "(report)"


# the enemy as a side names it in its own claims: "80 American terrorists", "dozens of mercenaries"
_ENEMY_LABEL = re.compile(r"\b(?:terrorists?|mercenar(?:y|ies)|invaders|occupiers|khawarij|takfiris?|infidels|crusaders)\b", re.I)
_THEM = re.compile(r"\s*(?:of\s+)?(?:them|those)\s*", re.I)
_ARMED_DEAD = re.compile(r"\b(?:fighters|militants|insurgents|rebels|jihadists|terrorists|gunmen|militiamen|combatants|members)\b", re.I)


def _same_voice(a: TollMention, b: TollMention) -> bool:
    """One voice, or the report's own: "a security source and a confidential document" then
    "the security source said"."""
    if a.source is None or b.source is None or a.source.name == b.source.name:
        return True
    # "according to residents and the NUG" then "the NUG said": one of the voices of a sentence
    names_a = [a.source.name, *(x.name for x in a.source.also)]
    names_b = [b.source.name, *(x.name for x in b.source.also)]
    if set(names_a) & set(names_b):
        return True
    # a voice that names no one ("officials said", "local sources said") and a named voice of the
    # same standing ("the regional governor said", "residents said"): the lead's summary of that voice
    if (_GENERIC_VOICE.match(a.source.name) or _GENERIC_VOICE.match(b.source.name)) and _tier(a) == _tier(b):
        return True
    # ... or one described ("a local rights group") and then named ("the Karenni Human Rights Group")
    for na in names_a:
        for nb in names_b:
            ta, tb = (set(re.findall(r"[a-z]{3,}", na.lower())) - {"the", "and", "local"},
                      set(re.findall(r"[a-z]{3,}", nb.lower())) - {"the", "and", "local"})
            if ta and tb and (ta <= tb or tb <= ta):
                return True
    return False


_GENERIC_VOICE = re.compile(r"^(?:officials|authorities|(?:(?:local|security|government|official|and)\s+)*sources)$", re.I)


def _tier(m: TollMention) -> int:
    """How far a figure's voice stands from the fighting: monitors, medics, the UN, local people
    and the press (0), a government (1), a party to the fight (2). Across voices the nearest
    tier gives ``best``; the others widen low..high (gold-format.md, "Conflicting sources")."""
    if "|own-side" in m.rule:
        return 2  # "the regional ministry said its forces had killed 30": whoever speaks for the side that killed is a party
    if m.source is None:
        return 0
    if m.source.party or m.source.name.lower() == "security sources":
        return 2  # an unnamed officer of the forces that fought speaks for a party
    if m.source.kind == "government" or _STATE_AGENCY.search(m.source.name) or _MINISTRY.match(m.source.name):
        return 1  # a national agency ("National Emergency Management Agency") is the government's voice
    if m.source.kind in ("media", "anonymous") and re.search(r"\bspokes(?:man|woman|person)\b", m.source.name, re.I):
        return 1  # "the Force spokesperson said": whoever has a spokesman is an institution, not the press or local people
    if m.source.kind in ("media", "anonymous") and _RANKED.match(m.source.name) and not _BODY_WORD.search(m.source.name):
        return 1  # an officer known only by name and rank ("Lieutenant-Colonel X said") speaks for the state
    return 0


_RANKED = re.compile(r"(?:Lieutenant|Lt\.?|Colonel|Col\.|Major|Maj\.|General|Gen\.|Brigadier|Brig\.|Captain|Capt\.|Commander)\b")
# "General Coordination of Refugees and Displaced", "General Union of Students": a body, not an officer
_BODY_WORD = re.compile(r"\b(?:Coordination|Council|Committee|Union|Association|Federation|Assembly|Secretariat|Society|Organi[sz]ation|Network|Forum|Hospital|Syndicate)\b")
# "Ministry of Health (Sudan)", "Khartoum State Ministry of Health": a ministry is the government's voice, medical or
# not, and so is a state's civil defence ("Gaza Civil Defence"; not Syria's, the volunteer White Helmets)
_MINISTRY = re.compile(r"(?:[\w'’-]+\s+){0,3}?Ministry\b|(?!Syria(?:n)?\s)(?:[\w'’-]+\s+)?Civil\s+Defen[cs]e\b")
_STATE_AGENCY = re.compile(r"\b(?:National|Federal)\b.*\b(?:Agency|Authority|Commission|Directorate)\b")


def _estimate(figures: list[tuple[Count, TollMention]], floor: int | None = None) -> Count:
    """low/best/high of one group's figures as given by one or more voices; ``floor`` is the
    lowest bound the report gave for the same toll ("more than 130" beside "132")."""
    pool = [f for f in figures if _tier(f[1]) < 2] or figures
    per_source: dict[str, Count] = {}
    tiers: dict[str, int] = {}
    heads: dict[str, str] = {}
    boasts: dict[str, bool] = {}
    for cnt, m in pool:
        key = _voice_name(m)
        tiers[key] = min(tiers.get(key, 2), _tier(m))
        prev = per_source.get(key)
        if prev is None or cnt.best > prev.best or (cnt.best == prev.best and "exact" in m.rule):
            per_source[key] = cnt
            heads[key] = ((m.who or "").lower().split() or [""])[-1]
            boasts[key] = "|own-side" in m.rule
    # the report's own voice and the one named source usually repeat each other: one toll
    named = {k: v for k, v in per_source.items() if k != "(report)"}
    if named and "(report)" in per_source and len(named) == 1:
        only = next(iter(named.values()))
        rep = per_source["(report)"]
        # ... unless the lead's own figure is far below a voice quoted after it ("killed at least 13",
        # then "more than 20 bodies", a resident said): two estimates
        lead_apart = rep.best * 1.5 < only.best and min(m.sentence for _, m in pool if m.source is None) < min(
            m.sentence for _, m in pool if m.source is not None)
        if rep.best <= only.best:
            if not lead_apart:
                per_source = named
        elif rep.low <= only.best:
            per_source = {"(report)": rep}
        elif tiers[next(iter(named))] == 1 and rep.best <= only.best * 2 and min(m.sentence for _, m in pool if m.source is None) > max(
                m.sentence for _, m in pool if m.source is not None):
            # a higher figure in no named voice, told after every figure of the government's ("23 had died",
            # the police; then '"We buried more than 30 people," one of them said'): a quoted local voice,
            # not the lead's summary, and it stands as an independent estimate
            per_source = {"(report)": rep}
    # where monitors, medics or local people gave a figure, a government's differing one only
    # widens the range
    # (among estimates of one size: "a journalist was also killed", a union said, is no estimate of 26)
    top_all = max(c.best for c in per_source.values())
    sized = {k for k, v in per_source.items() if v.best * 3 >= top_all}
    if any(tiers[k] == 0 for k in sized if k != "(report)") and any(tiers[k] == 1 for k in sized):
        per_source = {k: v for k, v in per_source.items() if tiers[k] == 0 and k in sized}
    # competing estimates are of one size; a much smaller figure is a part told apart
    # ("three soldiers were shot dead" beside "32 civilians were killed"), not an estimate
    top = max(c.best for c in per_source.values())
    comparable = [c for c in per_source.values() if c.best * 3 >= top]
    # where every voice is a party to the fight, one side's admitted dead ("ten soldiers had been
    # killed", its army said) and the enemy's boast of the same dead ("its fighters killed 173
    # soldiers") are two estimates of one toll: the admitted one is the most conservative
    if len(per_source) > 1 and all(t == 2 for t in tiers.values()):
        top_head = next(heads[k] for k, v in per_source.items() if v.best == top)
        comparable += [v for k, v in per_source.items() if v.best * 3 < top and top_head and heads[k] == top_head]
        # ... as is a side's boast of what its fighters killed ("its fighters had killed 17 American and
        # Kenyan troops") beside another side's own dead, told plainly ("killing a U.S. soldier and two
        # contractors", the U.S. military said), whatever each calls them
        top_key = next(k for k, v in per_source.items() if v.best == top)
        if boasts.get(top_key):
            comparable += [v for k, v in per_source.items() if v.best * 3 < top and not boasts.get(k) and k != "(report)"]
    best = min(c.best for c in comparable)
    if len(per_source) == 1:
        best = next(iter(per_source.values())).best
    # low and high span every voice's estimate, a party's included (UCDP's low and high)
    low = min(min((c.low for c, _ in figures if c.best * 3 >= top), default=best), best)
    if floor is not None and floor <= best:
        low = min(low, floor)
    high = max(max(c.high for c, _ in figures), best)
    return Count(low, best, high)


def _add_perpetrators(count: Count, perps: list[tuple[Count, TollMention]], victims: list[tuple[Count, TollMention]]) -> Count:
    """Victims' toll plus the attackers' dead: summed within a sentence ("one blew himself up,
    three were shot dead"), the largest sentence across the report (the same dead told twice).
    A party's claim of the enemy's dead widens only high where an independent voice counted them too."""
    # a party's count of the enemy's dead stands unless a voice outside the fight counted them too
    # ("the army says it killed 50", "residents counted 12 bodies of the insurgents")
    independent = any(m.source is not None and _tier(m) < 2 for _, m in perps)
    # ... and a party that tells only of "terrorists neutralised" where a monitor counts civilians
    # executed may be naming the same dead: it widens high only
    # (a government's count of soldiers or civilians killed names other dead than the attackers a side says fell:
    # "49 gendarmes died", the government; "dozens of assailants were also killed", security sources)
    named_victims = any(m.source is not None and (_tier(m) == 0 or _tier(m) == 1 and _ARMED_DEAD.search(m.who or "")) for _, m in victims)
    own_losses = {m.source.name for _, m in victims if m.source is not None and _tier(m) == 2}
    by_sentence: dict[int, list[Count]] = defaultdict(list)
    by_sentence_party: dict[int, list[Count]] = defaultdict(list)
    for c, m in perps:
        # (not the bomber's own death, "the bomber was also killed, security sources said": no claim of
        # enemy dead, a fact of the attack)
        only_claim = _tier(m) == 2 and "attacker-died" not in m.rule and (
            independent or (named_victims and m.source is not None and m.source.name not in own_losses))
        (by_sentence_party if only_claim else by_sentence)[m.sentence].append(c)

    def total(groups: dict[int, list[Count]]) -> Count:
        sums = [Count(sum(c.low for c in cs), sum(c.best for c in cs), sum(c.high for c in cs)) for cs in groups.values()]
        return max(sums, key=lambda c: c.best) if sums else Count(0, 0, 0)

    add = total(by_sentence)
    claimed = total(by_sentence_party)
    return Count(count.low + add.low, count.best + add.best, count.high + max(add.high, claimed.high))


def _killings_after_capture(group: list[Claim], sub: str, territorial: str | None) -> tuple[list[Claim], list[Claim]] | None:
    """A place taken, then people killed there on purpose: the capture's claims and the
    killings' claims (the lead may tell both), or None where the group is one event."""
    if sub not in _TERRITORIAL and not territorial:
        return None
    told = [c for c in group if not c.background]
    killings = [c for c in told if _DELIBERATE.search(c.text)]
    if not killings or not any(m.outcome == "killed" and m.role == "total" for c in told for m in c.tolls):
        return None
    capture = [c for c in told if c.territorial or c.sub_event_type in (*_TERRITORIAL, "Armed clash", "Non-violent transfer of territory")]
    if not capture or all(c in killings for c in capture):
        return None
    dead = [c for c in told if c in killings or any(m.outcome == "killed" for m in c.tolls)]
    return capture, dead


# civilians carried off ("also seized three women working at a health facility", "kidnapped four
# Chinese nationals working there"; not "captured two soldiers", nor "rescued the abducted workers")
_CIVILIANS_TAKEN = re.compile(r"\b(?:abduct(?:ed|ing)|kidnapp(?:ed|ing)|seized|snatched|took\s+away|carried\s+off)\s+"
                              r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                              r"dozens\s+of|scores\s+of|several|an?|the)\s+(?:[\w'’-]+\s+){0,2}?"
                              r"(?:women|men|girls|boys|children|civilians|villagers|residents|workers|nationals|passengers|pupils|"
                              r"students|travell?ers|farmers|people|teachers|nurses|doctors|aid\s+workers|contractors|engineers|traders)\b", re.I)


def _taken_in_fight(group: list[Claim]) -> list[Claim]:
    """The claims of a fight that tell civilians carried off by the fighters, told as a deed of
    their own (not one that only names a toll of abducted)."""
    return [c for c in group if not c.background and _CIVILIANS_TAKEN.search(c.text) and not re.search(
        r"\b(?:rescu\w+|freed|released)\b", c.text, re.I)]


def _nobody(m: TollMention) -> bool:
    """No toll mention is the event's own (a decision of the state)."""
    return False


def _not_taken(fought: Callable[[TollMention], bool] | None, m: TollMention) -> bool:
    """A fight's toll mention, once its people carried off are an abduction of their own."""
    return m.outcome != "abducted" and (fought is None or fought(m))


def _armed_party(m: TollMention) -> bool:
    return m.party is not None and not m.party.startswith("Civilians") and not m.civilian


def _told_before_denial(c: Claim, m: TollMention) -> bool:
    """A toll that rose, told before the denial of its sentence: this event's latest toll."""
    d = _DENIAL.search(c.text)
    return d is not None and m.role == "total" and "|latest:" in m.rule and m.span.end - c.span.start < d.start()


def _told_for_another(m: TollMention, c: Claim, group: list[Claim], others: list[list[Claim]]) -> bool:
    """One party's dead of a lead that sums two events ("49 civilians and 15 soldiers were killed in
    two attacks"), told again as the toll of another event of the report ("Fifteen soldiers were
    killed" at the camp): that event's dead, not this one's."""
    if m.outcome != "killed" or m.role != "total" or m.party is None:
        return False
    peers = [x for x in c.tolls if x is not m and x.outcome == "killed" and x.role == "total" and x.sentence == m.sentence]
    if not peers or not ("coordinated" in m.rule or any("coordinated" in x.rule for x in peers)):
        return False
    return any(t.outcome == "killed" and t.role == "total" and t.party == m.party and t.count.best == m.count.best
               and t.sentence != m.sentence
               for g in others for x in g if not x.background and not any(x is y for y in group) for t in x.tolls)


# "crowds torched the town hall after suspected jihadists killed eight civilians", "protesting the
# killing of 12 villagers": the dead of the attack that set a crowd off, told as its cause
_CAUSE_BEFORE = re.compile(r"\b(?:after|following|over|protest(?:ing|s)?(?:\s+(?:against|at|over))?|angered\s+by|outrage\s+(?:at|over))\s+"
                           r"(?!(?:police|security|soldiers|troops|the\s+(?:police|army|military|security))\b)[^,;.\"“”]{0,80}$", re.I)


_EVERY_PLACE = re.compile(r"\b(?:in|at)\s+(?:either|both|all|any|each)\s+(?:of\s+the\s+)?(?:two\s+|three\s+)?(?:cit(?:y|ies)|towns?|places?|locations?|"
                          r"sites?|villages?|incidents?|attacks?|strikes?|protests?|cases?)\b", re.I)


def _crowd_cause(mentions: list[TollMention], group: list[Claim]) -> list[TollMention]:
    """A crowd event's dead told as what set the crowd off, and the same figure told again."""
    cause = [m for c in group for m in c.tolls if m.outcome == "killed" and m.role == "total" and m in mentions
             and not _CROWD_WORDS.search(m.who or "") and _CAUSE_BEFORE.search(c.text[:max(0, m.span.start - c.span.start)])]
    counts = {m.count.best for m in cause}
    return [m for m in mentions if m.outcome == "killed" and m.role == "total" and m.count.best in counts
            and not _CROWD_WORDS.search(m.who or "")]


_THE_ACT_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)  # "died in the fighting": the act told before


def _told_after_other(c: Claim, group: list[Claim], others: list[list[Claim]]) -> list[Claim] | None:
    """A toll that names no place and no act of its own, told right after a sentence that only
    another event holds ("A day later, troops stormed a hideout outside Jalalaqsi. The ministry said
    30 militants were killed in the operation"): that event's dead, not this one's."""
    if c.background or not c.tolls or any(q.feature in ("place", "admin1") for q in c.places) or (
            c.sub_event_type and c.trigger_weight >= 2 and not _THE_ACT_BEFORE.search(c.text, 0, max(0, c.trigger_at))):
        return None
    if any(x.sentence == c.sentence - 1 for x in group):
        return None
    owners = [g for g in others if any(x.sentence == c.sentence - 1 and _eventful(x)
                                       and any(q.feature == "place" for q in x.places) for x in g)]
    return owners[0] if len(owners) == 1 else None


# "He was shot dead by guards", "She was later killed by police" told right after a sentence about the lone
# attacker ("the gunman had opened fire on the trainers"): the attacker died too (docs/gold-format.md)
_HE_DIED = re.compile(r"^\W*(?:he|she)\s+(?:(?:was|had\s+been)|"
                      # "He then fled in a car before being shot dead by police": the gerund after a time word
                      r"[^.;]*?\b(?:before|until|after|when)\s+(?:(?:he|she)\s+was|being))\s+(?:(?:also|later|then|himself|herself|subsequently|eventually|finally)\s+)*"
                      r"(?:shot\s+dead|killed|neutrali[sz]ed|gunned\s+down)\b", re.I)
_LONE_ATTACKER = re.compile(r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:gunman|attacker|assailant|(?:suicide\s+)?bomber|knifeman|shooter|infiltrator)\b(?!\s*'?s\b)", re.I)


def _attacker_he_died(told: list[Claim], group: list[Claim], others: list[list[Claim]],
                      mentions: list[TollMention]) -> list[TollMention]:
    if any(m.perpetrator for m in mentions) or not any(m.outcome == "killed" and m.role == "total" and m.count.best > 0 for m in mentions):
        return []
    texts = {x.sentence: x.text for g in [group, *others] for x in g}
    out = []
    for c in told:
        if c.background or not _HE_DIED.match(c.text) or any(m.sentence == c.sentence and m.outcome == "killed" for m in mentions):
            continue
        # (the sentence before, or the one before that where the sentence between tells no claim)
        before = texts.get(c.sentence - 1) or texts.get(c.sentence - 2, "")
        if not _LONE_ATTACKER.search(before):
            continue
        hit = _HE_DIED.match(c.text)
        assert hit is not None
        out.append(TollMention(outcome="killed", count=Count(1, 1, 1), span=type(c.span)(c.span.article_id, c.span.start + hit.start(), c.span.start + hit.end()),
                               text=hit.group(0), rule="single|single:attacker-died", source=c.source, sentence=c.sentence, perpetrator=True))
        break
    return out


# the speaker's own men: "its fighters", "the group's fighters", "their own members"
_OWN_FIGHTERS = re.compile(r"(?:(?:its|their)\s+(?:own\s+)?|the\s+(?:group|movement|rebels|militants|insurgents)['’]s?\s+)"
                           r"(?:fighters|members|men|militants|combatants)", re.I)


# a lead told across places: "in several cities", "across the country", "in two villages"
_SPREAD = re.compile(r"\b(?:in\s+(?:several|many|multiple|various|a\s+number\s+of|two|three|four|five|six|seven|eight|nine|ten)\s+"
                     r"(?:cities|towns|villages|places|locations|provinces|regions|states|districts|areas|neighbourhoods|neighborhoods)|"
                     r"across\s+the\s+country|nationwide|around\s+the\s+country)\b", re.I)


def _attackers_own_dead(told: list[Claim], group: list[Claim]) -> list[TollMention]:
    """The attackers' dead told by the attacking armed group: "an AA spokesman confirmed the raids ... He said three
    of the group's fighters had been killed", beside the 13 police officers the police said they lost. They
    add to the toll as the attackers' own dead do (not a rival count of the same dead)."""
    doers = {c.initiator.name for c in group if not c.background and c.initiator is not None and c.initiator.kind in _NON_STATE} - {
        c.target.name for c in group if not c.background and c.target is not None and not c.target.rule.startswith("generic")} - {
        t.party for c in group for t in c.tolls if t.party}  # (not "four members of the PMF were killed ... four of its members")
    out = []
    for c in told:
        for m in c.tolls:
            if m.outcome == "killed" and m.role == "total" and not m.perpetrator and m.count.best > 0 and m.source is not None \
                    and _OWN_FIGHTERS.fullmatch(m.who or "") and (any(m.source.name == n or n.endswith(": " + m.source.name) for n in doers) or any(
                        a.name in doers and m.source.span is not None and a.span.start < m.source.span.end and m.source.span.start < a.span.end
                        for a in c.source_actors)):
                out.append(m)
    return out


def _toll(group: list[Claim], ctx: AssemblyContext, keep: Callable[[TollMention], bool] | None = None,
          others: list[list[Claim]] | None = None, crowd: bool = False) -> Toll:
    # a sentence set aside as a denial still tells the dead it names before the denial ("the toll has
    # risen to 18, a monitor said, as Ankara blamed Kurdish fighters who denied any role")
    told = list(group)
    if others:
        told = [c for c in group if _told_after_other(c, group, others) is None]
        told += [x for g in others for x in g if not any(y.sentence == x.sentence and y.tolls for y in group)
                 and _told_after_other(x, g, [group, *(h for h in others if h is not g)]) is group]
    mentions = [m for c in told for m in c.tolls if (keep is None or keep(m)) and (
        not c.background or (c.background == "denial" and _told_before_denial(c, m)))
        and not (others and _told_for_another(m, c, group, others))]
    if others and not any(m.outcome in ("killed", "injured") for m in mentions):
        # "There were no reports of casualties in either city": a zero told once for every event of the report
        mentions += [t for g in others for x in g if not x.background and _EVERY_PLACE.search(x.text)
                     and not any(x is y for y in group) for t in x.tolls if t.role == "total" and t.count.best == 0]
    mentions += _attacker_he_died(told, group, others or [], mentions)
    own_dead = _attackers_own_dead(told, group)
    mentions = [replace(m, perpetrator=True) if any(m is o for o in own_dead) else m for m in mentions]
    if others:
        # "the toll from the first wave of strikes rose to 53" (the lead), then "In Sanaa, a strike on a building
        # killed 13" and "In Saada, strikes killed 10", each an event of its own: the lead's figure is the wave's,
        # at least the places' own added up, and its wounded with it; each place's own figure is its event's
        fronted = {c.sentence for c in told if _PLACE_FIRST.match(c.text)}
        own = [m.count.best for m in mentions if m.outcome == "killed" and m.role == "total" and m.sentence in fronted]
        elsewhere = sum(max((t.count.best for x in g if not x.background and _PLACE_FIRST.match(x.text) for t in x.tolls
                             if t.outcome == "killed" and t.role == "total"), default=0) for g in others)
        if own and elsewhere and any(m.outcome == "killed" and m.role == "total" and m.sentence not in fronted
                                     and m.count.best >= max(own) + elsewhere for m in mentions):
            mentions = [m for m in mentions if m.sentence in fronted or m.role not in ("total", "history") or m.outcome not in ("killed", "injured")]
        # "opened fire on protesters in several cities, killing at least 38 people ... In Yangon ... at least
        # eight people had died": the lead's figure is the day's across the places, each told as its own
        # event; the place's own figure is this event's (the lead's told again in a quote is the same sum)
        spread = [m for c in told if c.sentence == group[0].sentence and _SPREAD.search(c.text) for m in c.tolls
                  if m.outcome == "killed" and m.role == "total" and m.count.best > 0]
        if spread and any(m.outcome == "killed" and m.role == "total" and 0 < m.count.best < min(x.count.best for x in spread)
                          and m.sentence != group[0].sentence for m in mentions):
            sums = {x.count.best for x in spread}
            mentions = [m for m in mentions if not (m.outcome == "killed" and m.role in ("total", "history") and (
                m.sentence == group[0].sentence or m.count.best in sums))]
    if crowd:
        dropped = _crowd_cause(mentions, group)
        if any(m.outcome == "killed" and m.role == "total" and not any(m is d for d in dropped) for m in mentions):
            mentions = [m for m in mentions if not any(m is d for d in dropped)]
    toll = Toll(mentions=mentions)
    toll.killed, _ = _figure(mentions, "killed")
    toll.injured, _ = _figure(mentions, "injured")
    toll.abducted, _ = _figure(mentions, "abducted")
    parts: dict[str, Count] = {}
    for m in mentions:
        if m.outcome != "killed" or m.party is None:
            continue
        if m.role == "part" or (m.role == "total" and "coordinated" in m.rule) or (
            m.role == "total" and any("coordinated" in x.rule and x.sentence == m.sentence for x in mentions)):
            prev = parts.get(m.party)
            if prev is None or m.count.best > prev.best:
                parts[m.party] = m.count
    # "including five children" is a subset of the toll, not a party: civilian shares count as a
    # party only beside an armed party ("12 civilians and 8 soldiers")
    if parts and all(p.startswith("Civilians") for p in parts):
        parts = {}
    toll.by_party = list(parts.items())
    if parts and toll.killed:
        toll.parts_sum_ok = sum(c.best for c in parts.values()) == toll.killed.best
    return toll


def _notes(ev: Event) -> str:
    when = ev.start_date.strftime("%-d %B %Y") if ev.start_date else "an unknown date"
    where = ""
    if ev.place and ev.place.name:
        near = "near " if ev.place.precision == 2 else "in "
        where = f" {near}{ev.place.name}" + (f" ({ev.place.admin1})" if ev.place.admin1 and ev.place.admin1 != ev.place.name else "")
    elif ev.place and ev.place.country:
        where = f" in {ev.place.country}"
    a1 = ev.actor1 or "unidentified actors"
    verb = _VERB.get(ev.sub_event_type, "were involved in an event with")
    a2 = f" {ev.actor2}" if ev.actor2 else ""
    if not ev.actor2 and verb.endswith((" with", " on", " at", " against", " from")):
        verb = verb.rsplit(" ", 1)[0]
    s = f"On {when}, {a1} {verb}{a2}{where}."
    if ev.territorial_change:
        s += f" Territorial change: {ev.territorial_change.lower()}."
    if ev.toll.killed:
        k = ev.toll.killed
        rng = f"{k.best}" if k.low == k.high else f"{k.best} (range {k.low}-{k.high})"
        # name who gave the toll, not everyone quoted in the report
        givers = list(dict.fromkeys(m.source.name for m in ev.toll.mentions
                                    if m.outcome == "killed" and m.role == "total" and m.source))
        srcs = ", ".join(givers[:2])
        s += f" {rng} fatalities" + (f" according to {srcs}." if srcs else ".")
    if ev.ongoing:
        s += " Ongoing at the time of reporting."
    return s


def event_id(article_id: str, index: int) -> str:
    return "SR" + hashlib.sha1(f"{article_id}:{index}".encode()).hexdigest()[:12].upper()


# "seized the towns of Kiwanja and Rutshuru", "recaptured Kupiansk, Izium and Balakliia": towns
# joined under one verb of capture, each a transfer of territory of its own as ACLED codes them
# (also "Axum and the nearby town of Adwa", "X and the strategic village of Y": an epithet before the noun)
_JOINED = re.compile(r"\s*(?:,\s*|(?:,\s*)?(?:and|as\s+well\s+as)\s+)(?:(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:towns?|villages?|settlements?|cities|city)\s+of\s+)?")


# "protesters set fires outside the embassy in Ouagadougou and at the institute in Bobo-Dioulasso",
# "strikes hit hideouts in Mosul and Kirkuk", "rebels took Kiwanja and clashed with troops near
# Butembo", "stormed a market in Gao, and later attacked a post in Timbuktu": towns far apart, joined
# after the event word, are an event each (ACLED codes one per location and day). Not a route ("from
# X to Y"), a front ("between X and Y"), where the wounded were taken, a base, or who said it
_JOINED_FAR = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:[\w'’-]+,?\s+)?(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:[\w'’-]+\s+){0,8}?"
                         r"(?:(?:in|at|near|outside|around|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?)?", re.I)
_NOT_JOINED = re.compile(r"\b(?:from|to|towards?|into|between|taken|rushed|evacuated|flown|hospitals?|bases?|headquarters|fled|"
                         r"said|says|told|announced|reported|according|claimed|km|kilometres|kilometers|miles|capital|province|"
                         r"state|region|district|county|where|which|who)\b", re.I)

# "the Ain al-Asad air base in western Anbar province and a facility in Erbil": a site in the first
# town's province, then a site in another town
_SITE_AND_SITE = re.compile(r"\s*(?:(?:[\w'’-]+\s+){0,2}?(?:base|airport|airfield|facility|camp|compound)\s+)?in\s+(?:(?:western|eastern|northern|southern|central)\s+)?"
                            r"[A-Z][\w'’-]+\s+(?:province|governorate|region|state)\s+(?:,\s*)?and\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at|near|outside)\s+")

# "protests in Lagos and the capital Abuja", "in Yangon and the capital, Naypyitaw": a second town told as the capital
_AND_THE_CAPITAL = re.compile(r"\s*(?:,\s*)?and\s+(?:in\s+)?the\s+(?:(?:country's|nation's|national|federal|commercial|economic)\s+)?capital\s*,?\s*", re.I)

_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)


def _each_town(group: list[Claim], others: list[list[Claim]] | None = None) -> list[list[Claim]]:
    """The towns after the first that the group's founding sentence joins to it under one verb of
    capture, or far from it (> SPLIT_KM) after its event words, each as a group of its own: the
    group's sentences read for that town alone, without tolls but for a zero told of no town ("no
    casualties in either city"); a later sentence that names only that town ("In Bobo-Dioulasso,
    demonstrators smashed windows") goes with it, toll and all. A crowd told in weak words in the lead
    ("arrested 350 supporters who defied a ban to march in Yaounde and Douala") founds the split too."""
    c = next((x for x in group if _eventful(x)), None)
    lead = next((x for x in group if x.background is None and x.sub_event_type), None)
    if lead is not None and (c is None or lead.sentence < c.sentence) and (lead.sub_event_type in _CROWD_SUBS or _protesters_held(lead)):
        c = lead  # a crowd told first in weak words ("police detained marchers in Bamako and Kayes"): its lead founds it
    if c is None or c.trigger is None:
        return []
    if not any(p.feature == "place" and not any(m in p.rule for m in _ASIDE) for p in c.places) and (
            spelt := next((x for x in group if _eventful(x) and x.sub_event_type == c.sub_event_type and x.sentence <= c.sentence + 2
                           and len({p.gazetteer_id for p in x.places if p.feature == "place" and not any(m in p.rule for m in _ASIDE)}) >= 2), None)):
        c = spelt  # "Iran fired missiles at two bases in Iraq. ... targeted the air base at X and a facility in Y": the sites spelt out
    territorial = c.sub_event_type in _TERRITORIAL
    at = c.trigger_at
    towns = [p for p in c.places if p.feature == "place" and p.span is not None and p.gazetteer_id is not None
             and not any(m in p.rule for m in (*_ASIDE, "+in-source", "+facility", "+qualifier", "+earlier"))]
    # a town named again before the next ("a worker was killed at Damascus airport in a strike that
    # hit the airports of Damascus and Aleppo"): read from its last mention
    towns = [p for p, q in zip(towns, [*towns[1:], None], strict=False) if q is None or q.gazetteer_id != p.gazetteer_id]
    out: list[list[Claim]] = []
    for a, b in zip(towns, towns[1:], strict=False):
        assert a.span is not None and b.span is not None
        if at < 0 or (a.span.start - c.span.start < at and c.sub_event_type not in _CROWD_SUBS) or a.gazetteer_id == b.gazetteer_id:
            break  # (a crowd's towns may come first: "Streets in Yangon and Mandalay emptied for a silent strike")
        between = c.text[a.span.end - c.span.start:b.span.start - c.span.start]
        if _BETWEEN_BEFORE.search(c.text, 0, a.span.start - c.span.start):
            break  # "fighting between Mopti and Timbuktu": one front
        if not (territorial and _JOINED.fullmatch(between)):
            if not ((_JOINED_FAR.fullmatch(between) and not _NOT_JOINED.search(between) or _SITE_AND_SITE.fullmatch(between)
                     or _AND_THE_CAPITAL.fullmatch(between)) and ";" not in between
                    and b.latitude is not None and b.longitude is not None
                    and not any(_near(b, g) for g in others or [] if g is not group)):
                break
            if (named := {(q.iso2, q.admin1) for q in c.places if q.feature == "admin1"}) and (a.iso2, a.admin1) not in named:
                break  # "the school in Faladie and the airport in Bamako (Bamako)": a namesake of a town of the scene
            if not all(q.latitude is not None and q.longitude is not None and q is not b and q.feature == "place"
                       and haversine_km((q.latitude, q.longitude), (b.latitude, b.longitude)) > SPLIT_KM
                       for q in towns[:towns.index(b)]):
                break
        moved = [] if territorial else [x for x in group if x is not c and not x.background and _only_near(x, b)]
        clone: list[Claim] = []
        for x in group:  # the same sides, sources and days; this town alone, and no toll counted twice
            if any(x is m for m in moved):
                continue
            one = copy.copy(x)
            # a zero that names no town ("no reports of casualties in either city") is every town's
            # (not a zero the police of one of them told: "Lagos police said nobody was killed")
            zero = [] if any(q.feature in ("place", "admin1") for q in x.places) else [t for t in x.tolls if t.count.high == 0]
            one.places, one.tolls = [b] if x is c else [], zero
            clone.append(one)
        if not territorial:
            for x in moved:
                group.remove(x)
            clone.extend(moved)
            clone.sort(key=lambda x: x.sentence)
        # the founding sentence's other towns stay the group's; the one split off is no longer its
        # ("captured the city of Pokrovsk ... and the town of Vovchansk": Pokrovsk's group)
        i = next(i for i, x in enumerate(group) if x is c)
        group[i] = copy.copy(c)
        group[i].places = [q for q in c.places if q is not b]
        c = group[i]
        for k, x in enumerate(group):
            if x is not c and not x.background and any(q.gazetteer_id == b.gazetteer_id for q in x.places):
                # its later mentions ("units had liberated Volchansk") are the split town's, not this group's
                group[k] = copy.copy(x)
                group[k].places = [q for q in x.places if q.gazetteer_id != b.gazetteer_id]
        out.append(clone)
    return out


def _near(p: Place, group: list[Claim]) -> bool:
    """An event group that is founded at (within SPLIT_KM of) the place already."""
    founder = next((x for x in group if _eventful(x)), None)
    return founder is not None and any(
        q.latitude is not None and q.longitude is not None and p.latitude is not None and p.longitude is not None
        and q.feature == "place" and haversine_km((q.latitude, q.longitude), (p.latitude, p.longitude)) <= SPLIT_KM
        for x in group if not x.background for q in x.places)


def _unowned_at(group: list[Claim], groups: list[list[Claim]], unowned: list[int], every: Collection[int] = ()) -> int | None:
    """The sentence saying nobody owned the act that speaks for ``group``: like any statement that
    tells no event of its own, for the event told just before it (docs/gold-format.md), the one
    whose sentences before it come latest ("a bomb hit an army bus in Damascus ... There was no
    immediate claim. Shortly afterwards, government rockets hit Ariha": the bomb's, not the rockets'),
    or for every event told before it where it says so (``every``: "No group has claimed either attack")."""
    def last_before(g: list[Claim], k: int) -> int:
        return max((c.sentence for c in g if not c.background and c.sentence < k), default=-1)

    return next((k for k in unowned if last_before(group, k) >= 0
                 and (k in every or last_before(group, k) >= max(last_before(g, k) for g in groups))), None)


def _only_near(c: Claim, p: Place) -> bool:
    """The claim names places of the scene, and all of them are within SPLIT_KM of the place."""
    assert p.latitude is not None and p.longitude is not None
    ps = [q for q in c.places if q.feature == "place" and not any(m in q.rule for m in _ASIDE)]
    return bool(ps) and all(q.latitude is not None and q.longitude is not None
                            and haversine_km((q.latitude, q.longitude), (p.latitude, p.longitude)) <= SPLIT_KM for q in ps)


def assemble(claims: list[Claim], ctx: AssemblyContext) -> list[Event]:
    events: list[Event] = []
    groups = group_claims(claims)
    groups = [g for group in groups for g in (group, *_each_town(group, groups))]
    named = [any(q.gazetteer_id is not None for c in g if not c.background for q in c.places) for g in groups]
    towns = [any(q.feature in ("place", "admin1") for c in g if not c.background for q in c.places) for g in groups]
    said, elsewhere = _statement_voices(groups)
    for gi, group in enumerate(groups):
        # an event told apart without a place of its own ("Russian warplanes struck rebel
        # positions inside the city") happened where the event before it did; the first event,
        # when only a later one names the place ("protesters forced their way into a military
        # base" before "nine reservists were detained at a base near Beersheba"), where that is
        if gi == 0 and not towns[0] and (later := next((g for g, n in zip(groups, towns, strict=True) if n), None)) is not None and not (
                _SEPARATE.search(next((c.text for c in later if _eventful(c)), ""))):
            # (not a later event told apart, "Also overnight, air defences downed drones over Kursk":
            # that is another event's scene, not where the first one happened)
            place = _place(later, ctx.fallback_place)
        elif named[gi] or not events:
            place = _place(group, ctx.fallback_place)
        else:
            place = copy.copy(events[-1].place)
        place = _refined(place, group, groups, ctx)
        actor1, actor2, assoc1, assoc2, civ = _actors(group, ctx, _unowned_at(group, groups, ctx.unowned, ctx.unowned_all))
        if events and (actor1 is None or actor1.startswith("Unidentified")) and _ANOTHER.search(group[0].text):
            actor1 = events[-1].actor1  # "A second missile hit Bilenke": the same attacker struck again
        elif events and (actor1 is None or actor1.startswith("Unidentified")) and (
                SUB_TO_TYPE.get(_group_sub(group) or "") == events[-1].event_type):
            # "In Sumy, a missile slammed into a building", after a Russian strike on Odesa: an event
            # of the same kind that names no doer was done by the sides just named
            actor1 = events[-1].actor1
            actor2 = events[-1].actor2 if actor2 is None or actor2 == actor1 else actor2
        if (decision := _state_decision(group)) is not None:
            if _foreign_listing(decision, group, place):
                continue
            place, actor1, actor2 = _decided(decision, group, place, actor1, ctx)
        elif (decision := _force_movement(group)) is not None:
            place, actor1, actor2 = _moved(decision, group, place, actor1, ctx)
        if place is not None and place.feature == "place" and place.iso2 and (
                civ_here := ctx.civilians_label(place.iso2)).startswith("Civilians"):
            # ACLED codes an unidentified armed group by the country where it acted: "a homemade bomb
            # killed three French soldiers ... in the Hombori area" is Mali's, not France's (a town's
            # country, not a province's or a country's, which may be a name read wrong); and a crowd
            # by the country where it gathered: "Down with France", chanted by a crowd that stormed
            # the French embassy in Niamey, makes no French rioters
            actor1, actor2 = (_of_country(a, civ_here[len("Civilians"):]) for a in (actor1, actor2))
            # and police the text names only by their trade ("riot police fired water cannon") are those
            # of the country where they acted, not of the country the report names most ("the Swedish
            # embassy in Baghdad": Iraq's police)
            actor1, actor2 = (_force_here(a, group, place.iso2, ctx) for a in (actor1, actor2))
        etype, sub, territorial = _choose_type(group, actor1, actor2, ctx, civ)
        if sub == "Disrupted weapons use" and actor1 and actor2 and (_launcher_named(group, actor1) or (
                _launched(group, actor1) and not actor2.startswith(("Civilians", "Protesters", "Rioters")))):
            # "drones launched by the RSF were shot down by the army": the side that stopped the
            # weapon is actor1 (ACLED), the one that launched it actor2
            actor1, actor2, assoc1, assoc2 = actor2, actor1, assoc2, assoc1
        if sub in _CROWD_SUBS and place is not None:
            # "security forces opened fire on youths chanting slogans": a crowd's "security forces",
            # in a story that names no soldier, are its police (as ACLED codes crowd control)
            actor1, actor2 = (_crowd_police(a, group, place.iso2, ctx) for a in (actor1, actor2))
        if sub == "Non-violent transfer of territory" and actor1 and actor2 and _handed_to(group, _HANDED_OVER_TO, 12) == actor2:
            # "French troops handed over their base in Timbuktu to the Malian army": the side that
            # takes the place over is actor1, the one that leaves it actor2 (as in a capture)
            actor1, actor2, assoc1, assoc2 = actor2, actor1, assoc2, assoc1
        targeted = any(c.target is not None and (c.target.name == actor2 or c.target.name in assoc2)
                       and not c.target.rule.endswith("|aimed") for c in group if not c.background)
        if civ and sub in _ONE_SIDED and not (actor2 or "").startswith(("Civilians", "Protesters")) and not _fought(group, actor2) and not targeted:
            # a strike or bombing that killed people: its target is civilians, whoever else is named
            actor2 = ctx.civilians_label(place.iso2 if place else None)
        ongoing = any(c.ongoing for c in group if not c.background)
        # (a decision of the state, or a force's coming or going, kills no one: the dead a story of
        # emergency rule counts are its background, "security forces have killed 55 people since")
        keep: Callable[[TollMention], bool] | None = _nobody if decision is not None else None
        killings = None
        if etype == "Battles" and (split := _killings_after_capture(group, sub, territorial)) is not None:
            # the capture keeps the fighters' dead; the killings that followed are their own event
            capture, dead = split
            killings = _event(ctx, 1000 + gi, dead, "Violence against civilians", "Attack", None, place, actor1,
                              ctx.civilians_label(place.iso2 if place else None), assoc1, [],
                              _toll(dead, ctx, lambda m: not _armed_party(m)), *_dates(dead, ctx.published, False))
            group, keep = capture, _armed_party
        taken = None
        if etype == "Battles" and killings is None and actor1 and (seized := _taken_in_fight(group)):
            # "killed 30 soldiers in an attack on a mining site and kidnapped four Chinese nationals
            # working there": the people carried off are an abduction of their own (ACLED), by the
            # side that is no state's
            taker = actor2 if actor2 and ctx.is_state(actor1) and not ctx.is_state(actor2) else actor1
            # (with the statements about the attack and the other words of the people taken, "pursuing
            # the attackers to rescue the abducted workers", which speak for it too)
            told = [c for c in group if any(c is x for x in seized) or (
                not c.background and (c.sub_event_type is None or _PEOPLE_TAKEN.search(c.text)))]
            taken = _event(ctx, 2000 + gi, told, "Violence against civilians", "Abduction/forced disappearance", None, place, taker,
                           ctx.civilians_label(place.iso2 if place else None), assoc1 if taker == actor1 else assoc2, [],
                           _toll(told, ctx, lambda m: m.outcome == "abducted"), *_dates(group, ctx.published, False))
            # (the people carried off are counted there, not again in the fight's toll)
            keep = functools.partial(_not_taken, keep)
        start, end, precision, basis = _dates(group, ctx.published, ongoing)
        if events and basis.startswith("published date") and any(
                _SAME_DAY.search(c.text) or (events[-1].time_precision == 1 and _ALONGSIDE.match(c.text)) for c in group if not c.background):
            # "A second missile hit Bilenke the same evening": the day of the event told before
            start, end, precision = events[-1].start_date, None, events[-1].time_precision
            basis = "text (the same day as the event told before)"
        elif events and basis.startswith("published date") and events[-1].start_date and events[-1].time_precision == 1 and (
                counted := next((d for c in group if not c.background for d in c.dates if d.date is None and d.rule.startswith("later:")), None)):
            # "The next day, traders marched to the press club": counted on from the event told before
            day = events[-1].start_date + dt.timedelta(days=int(counted.rule[6:]))
            if not ctx.published or day <= ctx.published:
                start, end, precision = day, None, 1
                basis = "text (counted on from the event told before)"
        toll = _toll(group, ctx, keep, [g for g in groups if g is not group], etype in ("Riots", "Protests"))
        # no day, no toll, and only "has been attacking", "have been set ablaze": a state of affairs
        # an analysis describes, not an event
        # ("have agreed to a ceasefire", "has banned the party": a deal or a decision is news told in
        # the present perfect; "have been negotiating" is still a state of affairs)
        state_of_affairs = basis.startswith("published date") and not (toll.killed or toll.injured or toll.abducted) and all(
            (pf := _PERFECT.search(c.text)) and not (sub in _SAID_SUBS and "been" not in pf.group().lower())
            for c in group if not c.background and c.sub_event_type)
        # the only words for it come late in the story, with no day, no toll and no town of their
        # own ("The UN says it recorded violations, including shelling around Taiz"; "Analysts say
        # armed groups kill both Muslims and Christians"): analysis, not a new event
        founder = next((c for c in group if _eventful(c)), None)
        state_of_affairs = state_of_affairs or (founder is not None and founder.sentence >= 3 and not any(
            d.date for d in founder.dates) and not any(t.role == "total" for t in founder.tolls) and not any(
            q.feature == "place" for q in founder.places) and not _lead_tells(group))
        # "after weeks of drone strikes on rebel positions", "a months-long campaign of air strikes":
        # the only words for it name a campaign, not one event, and no toll is its own
        eventful = [c for c in group if _eventful(c)]
        state_of_affairs = state_of_affairs or (bool(eventful) and not (toll.killed or toll.injured or toll.abducted) and all(
            _in_campaign(c) for c in eventful))
        if not state_of_affairs:
            events.append(_event(ctx, gi, group, etype, sub, territorial, place, actor1, actor2, assoc1, assoc2, toll,
                                 start, end, precision, basis, ongoing, said.get(gi, []), elsewhere.get(gi, [])))
        if killings is not None:
            events.append(killings)
        if taken is not None and not state_of_affairs:
            events.append(taken)
    return events


def _refined(place: Place | None, group: list[Claim], groups: list[list[Claim]], ctx: AssemblyContext) -> Place | None:
    """A finer place for an event known only by its country or province, from a sentence told
    while the event is being told that carries no event words of its own: "an attack on a village
    in the Northwest region ... Ngarbuh is a hamlet in Donga-Mantung division" (the division's
    seat), "a raid in northern Somalia ... into a remote area of the Bari region" (the region)."""
    if place is not None and (follow := _follow_up_town(group, groups)) is not None and follow.gazetteer_id != place.gazetteer_id:
        return follow
    if (place is None or place.feature == "country") and (back := _town_referred_back(group, groups)) is not None:
        return back
    if place is not None and "+near" in place.rule and (named := _unnamed_town_named(place, group, groups, ctx)) is not None:
        return named
    filed = place is not None and place is ctx.fallback_place and "+dateline" in place.rule and not any(
        q.gazetteer_id == place.gazetteer_id for c in group if not c.background for q in c.places)
    if filed and place is not None:
        # only the dateline's town, which the event's own words never name ("NAIROBI - ... attacked a
        # base on Kenya's coast ... The airfield in Lamu county"): a town of its country told while the
        # event is told, in a sentence of no event of its own, is the scene
        return _refined_filed(place, group, groups, ctx)
    if ctx.idle_places and place is not None and place.feature in ("country", "region", "admin1") and any(
            c.sub_event_type == "Agreement" and not c.background for c in group):
        # a deal told with its scope ("a ceasefire in northern Shan State"), its venue in a sentence
        # of its own ("The sides met at talks held in Kunming"): where it was agreed (ACLED)
        own = [c.sentence for c in group if not c.background]
        nxt = min((c.sentence for g in groups if g is not group for c in g if not c.background and c.sentence > min(own)), default=10**6)
        venue = next((q for i, q in ctx.idle_places if min(own) < i < nxt and q.feature == "place" and q.gazetteer_id is not None
                      and "+venue" in q.rule and not any(m in q.rule for m in (*_ASIDE, "+in-source", "+facility"))), None)
        if venue is not None:
            return venue
    if not ctx.idle_places or place is None or place.span is None or place.feature not in ("country", "region", "admin1"):
        return place  # (only a country or province the event's own words named: not the dateline's or the report's country)
    own = [c.sentence for c in group if not c.background]
    if not own:
        return place
    first = min(own)
    # the sentences up to the next event told
    nxt = min((c.sentence for g in groups if g is not group for c in g if not c.background and c.sentence > first), default=10**6)
    told = [q for i, q in ctx.idle_places if first < i < nxt and q.gazetteer_id is not None and q.iso2 == place.iso2]
    # the town before the province ("Hroza, 30 km west of Kupiansk in the Kharkiv region": near Kupiansk)
    town = next((q for q in told if q.feature == "place" and (place.feature != "admin1" or q.admin1 == place.admin1)), None)
    if town is not None:
        return town
    if place.feature in ("country", "region"):
        return next((q for q in told if q.feature == "admin1"), place)
    return place


# "in a Christian town east of Beirut", "a village some 20 km south of Maiduguri": a settlement the
# sentence leaves unnamed, placed by its bearing from a town that is only its measure
_UNNAMED_TOWN_OF = r"\b(?:a|an|one)\s+(?:[\w'’-]+\s+){0,2}?(?:town|village|hamlet|settlement|locality|district)\s+" \
    r"(?:(?:some|about|around|roughly|nearly)\s+)?(?:(?:\d+|[a-z]+)\s+(?:km|kilometres|kilometers|miles)\s+(?:\([^)]*\)\s+)?)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+(?:[\w'’-]+\s+)?(?:capital|city|town),?\s+)?"


@functools.lru_cache(maxsize=512)
def _unnamed_town_of(written: str) -> re.Pattern[str]:
    return re.compile(_UNNAMED_TOWN_OF + re.escape(written) + r"\b", re.I)


def _unnamed_town_named(place: Place, group: list[Claim], groups: list[list[Claim]], ctx: AssemblyContext) -> Place | None:
    """An event at "a town east of Beirut" whose town a sentence of no event of its own names while the
    event is told ("The truck overturned as it passed through Kahaleh"): that town, one only, of the same
    country and near the measure, is the scene."""
    own = [c for c in group if not c.background]
    told_at = [c.sentence for c in own if any(q.gazetteer_id == place.gazetteer_id for q in c.places)
               and _unnamed_town_of(place.written).search(c.text)]
    if not told_at or place.latitude is None or place.longitude is None:
        return None
    first = min(told_at)  # (a town named later, in a sentence of its own: not "a village in X district north of Y")
    nxt = min((c.sentence for g in groups if g is not group for c in g if not c.background and c.sentence > first), default=10**6)
    told = [(i, q) for i, q in ctx.idle_places] + [(c.sentence, q) for c in own for q in c.places]
    towns = {q.gazetteer_id: q for i, q in told if first < i < nxt and q.feature == "place" and q.gazetteer_id is not None
             and q.gazetteer_id != place.gazetteer_id and q.iso2 == place.iso2 and q.latitude is not None and q.longitude is not None
             and not any(m in q.rule for m in (*_ASIDE, "+in-source", "+earlier", "+facility", "+elsewhere", "+landmark", "+near"))
             and haversine_km((q.latitude, q.longitude), (place.latitude, place.longitude)) <= 60}
    if len(towns) != 1:
        return None
    return copy.copy(next(iter(towns.values())))


def _lead_founder(group: list[Claim], wanted: Callable[[Claim, str], bool]) -> Claim | None:
    """The claim that founds the group's event, where its trigger (which ``wanted`` accepts) is one
    of the lead-only words of events.yaml, read in the lead."""
    founder = next((c for c in group if _eventful(c)), None)
    if founder is None or not founder.trigger or not wanted(founder, founder.trigger):
        return None
    return founder if any(t.text == founder.trigger for t in lead_triggers(founder.text)) else None


def _state_decision(group: list[Claim]) -> Claim | None:
    """The claim that founds an event on a state's decision, told in the lead (the lead-only
    entries of events.yaml: "Myanmar's military has extended the state of emergency", "Ethiopia's
    parliament voted to lift the state of emergency", "Ethiopia frees jailed journalist")."""
    # (prisoners freed by the state that held them, "Ethiopia frees jailed journalist Eskinder
    # Nega", are its own act, not a deal of two sides, "have agreed to release 887 detainees")
    return _lead_founder(group, lambda c, trigger: c.sub_event_type == "Change to group/activity" or (
        c.sub_event_type == "Agreement" and not trigger.lower().startswith("agreed")))


def _foreign_listing(c: Claim, group: list[Claim], place: Place | None) -> bool:
    """"The United States on Wednesday designated the Islamic State affiliate behind the insurgency
    in Cabo Delgado as a terrorist organisation": a state listing a group of another country, where
    the report sets the group, is that state's foreign policy, no development of the conflict. The
    state is the one named before the listing, or else in the group's first sentence ("the State
    Department said it had listed the group ...", after "The United States on Wednesday ...")."""
    if not c.trigger or not TERROR_LIST.search(c.trigger) or place is None or not place.iso2:
        return False
    first = min(group, key=lambda x: x.sentence)
    named = [cc for _s, _e, cc, _n in country_mentions(c.text[:c.trigger_at])] or [
        cc for _s, _e, cc, _n in country_mentions(first.text)]
    return bool(named) and named[0] != place.iso2


# a body formed, told by the verb that forms it ("announced the formation of", "launched a new alliance")
_FORMED = re.compile(r"(?:announced|announces|announce|declared|declares) the (?:formation|creation|establishment|founding) of|"
                     r"(?:launched|launches|founded|founds|created|creates) ", re.I)


# between a side and the verb of its own decision: "The Arakan Rohingya Salvation Army (ARSA) has declared",
# "The STC said late on Saturday it was declaring", "Yemen's Houthi group announced"
_DECLARER_GAP = re.compile(r"(?:\s*\([^)]{1,40}\))?(?:\s+(?:group|movement|rebels|militia|alliance|coalition|leadership))?"
                           r"(?:\s+(?:has|have|had|on\s+\w+|also|formally|officially|now))*"
                           r"(?:\s+said(?:\s+(?:late|early))?(?:\s+on\s+\w+)?(?:\s+(?:night|morning|evening))?(?:\s+that)?\s+(?:it|they)"
                           r"(?:\s+(?:was|were|had|has|have|would|will))?)?\s*", re.I)


def _decided(c: Claim, group: list[Claim], place: Place | None, actor1: str | None,
             ctx: AssemblyContext) -> tuple[Place | None, str | None, str | None]:
    """A decision of the state is coded as ACLED codes one: to the state (its government where the
    dictionary has one, else its forces), with no second side, at the town where the report says it
    was taken ("at a meeting in Naypyitaw") or else the capital, at precision 1; the region it
    covers ("a state of emergency in the Amhara region") is its remit, not its scene. Not a group
    that is no state's: "the STC declared a state of emergency in Aden" is the STC's, in Aden."""
    at = c.trigger_at
    # "announced the formation of a Southern Transitional Council": the body formed, where the lead or the
    # sentence after it names it ("launched a political-military alliance ... announced the creation of
    # the Congo River Alliance")
    formed = next((a for x in (c, *(x for x in group if x is not c and not x.background and x.sub_event_type == c.sub_event_type))
                   if x.trigger and _FORMED.match(x.trigger) for a in x.actors
                   if a.resolved and x.trigger_at <= a.span.start - x.span.start <= x.trigger_at + len(x.trigger) + 20
                   and not ctx.is_state(a.name) and a.kind not in (None, "civilians", "protesters", "rioters")), None)
    if formed is not None:
        return place, formed.name, None
    # (the side that declares is often read as a speaker: "ARSA has declared a unilateral ceasefire"; only
    # the subject of the decision's verb, not one that tells of another's, "the TPLF said Ethiopia had")
    told = sorted((*c.actors, *(a for a in c.source_actors if a.span is not None
                                and _DECLARER_GAP.fullmatch(c.text, a.span.end - c.span.start, at))), key=lambda a: a.span.start)
    subject = next((a for a in reversed(told) if a.span.end - c.span.start <= at and a.resolved), None)
    of_state = subject is not None and (ctx.is_state(subject.name) or subject.name.startswith("Government of"))
    if subject is not None and not of_state and subject.kind not in (None, "civilians", "protesters", "rioters", "external/other forces"):
        if place is not None and subject.country and place.iso2 != subject.country and (
                ctx.fallback_place is not None and ctx.fallback_place.iso2 == subject.country):
            # a group's decision placed abroad by a capital named for its government ("awaited a
            # similar response from Riyadh"): the town it was announced from, the dateline's, in its country
            return ctx.fallback_place, subject.name, None
        return place, subject.name, None
    # whose state: the one the sentence names before its verb ("Ethiopia has declared", "Myanmar's
    # military has extended"), else the event's country
    named = [cc for _s, _e, cc, _n in country_mentions(c.text[:at])]
    cc = (subject.country if of_state and subject is not None and subject.country
          else named[0] if named else _event_cc(place, ctx))
    if cc is None:
        return place, actor1, None
    state = subject.name if of_state and subject is not None else (ctx.government_label(cc) if ctx.government_label else actor1) or actor1
    first = min((x.sentence for x in group if not x.background), default=c.sentence)
    venue = next((q for i, q in [*((x.sentence, q) for x in group if not x.background for q in x.places), *ctx.idle_places]
                  if i <= first + 1 and q.feature == "place" and q.iso2 == cc and "+venue" in q.rule
                  and not any(m in q.rule for m in (*_ASIDE, "+in-source", "+facility"))), None)
    seat = copy.copy(venue) if venue is not None else (ctx.capital_place(cc) if ctx.capital_place else None)
    if seat is None:
        return place, state, None
    seat.precision = 1
    return seat, state, None


def _event_cc(place: Place | None, ctx: AssemblyContext) -> str | None:
    """The country of the event's place, else of the report's fallback place (its dateline's)."""
    return place.iso2 if place is not None and place.iso2 else ctx.fallback_place.iso2 if ctx.fallback_place else None


def _force_movement(group: list[Claim]) -> Claim | None:
    """The claim that founds an event on a force's coming or going, told in the lead (the lead-only
    "Other" entry of events.yaml: "The first contingent of Kenyan soldiers ... arrived in Goma",
    "SAMIM formally ended its deployment"), or on a base it opens ("Turkey on Saturday officially opened
    a military training base in the Somali capital": Turkey's forces, not the army it will train)."""
    return _lead_founder(group, lambda c, _trigger: c.sub_event_type in ("Other", "Headquarters or base established"))


def _moved(c: Claim, group: list[Claim], place: Place | None, actor1: str | None,
           ctx: AssemblyContext) -> tuple[Place | None, str | None, str | None]:
    """A force's arrival, deployment or departure is coded as ACLED codes a strategic development:
    to the force, with no second side. The force is the mission the lead names ("Kenyan soldiers
    deployed under the EACRF": the EACRF), else a state's forces away from home ("Rwanda said it
    had begun deploying 1,000 soldiers": Rwanda's), never the host's army that received it; the place
    is the lead's own where it names one ("arrived on Saturday in Goma")."""
    own = [x for x in group if not x.background]
    if (lead := _place([c], None)) is not None:
        place = lead
    host = _event_cc(place, ctx)
    told = [a for x in (c, *[x for x in own if x is not c]) for a in x.actors if a.resolved]
    mission = next((a.name for a in told if a.kind == "external forces"), None)
    abroad = next((a.name for a in told if a.kind == "state forces" and a.country and a.country != host), None)
    if mission is None and abroad is None:
        # the state that sends its troops, named before the verb ("Rwanda said it had begun deploying")
        sender = next((cc for _s, _e, cc, _n in country_mentions(c.text[:c.trigger_at]) if cc != host), None)
        abroad = ctx.army_label(sender) if sender and ctx.army_label else None
    return place, mission or abroad or actor1, None


# "attacked the troops stationed in the town", "ambushed a convoy outside the village": a settlement
# told by a definite word alone (not "the town of X"), the one an event told before is at
_THE_TOWN = re.compile(r"\b(?:in|into|inside|near|outside|around|at|on|from|to|toward|towards|entered|stormed|"
                       r"attacked|shelled|captured|retook|seized)\s+the\s+(?:town|village|city|hamlet|settlement|camp)\b"
                       r"(?!\s+(?:of|called|named)\b)(?!'s)", re.I)


def _town_referred_back(group: list[Claim], groups: list[list[Claim]]) -> Place | None:
    """An event known only by its country whose own sentence puts it in "the town" or "the village"
    ("On Wednesday, rebels attacked the troops stationed in the town"): the town of the event told
    just before it (its last town named at the scene)."""
    own = [c for c in group if not c.background]
    if not own or not any(_THE_TOWN.search(c.text) for c in own):
        return None
    first = min(c.sentence for c in own)
    before = [(c.sentence, q) for g in groups if g is not group for c in g if not c.background and c.sentence < first
              for q in c.places if q.feature == "place" and q.gazetteer_id is not None
              and not any(m in q.rule for m in (*_ASIDE, "+in-source", "+earlier", "+facility", "+elsewhere", "+landmark"))]
    if not before:
        return None
    last = max(i for i, _q in before)
    towns = {q.gazetteer_id: q for i, q in before if i == last}
    if len(towns) != 1:
        return None
    return copy.copy(next(iter(towns.values())))


# a sentence that goes on about the thing just told ("The missile was downed near ...", "It fell near ...")
_FOLLOW_UP = re.compile(r"^\W*(?:the|this|that|it|they|its|their)\b", re.I)


def _follow_up_town(group: list[Claim], groups: list[list[Claim]]) -> Place | None:
    """An event whose own words name no place ("On Sunday, a U.S. jet shot down a missile fired toward a
    destroyer"), the very next sentence going on about it by a definite word or pronoun, with no day of
    its own ("The missile was downed near the coast of Hodeidah"), though that sentence was read into
    another event: its town is the scene, not the place of the event told before."""
    own = [c.sentence for c in group if not c.background]
    if not own or any(q.gazetteer_id is not None for c in group if not c.background for q in c.places):
        return None
    nxt = max(own) + 1
    for g in groups:
        if g is group:
            continue
        founder = next((c for c in g if _eventful(c)), None)
        for c in g:
            # (not the sentence an event of its own is founded on, nor one with a day of its own:
            # "The next day, drones attacked a tanker near Hodeidah" tells another event)
            if c.sentence != nxt or c.background or c is founder or not _FOLLOW_UP.match(c.text) or any(
                    (d.date is not None or d.rule.startswith("later:")) and not d.publication for d in c.dates):
                continue
            towns = [q for q in c.places if q.feature == "place" and q.gazetteer_id is not None and not any(
                m in q.rule for m in (*_ASIDE, "+in-source", "+earlier", "+facility", "+elsewhere", "+landmark"))]
            if len({q.gazetteer_id for q in towns}) == 1:
                return copy.copy(towns[0])
    return None


def _refined_filed(place: Place, group: list[Claim], groups: list[list[Claim]], ctx: AssemblyContext) -> Place:
    """The dateline's town for an event whose words name no town of it: a town of the same country
    named, not aside, in a sentence of no event of its own within the event's sentences (the first
    two after its lead at most), else the dateline."""
    own = [c.sentence for c in group if not c.background]
    if not own:
        return place
    first = min(own)
    nxt = min((c.sentence for g in groups if g is not group for c in g if not c.background and c.sentence > first), default=10**6)

    def other_town(q: Place) -> bool:
        """Another town of the dateline's country, not told aside."""
        return (q.gazetteer_id is not None and q.iso2 == place.iso2 and q.feature == "place" and q.gazetteer_id != place.gazetteer_id
                and not any(m in q.rule for m in (*_ASIDE, "+in-source", "+earlier", "+facility", "+elsewhere")))

    told = [q for i, q in ctx.idle_places if first < i < min(nxt, first + 3) and other_town(q)]
    if not told:
        # a unit named after no town, told anywhere before the next event ("Dablo is a small town in
        # Sanmatenga province", five sentences after the lead): its seat, nearer than where it was filed
        told = [q for i, q in ctx.idle_places if first < i < nxt and "+admin2-seat" in q.rule and other_town(q)]
        if len({q.gazetteer_id for q in told}) > 1:
            told = []
    if not told:
        # no town: a division of the country other than the dateline's own, told in the same window
        # ("ADDIS ABABA - The army said it killed three rebel leaders. It did not say where in Tigray
        # the raid took place"): the event's region, at its capital (precision 3), not where it was filed
        region = [q for i, q in ctx.idle_places if first < i < min(nxt, first + 3) and q.gazetteer_id is not None
                  and q.iso2 == place.iso2 and q.feature == "admin1" and q.admin1 != place.admin1
                  and not any(m in q.rule for m in (*_ASIDE, "+in-source", "+earlier", "+facility", "+elsewhere",
                                                    "+remit", "+neighbour", "+qualifier"))]
        if len({q.admin1 for q in region}) != 1:
            return place
        division = copy.copy(region[0])
        division.precision = 3
        return division
    town = copy.copy(told[0])
    town.precision = 2
    return town


def _lead_tells(group: list[Claim]) -> bool:
    """The lead tells the act, with a day and a town, in weak words ("imposed a curfew on Sunday
    evening, after young men attacked homes and shops in several neighbourhoods of Homs"): the
    details told late are that event's, not analysis."""
    return any(c.sentence == 0 and c.background is None and c.sub_event_type is not None and any(
        d.date and not d.publication for d in c.dates) and any(q.feature == "place" for q in c.places) for c in group)


# statements set aside as no event of their own whose voice still speaks for an event ("The SDF denied the claim")
_VOICED = frozenset(("statement", "denial"))


def _statement_voices(groups: list[list[Claim]]) -> tuple[dict[int, list[Claim]], dict[int, list[Claim]]]:
    """Statements (a quote, "X said", a claim of responsibility, a denial, a toll update: a sourced
    sentence that founds no event) stay with the event group_claims put them in (the main event,
    unless they name or elaborate another), as evidence. In a report of two or more events, each
    also speaks for the other events it belongs to: its source is ADDED to them, never moved (its
    toll, place and day stay where they are, so a toll is never counted for a second event):
    - an event whose town it names (a place near that event and not near the one it sits with),
      or whose toll it gives again;
    - the event told just before it in the report, unless it names a place far from that event
      or a town or toll of its own event only ("Amnesty said the Zurmi villagers had begged for
      protection" after an attack on Maiduguri stays with Zurmi);
    - the main event, when it names no town and gives no toll ("the Israeli military said 90
      projectiles were fired from Lebanon on Thursday", after a second rocket strike): a
      statement about the day as a whole, which names neither event, speaks for both.
    A statement kept with an event only as evidence whose every town is another event's ("residents
    of Kherson said the drone circled", after a strike on Kherson told second) speaks for that event
    alone: it is returned in the second map, and its voice is not counted for the event it sits with.
    (docs/gold-format.md)"""
    said: dict[int, list[Claim]] = {}
    elsewhere: dict[int, list[Claim]] = {}
    if len(groups) < 2:
        return said, elsewhere
    owner: dict[int, int] = {}  # sentence -> the group it tells (the first, of a town's copies)
    for k, g in enumerate(groups):
        for c in g:
            if _eventful(c):
                owner.setdefault(c.sentence, k)
    # founding sentence -> its group and paragraph: "the event told just before" by the events' own leads
    led = {min((c.sentence for c in g if _eventful(c)), default=g[0].sentence): (k, next(
        (c.paragraph for c in g if _eventful(c)), g[0].paragraph)) for k, g in reversed(list(enumerate(groups))) if g}
    founders = set(led)

    def towns(c: Claim, kinds: tuple[str, ...] = ("place",)) -> list[Place]:
        return [q for q in c.places if q.feature in kinds and q.latitude is not None
                and q.longitude is not None and not _in_passing(c, q) and not any(m in q.rule for m in _ASIDE)
                and not _in_voice_name(c, q)]

    def same(q: Place, g: list[Claim], c: Claim) -> bool:  # a town of the event's sentences by the same name
        return any(p.written.lower() == q.written.lower() for x in g if not x.background and x is not c
                   for p in towns(x, ("place", "admin1")))

    def near(q: Place, g: list[Claim], c: Claim) -> bool:  # near a town the event's sentences name (not the statement's own,
        # even when it gives a toll: "seven were killed in Dnipro and three in Odesa" names both events' towns)
        assert q.latitude is not None and q.longitude is not None
        pts = [(p.latitude, p.longitude) for x in g if not x.background and x is not c
               for p in towns(x, ("place", "admin1"))]
        if same(q, g, c):
            return True  # the town the event names, by its name ("the Al-Qaim area" coded as its district)
        return any(haversine_km((q.latitude, q.longitude), pt) <= _NEAR_KM for pt in pts)  # type: ignore[arg-type]

    for h, group in enumerate(groups):
        for c in group:
            if c.source is None or (c.background and c.background not in _VOICED) or c.sentence in founders:
                continue  # (a voice with no event word is a statement: claims.build_claim)
            if h > 0 and any(c.sentence == x.sentence for x in groups[h - 1]) and group is not groups[h - 1]:
                continue  # a town's copy of the group before: spoken for there
            mine = towns(c)
            home = [near(q, group, c) for q in mine]  # each of its towns near the event it sits with
            echoes_home = _echoes_toll(c, group)
            before = [s for s in owner if s < c.sentence]
            told_just_before = owner[max(before)] if before else None
            # the lead told last before it, in its own paragraph ("Separately, settlers stormed al-Funduq ...
            # The Red Crescent said 12 were injured"): that event's, though its toll kept it with another
            last_lead = max((s for s in led if s < c.sentence), default=None)
            lead = led[last_lead] if last_lead is not None else None
            led_here = lead[0] if lead is not None and 0 <= c.paragraph - lead[1] <= 1 else None
            scene = next((q for q in c.places if q.feature in ("place", "admin1") and not _in_voice_name(c, q)), None)
            if not _eventful(c) and mine and all(
                    any(near(q, g, c) for g in groups[:h] + groups[h + 1:]) and not at_home for q, at_home in zip(mine, home, strict=True)):
                elsewhere.setdefault(h, []).append(c)
            elif c.background == "statement" and led_here is not None and led_here != h:
                # a voice with no event word, place or toll after another event's lead, in its paragraphs
                # ('"We buried them this morning," one villager told AFP'): that event's alone
                elsewhere.setdefault(h, []).append(c)
            for k, g in enumerate(groups):
                if k == h or any(c is x for x in said.get(k, [])):
                    continue
                there = [near(q, g, c) for q in mine]
                echoes_k = _echoes_toll(c, g)
                names_k = any(t and not o for t, o in zip(there, home, strict=True)) or (echoes_k and not echoes_home)
                names_own = any(o and not t for t, o in zip(there, home, strict=True)) or (echoes_home and not echoes_k) or any(
                    same(q, group, c) and not same(q, g, c) for q in mine)  # its town by name, though both events are near it
                told_before = told_just_before == k
                if names_k or (told_before and not _eventful(c) and not names_own and not _far(_main_place(c), g)) or (
                        led_here == k and not names_own and not _far(scene, g)) or (
                        k == 0 and not mine and not c.tolls and not names_own):
                    said.setdefault(k, []).append(c)
    # one sentence cut in two at "while"/"and" ("strikes on Khan Younis killed eight, while another on Rafah
    # killed three, the ministry said"): the voice at its end speaks for the event of its first half too
    for k, g in enumerate(groups):
        for x in g:
            if x.source is not None or x.background or not _eventful(x) or re.search(r"[.!?\"”’']\s*$", x.text):
                continue
            for h, other in enumerate(groups):
                for c in other:
                    if h != k and c.sentence == x.sentence + 1 and c.paragraph == x.paragraph and c.source is not None \
                            and not c.background and not any(c is y for y in said.get(k, [])):
                        said.setdefault(k, []).append(c)
    return said, elsewhere


def _in_voice_name(c: Claim, q: Place) -> bool:
    """A place read inside the name of the claim's voice ("the Palestine Red Crescent Society said"):
    a word of the name, not a town the statement names."""
    names = [s.name for s in ([c.source, *c.source.also] if c.source else [])]
    return "+in-source" in q.rule and any(_word(q.written).search(n) for n in names)


@functools.lru_cache(maxsize=1024)
def _word(written: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(written)}\b", re.I)


def _event(ctx: AssemblyContext, index: int, group: list[Claim], etype: str, sub: str, territorial: str | None,
           place: Place | None, actor1: str | None, actor2: str | None, assoc1: list[str], assoc2: list[str],
           toll: Toll, start: dt.date | None, end: dt.date | None, precision: int | None, basis: str,
           ongoing: bool = False, said: list[Claim] | None = None, elsewhere: list[Claim] | None = None) -> Event:
    sources: list[Source] = []
    seen: set[str] = set()
    for c in [*group, *(said or [])]:
        if any(c is x for x in elsewhere or []):
            continue  # a statement about another event's town: evidence here, but not this event's voice
        for cs in ([c.source, *c.source.also] if c.source else []):
            if cs.rule.endswith("+body-pending"):
                continue  # "his organisation says" and the report never names it: no voice by name
            if cs.name not in seen:
                seen.add(cs.name)
                sources.append(cs)
    if not any(c.source for c in group if not c.background and (c.sub_event_type or c.tolls)):
        # no one is cited for the event itself (its words, its toll): only quotes and background
        # are attributed, and the outlet that tells it in its own voice is the source

        if (outlet := outlet_source(ctx.publisher)) is not None and outlet.name not in seen:
            sources.append(outlet)
    ev = Event(
        event_id=event_id(ctx.article_id, index), event_type=etype, sub_event_type=sub,
        start_date=start, end_date=end, time_precision=precision, place=place,
        # a generic side whose country is unknown ('gunmen' where no place was read) is null, not ''
        actor1=actor1 or None, actor2=actor2 or None, assoc_actor_1=assoc1, assoc_actor_2=assoc2, toll=toll,
        sources=sources, publishers=[ctx.publisher] if ctx.publisher else [],
        article_ids=[ctx.article_id], claims=group, territorial_change=territorial,
        ongoing=ongoing, date_basis=basis,
        published=ctx.published, plover=PLOVER.get(sub) or PLOVER.get(etype),
    )
    ev.notes = _notes(ev)
    return ev

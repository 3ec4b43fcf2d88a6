"""The nouns of sitrep: Article, Span, Source, Actor, Place, Toll, Claim, Event.

This module imports nothing of ours: it is the ground floor every stage builds on.

Why dataclasses and not pydantic: records are created by the million inside the pipeline's
hot loop, from values our own code already validated, so construction cost matters more
than input validation (slotted dataclasses are several times cheaper to build). Input from
the outside world (files, feeds, gold, the store) is validated where it enters, in the
readers and the store, and turned into these records there. Serialisation to the output
contract lives on ``Event.to_record``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    ),
    "Violence against civilians": (
        "Attack",
        "Abduction/forced disappearance",
        "Sexual violence",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
"""ACLED's six event types and their sub-event types (ACLED codebook, 2023 edition)."""

SUB_TO_TYPE: dict[str, str] = {sub: t for t, subs in EVENT_TYPES.items() for sub in subs}
# the sub-types of a crowd's event (ACLED's Protests and Riots)
CROWD_SUBS: tuple[str, ...] = (*EVENT_TYPES["Protests"], *EVENT_TYPES["Riots"])

SOURCE_KINDS = (
    "ngo",  # monitors and human-rights groups (SOHR, Airwars)
    "government",  # ministries, governors, officials of a state
    "party",  # an armed actor or its spokesman speaking of its own fight
    "international",  # UN agencies and other international bodies
    "medical",  # hospitals, doctors, health ministries, rescuers
    "media",  # a news outlet's own reporting
    "anonymous",  # "security sources", "residents", "witnesses"
)


@dataclass(frozen=True, slots=True)
class Span:
    """Where a value was read: characters ``start:end`` of an article's body."""

    article_id: str
    start: int
    end: int


@dataclass(slots=True)
class Article:
    """One report as it was received.

    ``id`` identifies this copy (body plus publisher and url); ``content_hash`` the text alone,
    so that the same wire story carried by two outlets is two articles with one content hash.
    """

    id: str
    body: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    language: str = "en"
    origin: str | None = None  # file path or feed the article came from


@dataclass(slots=True)
class Source:
    """Who asserted a claim, and whether they are a party to the fighting."""

    name: str
    kind: str  # one of SOURCE_KINDS
    party: bool = False
    span: Span | None = None
    rule: str = ""
    also: list[Source] = field(default_factory=list)  # other voices of the same sentence ("X said, citing Y")


@dataclass(slots=True)
class Actor:
    """An entry of the actor dictionary."""

    name: str
    kind: str
    country: str | None = None  # ISO alpha-2
    aliases: tuple[str, ...] = ()
    former: tuple[str, ...] = ()
    years: tuple[int | None, int | None] = (None, None)
    short: str | None = None


@dataclass(slots=True)
class ActorMention:
    """An actor named in the text, resolved to the dictionary when possible."""

    name: str  # canonical name, or the text as written when unresolved
    written: str
    span: Span
    kind: str | None = None
    country: str | None = None
    resolved: bool = True
    rule: str = ""


@dataclass(slots=True)
class Place:
    """A place named in the text and where the gazetteer puts it."""

    written: str
    span: Span | None
    name: str | None = None  # gazetteer name of the place coded
    gazetteer_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    iso2: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature: str = "place"  # place | admin1 | country | region
    precision: int | None = None  # ACLED geo_precision: 1 place, 2 near/part of region, 3 admin1
    offset_km: float | None = None
    bearing: str | None = None
    population: int = 0
    rule: str = ""
    # the named place's own point where latitude/longitude were moved by a told offset ("20 km north
    # of Kharkiv": the moved point tells the event's sentences apart; the record is coded at Kharkiv)
    own_point: tuple[float, float] | None = None


@dataclass(slots=True)
class Count:
    """A number of people as the text bounds it."""

    low: int
    best: int
    high: int

    def as_dict(self) -> dict[str, int]:
        return {"low": self.low, "best": self.best, "high": self.high}


@dataclass(slots=True)
class TollMention:
    """One statement of how many people something happened to.

    ``outcome`` is killed, injured, abducted, arrested, missing or displaced. ``role`` says how
    the figure relates to the event: ``total`` (the event's toll), ``part`` (one party's share
    of a total, see ``party``), ``subset`` ("including five children"), ``history`` (an earlier
    figure superseded by a revision) or ``cumulative`` (a figure not about this event).
    """

    outcome: str
    count: Count
    span: Span
    text: str
    rule: str
    role: str = "total"
    who: str | None = None  # the noun phrase counted: "soldiers", "HTS jihadists"
    party: str | None = None  # canonical actor for ``part`` figures
    civilian: bool = False
    source: Source | None = None
    sentence: int = -1
    perpetrator: bool = False  # deaths among the attackers ("three assailants were shot dead")


@dataclass(slots=True)
class Toll:
    """An event's toll: killed and injured as ranges, by party, and where each came from."""

    killed: Count | None = None
    injured: Count | None = None
    abducted: Count | None = None
    by_party: list[tuple[str, Count]] = field(default_factory=list)
    parts_sum_ok: bool | None = None
    mentions: list[TollMention] = field(default_factory=list)


@dataclass(slots=True)
class DateMention:
    """A date read from the text, resolved against the published date where relative."""

    date: dt.date | None
    span: Span
    text: str
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month
    rule: str
    reason: str | None = None  # why date is None
    publication: bool = False  # the day the news was given ("released today", "said on Monday"), not the event's


@dataclass(slots=True)
class Claim:
    """One source's assertion, read from one sentence."""

    id: str
    article_id: str
    span: Span
    text: str
    sentence: int
    source: Source | None = None
    paragraph: int = 0
    event_type: str | None = None
    sub_event_type: str | None = None
    territorial: str | None = None  # a territorial-change sub-type noted beside the main one
    trigger: str | None = None
    trigger_weight: int = 0  # how specific the words for the claim's sub-type are (events.yaml)
    actors: list[ActorMention] = field(default_factory=list)
    source_actors: list[ActorMention] = field(default_factory=list)  # actors named as the source
    initiator: ActorMention | None = None
    target: ActorMention | None = None
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    tolls: list[TollMention] = field(default_factory=list)
    background: str | None = None  # why this sentence is not about the new event
    ongoing: bool = False

    @property
    def trigger_at(self) -> int:
        """Where the event word starts in ``text`` (-1 when the claim has none)."""
        return self.text.find(self.trigger) if self.trigger else -1


@dataclass(slots=True)
class Revision:
    """A toll as one source gave it at one time."""

    source: str
    published: dt.date | None
    count: Count
    article_id: str
    text: str


@dataclass(slots=True)
class Event:
    """An event as ACLED and UCDP code it, with the claims and articles behind it."""

    event_id: str
    event_type: str
    sub_event_type: str
    start_date: dt.date | None
    end_date: dt.date | None
    time_precision: int | None
    place: Place | None
    actor1: str | None
    actor2: str | None
    assoc_actor_1: list[str] = field(default_factory=list)
    assoc_actor_2: list[str] = field(default_factory=list)
    toll: Toll = field(default_factory=Toll)
    sources: list[Source] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    notes: str = ""
    territorial_change: str | None = None
    ongoing: bool = False
    date_basis: str | None = None
    revisions: list[Revision] = field(default_factory=list)
    agreement: str | None = None
    published: dt.date | None = None
    plover: str | None = None

    def to_record(self) -> dict[str, Any]:
        """The output contract: one JSON object per event, keys named as in ACLED."""
        p = self.place
        t = self.toll
        return {
            "event_id": self.event_id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "start_date": _iso(self.start_date),
            "end_date": _iso(self.end_date),
            "time_precision": self.time_precision,
            "country": p.country if p else None,
            "iso3": p.iso3 if p else None,
            "admin1": p.admin1 if p else None,
            "admin2": p.admin2 if p else None,
            "location": p.name if p else None,
            # ACLED's coding: the named location's own point, also when the text gives the scene as an
            # offset from it (geo_precision 2; the distance and direction are in place_offset_km/_bearing)
            "latitude": (p.own_point[0] if p.own_point else p.latitude) if p else None,
            "longitude": (p.own_point[1] if p.own_point else p.longitude) if p else None,
            "geo_precision": p.precision if p else None,
            "actor1": self.actor1,
            "assoc_actor_1": list(self.assoc_actor_1),
            "actor2": self.actor2,
            "assoc_actor_2": list(self.assoc_actor_2),
            "fatalities": t.killed.as_dict() if t.killed else None,
            "fatalities_by_party": [
                {"actor": a, **c.as_dict()} for a, c in t.by_party
            ],
            "fatalities_parts_consistent": t.parts_sum_ok,
            "injured": t.injured.as_dict() if t.injured else None,
            "abducted": t.abducted.as_dict() if t.abducted else None,
            "sources": [{"name": s.name, "kind": s.kind, "party": s.party} for s in self.sources],
            "publishers": list(self.publishers),
            "claims": [_claim_record(c) for c in self.claims],
            "notes": self.notes,
            "territorial_change": self.territorial_change,
            "ongoing": self.ongoing,
            "date_basis": self.date_basis,
            "place_written": p.written if p else None,
            # how the place was reached: "20 km north of Kharkiv" is coded at Kharkiv, precision 2, with
            # the distance and direction the text gives; rule names the reading that chose the place
            "place_offset_km": p.offset_km if p else None,
            "place_bearing": p.bearing if p else None,
            "place_rule": p.rule if p else None,
            "article_ids": list(self.article_ids),
            "revisions": [
                {
                    "source": r.source,
                    "published": _iso(r.published),
                    **r.count.as_dict(),
                    "article_id": r.article_id,
                    "text": r.text,
                }
                for r in self.revisions
            ],
            "agreement": self.agreement,
            "plover": self.plover,
        }


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _claim_record(c: Claim) -> dict[str, Any]:
    return {
        "source": c.source.name if c.source else None,
        "source_kind": c.source.kind if c.source else None,
        "text": c.text,
        "article_id": c.article_id,
        "start": c.span.start,
        "end": c.span.end,
        "event_type": c.event_type,
        "sub_event_type": c.sub_event_type,
        # who the sentence names, as resolved (the candidates the sides were chosen from)
        "actors": [{"name": a.name, "written": a.written, "kind": a.kind} for a in c.actors],
        "tolls": [
            {
                "outcome": m.outcome,
                **m.count.as_dict(),
                "role": m.role,
                "party": m.party,
                "text": m.text,
                "start": m.span.start,
                "end": m.span.end,
                "rule": m.rule,
                "source": m.source.name if m.source else None,  # a sentence can give two voices' figures
                "attackers": m.perpetrator,
            }
            for m in c.tolls
        ],
    }


RECORD_KEYS: tuple[str, ...] = (
    "event_id", "event_type", "sub_event_type", "start_date", "end_date", "time_precision",
    "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "fatalities", "fatalities_by_party",
    "injured", "sources", "publishers", "claims", "notes",
)
"""The keys the output contract promises (issue 2); later additions never rename these."""

"""Reconcile: events of many reports that are one real event become one event.

Two events are one when all of these hold (thresholds in ``Thresholds``, documented in
docs/reconcile.md):

- their event types are of one family (Battles and Explosions/Remote violence may pair: wire
  copy calls the same shelling "fighting"; Protests pair with Riots);
- their start dates are at most ``days`` apart;
- their places are at most ``km`` apart (or share the first-level division when either is
  only known to precision 3), and their countries agree;
- their actors do not contradict (a shared actor, or at least one side unknown).

Tolls are never added across reports. Each source's latest figure stands and its earlier ones
become revisions; best is the latest independent (non-party) figure, low and high span the
latest figures of all sources (a party's figure counts toward high only); the agreement grade
says how far the sources agree. Output ids are the smallest member id, so re-running on the
same data gives the same events with the same ids.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .geo import record_km
from .model import Event

FAMILIES = {
    "Battles": "violence", "Explosions/Remote violence": "violence", "Violence against civilians": "civ",
    "Protests": "demo", "Riots": "demo", "Strategic developments": "strategic",
}


@dataclass(frozen=True, slots=True)
class Thresholds:
    days: int = 2
    km: float = 25.0


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


DEFAULT = Thresholds()


TERRITORIAL = {"Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory"}


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    fa, fb = FAMILIES.get(a["event_type"]), FAMILIES.get(b["event_type"])
    if fa == fb or {fa, fb} == {"violence", "civ"}:
        return True
    # a town changing hands is reported as fighting by some and as a withdrawal by others
    subs = {a.get("sub_event_type"), b.get("sub_event_type")}
    return bool(subs & TERRITORIAL) and {fa, fb} <= {"violence", "strategic"}


def same_event(a: dict[str, Any], b: dict[str, Any], t: Thresholds = DEFAULT) -> bool:
    if not _compatible(a, b):
        return False
    da, db = _date(a.get("start_date")), _date(b.get("start_date"))
    if da is None or db is None or abs((da - db).days) > t.days:
        return False
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False
    coarse = (a.get("geo_precision") or 3) >= 3 or (b.get("geo_precision") or 3) >= 3
    if coarse:
        if not a.get("admin1") or a.get("admin1") != b.get("admin1"):
            return False
    else:
        d = record_km(a, b)
        if d is None or d > t.km:
            return False
    # sides contradict when each report names its own attacker and they share no side; an
    # unidentified group, or one report's reading of who was hit, contradicts nothing
    a1, b1 = a.get("actor1"), b.get("actor1")
    named = a1 and b1 and not a1.startswith("Unidentified") and not b1.startswith("Unidentified")
    actors_a = {a1, a.get("actor2")} - {None}
    actors_b = {b1, b.get("actor2")} - {None}
    if named and a1 != b1 and not (actors_a & actors_b):
        return False
    return True


def _to_record(e: Event | dict[str, Any]) -> dict[str, Any]:
    if isinstance(e, Event):
        r = e.to_record()
        r["published"] = e.published.isoformat() if e.published else None
        return r
    return e


def _source_figures(rec: dict[str, Any]) -> list[tuple[str, bool, dict[str, int], str]]:
    """(source, is_party, figure, text) of each source's killed total in one raw event."""
    party = {s["name"]: bool(s.get("party")) for s in rec.get("sources", [])}
    figs: dict[str, tuple[dict[str, int], str]] = {}
    ceiling = (rec.get("fatalities") or {}).get("high")
    for c in rec.get("claims", []):
        for t in c.get("tolls", []):
            if t["outcome"] != "killed" or t["role"] != "total":
                continue
            if ceiling is not None and t["best"] > ceiling:
                continue  # a figure extraction set aside (a war's toll, not this event's)
            src = t.get("source") or c.get("source") or (rec.get("publishers") or ["(report)"])[0]
            prev = figs.get(src)
            if prev is None or t["best"] > prev[0]["best"]:
                figs[src] = ({"low": t["low"], "best": t["best"], "high": t["high"]}, c["text"])
    if not figs and rec.get("fatalities"):
        src = (rec.get("publishers") or ["(report)"])[0]
        figs[src] = (dict(rec["fatalities"]), rec.get("notes", ""))
    return [(s, party.get(s, False), f, txt) for s, (f, txt) in figs.items()]


def _grade(values: list[int]) -> str:
    if len(values) <= 1:
        return "single source"
    lo, hi = min(values), max(values)
    if lo == hi:
        return "consistent"
    if hi <= lo * 1.25 + 2:
        return "fair"
    return "contested"


def merge(members: list[dict[str, Any]]) -> dict[str, Any]:
    """One reconciled record from raw records of the same event."""
    members = sorted(members, key=lambda r: (r.get("published") or "", r["event_id"]))
    if len(members) == 1:  # one report: its reading stands as extracted
        only = dict(members[0])
        only.update(merged_from=[only["event_id"]], n_sources=len(only.get("sources") or []),
                    n_articles=len(only.get("article_ids") or []), agreement=only.get("agreement") or "single report")
        return only
    base = dict(min(members, key=lambda r: r["event_id"]))
    # the most precise place and the most informative record lead
    best_geo = min(members, key=lambda r: (r.get("geo_precision") or 9, -(len(r.get("claims") or []))))
    for k in ("country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision"):
        base[k] = best_geo.get(k)
    base["start_date"] = min(r["start_date"] for r in members if r.get("start_date"))
    ends = [r.get("end_date") or r.get("start_date") for r in members]
    end = max(e for e in ends if e)
    base["end_date"] = end if end != base["start_date"] else None
    # event type: the most frequent sub-type, ties to the most specific (explosions over clashes)
    votes: dict[tuple[str, str], int] = defaultdict(int)
    for r in members:
        votes[(r["event_type"], r["sub_event_type"])] += 1
    base["event_type"], base["sub_event_type"] = max(votes, key=lambda k: (votes[k], k[0] != "Battles"))
    # the sides: the most frequent initiator (a named group outweighs "unidentified"), then the
    # most frequent other side
    votes1: dict[str, float] = defaultdict(float)
    for r in members:
        if r.get("actor1"):
            votes1[r["actor1"]] += 0.1 if r["actor1"].startswith("Unidentified") else 1.0  # a named attacker over "gunmen"
    base["actor1"] = max(sorted(votes1), key=lambda k: votes1[k]) if votes1 else None
    votes2: dict[str, float] = defaultdict(float)
    for r in members:
        for side, w in (("actor2", 1.0), ("actor1", 0.5)):
            name = r.get(side)
            if name and name != base["actor1"]:
                votes2[name] += w * (0.5 if name.startswith("Unidentified") else 1.0)
    base["actor2"] = max(sorted(votes2), key=lambda k: votes2[k]) if votes2 else None
    # tolls: each source's latest figure; earlier ones are revisions; never a sum
    latest: dict[str, tuple[str, bool, dict[str, int]]] = {}
    revisions = []
    for r in members:
        for src, is_party, fig, text in _source_figures(r):
            pub = r.get("published") or ""
            revisions.append({"source": src, "published": r.get("published"), **fig,
                              "article_id": (r.get("article_ids") or [""])[0], "text": text})
            prev = latest.get(src)
            if prev is None or pub > prev[0] or (pub == prev[0] and fig["best"] > prev[2]["best"]):
                latest[src] = (pub, is_party, fig)
    independent = {s: v for s, v in latest.items() if not v[1]}
    if latest:
        pool = independent or latest
        newest = max(pool.values(), key=lambda v: (v[0], v[2]["best"]))
        best = newest[2]["best"]
        low = min(min(v[2]["low"] for v in pool.values()), best)
        high = max(max(v[2]["high"] for v in latest.values()), best)
        base["fatalities"] = {"low": low, "best": best, "high": high}
        base["agreement"] = _grade([v[2]["best"] for v in pool.values()])
    base["revisions"] = sorted(revisions, key=lambda x: (x["published"] or "", x["source"]))
    injured = [r["injured"] for r in members if r.get("injured")]
    base["injured"] = max(injured, key=lambda x: (x["best"])) if injured else None
    seen_sources: dict[str, dict[str, Any]] = {}
    for r in members:
        for s in r.get("sources", []):
            seen_sources.setdefault(s["name"], s)
    base["sources"] = list(seen_sources.values())
    base["publishers"] = sorted({p for r in members for p in r.get("publishers") or []})
    base["article_ids"] = sorted({a for r in members for a in r.get("article_ids") or []})
    base["claims"] = [c for r in members for c in r.get("claims", [])]
    base["merged_from"] = sorted(r["event_id"] for r in members)
    base["n_sources"] = len(base["sources"])
    base["n_articles"] = len(base["article_ids"])
    return base


def reconcile(events: list[Event] | list[dict[str, Any]], thresholds: Thresholds = DEFAULT) -> list[dict[str, Any]]:
    """Merge events that are one real event; returns reconciled records (output contract)."""
    recs = [_to_record(e) for e in events]
    recs.sort(key=lambda r: (r.get("start_date") or "", r["event_id"]))
    parent = list(range(len(recs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # block by date: only events within the date window are compared
    by_day: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(recs):
        by_day[r.get("start_date") or ""].append(i)
    days = sorted(by_day)
    for di, day in enumerate(days):
        window = [j for d in days[di:] if _within(day, d, thresholds.days) for j in by_day[d]]
        for i in by_day[day]:
            for j in window:
                if j <= i and days[di] == (recs[j].get("start_date") or ""):
                    continue
                if find(i) != find(j) and same_event(recs[i], recs[j], thresholds):
                    parent[find(j)] = find(i)
    clusters: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for i, r in enumerate(recs):
        clusters[find(i)].append(r)
    out = [merge(c) for c in clusters.values()]
    out.sort(key=lambda r: (r.get("start_date") or "", r["event_id"]))
    return out


def _within(a: str, b: str, days: int) -> bool:
    if not a or not b:
        return a == b
    return 0 <= (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days <= days

"""Many reports, one event: the 14-report scenario of eval/scenario reconciles exactly.

Three real events over four days from ten outlets (a republished wire story, toll revisions,
an army's inflated claim) plus a separate clash 49 km away the same day that must not merge.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from sitrep.ingest import ingest
from sitrep.read import read
from sitrep.reconcile import reconcile, same_event
from sitrep.store import Store

SCENARIO = Path(__file__).parents[1] / "eval" / "scenario"
EXPECTED = json.loads((SCENARIO / "expected.json").read_text())


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def store(resources):
    s = Store(":memory:")
    report = ingest(read([SCENARIO / "reports.jsonl"]), s, resources=resources)
    assert report.stored == 14 and report.failed == 0
    yield s
    s.close()


@pytest.fixture(scope="module")
def events(store):
    return list(store.events())


def match(expected, events):
    found = [e for e in events if e["start_date"] == expected["start_date"] and e["latitude"] is not None
             and km(e, expected) < 25]
    assert len(found) == 1, (expected["key"], [(e["location"], e["start_date"]) for e in events])
    return found[0]


def test_exactly_the_real_events(events):
    assert len(events) == len(EXPECTED) == 4


@pytest.mark.parametrize("key", [e["key"] for e in EXPECTED])
def test_each_event_is_right(events, key):
    exp = next(e for e in EXPECTED if e["key"] == key)
    got = match(exp, events)
    assert got["country"] == exp["country"]
    assert got["actor1"] == exp["actor1"]
    assert got["actor2"] == exp["actor2"]
    if exp["fatalities"] is None:
        assert got["fatalities"] is None  # no report gave a toll: unknown, not zero
    else:
        assert got["fatalities"]["best"] == exp["fatalities"]["best"]
        assert got["fatalities"]["low"] <= got["fatalities"]["best"] <= got["fatalities"]["high"]


def test_no_double_counting(events):
    got = sum((e["fatalities"] or {}).get("best", 0) for e in events)
    want = sum((e["fatalities"] or {}).get("best", 0) for e in EXPECTED)
    assert got == want == 51  # 32 + 7 + 12: never 18 + 18 + 32 + ...


def test_toll_revision_kept_as_history(events):
    gwoza = match(next(e for e in EXPECTED if e["key"].startswith("gwoza")), events)
    figures = {r["best"] for r in gwoza["revisions"]}
    assert {18, 32} <= figures
    latest = max(gwoza["revisions"], key=lambda r: r["published"])
    assert latest["best"] == 32 and gwoza["fatalities"]["best"] == 32
    assert gwoza["agreement"] in ("fair", "contested")  # 18 then 32


def test_party_claim_counts_toward_high_only(events):
    bama = match(next(e for e in EXPECTED if e["key"].startswith("bama")), events)
    assert bama["fatalities"] == {"low": 12, "best": 12, "high": 50}


def test_republished_wire_story_is_a_near_duplicate(store, events):
    rows = store.con.execute("SELECT publisher, duplicate_of FROM articles").fetchall()
    dups = [p for p, d in rows if d]
    assert "France 24" in dups
    gwoza = match(next(e for e in EXPECTED if e["key"].startswith("gwoza")), events)
    assert {"AFP", "France 24"} <= set(gwoza["publishers"])
    assert len(gwoza["article_ids"]) >= 6


def test_reconciling_again_gives_the_same_events_and_ids(store, events):
    again = reconcile(store.raw_events())
    assert [(e["event_id"], (e["fatalities"] or {}).get("best")) for e in again] == \
           [(e["event_id"], (e["fatalities"] or {}).get("best")) for e in events]


def test_reingesting_the_scenario_changes_nothing(store, resources, events):
    before = store.counts()
    rep = ingest(read([SCENARIO / "reports.jsonl"]), store, resources=resources)
    assert rep.already == 14 and rep.stored == 0 and store.counts() == before
    assert [e["event_id"] for e in store.events()] == [e["event_id"] for e in events]


def test_nearby_different_events_do_not_merge():
    a = {"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb", "start_date": "2024-06-29",
         "country": "Nigeria", "admin1": "Borno", "latitude": 11.0833, "longitude": 13.695, "geo_precision": 1,
         "actor1": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "actor2": "Civilians (Nigeria)"}
    b = dict(a, sub_event_type="Armed clash", event_type="Battles", latitude=11.5221, longitude=13.6856,
             actor1="Islamic State (West Africa)", actor2="Military Forces of Nigeria (2023-)")
    assert not same_event(a, b)
    assert same_event(a, dict(a, start_date="2024-06-30", latitude=11.09))

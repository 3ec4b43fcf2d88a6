"""The seed report must come out as its expected record (tests/data/seed/expected.json)."""

from __future__ import annotations

import json

from conftest import DATA
from sitrep.pipeline import extract

EXPECTED = json.loads((DATA / "seed" / "expected.json").read_text())


def test_seed_is_one_event(seed_article, resources):
    events = extract(seed_article, resources=resources)
    assert len(events) == EXPECTED["n_main_events"]


def test_seed_record_fields(seed_article, resources):
    r = extract(seed_article, resources=resources)[0].to_record()
    for key in ("event_type", "sub_event_type", "territorial_change", "start_date", "ongoing", "country", "iso3",
                "admin1", "location", "geo_precision", "actor1", "actor2", "fatalities"):
        assert r[key] == EXPECTED[key], key
    assert abs(r["latitude"] - EXPECTED["latitude"]) < 0.05 and abs(r["longitude"] - EXPECTED["longitude"]) < 0.05
    assert r["assoc_actor_1"], "HTS's allies are associated actors"
    assert r["end_date"] is None  # ongoing: no end yet
    assert r["publishers"] == [EXPECTED["publisher"]]


def test_seed_toll_is_one_toll_not_two(seed_article, resources):
    r = extract(seed_article, resources=resources)[0].to_record()
    assert r["fatalities"]["best"] == 132 and r["fatalities"]["low"] == 131  # not 263
    parts = {p["actor"]: p["best"] for p in r["fatalities_by_party"]}
    assert parts == EXPECTED["fatalities_by_party"]
    assert r["fatalities_parts_consistent"] is True


def test_seed_sources_and_claims(seed_article, resources):
    r = extract(seed_article, resources=resources)[0].to_record()
    names = {s["name"]: s for s in r["sources"]}
    src = EXPECTED["toll_source"]
    assert names[src["name"]]["kind"] == src["kind"]
    # the toll itself is the Observatory's
    toll_claims = [c for c in r["claims"] if any(t["best"] == 132 for t in c["tolls"])]
    assert toll_claims and toll_claims[0]["source"] == src["name"]
    for want in EXPECTED["separate_claims"]:
        assert names[want["source"]]["party"] is want["party"]
        claims = [c for c in r["claims"] if c["source"] == want["source"]]
        assert any(want["says"] in c["text"] for c in claims), want
        for c in claims:  # each claim points at its own sentence in the body
            assert seed_article.body[c["start"]:c["end"]] == c["text"]


def test_seed_furniture_and_background_are_not_events(seed_article, resources):
    events = extract(seed_article, resources=resources)
    texts = [c.text for e in events for c in e.claims]
    assert not any(EXPECTED["not_events"][0][:20] in t for t in texts)
    background = [c for e in events for c in e.claims if "2019" in c.text]
    assert background and all(c.background for c in background)

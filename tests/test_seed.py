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


def test_a_moved_point_says_how_far_and_which_way_in_the_record(resources):
    from conftest import article
    text = ("KYIV, May 3 (Reuters) - A Russian glide bomb struck a village some 20 km north of Kharkiv "
            "on Friday, killing two civilians, the regional governor said.")
    rec = extract(article(text, published="2024-05-03"), resources=resources)[0].to_record()
    assert rec["location"] == "Kharkiv" and rec["geo_precision"] == 2
    assert (rec["place_offset_km"], rec["place_bearing"]) == (20.0, "north")
    assert "+offset" in rec["place_rule"]
    # coded at Kharkiv's own point, as ACLED codes a scene near a town (the distance and direction
    # above say where the scene lies from it)
    town = extract(article("Two soldiers were killed in clashes in Kharkiv on Friday, officials said.",
                           published="2024-05-03"), resources=resources)[0].to_record()
    assert (rec["latitude"], rec["longitude"]) == (town["latitude"], town["longitude"])
    # an unnamed place far off keeps the town's point: a distance, no direction
    far = ("Gunmen raided a farm in the Borgu game reserve about 100 km north of the town of Kaiama, "
           "Nigeria, on Tuesday, killing four herders, police said.")
    rec = extract(article(far, published="2024-05-03"), resources=resources)[0].to_record()
    assert rec["location"] == "Kaiama" and rec["place_offset_km"] == 100.0 and rec["place_bearing"] is None
    plain = extract(article("Two soldiers were killed in clashes in Kharkiv on Friday, officials said.",
                            published="2024-05-03"), resources=resources)[0].to_record()
    assert plain["place_offset_km"] is None and plain["place_bearing"] is None

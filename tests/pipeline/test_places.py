"""Places: transliteration, context, precision, offsets, non-places."""

import datetime as dt

import pytest

from sitrep.gazetteer.names import norm, skeleton
from sitrep.geo import haversine_km, offset_point
from sitrep.pipeline import extract
from sitrep.pipeline.places import (
    find_candidates,
    peripheral,
    rank_countries,
    resolve,
)
from sitrep.read import make_article


def places(gz, text, actor_spans=()):
    cands = find_candidates(text, gz, list(actor_spans))
    countries = rank_countries(text, cands, [])
    return resolve(text, "a", cands, countries, gz)


def test_transliteration_keys():
    assert skeleton("Maarat al-Numan") == skeleton("Ma`arrat an Nu`man") == skeleton("Ma'arrat al-Nu'man")
    assert skeleton("Deir ez-Zor") == skeleton("Dayr az Zawr") == skeleton("Deir al-Zour")
    assert skeleton("Kharkiv") == skeleton("Kharkov")
    assert norm("Ḩalab") == "halab"


def test_spellings_resolve_to_one_place(gazetteer):
    a = places(gazetteer, "Clashes in Maarat al-Numan in Syria.")
    b = places(gazetteer, "Clashes in Ma'arrat an-Nu'man in Syria.")
    assert a and b and a[0].gazetteer_id == b[0].gazetteer_id and a[0].admin1 == "Idlib"
    k1 = places(gazetteer, "Shelling hit Kharkov in Ukraine.")
    k2 = places(gazetteer, "Shelling hit Kharkiv in Ukraine.")
    assert k1[0].gazetteer_id == k2[0].gazetteer_id


def test_city_versus_province(gazetteer):
    city = places(gazetteer, "Fighting in Aleppo, Syria.")[0]
    prov = places(gazetteer, "Fighting in Aleppo province, Syria.")[0]
    assert city.feature == "place" and city.precision == 1
    assert prov.feature == "admin1" and prov.precision == 3 and prov.admin1 == "Aleppo"


def test_near_and_offsets(gazetteer):
    near = places(gazetteer, "Clashes near Idlib in Syria.")[0]
    assert near.precision == 2
    off = places(gazetteer, "The strike hit a village 20 km north of Kharkiv, Ukraine.")
    kh = [p for p in off if p.written == "Kharkiv"][0]
    assert kh.precision == 2 and kh.offset_km == 20 and kh.bearing == "north"
    assert 18 < haversine_km((kh.latitude, kh.longitude), (49.98, 36.25)) < 22


def test_offset_point_math():
    lat, lon = offset_point(36.0, 37.0, 111.2, 0)
    assert abs(lat - 37.0) < 0.01 and abs(lon - 37.0) < 0.01


def test_context_country_disambiguates(gazetteer):
    ps = places(gazetteer, "Israeli strikes hit Gaza and Rafah, Palestinian medics said.")
    assert all(p.iso2 == "PS" for p in ps)


def test_never_another_continent_by_name_alone(gazetteer):
    ps = places(gazetteer, "Clashes in Homs, Syria, and in Damascus.")
    assert all(p.iso2 == "SY" for p in ps)


def test_places_inside_actor_names_are_not_places(resources):
    art = make_article("Hayat Tahrir al-Sham fighters attacked army posts in Idlib province on Monday, "
                       "a war monitor said. Hamas denied involvement.", published=dt.date(2024, 11, 25))
    ev = extract(art, resources=resources)
    written = [p.written for e in ev for c in e.claims for p in c.places]
    assert "al-Sham" not in written and "Hama" not in written and "Hamas" not in written
    assert ev[0].to_record()["admin1"] == "Idlib"


def test_country_is_always_filled(resources):
    art = make_article("Gunmen killed five villagers in an overnight raid in northern Nigeria, police said.",
                       published=dt.date(2024, 3, 8))
    r = extract(art, resources=resources)[0].to_record()
    assert r["country"] == "Nigeria" and r["geo_precision"] == 3


def test_border_country_is_not_the_scene(gazetteer):
    text = "A strike hit a camp near Laiza in Kachin state, close to the Chinese border, killing 29 people."
    cands = find_candidates(text, gazetteer, [])
    countries = rank_countries(text, cands, [])
    assert countries.ranked[0] == "MM" and "CN" not in countries.named
    # a country named as the scene still counts in full
    text2 = "Chinese police said a blast in Kashgar, China, killed three people."
    assert rank_countries(text2, find_candidates(text2, gazetteer, []), []).ranked[0] == "CN"


def test_peripheral_country_phrases():
    t = "a border town facing Uganda; families fled to Bangladesh; near the Chinese border; the border with Chad"
    for word in ("Uganda", "Bangladesh", "Chinese", "Chad"):
        s = t.index(word)
        assert peripheral(t, s, s + len(word)), word
    t2 = "Fighting in Uganda and Bangladesh's capital"
    for word in ("Uganda", "Bangladesh"):
        s = t2.index(word)
        assert not peripheral(t2, s, s + len(word)), word


def test_compass_word_inside_a_division_name(gazetteer):
    ps = places(gazetteer, "Rebels attacked a town in North Kivu province, Congo.")
    assert any(p.feature == "admin1" and p.admin1 == "North Kivu" for p in ps)
    # a bare direction word is still not a place
    assert not any(p.written.startswith("North") for p in places(gazetteer, "North of the river, shelling continued in Syria."))


def test_skeleton_guess_must_be_the_whole_name(gazetteer):
    ps = places(gazetteer, "A strike hit the Mung Lai Hkyet camp in Myanmar.")
    # (the camp joined the supplement in stop 40: the whole name, never its first word)
    assert all(p.written == "Mung Lai Hkyet" for p in ps if p.written.startswith("Mung"))


def test_a_word_for_a_countrys_people_is_no_spelling_guess(gazetteer):
    # "Romanian" is not a misspelt Iranian village, "Ethiopians" no town, "Congolese" no place
    t = ("Russian drones hit the port of Izmail across the Danube from Romania. Romanian officials said "
         "debris fell near the border; Sudanese, Ethiopians and Congolese workers were evacuated.")
    from sitrep.pipeline.places import find_candidates

    read = {c.text for c in find_candidates(t, gazetteer, [])}
    assert read >= {"Izmail", "Romania"}
    assert not read & {"Romanian", "Sudanese", "Ethiopians", "Congolese"}
    # only spelling guesses are barred: a place found as written is kept
    assert "Kharkiv" in {c.text for c in find_candidates("Drones hit Kharkiv, the Ukrainian city.", gazetteer, [])}


def test_township_names_its_seat_town(gazetteer):
    ps = places(gazetteer, "Jets bombed a village in Kantbalu township in Myanmar's Sagaing region.")
    kb = [p for p in ps if p.name == "Kanbalu"]
    assert kb and kb[0].precision == 2 and kb[0].admin1 == "Sagaing"
    loc = places(gazetteer, "Fighters stormed a village in the Al-Manaqil locality, Sudan.")
    assert loc[0].name == "Al Manaqil" and loc[0].precision == 2
    # a misspelling is only tried beside a unit word
    assert not any(p.name == "Kanbalu" for p in places(gazetteer, "Residents of Kantbalu in Myanmar fled."))


def test_place_inside_an_organisation_name(gazetteer):
    ps = places(gazetteer, "The Wad Madani Resistance Committee said 104 people were killed in Sudan.")
    assert not any(p.name == "Wad Medani" for p in ps)
    assert any(p.name == "Wad Medani" for p in places(gazetteer, "Fighters entered Wad Madani in Sudan."))


def test_facility_destination_and_origin_marks(gazetteer):
    ps = places(gazetteer, "Drones struck the Zaporizhzhia nuclear power plant in Ukraine.")
    assert "+facility" in ps[0].rule
    ps = places(gazetteer, "The wounded were taken to hospitals in Bokkos, Barkin Ladi and the state capital, Jos, in Nigeria.")
    assert all("+destination" in p.rule for p in ps if p.feature == "place")
    ps = places(gazetteer, "Militants who crossed from Gaza attacked a festival near Sderot, Israel.")
    gaza = [p for p in ps if p.written == "Gaza"][0]
    assert "+origin" in gaza.rule
    assert not any("+origin" in p.rule for p in places(gazetteer, "Israeli strikes hit Gaza on Monday."))


def test_event_place_prefers_the_named_division(resources):
    # Faladie (a namesake village in Koulikoro) against Bamako, the division the text names
    art = make_article("On 17 September 2024, JNIM militants attacked the gendarmerie school in Faladie and the "
                       "airport in Bamako (Bamako), killing 77 people.", published=dt.date(2024, 9, 18))
    r = extract(art, resources=resources)[0].to_record()
    assert r["admin1"] == "Bamako"
    # with no division named, the first town stays the event's place
    art = make_article("On 17 September 2024, gunmen attacked a school in Faladie, Mali, killing 7 people.",
                       published=dt.date(2024, 9, 18))
    assert extract(art, resources=resources)[0].to_record()["location"] == "Faladie"


def test_facility_named_after_a_town_takes_the_dateline_town(resources):
    art = make_article("ENERGODAR, April 7. /TASS/. Ukrainian drones attacked the Zaporozhye Nuclear Power Plant "
                       "on Sunday, one struck the dome of a reactor, the plant said.", published=dt.date(2024, 4, 7))
    r = extract(art, resources=resources)[0].to_record()
    assert r["location"] == "Enerhodar"
    art = make_article("Russian missiles struck Zaporizhzhia on Sunday, killing 13 people, officials said.",
                       published=dt.date(2025, 1, 8))
    assert extract(art, resources=resources)[0].to_record()["location"].startswith("Zaporizh")


def test_curated_exonym(gazetteer):
    ps = places(gazetteer, "Israeli jets struck the port of Hodeidah in Yemen.")
    assert ps[0].iso2 == "YE" and ps[0].admin1 in ("Al Hudaydah", "Hodeidah")


def test_a_country_name_is_the_country_not_a_town_of_that_old_name(resources):
    import datetime as dt

    from sitrep.pipeline import extract
    from sitrep.read import make_article
    art = make_article("IRBIL, Iraq (AP) — Iran's Revolutionary Guard said it launched ballistic missiles late Monday at "
                       "a building in northern Iraq's Kurdish region, killing four civilians, Kurdish officials said.",
                       published=dt.date(2024, 1, 16))
    ev = extract(art, resources=resources)[0]
    assert ev.place.iso2 == "IQ"


def test_a_newspaper_named_after_its_town_is_no_place(resources):
    import datetime as dt

    from sitrep.pipeline import extract
    from sitrep.read import make_article
    art = make_article("MOGADISHU, Somalia - Security forces ended a siege by Al-Shabaab militants at a hotel near the "
                       "presidential palace on Friday, in which three soldiers and all five attackers were killed, a "
                       "security source told Garowe Online.", published=dt.date(2024, 3, 15))
    ev = extract(art, resources=resources)[0]
    assert ev.place.iso2 == "SO" and ev.place.name != "Garoowe" and ev.toll.killed.best == 8


def test_a_capital_standing_for_its_government_is_not_a_place(gazetteer):
    ps = places(gazetteer, "The junta in Mali has since drawn closer to Moscow, and Tehran vowed revenge.")
    assert not any(p.name in ("Moscow", "Tehran") for p in ps)
    # the same capitals as scenes stay places
    ps = places(gazetteer, "Drones struck Moscow and a blast hit Tehran, Iran, on Monday.")
    assert {"Moscow", "Tehran"} <= {p.name for p in ps}


def test_a_demonym_in_front_says_the_country(gazetteer):
    ps = places(gazetteer, "Iran's Revolutionary Guards said they had hit bases in Iraqi Kurdistan, Iran said.")
    kurd = [p for p in ps if p.written == "Kurdistan"][0]
    assert kurd.iso2 == "IQ"
    # without the demonym the report's main country decides
    ps = places(gazetteer, "Iranian forces hit bases in Kurdistan, Iran said.")
    assert [p for p in ps if p.written == "Kurdistan"][0].iso2 == "IR"


def test_a_big_city_beats_a_namesake_hamlet_of_the_main_country(gazetteer):
    ps = places(gazetteer, "Iran's forces struck. Iran said Baghdad was warned. Iran, Iraq.")
    assert [p for p in ps if p.written == "Baghdad"][0].iso2 == "IQ"


def test_a_dam_is_near_its_town_and_a_plant_name_gives_its_town(gazetteer):
    ps = places(gazetteer, "Drones struck a power station at the Merowe dam in northern Sudan.")
    merowe = [p for p in ps if p.written == "Merowe"][0]
    assert merowe.precision == 2 and "+dam" in merowe.rule and "+facility" not in merowe.rule
    # a plant name read as an organisation still names its town
    t = "A drone struck the Chornobyl Nuclear Power Plant in Ukraine."
    s = t.index("Chornobyl")
    ps = places(gazetteer, t, actor_spans=[(s, s + len("Chornobyl Nuclear Power Plant"))])
    assert any(p.written == "Chornobyl" for p in ps)
    t = "The Wad Madani Resistance Committee said 10 people died in Sudan."
    s = t.index("Wad")
    assert not any(p.written.startswith("Wad") for p in places(gazetteer, t, actor_spans=[(s, s + 30)]))


def test_a_dateline_in_the_body_and_person_names_are_marked(gazetteer):
    ps = places(gazetteer, "DUBAI/BEIRUT, April 2 (Reuters) - An Israeli air strike hit a building in Damascus, Syria.")
    assert "+dateline" in [p for p in ps if p.written == "BEIRUT"][0].rule
    assert "+dateline" not in [p for p in ps if p.written == "Damascus"][0].rule
    ps = places(gazetteer, "President Volodymyr Zelensky said Russia struck Kharkiv in Ukraine.")
    assert not any(p.written == "Volodymyr" for p in ps)
    assert any(p.written == "Kharkiv" for p in ps)
    ps = places(gazetteer, "Governor Nasir Idris of Kebbi state said the girls were taken in Nigeria.")
    assert any(p.written == "Kebbi" for p in ps)


def test_a_country_level_event_takes_a_town_from_its_background_or_the_dateline(resources):
    art = make_article("Dakar (AFP) - Malian troops executed around 300 civilians over several days last month in "
                       "the central town of Moura, Human Rights Watch said Tuesday, in Mali.\n"
                       "Between March 27 and 31, soldiers rounded up hundreds of men in the town, in the Djenne "
                       "district of the Mopti region, and shot them.", published=dt.date(2022, 4, 5))
    r = extract(art, resources=resources)[0].to_record()
    assert r["location"] == "Djenne" and r["geo_precision"] == 2
    art = make_article("MAJDAL SHAMS, Golan Heights, July 28 (Reuters) - Mourners filled the streets of this Druze "
                       "town in Israel on Sunday, a day after a rocket killed 12 children.", published=dt.date(2024, 7, 28))
    assert extract(art, resources=resources)[0].to_record()["location"] == "Majdal Shams"
    # a town in the text itself stays the place
    art = make_article("MAJDAL SHAMS, Golan Heights, July 28 (Reuters) - A rocket killed 12 children in Haifa, "
                       "Israel, on Saturday.", published=dt.date(2024, 7, 28))
    assert extract(art, resources=resources)[0].to_record()["location"] == "Haifa"


def test_qaf_written_g(gazetteer):
    # Sudanese Arabic speaks qaf as g: al-Gitaina is Al Qitena (GeoNames), one cached lookup more
    ps = places(gazetteer, "Fighters stormed villages near the town of al-Gitaina in Sudan's White Nile state.")
    assert [p.name for p in ps if p.feature == "place"] == ["Al Qitena"]
    # the fuzzy check still holds: a g-name whose q-reading is another name is no match
    ps = places(gazetteer, "Fighters stormed villages near Gagazzarin in Sudan.")
    assert not [p for p in ps if p.feature == "place"]


def test_a_reference_town_at_a_distance_stands_for_an_unknown_village(resources):
    text = ("Gunmen attacked the town of Zorbatenga in north-central Burkina Faso on Saturday, killing 50 people. "
            "Dozens of wounded were taken to the hospital in Kaya, about 40 km (25 miles) away, residents said.")
    r = extract(make_article(text, published=dt.date(2024, 8, 26)), resources=resources)[0].to_record()
    assert r["location"] == "Kaya" and r["geo_precision"] == 2 and r["admin1"] == "Centre-Nord"
    # a hospital town without a distance is only a destination, and a far one is no reference
    for tail in ("taken to the hospital in Kaya, residents said.", "taken to the hospital in Kaya, about 120 km away."):
        art = make_article(text.split("Dozens")[0] + "Dozens of wounded were " + tail, published=dt.date(2024, 8, 26))
        assert extract(art, resources=resources)[0].to_record()["location"] != "Kaya"


def test_the_event_country_is_the_lead_not_a_later_neighbour(resources):
    art = make_article("A bomb ripped through a church in the eastern Congolese town of Kasindi in North Kivu on Sunday, "
                       "killing 14 civilians. Uganda and Congo launched joint operations after suicide bombings in "
                       "the Ugandan capital Kampala.", published=dt.date(2023, 1, 16))
    r = extract(art, resources=resources)[0].to_record()
    assert r["actor2"] == "Civilians (Democratic Republic of Congo)"
    art = make_article("Gunmen killed 14 civilians in Kampala, Uganda, on Sunday.", published=dt.date(2023, 1, 16))
    assert extract(art, resources=resources)[0].to_record()["actor2"] == "Civilians (Uganda)"


def test_acled_names_of_capital_and_lebanese_divisions(gazetteer):
    assert gazetteer.admin1_name("YE", "26") == "Amanat al-Asimah" and gazetteer.admin1_name("YE", "16") == "Sanaa"
    assert gazetteer.admin1_name("LB", "09") == "North" and gazetteer.admin1_name("LB", "04") == "Beirut"
    ps = places(gazetteer, "Air raids hit Sanaa, the capital of Yemen.")
    assert ps[0].name == "Sanaa" and ps[0].admin1 == "Amanat al-Asimah"
    ps = places(gazetteer, "Fighting in Sanaa province, Yemen.")
    assert ps[0].feature == "admin1" and ps[0].admin1 == "Sanaa"


def _event_place(resources, text, published=dt.date(2024, 1, 10)):
    ev = extract(make_article(text, published=published), resources=resources)
    assert ev, text
    return ev[0].place


def test_a_name_alone_is_no_evidence_for_a_far_country(gazetteer, resources):
    # "Dar Es Salam", a district of Omdurman, is not Dar es Salaam, Tanzania: nothing else in the
    # report speaks of Tanzania
    text = ("At least 22 people were killed on Saturday in an air strike on the Dar Es Salam neighborhood of "
            "Omdurman, west of the Sudanese capital Khartoum, Sudan's health ministry said.")
    assert all(p.iso2 == "SD" for p in places(gazetteer, text))
    assert _event_place(resources, text).name == "Omdurman"
    # a saint's name is not Mary, Turkmenistan (another continent); "Niger state" is Nigeria's division
    ps = places(gazetteer, "Gunmen abducted 303 students from St. Mary's Catholic school in Nigeria's Niger state on Friday.")
    assert [(p.name, p.feature, p.iso2) for p in ps] == [("Nigeria", "country", "NG"), ("Niger", "admin1", "NG")]
    # a capital the world knows by name still is one ("Drones struck Moscow", in a report on Iran: see
    # test_a_capital_standing_for_its_government_is_not_a_place), and a neighbour's city the report
    # speaks of is taken
    ps = places(gazetteer, "Ukrainian drones struck Belgorod on Monday, killing two people, the Russian governor said.")
    assert [(p.name, p.feature, p.admin1) for p in ps] == [("Belgorod", "place", "Belgorod")]
    # a person's name given as such is no place ("Ali" is also Agri, Turkey)
    assert places(gazetteer, "A protester who gave his name only as Ali said the gunmen fired at everyone.") == []


def test_a_multi_word_name_wins_over_a_shorter_name_inside_it(gazetteer):
    ps = places(gazetteer, "Insurgents seized the port town of Mocimboa da Praia in northern Mozambique on Sunday.")
    assert ps[0].name == "Mocimboa da Praia" and ps[0].admin1 == "Cabo Delgado"
    assert not any(p.iso2 == "CV" for p in ps)  # not Praia, Cape Verde


def test_where_someone_spoke_weighs_little(gazetteer, resources):
    text = ("Militants stormed the town of Mocimboa da Praia in Mozambique on Wednesday, killing 12 people, "
            "a defence ministry spokesman told reporters in Maputo.")
    maputo = [p for p in places(gazetteer, text) if p.written == "Maputo"]
    assert maputo and "+speech" in maputo[0].rule
    assert _event_place(resources, text).name == "Mocimboa da Praia"
    for said in ("a local elder told the AP by phone from Kismayo", "the minister said in Kismayo"):
        ps = places(gazetteer, f"Fighting broke out in Somalia on Wednesday, {said}.")
        assert "+speech" in [p for p in ps if p.written == "Kismayo"][0].rule, said
    # a capital as the seat of government
    ps = places(gazetteer, "The attack in Gimbi, Ethiopia, was condemned by officials in Addis Ababa on Sunday.")
    assert "+speech" in [p for p in ps if p.written == "Addis Ababa"][0].rule
    # a briefing abroad is not even a place of the report's world
    text = ("Gunmen abducted five UN staff in Yemen's Abyan province on Friday, UN spokesperson Stephane Dujarric "
            "told a briefing in New York.")
    assert [p.name for p in places(gazetteer, text)] == ["Yemen", "Abyan"]
    ev = extract(make_article(text, published=dt.date(2022, 2, 12)), resources=resources)
    assert [e.place.name for e in ev] == ["Abyan"]


def test_organisations_peoples_and_demonyms_are_no_places(gazetteer):
    assert places(gazetteer, "The Darfur Bar Association said the Banadir Regional Court and the Centre for Human "
                             "Rights had condemned it, according to the Zaporizhzhia regional administration.") == []
    ps = places(gazetteer, "More than 200 people, most of them ethnic Amhara, were killed in Ethiopia's Oromia region.")
    assert [(p.name, p.feature) for p in ps] == [("Ethiopia", "country"), ("Oromia", "admin1")]
    ps = places(gazetteer, "Fighters abducted five Indian nationals in Paletwa township of western Chin state, Myanmar.")
    assert not any(p.written == "Indian" for p in ps) and ps[0].admin1 == "Chin"  # not Indein (Shan)


def test_a_cause_and_a_mixed_case_dateline_weigh_little(gazetteer, resources):
    text = ("A Houthi missile struck a ship near the Yemeni port of Mokha on Sunday, the group said. "
            "The Houthis say their attacks are in support of Palestinians in Gaza.")
    assert "+cause" in [p for p in places(gazetteer, text) if p.written == "Gaza"][0].rule
    assert _event_place(resources, text).name == "Mocha"
    text = ("Yaoundé (AFP) - Twenty-two civilians were killed in an attack on a village in Cameroon's Northwest "
            "region on Friday, the UN said.")
    assert "+dateline" in places(gazetteer, text)[0].rule
    p = _event_place(resources, text, dt.date(2020, 2, 17))
    assert (p.name, p.feature, p.admin1) == ("North-West", "admin1", "North-West")


def test_city_divisions_as_acled_writes_them(gazetteer):
    ps = places(gazetteer, "A missile hit Kyiv on Monday. Drones struck a village in Kyiv region, Ukraine.")
    assert [(p.feature, p.admin1) for p in ps if p.written == "Kyiv"] == [("place", "Kyiv City"), ("admin1", "Kyiv")]
    ps = places(gazetteer, "Police shot three protesters in Maputo. Two died in Maputo province, Mozambique.")
    assert [(p.feature, p.admin1) for p in ps if p.written == "Maputo"] == [("place", "Maputo City"), ("admin1", "Maputo")]
    ps = places(gazetteer, "A drone hit a fuel depot in Rostov region and a plant in Belgorod region, Russia.")
    assert [p.admin1 for p in ps if p.feature == "admin1"] == ["Rostov", "Belgorod"]
    ps = places(gazetteer, "Fighters struck Anbar province, Iraq, and Galgaduud region, Somalia.")
    assert [p.admin1 for p in ps if p.feature == "admin1"] == ["Anbar", "Galgaduud"]


def test_a_government_named_by_its_seat_is_no_place(gazetteer):
    ps = places(gazetteer, "Air defences thwarted an attempt by the Kiev regime to strike facilities in the Belgorod "
                           "region of Russia.")
    assert not any(p.name.startswith("Kyiv") for p in ps) and any(p.admin1 == "Belgorod" for p in ps)
    assert any(p.name.startswith("Kyiv") for p in places(gazetteer, "Drones struck Kiev overnight, Ukraine said."))


def test_name_before_an_office_is_the_division(gazetteer, resources):
    # "the Nasarawa police commissioner": the state's office, not Nasarawa town
    ps = places(gazetteer, "Gunmen killed 12 farmers in Nigeria, the Nasarawa police commissioner said.")
    assert [(p.written, p.feature) for p in ps if p.written == "Nasarawa"] == [("Nasarawa", "admin1")]
    town = places(gazetteer, "Gunmen attacked Nasarawa in Nigeria on Monday.")
    assert [(p.written, p.feature) for p in town if p.written == "Nasarawa"] == [("Nasarawa", "place")]
    # so the event lands at the district seat the text names, not at the state's namesake town
    text = ("Gunmen killed 12 farmers in central Nasarawa state on Monday, police said. The farmers were attacked "
            "in Agyaragu village in Doma district, the group's Nasarawa chairman told reporters.")
    r = extract(make_article(text, published=dt.date(2024, 3, 5)), resources=resources)[0].to_record()
    assert r["location"] == "Doma" and r["admin1"] == "Nasarawa"


def test_surname_of_a_titled_person_is_not_a_place(gazetteer):
    text = ("Colonel K. Uba died when his convoy was ambushed near Gwoza in Nigeria's Borno state. "
            "Uba had commanded the battalion since 2022.")
    assert "Uba" not in [p.written for p in places(gazetteer, text)]
    # without the officer, Uba is the Borno town
    assert "Uba" in [p.written for p in places(gazetteer, "Fighters attacked Uba in Nigeria's Borno state.")]


def test_other_spellings_inside_a_named_division(gazetteer):
    # Arabic final -a written -ah: "Moudiya" is Mudiyah, in the Abyan province the text names
    ps = places(gazetteer, "A roadside bomb hit a convoy in the Moudiya district of Abyan province, Yemen.")
    assert [(p.written, p.admin1) for p in ps if p.written == "Moudiya"] == [("Moudiya", "Abyan")]
    # Somali x written h: "Harardhere" is Xarardheere, in Mudug
    ps = places(gazetteer, "Troops entered Harardhere, a town in Mudug region of Somalia.")
    assert [(p.name, p.admin1) for p in ps if p.written == "Harardhere"] == [("Xarardheere", "Mudug")]
    # but no namesake of another division: al-Rawda of Marib city is not Ar Rawdah of Sanaa
    ps = places(gazetteer, "A missile hit a petrol station in the city of Marib, Yemen, in the city's al-Rawda district.")
    assert "al-Rawda" not in [p.written for p in ps]


def test_wide_region_is_not_one_province(gazetteer):
    # Iraqi Kurdistan spans several provinces: not Erbil's division, so a Sulaymaniyah town stays in
    ps = places(gazetteer, "A drone hit a gas field in Iraq's Kurdistan region, in Chamchamal district.")
    kurd = [p for p in ps if p.written == "Kurdistan"][0]
    assert kurd.feature == "region" and "+wide-region" in kurd.rule
    town = [p for p in ps if p.written == "Chamchamal"][0]
    assert town.admin1 == "Sulaymaniyah"
    # Iran's Kurdistan province is one division
    ps = places(gazetteer, "Security forces fired on mourners in Iran's Kurdistan province.")
    kurd = [p for p in ps if p.written == "Kurdistan"][0]
    assert kurd.iso2 == "IR" and kurd.feature == "admin1"


def test_russian_name_in_the_division_another_name_places(gazetteer):
    # a report that names Russia more than Ukraine: Artyomovsk beside Bakhmut is Bakhmut, not the
    # Siberian town of that name
    text = ("Russia's Wagner group said on Saturday it had taken Bakhmut. The Russian defence ministry "
            "said Russian artillery backed the capture of Artyomovsk; Ukrainian officials denied it.")
    art = [p for p in places(gazetteer, text) if p.written == "Artyomovsk"][0]
    assert art.iso2 == "UA" and art.admin1 == "Donetsk"
    # alone, in a report about Russia, it is the Russian town
    ps = places(gazetteer, "Floods cut roads to Artyomovsk in Russia's Krasnoyarsk region, Russian officials said.")
    art = [p for p in ps if p.written == "Artyomovsk"][0]
    assert art.iso2 == "RU"


def _claim(i, text, places_, sub=None):
    from sitrep.model import Claim, Span
    return Claim(id=f"c{i}", article_id="a", span=Span("a", 0, len(text)), text=text, sentence=i,
                 sub_event_type=sub, places=places_)


def _pl(written, feature, admin1, lat, lon, gid):
    from sitrep.model import Place
    return Place(written=written, span=None, name=written, gazetteer_id=gid, latitude=lat, longitude=lon,
                 country="Democratic Republic of Congo", iso2="CD", iso3="COD", admin1=admin1, feature=feature,
                 precision=3 if feature == "admin1" else 1, rule="gazetteer:exact")


def test_a_later_division_does_not_mark_the_lead_town_down():
    from sitrep.pipeline.assemble import _place
    kin = _pl("Kinshasa", "place", "Kinshasa", -4.3, 15.3, 1)
    nk = _pl("North Kivu", "admin1", "North Kivu", -0.8, 29.0, 2)
    sake = _pl("Sake", "place", "North Kivu", -1.57, 29.04, 3)
    group = [_claim(0, "Police in the capital fired tear gas at protesters.", [], "Protest with intervention"),
             _claim(1, "Protesters gathered outside embassies in Kinshasa.", [kin], "Peaceful protest"),
             _claim(4, "The army spokesman in North Kivu said troops held Sake.", [nk, sake])]
    assert _place(group, None).written == "Kinshasa"
    # a division named by the sentence of the first town still marks a namesake elsewhere down
    group[1] = _claim(1, "Protesters gathered outside embassies in Kinshasa (North Kivu).", [kin, nk], "Peaceful protest")
    assert _place(group, None).written == "Sake"


def test_a_capital_blaming_or_accusing_is_the_government(gazetteer):
    ps = places(gazetteer, "A blast damaged a rail bridge near Kerch, with Moscow blaming Kyiv for the attack.")
    assert "Moscow" not in {p.name for p in ps}
    assert "Kerch" in {p.name for p in ps}
    ps = places(gazetteer, "Drones struck Moscow overnight, blaming nobody, officials said.")
    assert "Moscow" in {p.name for p in ps}  # the capital struck is a place


def test_the_strikers_demonym_does_not_make_a_name_theirs(resources):
    # "al-Amiriyah" is only an Israeli hamlet in the gazetteer: an Israeli strike on it in a Lebanese
    # story is no evidence that the place lies in Israel
    text = ("BEIRUT (Reuters) - An Israeli strike on an army position in al-Amiriyah, south of the coastal city "
            "of Tyre, killed a Lebanese soldier on Sunday, the Lebanese army said.")
    evs = extract(make_article(text, published=dt.date(2024, 11, 25)), resources=resources)
    assert [e.place.iso2 for e in evs if e.place] == ["LB"]


def test_a_far_offset_from_a_town_keeps_the_town_even_with_a_town_apposed(gazetteer):
    # an unnamed scene 100 km off is coded at the reference town (ACLED's nearest named place)
    for text, town in (("Gunmen raided a farm in the Borgu game reserve about 100 km north of the town of Kaiama, Nigeria.", "Kaiama"),
                       ("Jihadists ambushed a convoy in the Tessit area, some 90 kilometres east of Gao, Mali.", "Gao"),
                       ("A mine hit a truck 75 miles south of Kirkuk, Iraq.", "Kirkuk")):
        ref = [p for p in places(gazetteer, text) if p.written == town][0]
        assert "+offset" in ref.rule and ref.precision == 2 and ref.bearing is None, text
    # a town set beside the offset ("Mweso, 100 km northwest of Goma") that the gazetteer lacks is
    # coded at Goma too (as the corpus codes "Kreinik, about 80 km east of El Geneina")
    for text in ("Shells hit Mweso, about 100 kilometers northwest of Goma, Congo.",
                 "The rebels entered the town, some 90 km west of Goma, Congo."):
        goma = [p for p in places(gazetteer, text) if p.written == "Goma"][0]
        assert goma.bearing is None and haversine_km((goma.latitude, goma.longitude), (-1.68, 29.22)) < 5, text
    # a near offset still moves the point
    kh = [p for p in places(gazetteer, "The strike hit a field 20 km east of Kharkiv, Ukraine.") if p.written == "Kharkiv"][0]
    assert kh.bearing == "east"


def test_a_province_named_as_such_is_the_province_not_an_anchored_town(gazetteer):
    # "Jawf" alone is a town of Abyan; "the province of Al-Jawf" is still Al Jawf province
    for text in ("Houthis seized the capital of the northern province of Al-Jawf. The Jawf governor fled, Yemen.",
                 "Fighting raged in Al-Jawf province. Jawf tribesmen joined the Houthis in Yemen."):
        prov = [p for p in places(gazetteer, text) if p.feature == "admin1"]
        assert prov and prov[0].admin1 == "Al Jawf", text


def test_fighters_from_a_region_come_from_it(gazetteer):
    for text in ("Rebels from Ethiopia's Tigray region took control of Lalibela on Thursday.",
                 "Fighters from the Tigray region entered Lalibela, Ethiopia.",
                 "Militants from neighbouring Tigray have seized Lalibela, Ethiopia."):
        tig = [p for p in places(gazetteer, text) if p.written == "Tigray"][0]
        assert "+origin" in tig.rule, text
    # where the fighters are, not where they come from
    tig = [p for p in places(gazetteer, "Fighters in Ethiopia's Tigray region seized Alamata.") if p.written == "Tigray"][0]
    assert "+origin" not in tig.rule


def test_a_town_in_a_speakers_title_is_not_the_scene(gazetteer):
    for text in ("Gunmen killed 12 worshippers in a village, said the vicar general of the diocese of Dori, Burkina Faso.",
                 "Twenty people died in the raid, the Catholic Bishop of Maiduguri, Oliver Doeme, told AFP in Nigeria.",
                 "Drones hit a power station, the mayor of Kharkiv, Ihor Terekhov, wrote on Telegram, Ukraine."):
        town = [p for p in places(gazetteer, text) if p.feature == "place"][0]
        assert "+speech" in town.rule, text
    assert "+speech" not in places(gazetteer, "Gunmen attacked a church in Dori, Burkina Faso.")[0].rule


def test_central_city_is_the_city_and_the_river_is_no_state(gazetteer):
    for text, admin1 in (("Protesters gathered in central Kyiv on Tuesday, Ukraine.", "Kyiv City"),
                         ("Troops stormed a sit-in in central Khartoum, Sudan.", "Khartoum"),
                         ("A rally was held in downtown Khartoum, Sudan.", "Khartoum")):
        p = [p for p in places(gazetteer, text) if p.written in ("Kyiv", "Khartoum")][0]
        assert p.feature == "place" and p.admin1 == admin1, text
    # a part of a province with no city of its name stays the province
    assert places(gazetteer, "Clashes erupted in central Borno, Nigeria.")[0].feature == "admin1"
    # "pulled from the River Nile" is the river; "River Nile state" the state
    assert not [p for p in places(gazetteer, "Forty bodies were pulled from the River Nile in Sudan.") if p.written == "River Nile"]
    assert [p for p in places(gazetteer, "Clashes in River Nile state, Sudan.") if p.written == "River Nile"][0].feature == "admin1"


def test_a_country_named_capital_is_its_capital_city(gazetteer, resources):
    # "Myanmar's capital", "the Sudanese capital", "the capital of Somalia": the capital city
    for text, name, admin1 in (
            ("Police in Myanmar's capital fired rubber bullets at protesters on Tuesday, wounding two, witnesses said.",
             "Nay Pyi Taw", "Nay Pyi Taw"),
            ("Gunmen killed four people in the Sudanese capital on Monday, a doctors' group said.", "Khartoum", "Khartoum"),
            ("A car bomb killed nine people in the capital of Somalia on Sunday, police said.", "Mogadishu", "Banadir"),
            ("Two protesters were shot dead in the Malian capital city on Friday, residents said.", "Bamako", "Bamako")):
        p = _event_place(resources, text)
        assert (p.name, p.admin1, p.feature) == (name, admin1, "place"), text
    # a named capital stays its own candidate; a former capital is no capital
    ps = places(gazetteer, "Police beat protesters in the Ethiopian capital, Addis Ababa, on Friday.")
    assert [p.written for p in ps if p.feature == "place"] == ["Addis Ababa"]
    p = _event_place(resources, "Soldiers shot dead three protesters in Mandalay, Myanmar's former capital, on Saturday.")
    assert p.name == "Mandalay"
    assert not [p for p in places(gazetteer, "Fighting raged near the provincial capital on Monday, Sudan.")
                if p.feature == "place"]


def test_the_capital_without_its_name_is_the_capital_of_the_reports_country(gazetteer, resources):
    # "were arrested in the capital" (Addis Ababa, November 2021), "across the capital" (Kinshasa,
    # January 2018): the capital of the country the report is about, which its other words decide
    for text, name in (
            ("Ethiopian police arrested at least 16 UN staff members in the capital on Tuesday, the United Nations said.",
             "Addis Ababa"),
            ("Congolese security forces fired tear gas at Catholic worshippers marching across the capital on Sunday, "
             "killing at least six people, a UN source said.", "Kinshasa"),
            ("A suicide bomber killed five people at a restaurant on the outskirts of the capital on Friday, Somali police "
             "said.", "Mogadishu")):
        p = _event_place(resources, text)
        assert (p.name, p.feature) == (name, "place"), text
    # an offset from the capital is no scene in it, and a capital named after the words is its own candidate
    for text in ("Gunmen killed six soldiers at a base 60 km south of the capital on Friday, Malian officials said.",
                 "Troops detained the president at a camp outside the capital on Monday, Malian officials said."):
        assert not [p for p in places(gazetteer, text) if p.written.lower() == "the capital"], text
    assert [p.written for p in places(gazetteer, "Protesters marched in the capital, Bamako, on Friday, Mali.")
            if p.feature == "place"] == ["Bamako"]


def test_an_embassy_attacked_is_a_scene_not_a_seat(gazetteer):
    # "set fires outside the French embassy in Bamako": the scene; "the US embassy in Bamako said": the seat
    for text in ("Protesters set fires outside the French embassy in Bamako on Saturday, Mali.",
                 "A crowd stormed the Russian embassy in Bamako on Friday, Mali."):
        p = [p for p in places(gazetteer, text) if p.written == "Bamako"][0]
        assert "+speech" not in p.rule, text
    from sitrep.pipeline.places import _SEAT_SCENE
    assert not _SEAT_SCENE.search("a spokesman for the French embassy in ")
    assert _SEAT_SCENE.search("gathered outside the French embassy in ")


def test_a_province_only_is_coded_at_its_capital(resources):
    # ACLED codes a province-level event to the provincial capital, not the division's biggest town
    for text, lat, lon in (
            ("Soldiers shot dead 11 villagers in a village of the Sagaing region on Tuesday, residents said.", 22.11, 95.14),
            ("US forces carried out an airstrike against Islamic State militants in Somalia's Bari region on Sunday.", 11.28, 49.18),
            ("Gunmen killed six farmers in Iraq's Diyala province on Friday, police said.", 33.75, 44.61),
            # the biggest town is the capital: unchanged
            ("Militants killed nine fishermen in Nigeria's Borno state on Monday, officials said.", 11.85, 13.16)):
        p = _event_place(resources, text)
        assert p.feature == "admin1" and haversine_km((p.latitude, p.longitude), (lat, lon)) < 10, text


def test_a_town_of_a_named_division_is_taken_when_a_neighbour_leads(resources):
    # the report speaks more of Nigeria, but "the Far North region" places Fotokol in Cameroon
    for text in (
            "Jihadists killed eight Cameroonian soldiers in an attack on an army post in the Far North region near the "
            "border with Nigeria on Sunday. The assailants stormed the post at a village near the town of Fotokol. "
            "Fotokol lies across a river from the Nigerian town of Gamboru, in Borno state, the cradle of the Boko Haram insurgency.",
            "Islamist fighters overran a gendarmerie post near Fotokol, in Cameroon's Far North region, on Sunday, killing "
            "five gendarmes, officials said. The attackers came from Nigeria's Borno state, where Nigerian troops have fought "
            "Boko Haram since 2009."):
        p = _event_place(resources, text)
        assert p.name == "Fotokol" and p.admin1 == "Far North", text
    # a name anchors no division by itself: the town alone in a Nigerian report is still no place
    ev = extract(make_article("Nigerian troops killed 20 insurgents near Gamboru in Nigeria's Borno state on Sunday; "
                              "Fotokol residents heard the fighting.", published=dt.date(2024, 1, 10)), resources=resources)
    assert ev and ev[0].place.admin1 == "Borno"


def test_a_person_named_by_nationality_is_no_place(gazetteer):
    # "two Americans and a Briton": a person, not Britton (South Dakota)
    for text in ("A rocket attack killed two Americans and a Briton at a base north of Baghdad on Wednesday.",
                 "One Briton, an aid worker, was killed in the strike on the Gaza Strip, the charity said.",
                 "The dead included a Briton and a Canadian, the Iraqi military said."):
        assert not [p for p in places(gazetteer, text) if p.written == "Briton"], text
    # a town used as an adjective after an article is still the town
    assert [p.name for p in places(gazetteer, "A missile hit a Kharkiv suburb on Monday, Ukraine.") if p.feature == "place"] == ["Kharkiv"]


def test_a_town_in_a_colleges_name_is_no_scene(resources, gazetteer):
    # "the Shehu Shagari College of Education in the city of Sokoto": the college's namesake, not a place
    p = _event_place(resources, "A mob beat to death a student of the Shehu Shagari College of Education in the "
                                "city of Sokoto on Thursday, police in Nigeria said.")
    assert p.name == "Sokoto"
    assert not [p for p in places(gazetteer, "Gunmen stormed the Kaduna Polytechnic on Monday, Nigeria.") if p.written == "Kaduna"]
    # the town itself is still a place
    assert [p.name for p in places(gazetteer, "Bandits attacked Shagari in Sokoto state on Monday, Nigeria.")][:1] == ["Shagari"]


def test_an_unnamed_area_measured_from_a_town_is_coded_at_the_town(gazetteer):
    # "the al-Eith area, some 40 km northeast of Tikrit": ACLED's nearest named place, not a moved point
    for text, town in (("Militants attacked army posts in the Hamrin area, some 40 km northeast of the provincial capital Tikrit, Iraq.", "Tikrit"),
                       ("A roadside bomb hit a patrol on a rural road some 30 km south of Kirkuk on Sunday, Iraq.", "Kirkuk"),
                       ("Shells hit displacement camps, about 10 km west of Goma, on Friday, Congo.", "Goma")):
        p = [p for p in places(gazetteer, text) if p.name and p.name.startswith(town[:4])][0]
        e = gazetteer.find(town)[0]
        assert p.bearing is None and haversine_km((p.latitude, p.longitude), (e.lat, e.lon)) < 3, text
        assert p.precision == 2
    # a named town measured from another is moved there
    p = [p for p in places(gazetteer, "Rebels shelled Sake, a town about 25 km west of Goma, on Thursday, Congo.") if p.written == "Goma"][0]
    assert p.bearing == "west"


def test_wire_spellings_of_known_towns(gazetteer):
    # other spellings of cities500 towns (resources/places.yaml): "Atme" is Atmeh, "Garba Guracha" is
    # Gebre Guracha, "Cheringoma district" is its seat, Inhaminga
    for text, name, admin1 in (("A missile hit a camp near the town of Atme on Monday, Syria.", "Atmeh", "Idlib"),
                               ("Gunmen stopped three buses near Garba Guracha, a town in Oromia, Ethiopia.", "Gebre Guracha", "Oromia"),
                               ("Police killed a rebel leader in a forest in Cheringoma district, Sofala province, Mozambique.", "Inhaminga", "Sofala"),
                               # the town's full name; GeoNames has it as "Bin Yauri"
                               ("Gunmen stormed a college in Birnin Yauri, Kebbi State, Nigeria, on Thursday.", "Bin Yauri", "Kebbi")):
        ps = [p for p in places(gazetteer, text) if p.feature == "place"]
        assert ps and (ps[0].name, ps[0].admin1) == (name, admin1), text


def test_a_capital_pressing_an_offensive_is_its_government(gazetteer):
    # "as Ankara pressed its offensive": the government, not a scene
    for text in ("Fighters executed nine civilians on a highway in Syria on Saturday, as Ankara pressed its offensive against Kurdish forces.",
                 "Drones hit a depot in Ukraine as Moscow stepped up its attacks on the power grid."):
        assert not [p for p in places(gazetteer, text) if p.written in ("Ankara", "Moscow")], text
    assert [p.written for p in places(gazetteer, "Shells pressed into the walls in Ankara on Monday, Turkey.") if p.feature == "place"] == ["Ankara"]


def test_a_town_that_only_measures_the_scene_yields_to_the_division_named(resources):
    # "an attack on an army post north of Baghdad ... in Diyala province": the scene is in Diyala
    for text, admin1 in (
            ("Eleven soldiers were killed in an attack on an army post north of Baghdad on Friday. The gunmen stormed "
             "the barracks in Diyala province before dawn, officials said.", "Diyala"),
            ("Gunmen killed six shepherds in a raid west of Kirkuk on Monday, Iraqi police said. The attack took place "
             "in a village of Salahudin province.", "Salah al-Din")):
        p = _event_place(resources, text)
        assert p.admin1 == admin1, text
    # the town's own division, or two other divisions, leave the town
    p = _event_place(resources, "Militants killed four soldiers near Kirkuk on Monday in Iraq's Kirkuk province, officials said.")
    assert p.feature == "place" and p.admin1 == "Kirkuk"
    p = _event_place(resources, "Eleven soldiers were killed in an attack north of Baghdad on Friday, Iraq. Such attacks "
                                "are common in Diyala and Salahudin provinces, officials said.")
    assert p.feature == "place" and p.admin1 == "Baghdad"


def test_a_cameroonian_division_is_coded_at_its_seat(resources):
    # "in Donga-Mantung division": a division named after no province is coded at its seat town
    for text, name in (
            ("Gunmen killed four civilians in an attack on a village in Donga-Mantung division of Cameroon's "
             "Northwest region on Monday, local officials said.", "Nkambe"),
            ("Cameroonian soldiers clashed with separatist fighters in Manyu division on Tuesday, killing six "
             "of them, the army said.", "Mamfe"),
            ("Boko Haram fighters killed five people in Mayo-Tsanaga division in Cameroon's Far North region on "
             "Friday.", "Mokolo")):
        p = _event_place(resources, text)
        assert p is not None and (p.name, p.feature, p.precision) == (name, "place", 2), text
    # an army's division is no place; the town named stays
    p = _event_place(resources, "Cameroon's army said its 5th division killed ten separatists near Bamenda on Monday.")
    assert p is not None and p.name == "Bamenda"


def test_the_dateline_town_beside_another_countrys_division(resources):
    # "hostages held in the Gaza Strip": a cause abroad, not the namesake test for the town
    for text, name in (
            ("JERUSALEM, March 2 (Reuters) - Israeli police arrested 15 protesters in Jerusalem on Saturday during "
             "a rally demanding a deal to free the hostages held in the Gaza Strip.", "Jerusalem"),
            ("TEL AVIV, May 5 (AP) - Police in Tel Aviv detained 12 demonstrators on Sunday at a march calling for "
             "a ceasefire in the Gaza Strip, police said.", "Tel Aviv")):
        p = _event_place(resources, text)
        assert p is not None and p.name == name, text


def test_a_town_named_near_the_scene_beats_the_districts_seat(resources):
    # "in Lubero territory ... near Kirumba": the town named, not the territory's seat
    for text in ("Further north, in Congo's Lubero territory, pro-government militiamen clashed with M23 rebels "
                 "near Kirumba on Friday, residents said.",
                 "GOMA, Congo (AP) - Wazalendo militiamen attacked rebel positions near Kirumba, in Lubero territory "
                 "of eastern Congo, on Friday, sparking clashes, residents said."):
        p = _event_place(resources, text)
        assert p is not None and p.name == "Kirumba", text
    # the territory alone: its seat
    p = _event_place(resources, "Gunmen killed 12 villagers in Congo's Lubero territory on Friday, local officials said.")
    assert p is not None and p.name == "Lubero"


def test_a_known_name_heading_an_unknown_two_word_name_is_no_place(gazetteer):
    # "the Qara Qozak bridge": Qara (Qarah, Rural Damascus) is only the head of a longer name
    for text in ("Fighting around the Qara Qozak bridge in northern Syria has killed more than 300 fighters, the monitor said.",
                 "Turkish-backed factions shelled the Qara Qozak crossing on the Euphrates in Syria on Tuesday."):
        assert all(norm(p.name) != norm("Qarah") for p in places(gazetteer, text)), text
    # the name alone, or before a lowercase noun, is still the town
    for text in ("Shelling hit Qara, north of Damascus, on Monday, killing two Syrian civilians.",
                 "Shelling hit Qara village north of Damascus on Monday, killing two Syrian civilians."):
        assert any(norm(p.name) == norm("Qarah") for p in places(gazetteer, text)), text


def test_a_persons_home_town_is_an_origin(gazetteer):
    for text, town in (("The commander, who hails from the holy city of Karbala, was detained in Baghdad on Tuesday.", "Karbala"),
                       ("The suspect, a native of Kano, was arrested in Abuja on Friday.", "Kano"),
                       ("The bomber, who was born in Mosul, blew himself up at a checkpoint in Kirkuk.", "Mosul")):
        ps = {p.name: p.rule for p in places(gazetteer, text)}
        assert "+origin" in ps[town], text
        assert not any("+origin" in r for n, r in ps.items() if n != town), text
    ps = places(gazetteer, "A bomb killed five people in Karbala on Tuesday.")
    assert ps and not any("+origin" in p.rule for p in ps)


def test_a_division_named_as_someones_remit_is_no_scene(gazetteer, resources):
    for text, div in (("Qassim Ali, the head of the militia's operations in western Anbar province, was detained in "
                       "Baghdad on Wednesday.", "Anbar"),
                      ("The army's commander in Tigray said troops had withdrawn.", "Tigray"),
                      ("The group's leader in Myanmar's Kachin state, speaking in Bangkok, called for calm.", "Kachin")):
        ps = [p for p in places(gazetteer, text) if p.feature == "admin1"]
        assert ps and all("+remit" in p.rule for p in ps if div in p.name), text
    ps = places(gazetteer, "Militants attacked an army post in western Anbar province on Monday.")
    assert ps and not any("+remit" in p.rule for p in ps)
    text = ("Iraqi forces on Wednesday arrested Qassim Ali, the head of the militia's operations in western Anbar "
            "province, in Baghdad, two security officials said.")
    assert _event_place(resources, text).name == "Baghdad"


def test_a_division_named_in_a_title_is_no_scene(resources):
    # stop 44: "the governor of Puntland's Nugal region" is his post; the bomb went off in Galkayo
    # (29 March 2020), which lies in another region
    text = ("GALKAYO, Somalia - The governor of Puntland's Nugal region was killed on Sunday when a suicide bomber blew "
            "himself up beside his car in the northern part of Galkayo, security officials said. Puntland officials blamed "
            "al-Shabaab, which has carried out several suicide bombings in Galkayo in recent years.")
    assert _event_place(resources, text, dt.date(2020, 3, 29)).name == "Gaalkacyo"
    # guard (reads so before stop 44 too): the governor's division told as the scene stays the scene
    text = ("KIRKUK - Gunmen attacked a police checkpoint in Kirkuk province on Sunday, killing two officers, the "
            "provincial governor said.")
    assert _event_place(resources, text, dt.date(2020, 3, 29)).admin1 == "Kirkuk"


def test_a_divisions_office_names_the_division(gazetteer):
    # "Irkutsk regional governor Igor Kobzev": the region's office, not Irkutsk city
    for text, name in (("Irkutsk regional governor Igor Kobzev said the drones were launched from a truck.", "Irkutsk"),
                       ("Officials of the Oromia regional government signed the deal.", "Oromia"),
                       ("Ukraine's Kherson regional administration said two people were wounded.", "Kherson")):
        ps = [p for p in places(gazetteer, text) if name in p.name]
        assert all(p.feature == "admin1" for p in ps), text
        assert ps or name == "Kherson", text  # (a division the index lacks as a name: no place at all)
    ps = [p for p in places(gazetteer, "A drone hit a warehouse in Irkutsk on Monday.") if "Irkutsk" in p.name]
    assert ps and ps[0].feature == "place"


def test_a_town_near_the_scene_in_its_own_named_division(resources):
    # a town named with "near" whose own division the event names too: the town, not the one other division
    text = ("An army post near Baqubah was stormed on Monday by gunmen who also attacked a checkpoint in Anbar province "
            "and in Diyala province, officials said.")
    assert _event_place(resources, text).name == "Baqubah"
    # its division not named: the one other division holds the scene
    text = "Gunmen stormed an army post north of Baghdad on Monday, and later attacked barracks in Diyala province, officials said."
    assert _event_place(resources, text).name == "Diyala"


def test_an_agreement_is_placed_where_it_was_signed(resources):
    for text, town in (
            ("Ethiopia's government signed a peace agreement with a faction of the OLA, a rebel group that has waged an "
             "insurgency in the Oromia region for years. The deal was signed on Sunday in the capital, Addis Ababa, by "
             "officials of the Oromia regional government and an OLA commander.", "Addis Ababa"),
            ("The government and Fano commanders signed a peace deal in Bahir Dar on Monday, ending months of fighting in "
             "Ethiopia's Amhara region, state media said.", "Bahir Dar")):
        p = _event_place(resources, text)
        assert p is not None and p.name == town, (text, p and p.name)
    # no town named: the division stays
    p = _event_place(resources, "Ethiopia's government signed a peace agreement with rebels in the Oromia region on Sunday.")
    assert p is not None and p.name == "Oromia"


def test_a_place_told_as_a_separate_event_is_not_the_first_events(resources):
    text = ("Gunmen abducted 25 schoolgirls in northwestern Nigeria's Kebbi state, and in a separate attack a day later "
            "stormed a church in central Kwara state, killing worshippers. Police in Kwara said two people were killed.")
    assert _event_place(resources, text).name == "Kebbi"
    # told apart, each event keeps its own place
    for text, names in (
            ("Police on Saturday broke up marches against fuel prices. Riot police fired tear gas at protesters in Maputo, "
             "witnesses said. Elsewhere, in Beira, police also fired tear gas and five people were injured, residents said.",
             ["Maputo", "Beira"]),
            ("Gunmen abducted 25 schoolgirls in northwestern Nigeria's Kebbi state on Monday, killing a teacher. Separately, "
             "gunmen stormed a church in central Kwara state, killing two worshippers, police said.", ["Kebbi", "Kwara"])):
        evs = extract(make_article(text, published=dt.date(2024, 1, 10)), resources=resources)
        assert [e.place.name for e in evs if e.place] == names, text


def test_of_two_readings_of_one_size_the_one_spelt_like_the_text(gazetteer):
    # GeoNames also gives "Sloviansk" as an old name of Nikopol, a city of the same size: the city
    # spelt so is the one meant, in the Donetsk region
    for text in ("Russian missiles struck Sloviansk in Ukraine on Friday.",
                 "Rescuers searched the rubble in Slovyansk, eastern Ukraine.",
                 "A missile hit an apartment block in the Ukrainian city of Sloviansk."):
        p = places(gazetteer, text)
        assert p and p[0].admin1 == "Donetsk" and abs(p[0].latitude - 48.85) < 0.1, (text, p and p[0])
    # Nikopol, by its own name, stays Nikopol
    p = places(gazetteer, "Russian shells hit Nikopol in Ukraine on Friday.")
    assert p and p[0].admin1 == "Dnipropetrovsk"



def test_a_persons_name_is_not_a_place(gazetteer):
    # the leader a following is named after, and a man named with his age, are people: "Sadr" is
    # not Sadr City, "al-Hashimi" is not Al Hashimiyah
    for text, town in (
            ("Followers of the Shiite cleric Moqtada al-Sadr attacked a sit-in in Kut on Friday. Sadr loyalists "
             "burned tents, witnesses said.", "Al-Kut"),
            ("Armed supporters of Moqtada Sadr opened fire on students in Basra. Sadr's men later withdrew.", "Basrah"),
            ("Ahmed al-Hashimi, 52, a lawyer, was shot dead by gunmen in Karbala on Tuesday, police said.", "Karbala"),
            ("In Najaf, the Sadr movement's fighters clashed with police; two Sadr supporters were killed.", "Najaf")):
        got = [p.name for p in places(gazetteer, text)]
        assert got == [town], (text, got)
    # the district itself, named in full, is still read
    got = [p.name for p in places(gazetteer, "Supporters of Moqtada Sadr rallied in Sadr City on Friday.")]
    assert got == ["Sadr City"], got
    got = [p.admin1 for p in places(gazetteer, "A car bomb exploded in the town of Hashimiyah in Babil, police said.")]
    assert got and got[0] == "Babil", got


def test_a_known_town_with_no_country_told_is_still_read(gazetteer, resources):
    # no country named anywhere: a sizeable town spelt as written, far larger than any namesake
    for text, (town, cc) in (
            ("Gunmen killed 12 villagers near Gao on Sunday, a local official said.", ("Gao", "ML")),
            ("An army post near Djibo was overrun at dawn, and 20 soldiers were killed.", ("Djibo", "BF")),
            ("Suspected jihadists raided a cattle market outside Gao, residents said.", ("Gao", "ML")),
            ("Two soldiers died when their convoy hit a mine on the road to Djibo.", ("Djibo", "BF"))):
        got = [(p.name, p.iso2) for p in places(gazetteer, text)]
        assert got == [(town, cc)], (text, got)
    p = _event_place(resources, "Gunmen killed 12 villagers near Gao on Sunday, a local official said.")
    assert p is not None and (p.name, p.iso2) == ("Gao", "ML")
    # a country told still decides between namesakes: Gao of Burkina Faso
    got = [(p.name, p.iso2) for p in places(gazetteer, "Gunmen killed 12 villagers near Gao in Burkina Faso.")]
    assert ("Gao", "BF") in got, got
    # a hamlet with no country told stays unread
    assert places(gazetteer, "Fighters stormed Baga on Monday.") == []


def test_barsalogho_is_known(gazetteer):
    p = places(gazetteer, "Militants attacked the town of Barsalogho in Burkina Faso on Saturday, killing dozens.")[0]
    assert p.iso2 == "BF" and p.admin1 == "Centre-Nord" and haversine_km((p.latitude, p.longitude), (13.42, -1.06)) < 5


def test_an_earlier_events_scene_told_as_a_date_is_not_the_scene(resources):
    for text, town in (
            ("Two years after the siege of Marawi, gunmen attacked a police post in Mosul on Monday, killing four "
             "officers, police said.", "Mosul"),
            ("Months after the massacre in Barsalogho, militants stormed the town of Djibo in northern Burkina Faso on "
             "Friday, killing 11 soldiers, the army said.", "Djibo")):
        p = _event_place(resources, text)
        assert p is not None and p.name == town, (text, p and p.name)
    # the town the attack itself names is still read
    p = _event_place(resources, "Militants attacked Barsalogho in northern Burkina Faso on Friday, killing 11 soldiers.")
    assert p is not None and p.name == "Barsalogho"


def test_a_dateline_on_its_own_line_under_a_byline_is_where_the_report_was_filed(gazetteer):
    # "Staff Reporter | date\nGAO, Mali\n...": the capitalised town on its own line is the dateline
    for text, scene, filed in (
            ("Staff Reporter | 12.03.2024 - Update : 12.03.2024\nGAO, Mali\nJihadists killed seven soldiers on Tuesday "
             "in an ambush on an army convoy in the town of Ansongo, in the Gao region, the army said.", "Ansongo", "Gao"),
            ("By Amadou Diallo | 04.02.2023\nKAYA, Burkina Faso\nGunmen shot dead 12 villagers in Kongoussi on "
             "Saturday, residents said.", "Kongoussi", "Kaya")):
        evs = extract(make_article(text, published=dt.date(2024, 3, 12)))
        assert [e.place.name for e in evs if e.place] == [scene], text
        ps = places(gazetteer, text)
        assert "+dateline" in next(p for p in ps if p.name == filed and p.written.isupper()).rule, text
    # the dateline town named again as the scene is still the scene
    text = ("By Amadou Diallo | 04.02.2023\nKAYA, Burkina Faso\nGunmen shot dead 12 traders at the central market "
            "of Kaya on Saturday, residents said.")
    evs = extract(make_article(text, published=dt.date(2023, 2, 4)))
    assert [e.place.name for e in evs if e.place] == ["Kaya"]
    # a capitalised word inside the copy is no dateline
    ps = places(gazetteer, "Gunmen attacked a bus near Kaya on Saturday.\nKONGOUSSI residents said 12 died, Burkina Faso.")
    assert not any("+dateline" in p.rule for p in ps)


def test_a_tally_of_the_displaced_does_not_make_a_region_the_scene(gazetteer):
    # "Idlib is home to three million people, many of them displaced": the region described, not the scene
    text = ("Staff Reporter | 12.03.2024\nIDLIB, Syria\nAn air strike killed six people at a market in the town of "
            "Sarmada on Monday, rescuers said. Idlib is home to more than three million people, many of them "
            "displaced from other parts of the country.")
    evs = extract(make_article(text, published=dt.date(2024, 3, 12)))
    assert [e.place.name for e in evs if e.place] == ["Sarmada"]


def test_between_two_near_towns_is_halfway(gazetteer):
    mog, afg = (2.03711, 45.34375), (2.1381, 45.1212)
    for text in ("A roadside bomb hit a police truck on Sunday on the road between Mogadishu and Afgooye, killing "
                 "four officers, Somali police said.",
                 "Al-Shabaab fighters ambushed a convoy between Afgooye and Mogadishu on Monday, killing three "
                 "soldiers, officials said.",
                 "Three soldiers were killed on Monday when their truck was blown up between the towns of Afgooye "
                 "and Mogadishu, security sources in Somalia said."):
        evs = extract(make_article(text, published=dt.date(2024, 3, 12)))
        p = evs[0].place
        assert p is not None and "+between" in p.rule and p.precision == 2, text
        here = (p.latitude, p.longitude)
        assert haversine_km(here, mog) < 25 and haversine_km(here, afg) < 25, text
    # two towns far apart: the scene could be anywhere on the road, so a town is kept as read
    ps = places(gazetteer, "Gunmen attacked a bus travelling between Mogadishu and Baidoa on Monday, Somalia.")
    assert not any("+between" in p.rule for p in ps)
    # "fighting between soldiers and militants in Afgooye": no two towns
    p = places(gazetteer, "Fighting between soldiers and militants in Afgooye killed six people, Somalia.")[0]
    assert p.name == "Afgooye" and p.precision == 1 and haversine_km((p.latitude, p.longitude), afg) < 1


def test_an_ethiopian_district_is_read_at_its_seat(gazetteer):
    # the Gida Kiremu district (East Wollega) is seated at Ayana
    for text in ("Gunmen killed 30 villagers on Tuesday in the Gida Kiremu district of Ethiopia's Oromia region, "
                 "residents said.",
                 "More than 40 people were killed in attacks in Gida Kiremu, in East Wollega zone of Ethiopia, "
                 "witnesses said on Friday."):
        evs = extract(make_article(text, published=dt.date(2024, 3, 12)))
        assert [(e.place.name, e.place.admin1) for e in evs if e.place] == [("Ayana", "Oromia")], text
    # another town of the zone is still its own
    evs = extract(make_article("Gunmen killed 12 people in Gimbi, in West Wollega zone of Ethiopia, residents said.",
                               published=dt.date(2024, 3, 12)))
    assert [e.place.name for e in evs if e.place] == ["Gimbi"]


def test_a_town_told_at_its_distance_from_the_scene_beats_a_far_dateline(gazetteer):
    dori = (14.03, -0.03)
    # "fled to Dori, the regional capital, about 40 km to the south": the town nearest the unnamed village
    text = ("OUAGADOUGOU, April 8 (Reuters) - Gunmen killed at least 30 civilians in an attack on a village in "
            "northeastern Burkina Faso on Thursday, officials said. Survivors fled to Dori, the regional capital, "
            "about 40 km to the south, a resident said.")
    p = extract(make_article(text, published=dt.date(2023, 4, 8)))[0].place
    assert p is not None and p.name == "Dori" and p.precision == 2
    assert haversine_km((p.latitude, p.longitude), dori) < 5
    # negative: the dateline that is the event's place still wins
    text = ("OUAGADOUGOU, April 8 (Reuters) - At least 12 people were killed when gunmen attacked a market in "
            "Ouagadougou on Thursday, police said. Survivors fled to Dori, about 40 km to the west, a resident said.")
    p = extract(make_article(text, published=dt.date(2023, 4, 8)))[0].place
    assert p is not None and p.name == "Ouagadougou"


def test_the_area_of_a_town_is_near_the_town_not_its_province(gazetteer):
    for text in ("Gunmen killed eight people in a village in the Douentza area of central Mali on Tuesday, officials said.",
                 "Soldiers killed 12 villagers in central Mali on Tuesday. The raid hit a hamlet in the Douentza area, "
                 "a local official said."):
        p = extract(make_article(text, published=dt.date(2021, 3, 30)))[0].place
        assert p is not None and p.name == "Douentza" and p.precision == 2, text
    # a division's name with "area" is still the division's
    ps = places(gazetteer, "Shelling killed four people in the Idlib area, Syria.")
    assert ps and ps[0].feature == "admin1", ps


def test_the_ain_al_asad_base_is_coded_at_hit(gazetteer):
    text = "BAGHDAD, Jan 8 (Reuters) - Iran fired missiles at the Ain al-Asad air base in western Iraq on Wednesday."
    p = extract(make_article(text, published=dt.date(2020, 1, 8)))[0].place
    assert p is not None and p.name == "Hit" and haversine_km((p.latitude, p.longitude), (33.64, 42.83)) < 5


def test_the_sahel_region_of_burkina_faso_is_its_division(gazetteer):
    for text in ("Jihadists killed 12 soldiers in Burkina Faso's Sahel region on Monday.",
                 "In Burkina Faso, an attack in the Sahel province left 30 dead, officials said."):
        c = [c for c in find_candidates(text, gazetteer, []) if c.text == "Sahel"]
        assert c and all(e.cc == "BF" and e.feature == "admin1" for e in c[0].entries), text
        p = extract(make_article(text, published=dt.date(2023, 5, 2)))[0].place
        assert p is not None and p.iso2 == "BF" and p.admin1 == "Sahel", (text, p)
    # negative: the belt of Africa, in a report that is not about Burkina Faso, or with no division word
    for text in ("Islamist insurgencies have spread across the Sahel region, from Mali to Niger.",
                 "Burkina Faso and Mali face jihadists across the Sahel."):
        assert not [c for c in find_candidates(text, gazetteer, []) if c.text == "Sahel"], text


# Round 16 stress list: the event's place among the other names of the text. Each group varies the
# structure (voice, clause order, apposition, theatre) of one way a name that is not the scene wins.

def _loc(text, published=dt.date(2024, 5, 10)):
    return [(e.place.name, e.place.admin1) for e in extract(make_article(text, published=published)) if e.place]


@pytest.mark.parametrize("text, town", [
    # a full name in apposition to a person's role: its surname is the person, not a namesake village
    ("Chinedu Gulak, a former state lawmaker, was shot dead on Sunday by gunmen near Owerri, the capital of "
     "Imo state, police said. Gulak had been in Owerri for a party meeting.", "Owerri"),
    ("Police said Yusuf Zaria, an aid worker, was abducted by gunmen on Tuesday in Kaduna. Zaria's family "
     "appealed for his release.", "Kaduna"),
    ("Gunmen killed Musa Bama, the village head, on Friday in Maiduguri, police said.", "Maiduguri"),
    # negative: a place after a preposition, then a role, is still the place
    ("In Mokolo, a local official said gunmen killed five villagers on Sunday.", "Mokolo"),
    ("Russian shelling killed three people in Kherson on Tuesday. In Kherson, the regional governor said a "
     "bus stop was hit.", "Kherson"),
])
def test_stress_a_person_in_apposition_is_no_place(gazetteer, text, town):
    assert [n for n, _a in _loc(text)][:1] == [town], _loc(text)


@pytest.mark.parametrize("text, division", [
    # one site of several in a division the lead names: the division, not the one site
    ("Air strikes on Yemen's Hodeidah province killed 10 people on Thursday, the health ministry said. The "
     "strikes hit a port in Ras Isa and several other sites in the province.", "Al Hudaydah"),
    ("Russian shelling killed four civilians in Ukraine's Kharkiv region on Monday, the governor said. Shells "
     "struck Kupiansk and other villages of the region overnight.", "Kharkiv"),
    ("Junta air strikes killed 12 people in Myanmar's Rakhine state on Sunday, the Arakan Army said. The jets "
     "bombed several villages, including Minbya, it said.", "Rakhine"),
])
def test_stress_one_site_of_several_is_the_division(gazetteer, text, division):
    evs = extract(make_article(text, published=dt.date(2024, 5, 10)))
    assert evs and evs[0].place is not None and evs[0].place.feature == "admin1" and evs[0].place.admin1 == division, \
        [(e.place.name, e.place.feature) for e in evs if e.place]


def test_stress_named_towns_in_a_list_stay_towns(gazetteer):
    # negative: "Bayhan and Usaylan districts" names two towns, not "other sites"
    text = "Government forces retook Bayhan and Usaylan districts in Yemen's Shabwa province on Monday after fierce fighting."
    assert _loc(text)[0][0] == "Bayhan"


@pytest.mark.parametrize("text", [
    "Gunmen attacked an army column near Ber, about 50 km east of Timbuktu, on Friday, killing six Malian soldiers.",
    "Six soldiers were killed on Friday when their column was ambushed near Ber, east of Timbuktu, the army said.",
])
def test_stress_three_letters_are_no_airport_code(gazetteer, text):
    # "Ber" is a GeoNames code of Berlin: a city is named by three letters only when they are its word
    assert all(a != "Berlin" for _n, a in _loc(text)), _loc(text)
    assert not [e for c in find_candidates(text, gazetteer, []) if c.text == "Ber" for e in c.entries if e.cc == "DE"]
    # negative: a three-letter word of the name still reads ("Kut" of Al-Kut)
    ps = places(gazetteer, "A car bomb killed five people in Kut, Iraq, on Monday.")
    assert ps and ps[0].iso2 == "IQ", ps


def test_stress_a_capital_party_to_a_deal_is_no_scene(gazetteer):
    text = ("Malian troops clashed with rebels near Kidal on Friday. The rebels, who signed a 2015 peace deal with "
            "Bamako, said they killed 10 soldiers.")
    assert _loc(text) == [("Kidal", "Kidal")]
    ps = places(gazetteer, "The rebels signed a truce with Bamako in 2015.")
    assert not [p for p in ps if p.name == "Bamako"], ps


@pytest.mark.xfail(strict=True, reason="the scene's country is named only by its place; the attacker's country "
                   "(a demonym or 'fired from Iran') ranks first and a small town abroad is dropped")
@pytest.mark.parametrize("text, town", [
    ("A missile fired from Iran slammed into an apartment block in Ramat Gan on Friday, killing a woman, emergency "
     "services said. Iran said it targeted military sites in retaliation for strikes on Natanz.", "Ramat Gan"),
    ("The governor said on Wednesday that nine people died when Russian forces, firing from positions around "
     "Enerhodar, shelled Marhanets overnight.", "Marhanets"),
])
def test_stress_the_attackers_country_does_not_hide_the_scene(gazetteer, text, town):
    assert [n for n, _a in _loc(text)][:1] == [town], _loc(text)


# Round 24 stress list: which named place is the scene, by structure (probe set places2). Each group
# varies voice, clause order, apposition and theatre of one way a named place that is not the scene won.

@pytest.mark.parametrize("text, town", [
    # a city as the subject of its government's act, with no place word before it: the government
    ("Turkish jets bombed a camp near Makhmour in northern Iraq on Monday, killing four fighters of a group Ankara "
     "says is linked to the PKK.", "Mexmur"),
    ("Russian missiles hit Odesa overnight, killing three people, days after Moscow accused Kyiv of attacking its "
     "fleet.", "Odesa"),
    ("An Israeli strike killed two men in Nabatieh on Friday, in what Beirut called a breach of the truce.",
     "Nabatiye et Tahta"),
    ("A drone strike killed three fighters of a militia Baghdad regards as part of the state near Al-Qaim on "
     "Tuesday, officials said.", "Al Qa'im"),
    # negative: the city hit, in the passive or after the verb, or its residents, is the scene
    ("Kyiv was hit by a barrage of Russian missiles overnight, killing five people, the mayor said.", "Kyiv"),
    ("Russian drones struck Kharkiv on Sunday, killing two people. Kharkiv residents said the blasts shook the "
     "city.", "Kharkiv"),
])
def test_stress_a_city_acting_as_its_government_is_no_scene(gazetteer, text, town):
    assert [n for n, _a in _loc(text)][:1] == [town], _loc(text)


def test_a_city_as_the_subject_of_an_act_of_state_is_no_place(gazetteer):
    text = "Since Ankara launched its offensive, the militia Ankara links to the PKK has lost dozens of fighters."
    assert not [p for p in places(gazetteer, text) if p.name == "Ankara"]
    assert all(c.seat for c in find_candidates(text, gazetteer, []) if c.text == "Ankara")
    # negative: after a place word, or in the passive, the city is a place
    assert [p.name for p in places(gazetteer, "Missiles were fired at Ankara launched from the south.")] == ["Ankara"]
    assert not [c for c in find_candidates("Kyiv was hit by drones overnight.", gazetteer, []) if c.seat]


@pytest.mark.parametrize("text, town", [
    # where a vehicle or people were going, or the victims' former home, is not where they were hit
    ("A Ukrainian drone hit a minibus taking miners to Donetsk as it passed through Horlivka on Monday, killing "
     "two, the local administration said.", "Horlivka"),
    ("Gunmen ambushed a convoy heading for Maiduguri near Konduga on Tuesday, killing seven soldiers.", "Konduga"),
    ("Five traders travelling to Kaduna were shot dead when bandits attacked their bus in Birnin Gwari on "
     "Friday.", "Sofo-Birnin-Gwari"),
    ("Seven members of a family displaced from Rafah were killed on Monday when an Israeli airstrike hit their "
     "tent in Deir al-Balah, medics said.", "Dayr al Balah"),
    ("Women who had fled Tawila were among 12 people killed in an RSF raid on Kutum on Saturday, medics said.",
     "Kutum"),
    ("RSF fighters attacked Sennar on Friday, killing 20 people, and thousands fled towards Sinja, aid workers "
     "said.", "Sennar"),
    # negative: the road to a town is near the town
    ("Gunmen attacked a convoy on the road to Maiduguri on Tuesday, killing seven soldiers.", "Maiduguri"),
])
def test_stress_where_they_were_going_or_came_from_is_no_scene(gazetteer, text, town):
    assert [n for n, _a in _loc(text)][:1] == [town], _loc(text)


def test_a_destination_of_travel_and_a_home_left_are_marked(gazetteer):
    ps = {p.written: p.rule for p in places(gazetteer, "A drone struck a car carrying workers to Belgorod as it drove "
                                                        "through Shebekino.")}
    assert "+destination" in ps["Belgorod"] and "+destination" not in ps["Shebekino"], ps
    ps = {p.written: p.rule for p in places(gazetteer, "A family displaced from Beit Lahia was killed in Gaza City.")}
    assert "+origin" in ps["Beit Lahia"] and "+origin" not in ps["Gaza City"], ps
    # negative: people who have fled a town since the attack fled the scene ("have fled", not "had fled")
    ps = {p.written: p.rule for p in places(gazetteer, "Thousands of people have fled Lalibela in Ethiopia.")}
    assert "+origin" not in ps["Lalibela"], ps


@pytest.mark.parametrize("text, town", [
    # a town named to say where the named scene lies is a landmark
    ("Gunmen burned much of Ataye, which lies on the road between Kemise and Shewa Robit, on Sunday, killing 30 "
     "people.", "At'aye"),
    ("Houthi shells hit homes in Sirwah, west of Marib city, on Sunday, killing two civilians. Marib city was "
     "calm.", "Suq Sirwah"),
    ("Israeli settlers shot dead a Palestinian man in Turmus Ayya, near Ramallah, on Friday. Ramallah officials "
     "condemned the attack.", "Turmus'ayya"),
    ("M23 rebels seized Rubaya, a mining town north-west of Goma, on Tuesday. Goma residents said the town fell "
     "after clashes.", "Rubaya"),
    ("Shelling killed three people in Huliaipole, not far from Zaporizhzhia, the governor said. Zaporizhzhia "
     "itself was quiet.", "Hulyaypole"),
    # negative: an unnamed village near a town is coded at the town
    ("Gunmen killed 12 villagers in a village near Kemise on Sunday, residents said.", "Kemise"),
])
def test_stress_a_landmark_of_the_scene_is_no_scene(gazetteer, text, town):
    assert [n for n, _a in _loc(text)][:1] == [town], _loc(text)


def test_a_landmark_is_marked_only_beside_a_named_place(gazetteer):
    ps = {p.written: p.rule for p in places(gazetteer, "Gunmen burned Ataye, which lies between Kemise and Shewa Robit in Ethiopia.")}
    assert "+landmark" in ps["Kemise"] and "+landmark" in ps["Shewa Robit"] and "+landmark" not in ps["Ataye"], ps
    ps = {p.written: p.rule for p in places(gazetteer, "Gunmen killed 12 people in a village near Kemise in Ethiopia.")}
    assert "+landmark" not in ps["Kemise"], ps
    # an offset in km measures the scene from the town: no landmark
    ps = {p.written: p.rule for p in places(gazetteer, "Fighters seized Tawila, some 60 km west of El Fasher, in Sudan.")}
    assert all("+landmark" not in r for r in ps.values()), ps


@pytest.mark.parametrize("text, feature, name", [
    # villages lie in a province, not in the city of its name
    ("Houthi rebels shelled a village in Marib on Sunday, killing two civilians.", "admin1", "Marib"),
    ("Russian shelling of villages in Kherson killed three people on Monday, the governor said.", "admin1", "Kherson"),
    # but a village in the township or district of that name is in its seat town's unit
    ("Junta troops torched a village in Magway township on Sunday, killing four villagers.", "place", "Magway"),
    ("Gunmen abducted 20 people from a village in Sokoto district, Nigeria, on Tuesday.", "place", "Sokoto"),
])
def test_stress_a_village_in_a_name_is_in_the_province_or_near_the_seat(gazetteer, text, feature, name):
    evs = extract(make_article(text, published=dt.date(2024, 5, 10)))
    p = evs[0].place if evs else None
    assert p is not None and p.feature == feature and (p.admin1 if feature == "admin1" else p.name) == name, \
        [(e.place.name, e.place.feature) for e in evs if e.place]


@pytest.mark.parametrize("text, town", [
    # a dateline with no agency: "Town - ..." at the head of the body is where the report was filed
    ("Maiduguri - Gunmen killed 12 farmers in Gwoza on Sunday, residents said.", "Gwoza"),
    ("Goma – M23 rebels seized the town of Nyanzale on Wednesday after heavy clashes, residents said.", "Nyanzale"),
    ("Mogadishu — Al-Shabaab fighters attacked a military base in Beledweyne on Friday, killing five soldiers.",
     "Beledweyne"),
])
def test_stress_a_dateline_without_an_agency_is_no_scene(gazetteer, text, town):
    assert [n for n, _a in _loc(text)][:1] == [town], _loc(text)
    assert "+dateline" in places(gazetteer, text)[0].rule


@pytest.mark.parametrize("text, town", [
    # a second-level unit named after no town is coded to its seat, near it (precision 2)
    ("Soldiers shot dead five civilians in a hamlet of Bui division on Sunday, residents said.", "Kumbo"),
    ("Troops killed six separatist fighters in a raid on their camp in Mezam division late Tuesday, the army said.", "Bamenda"),
    ("Gunmen killed seven farmers in Dadingel, a village in Gujba local government area of Nigeria's Yobe state, "
     "on Monday, police said.", "Buni Yadi"),
    ("A roadside bomb struck a bus in Ngala LGA in Nigeria's Borno state on Friday, killing four passengers.", "Gamboru"),
    # a town the report names as the reference point stays the place: "near the state capital X"
    ("Herders stormed a village in Guma local government area near the state capital Makurdi in Nigeria's Benue "
     "state on Friday, killing 20 people, residents said.", "Makurdi"),
])
def test_stress_a_unit_named_after_no_town_is_coded_to_its_seat(gazetteer, text, town):
    evs = extract(make_article(text, published=dt.date(2024, 5, 10)))
    p = evs[0].place if evs else None
    assert p is not None and p.name == town and p.precision == 2, [(e.place.name, e.place.rule) for e in evs if e.place]


def test_a_unit_seat_is_read_only_beside_a_unit_word(gazetteer):
    # "Logo" and "Meme" without a unit word are no seats
    assert not any(p.name in ("Ugba", "Kumba") for p in places(gazetteer, "The Logo was painted on the wall in Meme's house in Cameroon."))
    assert any(p.name == "Kumba" for p in places(gazetteer, "Gunmen attacked a farm in Meme division of Cameroon."))


@pytest.mark.parametrize("text, town", [
    # where a speaker stood, named with an apposed "the state capital", is no scene
    ("The strike hit Buwari, a farming village in Yunusari local government area of Nigeria's Yobe state, on "
     "Wednesday, a commissioner told reporters in the state capital Damaturu.", "Damaturu"),
    ("Soldiers shot dead five civilians in a hamlet of Bui division in Cameroon on Sunday, residents said, speaking "
     "by phone from the regional capital, Bamenda.", "Bamenda"),
    ("Gunmen killed three traders in Gwoza on Monday, the governor said in the city of Maiduguri, Nigeria.", "Maiduguri"),
])
def test_stress_a_speakers_capital_apposed_is_where_it_was_said(gazetteer, text, town):
    ps = [p for p in places(gazetteer, text) if p.name == town]
    assert ps and all("+speech" in p.rule for p in ps), [(p.name, p.rule) for p in places(gazetteer, text)]


@pytest.mark.parametrize("text, town, earlier", [
    # "since <a past date>, when ... in X": an earlier event's scene
    ("It was the deadliest attack since July last year, when gunmen killed 65 mourners in Gwoza, Nigeria.", "Gwoza", True),
    ("The town was last hit in 2019, when jihadists overran a base at Mafa in Nigeria's Borno state.", "Mafa", True),
    # not a past date's clause: the scene
    ("Gunmen killed 65 mourners in Gwoza, Nigeria, on Sunday, when they returned from a funeral.", "Gwoza", False),
])
def test_stress_a_past_dates_when_clause_names_an_earlier_scene(gazetteer, text, town, earlier):
    ps = [p for p in places(gazetteer, text) if p.name == town]
    assert ps and ("+earlier" in ps[0].rule) == earlier, [(p.name, p.rule) for p in places(gazetteer, text)]


@pytest.mark.parametrize("text, town, admin1", [
    # Moscow's name for the oblast anchors the Russian spelling of a town in it
    ("MOSCOW, Oct 30 (TASS) - Russian units have liberated the city of Selidovo in the Donetsk People's Republic, "
     "the Russian Defense Ministry said on Wednesday.", "Selydove", "Donetsk"),
    ("Russia's Defence Ministry said on Tuesday its forces had seized Ugledar, in the Donetsk People's Republic, "
     "after weeks of fighting.", "Vuhledar", "Donetsk"),
    ("MOSCOW - The Russian army has liberated the village of Novogrodovka in the Donetsk region, Russia's Defence "
     "Ministry said on Monday.", "Novohrodivka", "Donetsk"),
])
def test_stress_a_division_told_as_one_anchors_a_russian_spelling(gazetteer, text, town, admin1):
    evs = extract(make_article(text, published=dt.date(2024, 10, 30)))
    p = evs[0].place if evs else None
    assert p is not None and p.name == town and p.admin1 == admin1, [(e.place.name, e.place.rule) for e in evs if e.place]


@pytest.mark.xfail(strict=True, reason="no division named: a small Ukrainian town in a Moscow-led report stays "
                                       "abroad (a name alone is no evidence for the neighbour)")
def test_a_russian_spelling_with_no_division_named(gazetteer):
    evs = extract(make_article("Russian troops took the town of Selidovo, Russia's Defence Ministry said on Wednesday.",
                               published=dt.date(2024, 10, 30)))
    assert evs and evs[0].place is not None and evs[0].place.name == "Selydove"


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters attacked a village in the Somali region of Ethiopia on Tuesday, killing five civilians.",
    "Ethiopian troops killed 20 militants in the Somali Region on Monday, state media said.",
    "Gunmen killed seven people in Ethiopia's Somali region on Friday, officials said.",
])
def test_stress_a_peoples_word_before_a_division_word_is_the_division(gazetteer, text):
    evs = extract(make_article(text, published=dt.date(2024, 5, 10)))
    p = evs[0].place if evs else None
    assert p is not None and p.feature == "admin1" and p.admin1 == "Somali", [(e.place.name, e.place.rule) for e in evs if e.place]


def test_a_demonym_without_a_division_word_is_no_place(gazetteer):
    assert not any(p.admin1 == "Somali" for p in places(gazetteer, "Somali troops killed 20 militants near Kismayo, Somalia."))


@pytest.mark.parametrize("text, name", [
    # the lead's broad region of the country (coded to its capital) yields to the province or town
    # the event's own sentences name
    ("Israeli strikes on a village in southern Syria killed six people on Tuesday. The ministry said the shells hit "
     "the village of Koya in western Daraa province, killing six civilians.", "Dara"),
    ("A drone strike in eastern Ukraine killed four civilians on Monday. It hit a bus in the Kharkiv region, the "
     "governor said.", "Kharkiv"),
    ("Jihadists killed 12 soldiers in northern Burkina Faso on Sunday. The attack targeted an army post near Djibo, "
     "the army said.", "Djibo"),
    ("Airstrikes in northern Syria killed nine people on Monday; the raids hit the town of Maarat al-Numan in Idlib "
     "province, the White Helmets said.", "Ma'arrat an Nu'man"),
    # a unit's seat gives way to a town named as the scene's close reference point, not to a far one
    ("Gunmen killed nine farmers on Friday in a village in Gujba local government area, some 30 km from the Yobe "
     "state capital Damaturu, police said.", "Damaturu"),
    ("Gunmen killed nine farmers on Friday in a village in Gujba local government area, about 110 kilometres (70 "
     "miles) south of the Yobe state capital Damaturu, police said.", "Buni Yadi"),
])
def test_stress_the_scene_named_beats_a_broad_region_or_a_far_reference(gazetteer, text, name):
    evs = extract(make_article(text, published=dt.date(2024, 5, 10)))
    p = evs[0].place if evs else None
    assert p is not None and p.name == name, [(e.place.name, e.place.rule) for e in evs if e.place]


def test_an_offset_with_miles_in_brackets_and_a_named_state_capital(gazetteer):
    ps = places(gazetteer, "Gunmen raided a village about 120 kilometres (75 miles) northeast of the Borno state capital "
                           "Maiduguri on Sunday.")
    m = [p for p in ps if p.name == "Maiduguri"]
    assert m and "+offset" in m[0].rule and m[0].offset_km == 120.0


def test_a_far_offset_read_past_a_miles_aside_stays_at_the_town(gazetteer):
    # the figure is read past "(45 miles)", but the scene's own name is looked for only near the
    # figure: the record stays at the town named, as the corpus codes it
    text = ("Jihadists ambushed a convoy near the village of Kukawa Gana, some 70 kilometres (45 miles) northeast of "
            "the city of Maiduguri, on Tuesday.")
    m = [p for p in places(gazetteer, text) if "+offset" in p.rule]
    town = [p for p in places(gazetteer, "Jihadists ambushed a convoy in the city of Maiduguri on Tuesday.")]
    assert m and m[0].offset_km == 70.0 and town
    assert (round(m[0].latitude, 3), round(m[0].longitude, 3)) == (round(town[0].latitude, 3), round(town[0].longitude, 3))


@pytest.mark.parametrize("text, admin1, name", [
    # a sentence with no event words of its own, told while the event is told, names the town or
    # region inside the country or province the event's own sentences gave
    ("Soldiers killed 11 villagers in an attack in Cameroon's North-West region on Thursday, a rights group said. "
     "The village lies in Bui division, close to the border.", "North-West", "Kumbo"),
    ("Gunmen killed eight people in northern Nigeria on Monday, police said. Their village is in Zamfara state, "
     "far from any army post.", "Zamfara", None),
    ("US forces killed three al-Shabaab fighters in an airstrike in southern Somalia on Sunday, Africa Command said. "
     "The area is part of the Lower Juba region, where the group collects taxes.", "Lower Juba", None),
    ("A Russian missile killed 12 villagers in northeastern Ukraine on Thursday, officials said. The hamlet lies "
     "about 30 kilometres west of Kupiansk in the Kharkiv region.", "Kharkiv", "Kupyansk"),
    # a town named before the event is told, or in another country, refines nothing
    ("Kumbo is the largest town of Bui division. Soldiers killed 11 villagers in an attack in Cameroon's North-West "
     "region on Thursday, a rights group said.", "North-West", None),
    ("Gunmen killed eight people in northern Nigeria on Monday, police said. The president was in Niamey for a "
     "summit.", None, None),
])
def test_stress_a_sentence_without_event_words_refines_a_broad_place(gazetteer, text, admin1, name):
    evs = extract(make_article(text, published=dt.date(2023, 3, 10)))
    assert len(evs) == 1
    p = evs[0].place
    assert p is not None and p.iso2 != "NE" and p.admin1 == admin1 and (name is None or p.name == name), (p.name, p.admin1, p.rule)


@pytest.mark.parametrize("text, name", [
    ("NAIROBI, Kenya (AP) - Al-Shabaab fighters attacked a base used by U.S. troops on Kenya's coast on Sunday, the "
     "U.S. military said. The group, in a statement on its Radio Andalus, claimed it had killed 17 U.S. soldiers.", "Nairobi"),
    ("Al-Shabaab fighters stormed a U.S. outpost in Somalia on Sunday, the U.S. command said. In a broadcast on Radio "
     "Andalus the group claimed to have killed 17 U.S. soldiers.", "Somalia"),
])
def test_a_broadcaster_named_after_a_place_is_no_scene(gazetteer, text, name):
    # not Andalusia (Alabama), though the report names the United States most
    evs = extract(make_article(text, published=dt.date(2020, 1, 6)))
    assert [e.place.name if e.place else None for e in evs] == [name]


@pytest.mark.parametrize("text", [
    "Soldiers detained Nobel laureate Aung San Suu Kyi in raids in the capital Naypyitaw on Monday.",
    "The junta arrested democracy leader Aung San Suu Kyi in Naypyitaw on Monday, her party said.",
])
def test_a_titled_persons_name_is_no_place(gazetteer, text):
    # not Aung San, a township of Yangon: the name of the woman detained
    evs = extract(make_article(text, published=dt.date(2021, 2, 2)))
    assert [e.place.name if e.place else None for e in evs] == ["Nay Pyi Taw"]


def test_a_title_word_ending_a_sentence_names_no_one():
    from sitrep.pipeline.places import _TITLE_BEFORE, person_surnames
    assert _TITLE_BEFORE.search("talks with democracy leader ") and _TITLE_BEFORE.search("said Gen. ")
    # "leader." ends a sentence; "Gen." abbreviates a title
    assert not _TITLE_BEFORE.search("troops killed a militia leader. ")
    assert "beni" not in person_surnames("Troops killed a militia leader. Beni Mayor said the town was calm.")
    assert "uba" in person_surnames("The army said Gen. Mohammed Uba was wounded.")


# round 27: the dateline's town for an event whose own words name no town (only the country, a
# coast, "the capital"): a town of that country named right after, in a sentence with no event words
# of its own, is the scene; a town named as a home town, a road's end or abroad is not
@pytest.mark.parametrize("text, name", [
    ("ABUJA, Nigeria (AP) - Gunmen killed 11 worshippers at a church in Nigeria's northwest on Sunday, police said. "
     "The church stands on the edge of Kaura Namoda, in Zamfara state.", "Kaura Namoda"),
    ("KYIV, Ukraine (AP) - Three people were killed when a Russian drone hit an apartment block in Ukraine's south "
     "overnight, officials said. The building stood in the centre of Kherson, near the river.", "Kherson"),
    ("BAMAKO, Mali (AP) - Jihadists attacked an army camp in central Mali on Tuesday, killing 14 soldiers, the army "
     "said. The camp lies just outside Douentza, on the road to Gao.", "Douentza"),
    ("KHARTOUM, Sudan (Reuters) - Shells struck a crowded market on Sunday, killing 20 people, medics said. The "
     "market lies in the east of Omdurman, across the Nile.", "Omdurman"),
    # not the scene: a home town, and no town at all
    ("KABUL, Afghanistan (AP) - A bomb tore through a mosque during Friday prayers, killing 12 worshippers, police "
     "said. The mosque's imam, who hails from Kandahar, survived.", "Kabul"),
    ("NAIROBI, Kenya (AP) - Al-Shabaab fighters attacked a base used by U.S. troops on Kenya's coast on Sunday, the "
     "U.S. military said. The group, in a statement on its Radio Andalus, claimed it had killed 17 U.S. soldiers.", "Nairobi"),
])
def test_stress_a_town_told_after_a_lead_that_names_none_beats_the_dateline(gazetteer, text, name):
    evs = extract(make_article(text, published=dt.date(2020, 1, 6)))
    assert [e.place.name if e.place else None for e in evs] == [name]
    assert name in ("Kabul", "Nairobi") or evs[0].place.precision == 2


def test_a_road_named_by_where_it_leads_is_no_scene(gazetteer):
    ps = places(gazetteer, "Jihadists ambushed a convoy near Douentza on the road to Gao, in Mali, on Tuesday.")
    gao = [p for p in ps if p.name == "Gao"]
    assert gao and "+destination" in gao[0].rule
    assert not any("+destination" in p.rule for p in ps if p.name == "Douentza")


@pytest.mark.parametrize("text, gone", [
    ("Helicopters from the USS Dwight D. Eisenhower sank three boats off Hodeidah on Sunday, the U.S. military said, "
     "after the United States warned the Houthis.", "Dwight"),
    ("Jets flying from the U.S. carrier USS Harry S. Truman struck Houthi radar sites near Hodeidah, the United States "
     "said.", "Truman"),
    ("A drone hit a U.S. warship named after Dwight D. Eisenhower in the Red Sea, the United States said.", "Dwight"),
])
def test_stress_a_ship_or_a_full_name_is_no_place(gazetteer, text, gone):
    # a ship's name after USS/HMS, or a first name before a middle initial, names no town (the capital
    # struck, told after, is read: the text's places are read at all)
    ps = places(gazetteer, text + " The Houthis said strikes also hit Sanaa.")
    assert ps and not any(p.written == gone for p in ps)


# round 27: where the victims came from, where they were buried, where a journey began or was
# going, and where a voice speaks from (told first), are no scene beside the town of the act
@pytest.mark.parametrize("text", [
    "Five farmers from Bama were killed by gunmen near Gwoza on Monday, police said.",
    "Five farmers, all natives of Bama, were shot dead in Gwoza on Monday, police said.",
    "The victims were buried in Bama on Tuesday, a day after gunmen killed them in Gwoza, police said.",
    "From Maiduguri, where he fled, a resident said gunmen had killed 12 villagers in Gwoza on Monday.",
    "Calling from Maiduguri, a survivor told AFP that gunmen had killed 12 villagers in Gwoza, Borno state, on Monday.",
    "Villagers from nearby Bama said gunmen killed 12 people in Gwoza on Monday.",
    # and the place of a funeral or a burial that is itself attacked stays the scene
    "Gunmen attacked mourners at a funeral in Gwoza, Borno state, on Monday, killing 20, police said.",
])
def test_stress_a_home_a_grave_or_a_voices_town_is_no_scene(gazetteer, text):
    evs = extract(make_article(text, published=dt.date(2024, 3, 12)))
    assert [e.place.name if e.place else None for e in evs] == ["Gwoza"]


@pytest.mark.parametrize("text", [
    "A bus travelling from Kaduna to Abuja was attacked near Kachia on Sunday and 20 passengers were abducted, police said.",
    "Twenty passengers heading to Abuja were abducted when gunmen stopped their bus near Kachia on Sunday, police said.",
    "Bandits set ablaze a bus conveying passengers from Zaria to Abuja near Kachia on Sunday, killing 12, police said.",
])
def test_stress_the_ends_of_a_journey_are_no_scene(gazetteer, text):
    evs = extract(make_article(text, published=dt.date(2024, 3, 12)))
    assert [e.place.name if e.place else None for e in evs] == ["Kachia"]


def test_the_ends_of_a_journey_are_marked_aside(gazetteer):
    ps = places(gazetteer, "Bandits attacked a bus conveying passengers from Zaria to Abuja in Nigeria on Sunday.")
    rules = {p.name: p.rule for p in ps}
    assert "+origin" in rules["Zaria"] and "+destination" in rules["Abuja"]
    # a front that moved is no journey: "advanced from X to Y" marks neither
    ps = places(gazetteer, "Russian troops advanced from Avdiivka to Ocheretyne in Ukraine's Donetsk region.")
    assert not any("+destination" in p.rule or "+origin" in p.rule for p in ps)


@pytest.mark.parametrize("text, name", [
    # the text puts the town in a district whose seat lies far from the gazetteer's town of that
    # name: the seat (precision 2) at every mention
    ("An Israeli strike hit a car on the road between Ainata and Aitaroun, two villages in the Bint Jbeil district "
     "of southern Lebanon, on Sunday, killing four people, the health ministry said.", "Bent Jbail"),
    ("An Israeli drone struck a house in Ainata, a village in the Bint Jbeil district of south Lebanon, on Sunday, "
     "killing two people. Residents of Ainata said the house was empty.", "Bent Jbail"),
    # a town measured from another town named with the district: that town, not the seat
    ("Gunmen stormed Mafa, a village in Tarmuwa district north of the state capital Damaturu, on Sunday, killing "
     "30 people in Nigeria's Yobe state, police said.", "Damaturu"),
])
def test_stress_a_namesake_far_from_its_district_yields_to_the_district(gazetteer, text, name):
    evs = extract(make_article(text, published=dt.date(2023, 11, 6)))
    assert [e.place.name if e.place else None for e in evs] == [name]
    assert evs[0].place.precision == 2


@pytest.mark.parametrize("text, name", [
    # those carried or evacuated from a town, and the rest of the list, came from there
    ("A Turkish drone hit a convoy of buses carrying residents from Kobani and Raqqa near the Tishrin dam, about 20 km "
     "south of Manbij, in northern Syria on Wednesday, killing three people.", "Manbij"),
    ("Gunmen ambushed a truck transporting traders from Zaria, Kaduna and Kano near Kachia in Nigeria on Sunday, "
     "killing five.", "Kachia"),
    ("Soldiers evacuating villagers from Gwoza came under fire near Bama in Nigeria's Borno state on Sunday; two "
     "soldiers died.", "Bama"),
    # the towns a road is named by are its ends, not the scene
    ("Gunmen killed two monarchs on the Oke-Ako/Irele road in Ikole local government area of Ekiti State, Nigeria, "
     "on Monday.", "Ikole-Ekiti"),
    ("Jihadists ambushed a convoy on the Gao/Ansongo axis near Bourem in Mali on Sunday, killing five soldiers.", "Bourem"),
    ("Bandits abducted 30 travellers on the Kaduna-Abuja highway near Kachia, Nigeria, on Sunday.", "Kachia"),
    # a unit named by two words is not the town of its first ("Aboh Mbaise" is no Aboh, Delta)
    ("Police said officers killed six gunmen in a shootout in the Aboh Mbaise area of Imo State, Nigeria, on Monday.", "Imo"),
    pytest.param("A drone struck a bus carrying students from Raqqa - known locally as al-Raqqa - near Manbij in "
                 "northern Syria on Wednesday, killing three.", "Manbij",
                 marks=pytest.mark.xfail(strict=True, reason="the alias told after a dash is read as a scene of its own")),
])
def test_stress_origins_lists_and_road_ends_are_no_scene(gazetteer, text, name):
    evs = extract(make_article(text, published=dt.date(2024, 3, 12)))
    assert evs and evs[0].place is not None and evs[0].place.name == name, [e.place.name if e.place else None for e in evs]


@pytest.mark.parametrize("text, name", [
    # a town in a relative clause dated before the event is an earlier event's scene
    ("Congolese officials said M23 rebels, which captured Goma in January, seized Uvira on Wednesday after two days "
     "of fighting.", "Uvira"),
    ("Yemeni troops retook Ataq on Friday from separatists, who had overrun Aden in August, killing 12 fighters, "
     "officials said.", "Ataq"),
    ("Yemeni government forces on Friday took control of the city of Ataq from separatists, a blow to the "
     "secessionists who seized Aden earlier this month, officials said.", "Ataq"),
    # the clause's own day is the event's: no earlier event
    ("Separatists who seized Aden on Friday killed 12 soldiers in the fighting, officials said.", "Aden"),
])
def test_stress_a_town_in_a_relative_clause_of_an_earlier_day_is_no_scene(gazetteer, text, name):
    evs = extract(make_article(text, published=dt.date(2025, 9, 24)))
    assert [e.place.name if e.place else None for e in evs][:1] == [name]


def test_a_relative_clause_of_an_earlier_day_marks_its_town(gazetteer):
    ps = places(gazetteer, "M23 rebels in Congo, who captured Goma two months ago, seized Uvira on Wednesday.")
    assert any(p.name == "Goma" and "+earlier" in p.rule for p in ps)
    ps = places(gazetteer, "M23 rebels in Congo, who captured Goma on Monday, seized Uvira on Wednesday.")
    assert not any("+earlier" in p.rule for p in ps)


@pytest.mark.parametrize("text, name, precision", [
    # a town named only as a measure ("north of Baghdad") yields to the one other division the event
    # names; a town of that division the event names is finer still
    ("Jihadists ambushed an army patrol north of Baghdad on Sunday, killing five soldiers, officials said. The patrol "
     "was attacked in Diyala province, near the town of Khalis, police said.", "Khalis", 2),
    ("Gunmen attacked a convoy east of Ouagadougou on Monday, killing 12 soldiers, the army said. The convoy was hit "
     "in Burkina Faso's Centre-Est region, outside the town of Koupela, it said.", "Koupela", 2),
    ("Militants stormed an army post north of Baghdad on Sunday, killing five soldiers, officials said. The fighting "
     "in Diyala province lasted hours.", "Diyala", 3),
])
def test_stress_a_town_of_the_division_beats_the_division_a_measure_yields_to(gazetteer, text, name, precision):
    evs = extract(make_article(text, published=dt.date(2020, 8, 10)))
    assert [(e.place.name, e.place.precision) if e.place else None for e in evs] == [(name, precision)]


@pytest.mark.parametrize("text, first", [
    # a demonym before a force or a weapon names who struck, not where: the victims' or the place's
    # demonym weighs more
    ("Russian troops shelled the village overnight, the Ukrainian governor said.", "UA"),
    ("A Lebanese village was hit by Israeli jets on Sunday, local officials said.", "LB"),
    ("Israeli air strikes killed four people in a Lebanese village, the health ministry said.", "LB"),
    ("Kenyan troops attacked the camp on Friday, Somali officials said.", "SO"),
    # the victims' demonym is the scene's: no attacker noun follows it
    ("Ukrainian drones killed two Russian civilians in a village, the Russian governor said.", "RU"),
])
def test_stress_an_attackers_demonym_weighs_less_than_the_scenes(text, first):
    assert rank_countries(text, [], []).ranked[0] == first


def test_an_attackers_demonym_weighs_half():
    w = rank_countries("Russian drones struck the town.", [], []).weights
    assert w["RU"] == 0.5
    w = rank_countries("Russian civilians fled the town.", [], []).weights
    assert w["RU"] == 1


@pytest.mark.parametrize("text", [
    "Fighting broke out in Beled Hawo in Gedo region on Thursday. Families fled across the border into Kenya's "
    "Mandera town, and stray bullets hit houses on the Kenyan side, officials said.",
    "Hundreds of families escaped into Kenya's Mandera town after clashes in Beled Hawo, in Somalia's Gedo region. "
    "Houses on the Kenyan side of the border were struck.",
])
def test_stress_a_town_of_a_neighbour_told_as_a_refuge_is_no_evidence(gazetteer, text):
    cands = find_candidates(text, gazetteer, [])
    countries = rank_countries(text, cands, [])
    assert countries.ranked[0] == "SO"


def test_a_country_name_is_weighed_once_but_a_division_named_after_one_counts(gazetteer):
    text = "Fighting spread to Kenya on Friday."
    assert rank_countries(text, find_candidates(text, gazetteer, []), []).weights["KE"] == 3
    # "Niger state" is Nigeria's division, not the country Niger
    text = ("Gunmen abducted 20 pupils in Niger state on Friday, police said. Niger state's governor said the "
            "pupils were taken from a school, and Nigeria's police were searching the forest of Niger state.")
    assert rank_countries(text, find_candidates(text, gazetteer, []), []).ranked[0] == "NG"


@pytest.mark.parametrize("text, lat", [
    # a distance told from another named town says which namesake is meant (the Chornobyl of the
    # plant, not Lazurnyi, once called Chornobyl), at any mention of the name
    ("A drone hit the Chornobyl Nuclear Power Plant overnight, Zelensky said. The Chornobyl plant, some 100 "
     "kilometers north of Kyiv, was occupied in 2022.", 51.27),
    ("The Chornobyl plant, which lies about 100 km (60 miles) north of Kyiv, was struck by a drone on Friday, "
     "Ukrainian officials said.", 51.27),
    ("Drones struck Gebeit, some 190 km north of Port Sudan, on Wednesday, the Sudanese army said.", 21.07),
    ("Drones struck Gebeit, a military academy town about 85 km (53 miles) southwest of Port Sudan, on "
     "Wednesday, the Sudanese army said.", 18.95),
])
def test_stress_a_distance_told_from_another_town_picks_the_namesake(gazetteer, text, lat):
    ps = [p for p in places(gazetteer, text) if p.name in ("Chornobyl", "Lazurnyi", "Gebeit", "Jubayt")]
    assert ps and all(p.latitude is not None and abs(p.latitude - lat) < 0.05 for p in ps)


# Round 28 stress lists (written for this round, not copied from any report).

@pytest.mark.parametrize("text, town", [
    # a one-word name with an age and a verb after it is a person: not a namesake town of his surname
    ("Tatarsky, 40, was known for his reports. A bomb hidden in a statuette exploded in a cafe in Odesa on "
     "Sunday, killing him, police said.", "Odesa"),
    ("A bomb exploded in a cafe in Odesa on Sunday, police said. The blogger Vladlen Tatarsky was killed; "
     "Tatarsky, 40, had been meeting readers.", "Odesa"),
    ("Gunmen shot dead a trader in Kaduna on Monday, police said. The victim, Gusau, 35, was driving home "
     "from the market.", "Kaduna"),
])
def test_stress_a_lone_name_with_an_age_is_a_person(text, town):
    assert [name for name, _a in _loc(text)] == [town]


def test_a_lone_name_with_an_age_is_a_surname_but_a_tally_of_towns_is_not():
    from sitrep.pipeline.places import person_surnames
    assert "tatarsky" in person_surnames("The blast killed him. Tatarsky, 40, was known for his reports.")
    # a running tally of towns: the number is a toll and a town name follows
    assert "rafah" not in person_surnames("Strikes killed 40 people: Rafah, 12, Khan Younis, 9, and Gaza City, 19.")
    # after a preposition it is a place
    assert "rafah" not in person_surnames("Strikes killed people in Rafah, 12, officials said.")


@pytest.mark.parametrize("text, town", [
    # an agreement is coded where it was made: the venue of the talks or of the signing, told in the
    # sentence of the deal or in a sentence of its own, over the province or region the deal covers
    ("The Myanmar military and ethnic armed groups in northern Shan State reached a ceasefire agreement on "
     "Thursday, China's foreign ministry said. The sides met for peace talks held in Kunming.", "Kunming"),
    ("At talks hosted in Nairobi, Ethiopia's government and the Oromo Liberation Army reached a ceasefire "
     "agreement on Tuesday covering Oromia, mediators said.", "Nairobi"),
    ("Sudan's army and the Rapid Support Forces signed a short-term ceasefire in Jeddah on Saturday, the Saudi "
     "foreign ministry said.", "Jeddah"),
    # a town the deal names in its own sentence stays the place
    ("The army and the rebels signed a ceasefire agreement in the Masisi area on Sunday, a spokesman said in "
     "Kinshasa.", "Masisi"),
    ("Congo's government and the M23 rebels signed a ceasefire agreement on Friday for eastern Congo. "
     "The deal was reached at talks held in Doha, Qatari mediators said.", "Doha"),
])
def test_stress_an_agreement_is_placed_at_its_venue(text, town):
    assert [name for name, _a in _loc(text)] == [town]


@pytest.mark.parametrize("text, town, origin", [
    # where the fighting spread from is not the scene told after it
    ("Clashes between M23 and the army spilled over from Goma into Sake on Tuesday, killing four civilians, "
     "local officials said.", "Sake", "Goma"),
    ("The violence, which spread from Khartoum, reached Wad Madani on Friday, where RSF fighters killed 12 "
     "civilians, activists said.", "Wad Medani", "Khartoum"),
    ("Protests spreading from Nairobi reached Kisumu on Monday, where police shot dead two demonstrators, "
     "witnesses said.", "Kisumu", "Nairobi"),
])
def test_stress_where_fighting_spread_from_is_an_origin(gazetteer, text, town, origin):
    ps = places(gazetteer, text)
    assert any(p.name == origin and "+origin" in p.rule for p in ps)
    assert [name for name, _a in _loc(text)] == [town]


def test_fighting_that_spread_to_a_town_leaves_its_first_scene_the_scene(gazetteer):
    ps = places(gazetteer, "Fighting in Bahir Dar killed five people on Sunday, residents said, before it spread to Debre Markos.")
    assert [p.name for p in ps if "+origin" in p.rule] == []


def test_fighting_that_spread_from_a_town_is_one_event_at_the_town_told_after():
    text = ("Fighting between the army and Fano militia spread on Sunday from Bahir Dar to nearby towns, residents "
            "said. In Debre Markos, Fano fighters clashed with federal troops, killing seven people.")
    assert [name for name, _a in _loc(text)] == ["Debre Mark'os"]


# Round 28 (second pass): an offset from a town. The gold format codes an event at its `location`'s
# own point ("latitude, longitude of location"): a scene measured from a town ("Togoga, some 25 km
# west of Mekele") is coded at the town, precision 2, wherever the measure stands in the sentence
# and whether the scene is named or not; a far scene the gazetteer lacks is no reason to move 80 km.
# Under 50 km the claim's point moves (it tells the event's sentences apart by distance) while the
# record is coded at the town, with the distance and direction in place_offset_km / place_bearing.
@pytest.mark.parametrize("text, town, lat, lon", [
    # a named scene the gazetteer lacks, far off (apposition; passive; the offset fronted)
    ("Gunmen on motorcycles killed 14 villagers in Tindila, a village some 70 kilometres north of Mopti, on "
     "Sunday, local officials in Mali said.", "Mopti", 14.48, -4.18),
    ("Twelve civilians were killed on Sunday when militiamen stormed Kreinik, about 80 km east of El Geneina, "
     "the capital of West Darfur, Sudan.", "Al-Junaynah", 13.45, 22.45),
    ("About 90 kilometres southeast of Beledweyne, near the village of Mahas, al-Shabaab fighters stopped a "
     "convoy on Friday and killed 20 passengers, Somali officials said.", "Beledweyne", 4.74, 45.20),
    # a nearer offset: the record at the town's own point too
    ("An airstrike on Togoga, a village some 25 kilometres west of the regional capital, Mekele, "
     "killed 64 people on Tuesday, Ethiopian health workers said.", "Mek'ele", 13.50, 39.48),
    ("A Russian missile hit a market 30 km north of Kharkiv on Monday, killing three people, Ukrainian "
     "officials said.", "Kharkiv", 49.98, 36.25),
])
def test_stress_an_event_measured_from_a_town_is_coded_at_the_towns_own_point(text, town, lat, lon):
    evs = [e for e in extract(make_article(text, published=dt.date(2024, 5, 1))) if e.place]
    assert [e.place.name for e in evs] == [town], text
    rec = evs[0].to_record()
    assert rec["geo_precision"] == 2 and rec["place_offset_km"], text
    assert haversine_km((rec["latitude"], rec["longitude"]), (lat, lon)) < 3, text


def test_a_named_scene_the_gazetteer_has_beats_the_town_it_is_measured_from():
    # negative: the scene itself, when the gazetteer knows it, is the place (precision 1, its own point)
    assert [name for name, _a in _loc("Insurgents attacked Mbau, 40 kilometres north of Beni, overnight, "
                                      "killing nine civilians, Congolese local officials said.")] == ["Mbau"]


def test_a_near_offset_still_moves_the_point_that_tells_sentences_apart(gazetteer):
    # the claim's place keeps the moved point (it tells a second town's sentence apart by distance:
    # "Mayadin, 45 km southeast of Deir Ezzor" is one event with Mayadin's own sentence)
    kh = [p for p in places(gazetteer, "The strike hit a field 30 km north of Kharkiv, Ukraine.") if p.written == "Kharkiv"][0]
    assert kh.bearing == "north" and haversine_km((kh.latitude, kh.longitude), (49.98, 36.25)) > 25


@pytest.mark.parametrize("text, town", [
    # where people fled or were taken, set after a descriptor and a comma, is a destination
    ("Hundreds of thousands of people have fled to the provincial capital, Pemba, Mozambique.", "Pemba"),
    ("Some of the wounded were rushed to the regional capital, Mekele, Ethiopia.", "Mekele"),
    ("Survivors were evacuated to the state capital, Maiduguri, by the army, Nigeria.", "Maiduguri"),
    ("Families displaced to a nearby town, Kaya, told reporters of the raid, Burkina Faso.", "Kaya"),
])
def test_stress_a_destination_after_a_descriptor_is_no_scene(gazetteer, text, town):
    p = [p for p in places(gazetteer, text) if p.written == town][0]
    assert "+destination" in p.rule, text


def test_a_capital_attacked_after_a_descriptor_is_the_scene(gazetteer):
    # negative: the same apposition as the object of the attack is the scene
    p = [p for p in places(gazetteer, "Jihadists attacked the provincial capital, Pemba, on Sunday, Mozambique.") if p.written == "Pemba"][0]
    assert "+destination" not in p.rule
    assert [name for name, _a in _loc("Jihadists attacked the provincial capital, Pemba, on Sunday, killing six "
                                      "people, police in Mozambique said.")] == ["Pemba"]


@pytest.mark.parametrize("text", [
    "Soldiers killed four separatist fighters in an operation in Lebialem division on Tuesday, Cameroon's army said.",
    "Separatists attacked a gendarmerie post in the Lebialem division of the South-West region, killing two gendarmes, Cameroon.",
])
def test_stress_lebialem_division_is_coded_at_its_seat(text):
    # the one South-West division the table lacked: its seat Menji lies in Fontem
    assert [name for name, _a in _loc(text)] == ["Fontem"]


# round 28 fourth places pass: a unit named after no town is coded at its seat; where someone works
# is no scene; a district "of X" is X's unit, not its province; the division told after a name
# picks its namesake; the Arabic article before a sun letter is one name in two spellings

@pytest.mark.parametrize("text, town", [
    ("Bandits ambushed a military patrol in Shiroro local government area of Niger state on Sunday, killing 12 soldiers.", "Kuta"),
    ("Twelve soldiers were killed when troops came under fire in Shiroro LGA, Niger state, the army said on Monday.", "Kuta"),
    ("In Yagha province, gunmen raided a village on Saturday and killed 30 civilians, Burkina Faso's government said.", "Sebba"),
    ("Jihadists killed 14 volunteers near a hamlet in the Soum province of Burkina Faso on Friday, security sources said.", "Djibo"),
    ("A village of Seno province in northern Burkina Faso was attacked by gunmen who killed nine people on Tuesday.", "Dori"),
])
def test_stress_a_unit_named_after_no_town_is_coded_at_its_seat(text, town):
    assert [name for name, _a in _loc(text)] == [town], text


def test_a_burkina_province_word_after_a_first_level_division_stays_the_division(gazetteer):
    # negative: "the Sahel region" is the region; the seat table reads only its own unit names
    ps = [p for p in places(gazetteer, "Gunmen attacked a village in the Sahel region of Burkina Faso.") if p.written == "Sahel"]
    assert ps and ps[0].feature == "admin1"


@pytest.mark.parametrize("text, scene", [
    ("Gunmen killed two staff who worked for the U.S. Consulate General in Lagos in an ambush near the town of "
     "Atani in Anambra state on Tuesday, Nigerian police said.", "Atani"),
    ("Two employees of the French embassy in Bamako were kidnapped by gunmen near Segou on Sunday, Malian "
     "officials said.", "Segou"),
    ("An aid worker employed by a charity headquarters in Maiduguri was shot dead by insurgents in Monguno on "
     "Friday, Nigeria.", "Monguno"),
    ("Gunmen attacked a convoy near Rutshuru on Monday, killing two staff members of the UN mission in Goma, "
     "Congo's army said.", "Rutshuru"),
])
def test_stress_the_office_someone_works_for_is_no_scene(text, scene):
    assert [name for name, _a in _loc(text)][:1] == [scene], text


def test_an_embassy_attacked_in_a_town_is_the_scene(gazetteer):
    # negative: the office as the object of the attack stays the scene
    p = [p for p in places(gazetteer, "Protesters stormed the French embassy in Bamako on Friday, Mali.") if p.written == "Bamako"][0]
    assert "+destination" not in p.rule


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a convoy near the riverside town of Atani in Anambra state, Nigeria.",
    "The attack happened outside the northern town of Atani, Nigeria.",
    "Troops clashed with rebels close to the small market town of Atani, Nigeria.",
])
def test_stress_near_a_town_described_by_an_adjective_is_near(gazetteer, text):
    p = [p for p in places(gazetteer, text) if p.written == "Atani"][0]
    assert p.precision == 2 and "+near" in p.rule, text


@pytest.mark.parametrize("text", [
    "Government forces seized the Houthi-held district of al-Zahir in the central province of Bayda on Saturday, Yemen.",
    "Yemeni troops retook al-Zahir district in the province of Bayda after three days of fighting, Yemen's army said.",
    "Fighting raged in the district of al-Zahir, in Bayda province, Yemen, on Friday. The army took the al-Zahir district centre.",
])
def test_stress_a_district_of_a_namesake_town_is_the_one_in_the_division_named_after(gazetteer, text):
    ps = [p for p in places(gazetteer, text) if norm(p.written).endswith("zahir")]
    assert ps and all(p.admin1 == "Al Bayda" and p.feature == "place" and p.precision == 2 for p in ps), text


def test_a_district_of_a_town_is_the_town_and_a_province_of_stays_the_division(gazetteer):
    # "the district of Kampala" is the city's unit, not Uganda's Central region the city lies in
    ps = [p for p in places(gazetteer, "Police dispersed protesters in the district of Kampala, Uganda.") if p.written == "Kampala"]
    assert ps and ps[0].feature == "place" and ps[0].name == "Kampala"
    # negative: "the province of Bayda" stays the province
    ps = [p for p in places(gazetteer, "Clashes erupted in the province of Bayda, Yemen.") if p.written == "Bayda"]
    assert ps and ps[0].feature == "admin1" and ps[0].admin1 == "Al Bayda"


def test_the_arabic_article_before_a_sun_letter_is_one_name_in_two_spellings(gazetteer):
    a = {e.id for e in gazetteer.find("al-Zahir")}
    b = {e.id for e in gazetteer.find("Az Zahir")}
    assert b <= a and len(b) == 2
    # a moon letter keeps its article: al-Qaim is not "aq qaim"
    assert gazetteer.find("al-Qaim") == gazetteer.find("Al Qaim")


@pytest.mark.parametrize("text, where", [
    ("ADDIS ABABA (AFP) - Ethiopia's army said Wednesday it had killed three rebel commanders. It did not say where "
     "in Tigray the operation took place.", ("Tigray", 3)),
    ("ADDIS ABABA, March 3 (Reuters) - Federal forces said on Monday they had killed 12 rebels. Officials gave no "
     "details beyond saying the fighting was in the Amhara region.", ("Amhara", 3)),
    ("ABUJA (AFP) - Nigerian soldiers killed 20 jihadists on Friday, the army said. The troops are fighting "
     "insurgents across Borno state.", ("Borno", 3)),
    # negative: the dateline's own division named adds nothing
    ("NAIROBI (Reuters) - Police shot dead two robbers on Tuesday, police said. Nairobi county has seen a rise "
     "in crime.", ("Nairobi", 1)),
])
def test_stress_a_division_told_beside_an_event_of_no_town_beats_the_dateline(text, where):
    got = [(e.place.admin1, e.place.precision) for e in extract(make_article(text, published=dt.date(2024, 5, 10))) if e.place]
    assert got[:1] == [where], text


@pytest.mark.parametrize("text, second", [
    ("DUBAI (AP) - Yemen's Houthi rebels fired a missile at a cargo ship on Monday off Aden, the U.S. military said. "
     "On Sunday, a U.S. warplane shot down a cruise missile fired toward a destroyer in the Red Sea. The missile was "
     "downed near the coast of Hodeidah, the military said.", "Al Hudaydah"),
    ("KHARTOUM (Reuters) - RSF shelling killed five civilians in Omdurman on Monday, medics said. On Tuesday, army air "
     "defences intercepted a drone launched by the paramilitary. The drone was brought down near Atbara, the army said.",
     "Atbara"),
    # negative: the next sentence with a day of its own tells an event of its own; the second keeps the first's town
    ("DUBAI (AP) - Yemen's Houthi rebels fired a missile at a cargo ship on Monday off Aden, the U.S. military said. "
     "On Sunday, a U.S. warplane shot down a cruise missile fired toward a destroyer in the Red Sea. The next day, "
     "Houthi drones attacked a tanker near Hodeidah, the military said.", "Aden"),
])
def test_stress_an_event_of_no_place_takes_the_town_of_the_sentence_going_on_about_it(text, second):
    evs = extract(make_article(text, published=dt.date(2024, 5, 10)))
    assert len(evs) >= 2 and evs[1].place is not None and evs[1].place.name == second, text


@pytest.mark.parametrize("text, beyond", [
    ("Protesters set fire to vehicles on Wednesday as unrest spread beyond the capital, Maputo.", "Maputo"),
    ("Fighting has moved beyond Khartoum into Gezira state, Sudan.", "Khartoum"),
    ("The revolt has spread well beyond the northern city of Goma, Congo's army said.", "Goma"),
    # negative: "outside the city" is near it, not beyond
    ("Clashes erupted outside of the city of Goma on Monday, Congo.", None),
])
def test_stress_a_town_the_unrest_spread_beyond_is_no_scene(gazetteer, text, beyond):
    marked = [p.written for p in places(gazetteer, text) if "+beyond" in p.rule]
    assert marked == ([beyond] if beyond else []), text


def test_the_town_named_after_a_spread_beyond_loses_to_the_scene():
    text = ("As the unrest spread beyond the capital, Maputo, rioters burned tyres and set trucks on fire in Ressano "
            "Garcia on Wednesday, police in Mozambique said.")
    assert [name for name, _a in _loc(text)][:1] == ["Ressano Garcia"]


@pytest.mark.parametrize("text, scene", [
    ("A nurse from Damaturu was among five people killed when a suicide bomber struck a market in Maiduguri on "
     "Friday, Nigerian police said.", "Maiduguri"),
    ("A farmer from Bama and two herders were killed when Boko Haram fighters raided Gwoza on Monday, Nigerian "
     "police said.", "Gwoza"),
    ("Among the dead was a pastor from Butembo, killed when ADF rebels attacked a church in Beni on Sunday, "
     "Congo's army said.", "Beni"),
    ("An Israeli strike killed a journalist from Khan Younis in Rafah on Monday, the Gaza health ministry said.", "Rafah"),
    ("Gunmen shot dead a student from Kaduna in Jos on Friday, Nigerian police said.", "Jos"),
    # negative: a person's home town named alone is still the only place there is
    ("A nurse from Damaturu was shot dead by gunmen on Friday, Nigerian police said.", "Damaturu"),
])
def test_stress_one_person_s_home_town_is_no_scene(text, scene):
    assert [name for name, _a in _loc(text)][:1] == [scene], text


@pytest.mark.parametrize("text, scene", [
    ("Speaking to reporters in Maiduguri, the army spokesman said troops had killed 15 insurgents in Bama on "
     "Sunday, Nigeria.", "Bama"),
    ("In a video address from Kyiv, President Volodymyr Zelensky said a Russian missile strike on Kharkiv on Monday "
     "killed seven people.", "Kharkiv"),
    ("Talking to the BBC from Kinshasa, a Congolese army spokesman said M23 rebels had shelled Goma on Sunday, "
     "killing five civilians.", "Goma"),
    ("In televised remarks in Port Sudan, the army chief said RSF drones killed 11 people in Omdurman on Monday.", "Omdurman"),
    ("Speaking with journalists in Kyiv on Tuesday, a Ukrainian commander said Russian shelling killed three "
     "soldiers near Bakhmut.", "Bakhmut"),
    # negative: "speaking" with no town after it marks nothing
    ("Speaking on Monday, the governor said Russian shelling killed two people in Kherson.", "Kherson"),
])
def test_stress_the_voice_s_town_with_its_audience_or_medium_between_is_no_scene(text, scene):
    assert [name for name, _a in _loc(text)][:1] == [scene], text


@pytest.mark.parametrize("text, scene", [
    ("Doctors in Bukavu treated 20 people wounded when rebels attacked Kalehe on Monday, Congo.", "Kalehe"),
    ("Burials were held in Pemba on Wednesday for 12 soldiers killed in an ambush near Mocimboa da Praia on Monday, "
     "Mozambique's army said.", "Mocimboa da Praia"),
    ("Mourners in Bamako buried six soldiers on Saturday who had been killed when jihadists attacked their post "
     "near Gao, Mali's army said.", "Gao"),
    ("The morgue in Kyiv received the bodies of two soldiers after a Russian missile struck Kharkiv on Monday, "
     "Ukraine said.", "Kharkiv"),
    ("The bodies of four soldiers killed in an al-Shabaab ambush near Kismayo on Monday were flown to Mogadishu, "
     "where funerals were held, Somalia's army said.", "Kismayo"),
    # negative: the funeral or the doctors attacked are at the scene
    ("Suicide bombers struck a wedding and a funeral in Gwoza on Saturday, killing 18 people, Nigerian police said. "
     "The wounded were taken to Maiduguri.", "Gwoza"),
    ("Gunmen killed two doctors in Gwoza on Friday, Nigerian police said in Maiduguri.", "Gwoza"),
])
def test_stress_the_town_of_the_aftermath_told_as_the_subject_is_no_scene(text, scene):
    assert [name for name, _a in _loc(text)][:1] == [scene], text


def test_the_doctors_town_told_alone_is_still_the_place(gazetteer):
    # negative: "doctors in Goma said" with no other town keeps Goma (the aside weighs little, but it is all there is)
    assert [name for name, _a in _loc("At least 10 people were killed in clashes on Monday, doctors in Goma said, Congo.")] == ["Goma"]
    p = [p for p in places(gazetteer, "Doctors in Bukavu treated 20 wounded, Congo.") if p.written == "Bukavu"][0]
    assert "+destination" in p.rule


_TALLY_XFAIL = pytest.mark.xfail(strict=True, reason=(
    "a running tally's towns outweigh the event's: a weight for claims whose tolls are all cumulative was "
    "tried in round 29 and dropped at merge, because a lead whose own toll is misread as cumulative ('killed "
    "at least four people on Feb. 1, ... said') then lost its scene to a capital named later; it needs the "
    "toll roles right first"))


@pytest.mark.parametrize("text, scene", [
    pytest.param("Dozens of civilians have been killed this year in attacks on villages around Mopti, including Sofara and "
                 "Djenne. On Sunday, gunmen killed 11 people near Mopti, Mali's government said.", "Mopti", marks=_TALLY_XFAIL),
    pytest.param("Twelve civilians have been killed so far this month in attacks on Arbinda, Titao and Dori. On Friday, "
                 "jihadists killed nine soldiers near Djibo, Burkina Faso's army said.", "Djibo", marks=_TALLY_XFAIL),
    pytest.param("Jihadists have killed about 40 people this year in raids around Menaka and Ansongo. On Monday, gunmen killed "
                 "six soldiers in Gao, Mali's army said.", "Gao", marks=_TALLY_XFAIL),
    # the tally told after the event
    ("Gunmen attacked an army post in Gao on Monday, Mali's army said. Jihadists have killed about 40 people this "
     "year in raids around Menaka and Ansongo.", "Gao"),
])
def test_stress_a_running_tally_s_towns_lose_to_the_event_s_own_toll(text, scene):
    assert [name for name, _a in _loc(text)][:1] == [scene], text


@pytest.mark.parametrize("text, scene", [
    ("Residents of Goma said stray shells killed three civilians on Sunday, Congo.", "Goma"),
    ("Families in Khartoum said RSF shelling killed nine people on Friday, Sudan.", "Khartoum"),
    # negative: a capital as its government's voice is still no scene
    ("A Russian strike killed four people in Kharkiv on Monday. Moscow said it had hit military targets.", "Kharkiv"),
])
def test_stress_a_town_whose_people_speak_is_a_place_not_its_government(text, scene):
    assert [name for name, _a in _loc(text)][:1] == [scene], text


def test_a_ministry_seated_in_a_town_speaks_as_the_government(gazetteer):
    # negative: "the Ministry of Foreign Affairs in Port Sudan condemned" names no scene
    text = "The Ministry of Foreign Affairs in Port Sudan condemned the attack, Sudan."
    assert not [p for p in places(gazetteer, text) if p.written == "Port Sudan"]


@pytest.mark.parametrize("text, seat", [
    ("Gunmen abducted four herders from a village in the Diamare division of Cameroon's Far North region on Friday.", "Maroua"),
    ("Boko Haram fighters killed six villagers in a hamlet of Logone-et-Chari division on Sunday, Cameroon's army said.", "Kousseri"),
])
def test_stress_cameroon_s_far_north_divisions_are_coded_at_their_seats(text, seat):
    assert [name for name, _a in _loc(text)][:1] == [seat], text


_NO_COUNTRY = pytest.mark.xfail(strict=True, reason="a report naming no country, demonym or large town has no country to "
                                "resolve a small town in; taking the country of a town known in one country only fixes "
                                "these, but lets a report's actors be read ('government troops') before its group is")


@pytest.mark.parametrize("text, town", [
    pytest.param("Twenty-one people were killed in Bentiu on Saturday in fighting between two militias, according to "
                 "the Juba-based Radio Tamazuj.", "Bentiu", marks=_NO_COUNTRY),
    pytest.param("Rebels killed nine villagers in Kalehe territory on Sunday, a local official said.", "Kalehe",
                 marks=_NO_COUNTRY),
    # an alternate name of a town abroad ("Academy", a US town's) never gives the report its country
    ("On 5 October 2023, armed drones struck a graduation ceremony at the Military Academy in Homs city (Homs). "
     "89 fatalities.", "Homs"),
])
def test_stress_a_report_naming_no_country_takes_the_country_of_its_one_country_town(text, town):
    assert [name for name, _a in _loc(text)][:1] == [town], text


# round 29, second pass: a town told with its distance from another (under 50 km) is the scene, the
# other its measure; a country's sway is no scene; a title's suffix; a deal or change of course
# told at a press conference is done where it is said; each town of a capture keeps its own record
@pytest.mark.parametrize("text, scene", [
    ("Houthi fighters attacked an army post in Sirwah district, about 40 km west of Marib city, on Sunday, "
     "killing nine soldiers, Yemeni officials in Marib said.", "Suq Sirwah"),
    # a fronted scene, a spelling without the article ("Atareb" for Al Atarib), no direction
    ("Near the town of Atareb, some 20 kilometres (12 miles) from Aleppo, rebels overran an army base on Thursday, "
     "a Syrian war monitor said. Fighting also raged west of Aleppo.", "Al Atarib"),
    ("Three civilians were killed by Russian shelling in Bucha, about 25 km northwest of Kyiv, on Monday, officials "
     "in Kyiv said.", "Bucha"),
    ("Boko Haram fighters stormed Konduga, about 35 km southeast of Maiduguri, on Friday, killing 12 people, "
     "residents who fled to Maiduguri said.", "Konduga"),
    # negative: a village the gazetteer lacks stays measured from the town named
    ("Gunmen killed five herders in Kpakungu village, 20 km north of Maiduguri, on Tuesday, Nigerian police said.",
     "Maiduguri"),
])
def test_stress_a_town_told_with_its_distance_from_another_is_the_scene(text, scene):
    assert [name for name, _a in _loc(text)][:1] == [scene], text


def test_a_distance_that_does_not_fit_marks_no_measured_scene(gazetteer):
    # Tillaberi lies about 100 km from Niamey: "some 20 km" does not fit, so no town is the other's measure
    ps = places(gazetteer, "Militants attacked the town of Tillaberi, some 20 km from Niamey, killing four soldiers, Niger's army said.")
    assert not [p for p in ps if "+measured" in p.rule]


def test_a_man_s_name_with_the_article_is_no_town_without_it(gazetteer):
    # "Atareb" may be Al Atarib; "al-Sudani" is not Sudan (Texas), nor anywhere
    ps = places(gazetteer, "WASHINGTON - U.S. forces killed Bilal al-Sudani in a raid in northern Somalia, officials said.")
    assert not [p for p in ps if p.written == "al-Sudani"]


@pytest.mark.parametrize("text, scene", [
    ("Iraqi police fired tear gas at protesters in central Baghdad who gathered to mark the anniversary of the 2019 "
     "uprising. Demonstrators hurled stones at riot police on Saturday. The crowd chanted against Iran's influence "
     "in the country.", "Baghdad"),
    ("Protesters hurled stones at police in Basra on Friday, angry at Iran's role in Iraqi politics.", "Basrah"),
])
def test_stress_a_country_named_for_its_sway_is_no_scene(text, scene):
    assert [name for name, _a in _loc(text)][:1] == [scene], text


def test_a_country_s_sway_is_marked_a_cause_but_not_its_army(gazetteer):
    ps = places(gazetteer, "Crowds chanted against Iran's growing influence in Iraq on Friday.")
    assert [p for p in ps if p.written == "Iran" and "+cause" in p.rule]
    ps = places(gazetteer, "Iran's army shelled villages in Iraq's Kurdistan region on Friday.")
    assert not [p for p in ps if p.written == "Iran" and "+cause" in p.rule]


def test_a_title_with_its_suffix_names_a_person_not_a_town(gazetteer):
    ps = places(gazetteer, "Ukraine's army said 40 soldiers had been killed in Kharkiv, rejecting a higher figure cited by "
                           "US president-elect Donald Trump.")
    assert not [p for p in ps if p.written == "Donald"]
    assert [p for p in ps if p.written == "Kharkiv"]


@pytest.mark.parametrize("text, scene", [
    ("ADDIS ABABA - The Fano militia announced at a news conference in Addis Ababa on Monday that it had signed a peace "
     "agreement with the federal government. Its leader said the bombing of a market in Bahir Dar in March had pushed "
     "them to talks.", "Addis Ababa"),
    ("KHARTOUM - Two Darfur armed movements that signed the Juba Peace Agreement announced at a press conference in "
     "Port Sudan on Thursday that they were abandoning their neutrality and would fight alongside the army against "
     "the RSF. The killings of Masalit in El Geneina in June left them no choice, their leader said.", "Port Sudan"),
    ("The government and the rebels signed a ceasefire agreement on Monday, officials told reporters in Juba. "
     "Fighting in Malakal had killed dozens in May.", "Juba"),
])
def test_stress_a_deal_told_at_a_press_conference_is_coded_where_it_is_said(text, scene):
    assert [name for name, _a in _loc(text)][:1] == [scene], text


@pytest.mark.parametrize("text, towns", [
    ("Russia said its forces captured the city of Pokrovsk in Donetsk Oblast and the town of Vovchansk in Kharkiv "
     "Oblast on Sunday. Ukraine said its troops still held positions in Pokrovsk and in Vovchansk.",
     ["Pokrovsk", "Vovchansk"]),
    # the second town named again, by another spelling, in the sentences after
    ("Russia said its forces captured the city of Pokrovsk in Donetsk Oblast and the town of Vovchansk in Kharkiv "
     "Oblast on Sunday. Its general staff said units had liberated Volchansk, and state media described Volchansk as "
     "a town in the Kharkov region. Ukraine said its troops still held positions in Pokrovsk and in Vovchansk.",
     ["Pokrovsk", "Vovchansk"]),
])
def test_stress_each_town_of_a_capture_keeps_its_own_record(text, towns):
    assert sorted(name for name, _a in _loc(text)) == towns, text


# round 29, third places pass


@pytest.mark.parametrize("text, scene", [
    # a place of a park or a border point, coded at its commune's seat
    ("JNIM militants attacked an army position at Point Triple on Wednesday, killing 28 Beninese soldiers, the "
     "government said.", ("Karimama", "Alibori")),
    # a town on the South Kivu side of the provinces' border
    ("M23 rebels seized Kalehe on Saturday after clashes with the army, residents said.", ("Kalehe", "South Kivu")),
    # an oil town GeoNames' cities500 lacks
    ("The RSF said on Monday it had taken control of the Heglig oil field in West Kordofan state.",
     ("Heglig", "West Kordofan")),
])
def test_conflict_places_added_this_round(text, scene):
    assert _loc(text)[:1] == [scene], text


@pytest.mark.parametrize("text, scene", [
    ("JNIM fighters attacked an army post in Djibo on Monday, killing 10 soldiers.", ("Djibo", "Sahel")),
    ("Gunmen abducted 14 traders near Djibo on Sunday, a local official said.\n\nOn Monday, JNIM fighters attacked the "
     "soldiers posted in the town, a security source said.", ("Djibo", "Sahel")),
    ("ADF rebels killed 12 people in Bundibugyo on Saturday, police said.", ("Bundibugyo", "Western")),
    ("ISWAP fighters attacked troops in Diffa, killing four soldiers.", ("Diffa", "Diffa")),
])
def test_stress_a_group_s_home_country_does_not_hide_a_neighbour_s_town(text, scene):
    # the report's country known only from an actor's home (JNIM: Mali): a sizeable town spelt as
    # written that only a neighbouring country has is that country's
    assert _loc(text)[:1] == [scene], text


def test_a_neighbour_s_town_needs_its_own_size_when_only_an_actor_tells_the_country():
    # no bar lifted for a town a country is named beside: "in Mali" keeps the Malian reading
    assert _loc("JNIM fighters attacked an army post in Mopti, Mali, on Monday.")[:1] == [("Mopti", "Mopti")]


@pytest.mark.parametrize("text, towns", [
    ("Ethiopian federal troops have taken control of the ancient town of Axum and the nearby town of Adwa in the "
     "Tigray region, the government said on Friday.", ["Adwa", "Aksum"]),
    ("Troops retook Bama and the farming village of Konduga on Saturday, the army said.", ["Bama", "Konduga"]),
])
def test_stress_a_capture_of_a_town_and_the_nearby_town_of_another_is_two_records(text, towns):
    assert sorted(name for name, _a in _loc(text)) == towns, text


def test_an_event_in_the_town_takes_the_town_of_the_event_told_before():
    # the second event's own words name no town ("the troops stationed in the village"); the country it
    # reads only from a newspaper's name is no scene
    text = ("Soldiers stormed the rebel-held village of Lay Kay Kaw in Myawaddy Township on Tuesday and rounded up "
            "about 50 people, residents said.\n\nOn Wednesday, KNLA fighters attacked the troops stationed in the "
            "village, sparking clashes that went on into the night, a KNU spokesman said.\n\nThe state-run Global New "
            "Light of Myanmar said on Thursday that security forces had detained terrorists there, without mentioning "
            "the clashes.")
    # (Lay Kay Kaw joined the supplement in stop 40: before, its township seat Myawaddy)
    assert [name for name, _a in _loc(text)] == ["Lay Kay Kaw", "Lay Kay Kaw"]


@pytest.mark.parametrize("text, scene", [
    ("Resistance fighters have seized two army camps in Falam Township, Chin State. The Chin National Army said its "
     "fighters overran the camps at Rihkhawdar on Monday.", "Rihkhawdar"),
    ("Myanmar's junta said rebels stormed police posts in Falam Township in Chin State on Friday; the heaviest "
     "fighting was at Rihkhawdar, near the Indian border.", "Rihkhawdar"),
    # negative: a town the villagers fled to, or where a spokesman sits, is no scene
    ("Fighting raged in Falam Township of Myanmar's Chin State on Monday, and hundreds of villagers fled to Tedim, "
     "residents said.", "Falam"),
    ("Troops clashed with rebels in Falam Township in Myanmar's Chin State on Monday. A spokesman for the army in "
     "Hakha said two soldiers died.", "Falam"),
])
def test_stress_a_town_named_inside_a_township_beats_the_township_s_seat(text, scene):
    assert [name for name, _a in _loc(text)][:1] == [scene], text


@pytest.mark.parametrize("text, scene", [
    ("Rockets fired from Ethiopia's dissident Tigray region struck the Eritrean capital Asmara late on Saturday, "
     "diplomats said.", ("Asmara", "Maekel")),
    ("Shells fired from Russia's Belgorod region hit the Ukrainian city of Kharkiv on Friday, killing two people, "
     "officials said.", ("Kharkiv", "Kharkiv")),
    ("The Eritrean capital Asmara was hit by rockets fired from neighbouring Tigray on Saturday, diplomats said.",
     ("Asmara", "Maekel")),
    # negative: with no 'from' before it, the region is the scene
    ("Rockets struck Ethiopia's Tigray region on Saturday, killing three people, diplomats said.", ("Tigray", "Tigray")),
])
def test_stress_a_place_a_weapon_was_fired_from_behind_a_possessive_is_no_scene(text, scene):
    assert _loc(text)[:1] == [scene], text


@pytest.mark.parametrize("text, scene", [
    ("Russia's Black Sea Fleet flagship, the guided-missile cruiser Moskva, sank on Thursday, the ministry said. "
     "Ukraine said it hit the Moskva with missiles south of Odesa.", ("Odesa", "Odesa")),
    ("A missile hit the cargo ship Kharkiv in the port of Odesa on Monday, killing one sailor.", ("Odesa", "Odesa")),
    # stop 49: the ship's name before its kind, set off by commas (the landing ship Orsk at Berdiansk, 24 March 2022)
    ("Ukrainian missiles struck the Orsk, a large Russian landing ship, in the port of Berdiansk on Thursday, "
     "the navy said.", ("Berdyansk", "Zaporizhzhia")),
    # negative: a ship with no name leaves the town where the ship was
    ("Gunmen attacked a ship in Lagos on Sunday, killing one sailor, police said.", ("Lagos", "Lagos")),
])
def test_stress_a_ship_named_after_a_city_is_no_place(text, scene):
    assert _loc(text)[:1] == [scene], text


@pytest.mark.parametrize("text, scene", [
    ("Two people were killed in a gunfight in a Christian town east of Beirut, officials said Thursday. The truck "
     "overturned late Wednesday as it passed through Kahaleh, about 15 km from the capital.", ("Kahaleh", "Mount Lebanon")),
    ("Gunmen killed five farmers in a village south of Maiduguri on Sunday, police said. The farmers were working "
     "their fields at Konduga when the gunmen arrived.", ("Konduga", "Borno")),
    ("A roadside bomb hit a bus in a village north of Kirkuk on Monday, killing four passengers, police said. The "
     "blast struck the bus on the main road at Dibis, a police officer said.", ("Dibis", "Kirkuk")),
    # negative: a hospital the wounded were taken to, or where a journey began, names no scene
    ("Gunmen killed five farmers in a village south of Maiduguri on Sunday, police said. The wounded were taken to a "
     "hospital in Maiduguri.", ("Maiduguri", "Borno")),
    ("A roadside bomb hit a bus in a village north of Kirkuk on Monday, killing four passengers, police said. The bus "
     "was travelling from Dibis to the city.", ("Kirkuk", "Kirkuk")),
    # negative: near a town, not an unnamed town placed by it
    ("Gunmen killed five farmers near Maiduguri on Sunday, police said. The farmers came from Konduga.",
     ("Maiduguri", "Borno")),
])
def test_stress_an_unnamed_town_placed_by_its_bearing_takes_the_town_named_later(text, scene):
    assert _loc(text)[:1] == [scene], text


def test_a_word_of_a_firm_or_a_persons_name_is_no_hamlet_abroad(gazetteer):
    # GeoNames has an Anadarko (Oklahoma) and a Moundridge alias "Christian" (Kansas): in a
    # Mozambican or Congolese report they are a firm and a man, not places of the report
    text = ("Insurgents attacked a convoy of workers for a contractor of US energy firm Anadarko "
            "Petroleum near Palma in Cabo Delgado province, Mozambique, killing eight.")
    got = {p.name for p in places(gazetteer, text)}
    assert "Palma" in got and "Anadarko" not in got
    plain = places(gazetteer, "Gunmen attacked Anadarko, Oklahoma, overnight.")
    assert "Anadarko" in {p.name for p in plain}


def test_a_town_of_the_reports_country_keeps_its_reading_inside_a_longer_name(gazetteer):
    # "Ashrafiyat Sahnaya" is read as Sahnaya, a Syrian town the report's other places vouch for
    text = ("Clashes broke out between security forces and Druze gunmen in the town of Ashrafiyat "
            "Sahnaya, about 15 km southwest of Damascus, Syria.")
    assert "Sahnaya" in {p.name for p in places(gazetteer, text)}


# --- a capital as its government, world regions, slogans (stop 32) ---------------------------------

def _one(text, published="2020-11-14", resources=None):
    from conftest import article
    evs = extract(article(text, published), resources=resources)
    assert evs, text
    return evs[0]


def test_a_capital_that_describes_or_accuses_is_the_government_not_the_scene(resources):
    # a Paris-datelined story of an operation in Mali's Menaka region: "described by Paris as" is
    # France speaking, and the dateline is where it was filed
    ev = _one("Paris (AFP) - French soldiers have killed a senior jihadist commander in northeastern Mali, the "
              "armed forces ministry said on Friday.\n"
              "The man, described by Paris as the military chief of the Group to Support Islam and Muslims "
              "(GSIM), was killed on Tuesday along with three other men in a pick-up truck in the Menaka region, "
              "the ministry said.",
              resources=resources)
    assert ev.place is not None and ev.place.iso2 == "ML", ev.place
    # "the military chief of the GSIM" is a rank in the group, not Mali's or France's army
    assert ev.actor1 == "Military Forces of France (2017-)"
    assert ev.actor2 == "JNIM: Group for Support of Islam and Muslims"


def test_the_middle_east_and_the_white_house_are_no_towns(gazetteer):
    text = ("A rocket attack on a base in western Iraq wounded five American personnel on Monday, U.S. officials "
            "said, as the Middle East braced for retaliation. The president was told of it at the White House.")
    written = {p.written for p in places(gazetteer, text)}
    assert "Middle East" not in written and "White House" not in written and "White" not in written
    assert "Iraq" in written  # the scene the lead names is still read


def test_a_slogan_names_no_place_and_the_crowd_is_of_the_country_where_it_gathered(resources):
    ev = _one("NIAMEY, Niger (AP) - Thousands of supporters of the junta marched through the capital on "
              "Sunday, and some of them attacked the French embassy, setting its gate on fire before police "
              "dispersed them with tear gas.\n"
              "Demonstrators chanted \"Long live Putin\" and \"Down with France\" as they tore down the embassy's "
              "plaque.", published="2023-07-31", resources=resources)
    assert ev.place is not None and ev.place.name == "Niamey", ev.place
    assert ev.actor1 is not None and ev.actor1.endswith(" (Niger)") and ev.actor1.startswith(("Rioters", "Protesters"))


def test_the_sahel_with_a_possessive_is_the_belt_of_africa_not_burkina_fasos_region(gazetteer):
    text = ("He was abducted in Gao on April 8 by JNIM, the Sahel's main al Qaeda-linked group, a video "
            "released on Wednesday showed.")
    ps = places(gazetteer, text)
    assert [p.written for p in ps if p.iso2 == "BF"] == []
    assert any(p.name == "Gao" and p.iso2 == "ML" for p in ps)


def test_a_province_told_as_the_province_of_x_is_its_seat(gazetteer):
    text = "Gunmen attacked an army post in Koutougou, in Burkina Faso's northern province of Soum, on Monday."
    ps = places(gazetteer, text)
    assert any(p.written == "Soum" and p.name == "Djibo" and p.precision == 2 for p in ps), [(p.written, p.name) for p in ps]


def test_a_unit_told_late_beats_the_dateline_when_the_scene_is_a_town_the_gazetteer_lacks(resources):
    # Dablo is not in the gazetteer; the report places it in Sanmatenga province (seat Kaya) five
    # sentences after the lead: the scene is near Kaya, not Ouagadougou where the story was filed
    ev = _one("Ouagadougou (AFP) - Gunmen killed six people including a priest during Sunday mass at a Catholic "
              "church in northern Burkina Faso, local officials said.\n"
              "\"Armed men burst into the church during mass. They opened fire as the faithful tried to flee,\" "
              "the mayor of Dablo told AFP. \"They killed at least five worshippers. The priest was also "
              "killed.\"\n"
              "The attackers then set fire to the church and several shops, he said.\n"
              "Dablo is a small town in Sanmatenga province, in the Centre-North region.",
              published="2019-05-12", resources=resources)
    assert ev.place is not None and ev.place.name == "Kaya" and ev.place.precision == 2, ev.place


def test_a_malian_circle_named_after_its_seat_town_is_that_town_near_not_at(gazetteer):
    text = "The camp of Mondoro, in the Douentza circle of the Mopti region, lies near the border with Burkina Faso."
    ps = [p for p in places(gazetteer, text) if p.written == "Douentza"]
    assert ps and ps[0].iso2 == "ML" and ps[0].feature == "place" and ps[0].precision == 2


def test_a_towns_region_that_is_no_division_is_near_the_town_and_ankara_opening_an_operation_is_turkey(resources):
    ev = _one("ANKARA\nTurkish warplanes on Saturday began pounding YPG positions in the Afrin region of northwestern "
              "Syria, the Turkish General Staff said, as Ankara opened a cross-border operation it has been "
              "threatening for weeks.", published="2018-01-20", resources=resources)
    assert ev.place is not None and ev.place.iso2 == "SY" and ev.place.feature == "place", ev.place
    assert ev.place.precision == 2 and "Afrin" in (ev.place.name or "")


def test_the_capital_of_a_countrys_province_is_not_the_countrys_capital(gazetteer):
    text = ("Forces backed by the United Arab Emirates took control of the capital of Yemen's oil-rich Shabwa "
            "province on Wednesday after three days of fighting.")
    assert not any(p.name == "Sanaa" for p in places(gazetteer, text))
    # the country's own capital is still read
    assert any(p.name == "Sanaa" for p in places(gazetteer, "Air strikes hit the capital of Yemen on Wednesday."))


def test_a_province_of_another_country_is_no_reading_when_the_reports_country_outweighs_it(resources):
    # "Jammu" is a division of India that no word of this Nigerian report supports
    ps = places(resources.gazetteer, "Gunmen attacked Jammu village in Kajuru, Kaduna State, and Kaduna "
                                     "State Government said 130 people were killed in Kajuru.")
    assert not any(p.iso2 == "IN" for p in ps), [(p.written, p.iso2) for p in ps]


def test_a_town_before_the_verb_live_is_still_a_town(gazetteer):
    # only the slogan "Long live ..." is set aside: "residents of Gao live in fear" keeps Gao
    ps = places(gazetteer, "Residents of Gao live in fear of new attacks after Sunday's ambush in Mali.")
    assert any(p.name == "Gao" and p.iso2 == "ML" for p in ps)


# stop 35: "X, the capital of Y state" puts X in Y: of two namesakes the gazetteer files in two states
# (West Kordofan's capital, listed once under the South Kordofan it belonged to before 2013), the one in
# the state named; and the event is placed at the town, not the state (the RSF took el-Fula on 20 June 2024)
def test_a_town_told_as_the_capital_of_a_state_lies_in_that_state(gazetteer, resources):
    got = places(gazetteer, "The RSF said it had taken control of el-Fula, the capital of West Kordofan state, on Thursday.")
    town = next(p for p in got if p.feature == "place")
    assert town.admin1 == "West Kordofan"
    evs = extract(make_article(
        "Sudan's Rapid Support Forces said on Thursday they had taken control of el-Fula, the capital of West Kordofan "
        "state, as they press their offensive against the army.", published=dt.date(2024, 6, 21)), resources=resources)
    assert evs and evs[0].place is not None and evs[0].place.feature == "place" and evs[0].place.admin1 == "West Kordofan"


# stop 36: the given name of a titled person is the person ("Prime Minister Abiy Ahmed ... Abiy said":
# not Abiy Adi in Tigray; the grenade at his rally in Meskel Square, Addis Ababa, 23 June 2018)
def test_the_given_name_of_a_titled_person_is_no_place(gazetteer, resources):
    text = ("ADDIS ABABA, June 23 (Reuters) - A grenade went off at a rally for Prime Minister Abiy Ahmed in Meskel Square "
            "in the capital on Saturday, killing one person and wounding dozens. Abiy, who was unhurt, called it an attack by "
            "people who did not want the country united.")
    assert not any(p.name == "Abiy Adi" for p in places(gazetteer, text))
    evs = extract(make_article(text, published=dt.date(2018, 6, 23)), resources=resources)
    assert evs and evs[0].place is not None and evs[0].place.name == "Addis Ababa"


# (a sit-in attacked at Fata Borno, Kutum locality, North Darfur, 13 July 2020; the island post of Darak in Lake
# Chad overrun on 9-10 June 2019, stop 37): a division's name ending a longer name the gazetteer lacks is not
# that division (Nigeria's Borno state), and a lake named after a country is water, not the country
@pytest.mark.parametrize("text,not_cc,attr,value", [
    ("Nine people were killed when gunmen attacked a sit-in at Fata Borno in Kutum locality, North Darfur, on "
     "Monday, the sit-in's coordinators said.", "NG", "name", "Kutum"),
    ("Jihadists killed 16 soldiers and eight civilians when they stormed an army post on the island of Darak in "
     "Lake Chad overnight Sunday, security sources in Cameroon's Far North region said.", "TD", "admin1", "Far North"),
])
def test_a_name_inside_a_longer_name_is_not_that_division_or_country(gazetteer, text, not_cc, attr, value):
    got = places(gazetteer, text)
    assert not any(p.iso2 == not_cc for p in got) and any(getattr(p, attr) == value for p in got)


# guards (pass on the old code too): the division or the country named alone, or with an adjective before it
@pytest.mark.parametrize("text,check", [
    ("Gunmen killed nine farmers in Borno on Monday, Nigerian officials said.", lambda p: p.name == "Borno" and p.iso2 == "NG"),
    ("Separatists abducted 30 women in Cameroon's Anglophone North-West on Saturday.", lambda p: p.admin1 == "North-West"),
    ("Jihadists killed 16 soldiers at an army post in western Chad on Sunday.", lambda p: p.iso2 == "TD" and p.feature == "country"),
])
def test_a_division_or_country_named_alone_stays_itself(gazetteer, text, check):
    assert any(check(p) for p in places(gazetteer, text))


# stop 37: "western Niger" in a report on Niger is the country, not Nigeria's Niger State, even where
# a word Nigeria's copy uses ("bandits") brings Nigeria into the report (the raids on villages of
# Tillia department, Tahoua region, 21 March 2021, 137 dead)
def test_a_direction_before_a_country_that_is_also_a_division_is_the_country(gazetteer, resources):
    text = ("Niamey (AFP) - Gunmen killed 137 people in raids on several villages in western Niger near the border "
            "with Mali, the government said Monday.\n"
            "The attacks took place on Sunday in Intazayene, Bakorat and Wistane, villages of Tillia department in "
            "the Tahoua region, a government spokesman said on state television. \"The armed bandits deliberately "
            "targeted civilians,\" he said.")
    assert not any(p.iso2 == "NG" for p in places(gazetteer, text))
    ev = _one(text, published="2021-03-22", resources=resources)
    assert ev.place is not None and ev.place.iso2 == "NE" and ev.place.name == "Tillia", ev.place
    # guard (passes on the old code too): in a Nigerian report, "Niger State" stays the division
    ev = _one("Gunmen abducted 20 farmers in western Niger State on Sunday, Nigerian police said.", published="2021-03-22",
              resources=resources)
    assert ev.place is not None and ev.place.iso2 == "NG", ev.place


# (Puntland's capture of Dhaadaar in the Cal Miskaad mountains from Islamic State, February 2025): a
# name every branch of the Islamic State bears ("ISIS", "Daesh") tells no country by itself, so the
# Somali report keeps Somalia, its Bari region and the Somali branch
def test_a_name_shared_by_branches_of_a_group_does_not_pull_the_report_to_syria(resources):
    ev = _one("BOSASO, Puntland - Puntland forces on Tuesday captured Dhaadaar, a stronghold of the Islamic State "
              "(ISIS) faction in the Cal Miskaad mountains of Bari region, after a day of heavy fighting, officials said.\n"
              "The Daesh militants withdrew deeper into the mountains as troops advanced on the village, a commander "
              "told reporters. Fourteen ISIS fighters and three soldiers were killed, the ministry said. ISIS has not "
              "commented on the loss.", published="2025-02-12", resources=resources)
    rec = ev.to_record()
    assert rec["admin1"] == "Bari" and rec["country"] == "Somalia", rec
    assert "Islamic State (Somalia)" in (rec["actor1"], rec["actor2"]), rec


# (Qandala, retaken from Islamic State by Puntland on 7 December 2016): a dateline town that exists in
# one country only stands when the report's other names lean elsewhere ("the Gulf of Aden coast")
def test_a_dateline_town_stands_when_other_names_lean_abroad(resources):
    ev = _one("BOSASO - Puntland troops on Wednesday retook the port town of Qandala, six weeks after it was seized by "
              "militants loyal to the Islamic State group, regional officials said.\n"
              "The forces moved in after the militants withdrew. Qandala lies on the Gulf of Aden coast, east of "
              "Bosaso. Officials said troops would pursue the militants into the mountains.",
              published="2016-12-08", resources=resources)
    rec = ev.to_record()
    assert rec["country"] == "Somalia" and rec["location"] == "Qandala", rec
    assert rec["actor2"] == "Islamic State (Somalia)", rec


# stop 37: names that are no scene: a patron, seat or flag before a hyphen ("Moscow-backed", "a Marshall
# Islands-flagged tanker"), a dead soldier's home town ("Conrad, 26, of Chandler, Arizona"), a capital's war
# ("Moscow's invasion force"); from the Houthi drone on the Genco Picardy (17 January 2024), the US soldier
# killed near Jamaame (8 June 2018) and the fall of Kreminna (18 April 2022)
@pytest.mark.parametrize("text,not_there", [
    ("A one-way attack drone launched from Houthi-controlled territory struck the Marshall Islands-flagged bulk carrier "
     "Genco Picardy in the Gulf of Aden on Wednesday evening, US Central Command said.", "US"),
    ("An American soldier was killed in a mortar attack in Jubaland on Friday. The Pentagon identified him as Staff Sgt. "
     "Alexander Conrad, 26, of Chandler, Arizona.", "US"),
    ("Russian forces took the town of Kreminna in Luhansk region on Monday, the governor said, a day after Kyiv said "
     "Moscow's long-expected offensive in the Donbas had begun. Moscow-backed separatists joined the assault.", "RU"),
])
def test_a_patron_a_flag_a_home_town_or_a_capitals_war_is_no_scene(gazetteer, text, not_there):
    got = places(gazetteer, text)
    # (a home town is kept as where the man came from, "+origin", never as the scene)
    assert not any(p.iso2 == not_there and "+origin" not in p.rule for p in got), [(p.name, p.iso2, p.rule) for p in got]
    # guard (passes on the old code too): the capital struck is the scene
    assert any(p.iso2 == "RU" for p in places(gazetteer, "Drones struck Moscow overnight, the mayor said."))


# stop 38: a deal is coded where it was made, abroad too; the countries copy names as venues, flags or
# nationalities are countries (Eritrea, Qatar, Sweden...). From the Washington accord of Congo and Rwanda
# (27 June 2025), the Doha declaration of Congo and M23 (19 July 2025), the Jeddah accord of Ethiopia and
# Eritrea (16 September 2018) and the Pretoria cessation of hostilities (2 November 2022)
@pytest.mark.parametrize("text,published,town,sides", [
    ("Congo and Rwanda signed a peace agreement in Washington on Friday aimed at ending the fighting in eastern "
     "Congo, where rebels seized the region's two largest cities earlier this year. The M23 rebels were not party "
     "to the deal.", "2025-06-27", "Washington",
     ("Military Forces of the Democratic Republic of Congo (2019-)", "Military Forces of Rwanda (2000-)")),
    ("The government of the Democratic Republic of the Congo and the M23 rebel group signed a declaration of "
     "principles in Qatar's capital, Doha, on Saturday, committing to a permanent ceasefire. Fighting in North "
     "Kivu had continued for weeks.", "2025-07-19", "Doha",
     ("Military Forces of the Democratic Republic of Congo (2019-)", "M23: March 23 Movement")),
    ("The leaders of Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday, ending two decades of "
     "hostility. Eritrean President Isaias Afwerki and Ethiopian Prime Minister Abiy Ahmed signed at a ceremony. "
     "The Eritrean capital Asmara hosted their first summit in July.", "2018-09-16", "Jeddah",
     ("Military Forces of Ethiopia (2018-)", "Military Forces of Eritrea (1993-)")),
    ("Ethiopia's government and forces from the northern region of Tigray agreed on Wednesday to a permanent "
     "cessation of hostilities, the African Union said. The deal was signed in the South African capital, "
     "Pretoria, after ten days of talks with Tigrayan fighters.", "2022-11-02", "Pretoria",
     ("Government of Ethiopia (2018-)", "TPLF: Tigray People's Liberation Front")),
    ("Oman announced on Tuesday that the United States and Yemen's Houthi group had agreed to a ceasefire under "
     "which neither side will target the other. The Omani foreign ministry said talks were held in Muscat.",
     "2025-05-06", "Muscat", ("Military Forces of the United States (2021-)", "Houthi Movement")),
])
def test_a_deal_is_placed_at_its_venue_abroad_and_its_named_states_are_its_sides(resources, text, published, town, sides):
    ev = _one(text, published=published, resources=resources)
    rec = ev.to_record()
    assert rec["sub_event_type"] == "Agreement", rec
    assert rec["location"] == town, rec
    assert (rec["actor1"], rec["actor2"]) == sides, rec


def test_a_venue_abroad_is_a_city_and_no_name_of_a_country_is_a_town(gazetteer):
    # a hamlet abroad named like the venue is not read: the city is
    got = places(gazetteer, "Sudan's army and the RSF signed a ceasefire in Doha on Saturday, mediators said.")
    assert [(p.name, p.iso2) for p in got if p.feature == "place"] == [("Doha", "QA")], got
    # "Republic" of "Democratic Republic of Congo" is no town of Missouri, whatever countries the report names
    got = places(gazetteer, "Democratic Republic of Congo and Rwanda signed a declaration in Washington on Friday, "
                            "as the United States stepped up its efforts.")
    assert "Republic" not in {p.name for p in got}, [(p.name, p.iso2) for p in got]
    # guard (passes on the old code too): a capital of the report's own country named as a venue
    assert [p.name for p in places(gazetteer, "The army and the rebels signed a truce in Kinshasa on Friday.")] == ["Kinshasa"]


# guards of the country words of stop 38 (they pass on the old code, which knew neither Spain, Greece nor
# the Philippines; the corpus reports they follow went wrong with the new words before the rules of
# speech, bureaus and governments abroad)
def test_a_voice_at_a_summit_abroad_and_a_government_abroad_speaking_are_no_scene(resources):
    # (Hroza, 5 October 2023): the summit Zelensky spoke at, "in Granada, Spain", is where he spoke
    evs = extract(make_article(
        "At least 51 people have been killed in a Russian missile strike on a cafe in the village of Hroza in "
        "Kharkiv region, officials said. Speaking at a summit of European leaders in Granada, Spain, President "
        "Volodymyr Zelensky said more than 50 people had been killed.", published=dt.date(2023, 10, 5)))
    assert [e.place.name for e in evs if e.place] == ["Hroza"], [e.to_record()["location"] for e in evs]
    # (the Eternity C, 7-9 July 2025): "The Philippines said" is a government speaking, and a dateline of
    # two bureaus, "DUBAI/ATHENS", is where the copy was filed from
    evs = extract(make_article(
        "DUBAI/ATHENS, July 10 (Reuters) - At least four crew members of the bulk carrier Eternity C were killed "
        "when Yemen's Houthis attacked the ship in the Red Sea this week, the EU naval mission said.\n"
        "The Liberian-flagged vessel came under attack on Monday evening about 50 nautical miles southwest of the "
        "Houthi-held port of Hodeidah. It sank on Wednesday.\n"
        "The Philippines said 21 of the crew were Filipino nationals.", published=dt.date(2025, 7, 10)))
    assert evs and not any(e.place and e.place.iso2 in ("GR", "PH", "AE") for e in evs), [e.to_record()["location"] for e in evs]


# guard (passes on the old code, to which Tanzania was no country; the corpus report it follows read
# Congo's branch with the new word before the tie-break)
def test_a_name_branches_share_reads_the_branch_of_the_country_named_sooner(resources):
    # (Kitaya, Mtwara, 14 October 2020): Tanzania has no branch of IS; of the branches of the countries
    # the report names, Mozambique's is named first (not Congo's, ISCAP's)
    rec = _one("ISIL has claimed its first attack in Tanzania, after Tanzanian police said hundreds of fighters "
               "crossed the border from Mozambique and killed 20 people in a village in the southern Mtwara region. "
               "Kitaya lies close to Mozambique's Cabo Delgado province, where an ISIL-linked group has waged an "
               "uprising since 2017. ISIL fighters operate in Congo too.", published="2020-10-16",
               resources=resources).to_record()
    assert rec["actor1"] == "Islamic State (Mozambique)", rec


# stop 38: the affront a protest answers is told with its place ("a planned Quran burning in Stockholm"),
# and a state's embassy or ministry is that state's mission, not the scene's country; police named by
# their trade alone are the police of the country where they acted. From the storming of the Swedish
# embassy in Baghdad (20 July 2023) and the march on the Danish embassy (22 July 2023)
@pytest.mark.parametrize("text,published,actors", [
    ("Hundreds of protesters stormed the Swedish embassy in Iraq's capital, Baghdad, and set it on fire early on "
     "Thursday in anger over a planned burning of a copy of the Quran in Sweden. The protest came ahead of a "
     "planned Quran burning in Stockholm. Riot police later fired water cannon and detained several protesters. "
     "Sweden's foreign ministry said all of its embassy staff were safe.", "2023-07-20",
     ("Rioters (Iraq)", "Police Forces of Iraq (2022-)")),
    ("Riot police blocked hundreds of protesters from reaching the Danish embassy in Baghdad late on Saturday and "
     "fired tear gas, after a far-right group burned a copy of the Koran outside Iraq's embassy in Copenhagen. "
     "Denmark's foreign minister condemned the burning. Danish police had protected the far-right group.", "2023-07-23",
     ("Protesters (Iraq)", "Police Forces of Iraq (2022-)")),
])
def test_a_protest_abroad_over_an_affront_is_placed_where_the_crowd_gathered(resources, text, published, actors):
    rec = _one(text, published=published, resources=resources).to_record()
    assert rec["country"] == "Iraq" and rec["admin1"] == "Baghdad", rec
    assert (rec["actor1"], rec["actor2"]) == actors, rec


# stop 38: "France" is a country's name and "French" a demonym (the old guess by word endings had them
# the other way round); and the second country of a report, named and told by its own words, keeps a
# town only it has, where a foreign force outweighs it (Timbuktu airport, 14 April 2018)
def test_a_foreign_force_in_the_report_leaves_the_host_its_towns(resources):
    from sitrep.pipeline.places import country_mentions
    assert [(m[2], m[3]) for m in country_mentions("France said French troops had left.")] == [("FR", True), ("FR", False)]
    rec = _one("BAMAKO, April 15, 2018 (AFP) - A UN peacekeeper was killed and several French soldiers were wounded when "
               "jihadists disguised as Malian soldiers attacked a UN and French base at Timbuktu airport on Saturday, "
               "officials said. The French army said its troops had fought off the attackers. French forces killed "
               "several assailants, the French army said. France has about 4,500 soldiers in Mali, where French "
               "troops have fought jihadists since 2013.", published="2018-04-15", resources=resources).to_record()
    assert rec["location"] == "Timbuktu" and rec["country"] == "Mali", rec


# stop 38 (read in blind batch 34 after it was scored): "Arab" is a people's word, never a town of
# Alabama, whatever else the report names (the Saudi-led strikes of 26 March 2015)
def test_arab_is_a_peoples_word(gazetteer):
    from sitrep.pipeline.places import find_candidates
    text = "Saudi Arabia and its Gulf Arab allies launched air strikes in Yemen overnight, Al Arabiya said."
    assert "Arab" not in {c.text for c in find_candidates(text, gazetteer, [])}
    assert "Yemen" in {c.text for c in find_candidates(text, gazetteer, [])}


# stop 40: GeoNames lists an airport's code among a town's names ("AID" for Anderson, Indiana):
# "Aid deliveries to besieged areas" names no place (the coalition strike near Deir ez-Zor, 17
# September 2016)
def test_an_airport_code_is_no_name_of_its_town(gazetteer):
    assert not gazetteer.find("Aid")
    assert {e.name for e in gazetteer.find("Anderson") if e.cc == "US"}  # the town's own name stays
    ps = places(gazetteer, "Aid deliveries to besieged areas agreed under the deal had yet to begin.")
    assert ps == [] or all(p.iso2 != "US" for p in ps), ps


# stop 40: a capital accused, or a broker of a deal, is the government, not a scene ("Moscow was
# quick to point the finger at Kyiv"; the Donetsk cafe bombing of 31 August 2018)
def test_a_capital_accused_or_brokering_is_the_government(resources, gazetteer):
    ps = places(gazetteer, "A truce brokered by Washington and Moscow collapsed. Russia accused Kyiv of terror, "
                           "and Moscow was quick to point the finger at Kyiv.")
    assert not any(p.name in ("Washington", "Moscow", "Kyiv") for p in ps), ps
    rec = _one("MOSCOW (AP) - The leader of the Russia-backed separatists in eastern Ukraine was killed Friday evening "
               "when a bomb went off in a cafe in central Donetsk, rebel officials said, and Moscow was quick to point "
               "the finger at Kyiv. Russia's Foreign Ministry accused Kyiv of turning to terror.", published="2018-09-01",
               resources=resources).to_record()
    assert rec["location"] == "Donetsk", rec
    # a capital hit stays the scene
    ps = places(gazetteer, "Drones struck Moscow and Kyiv accused Russia of shelling Kharkiv.")
    assert "Moscow" in {p.name for p in ps}


# stop 41: a division named as a war's land ("journalists covering the conflict in the Tigray region")
# or in a party's name ("the opposition National Movement of Amhara") is not where an arrest told in
# Addis Ababa happened (a Reuters camera operator held on 24 December 2020; an Amhara MP detained at his
# home in Addis Ababa on 5 August 2023)
def test_a_wars_land_or_a_partys_name_is_not_the_arrests_scene(resources):
    rec = _one("New York, December 28, 2020 - Ethiopian authorities should free a Reuters camera operator and stop detaining "
               "journalists covering the conflict in the Tigray region, a press freedom group said today.\nOn December 24, "
               "police detained the camera operator in Addis Ababa, the news agency said.", published="2020-12-28",
               resources=resources).to_record()
    assert (rec["sub_event_type"], rec["location"]) == ("Arrests", "Addis Ababa"), rec
    rec = _one("Police on Saturday detained Christian Tadele, a lawmaker from the opposition National Movement of Amhara, at his "
               "home in Addis Ababa, his family said.", published="2023-08-06", resources=resources).to_record()
    assert rec["location"] == "Addis Ababa", rec
    # guard (passes on the old code too): a fight in the region is still placed there
    rec = _one("Fighting between the army and Fano militiamen broke out in the Amhara region on Saturday, residents said.",
               published="2023-08-06", resources=resources).to_record()
    assert rec["admin1"] == "Amhara", rec

"""Actor dictionary: aliases, former names, abbreviations, generic references by country and year."""

import datetime as dt

from sitrep.pipeline import extract
from sitrep.read import make_article


def names(d, text, countries, year):
    out = []
    for h in d.find(text):
        name, _a, _r = d.resolve(h.targets, countries, year)
        out.append(name)
    return out


def test_aliases_and_former_names(actor_dict):
    assert names(actor_dict, "Hayat Tahrir al-Sham fighters", ["SY"], 2024) == ["Hayat Tahrir al-Sham"]
    assert names(actor_dict, "the Nusra Front", ["SY"], 2016) == ["Hayat Tahrir al-Sham"]
    assert names(actor_dict, "HTS", ["SY"], 2024) == ["Hayat Tahrir al-Sham"]


def test_abbreviations_are_case_sensitive(actor_dict):
    assert names(actor_dict, "the RSF shelled", ["SD"], 2024) == ["Rapid Support Forces"]
    assert "Rapid Support Forces" not in names(actor_dict, "the rsf word", ["SD"], 2024)


def test_generic_army_by_country_and_year(actor_dict):
    assert names(actor_dict, "the army", ["SY"], 2024) == ["Military Forces of Syria (2000-2024)"]
    assert names(actor_dict, "the army", ["SD"], 2024) == ["Military Forces of Sudan (2019-)"]
    assert names(actor_dict, "regime forces", ["SY"], 2020) == ["Military Forces of Syria (2000-2024)"]


def test_generic_civilians_and_gunmen(actor_dict):
    assert names(actor_dict, "civilians", ["NG"], 2024) == ["Civilians (Nigeria)"]
    assert names(actor_dict, "gunmen", ["NG"], 2024) == ["Unidentified Armed Group (Nigeria)"]


def test_jihadists_resolve_to_the_group_the_country_implies(actor_dict):
    assert names(actor_dict, "jihadists", ["SY"], 2024) == ["Hayat Tahrir al-Sham"]


def test_unknown_group_is_kept_not_dropped(resources):
    art = make_article("Fighters of the Northern Star Brigade attacked Syrian army positions near Hama on Monday, "
                       "killing four soldiers, a war monitor said.", published=dt.date(2024, 12, 3))
    (ev,) = extract(art, resources=resources)
    r = ev.to_record()
    assert r["actor1"] == "Northern Star Brigade"
    assert r["actor2"] == "Military Forces of Syria (2000-2024)"
    mention = next(a for c in ev.claims for a in c.actors if a.name == "Northern Star Brigade")
    assert mention.resolved is False and mention.rule.startswith("unknown-group")


def test_generic_words_mean_the_group_the_report_names(resources):
    art = make_article("JNIM fighters stormed an army post near Boulkessi on Sunday. The jihadists killed "
                       "at least 12 soldiers, security sources said.", published=dt.date(2024, 6, 3))
    (ev,) = extract(art, resources=resources)
    names = {a.name for c in ev.claims for a in c.actors}
    assert "JNIM: Group for Support of Islam and Muslims" in names
    assert not any(n.startswith("Unidentified") for n in names)


def test_demonym_before_means_of_attack_is_that_state(resources):
    art = make_article("A Russian missile strike on Kharkiv killed three people on Sunday, the governor said.",
                       published=dt.date(2024, 5, 27))
    r = extract(art, resources=resources)[0].to_record()
    assert r["actor1"] == "Military Forces of Russia (2000-)"
    assert r["event_type"] == "Explosions/Remote violence"


# --- actor roles: who did it, who was hit ---------------------------------------------------

def record(resources, text, published=dt.date(2024, 6, 3)):
    evs = extract(make_article(text, published=published), resources=resources)
    assert evs, text
    return evs[0].to_record()


def test_initials_with_full_stops_join_a_name(actor_dict):
    assert names(actor_dict, "U.S. forces said", ["IQ"], 2024) == ["Military Forces of the United States (2021-)"]
    assert names(actor_dict, "the U.N. said", ["IQ"], 2024) == []
    # a full stop after a whole word still ends a name
    assert names(actor_dict, "He left the U.S. Forces", ["IQ"], 2024) != []
    assert names(actor_dict, "Hamas. Forces", ["PS"], 2024) == ["Hamas Movement"]


def test_us_forces_by_regime(actor_dict):
    assert names(actor_dict, "U.S. air strikes", ["IQ"], 2019) == ["Military Forces of the United States (2017-2021)"]
    assert names(actor_dict, "US air strikes", ["IQ"], 2024) == ["Military Forces of the United States (2021-)"]


def test_no_state_army_for_palestine(actor_dict):
    assert actor_dict.generic("state_forces", ["PS"], 2024)[0] == ""
    assert actor_dict.generic("state_forces", ["IL"], 2024)[0] == "Military Forces of Israel (2022-)"


def test_pmf_brigades_are_coded_as_the_pmf(resources):
    r = record(resources, "U.S. air strikes on Sunday against bases of the Kataib Hezbollah militia near al-Qaim "
                          "killed 25 fighters, Iraqi security sources said.", dt.date(2019, 12, 30))
    assert r["actor1"] == "Military Forces of the United States (2017-2021)"
    assert r["actor2"] == "Popular Mobilization Forces"
    assert "Kataib Hezbollah" in r["assoc_actor_2"]


def test_passive_attack_by_names_the_initiator(resources):
    r = record(resources, "At least 33 Turkish soldiers were killed in an airstrike by Syrian regime forces in Idlib "
                          "on Thursday, the governor said.", dt.date(2020, 2, 28))
    assert r["actor1"] == "Military Forces of Syria (2000-2024)"
    assert r["actor2"] == "Military Forces of Turkey (2016-)"
    # "struck by" is passive: the side after "by" attacked, it was not attacked
    r = record(resources, "A restaurant in Kramatorsk was struck by a Russian missile on Tuesday, killing 11 people, "
                          "police said.", dt.date(2023, 6, 28))
    assert r["actor1"] == "Military Forces of Russia (2000-)"
    assert r["actor2"].startswith("Civilians")


def test_speaker_who_says_it_did_it_is_the_initiator(resources):
    r = record(resources, "The MNDAA said its fighters had captured the army base in Lashio on Saturday after weeks of fighting.",
               dt.date(2024, 8, 4))
    assert r["actor1"] == "MNDAA: Myanmar National Democratic Alliance Army"
    assert r["actor2"] == "Military Forces of Myanmar (2021-)"
    r = record(resources, "A car bomb killed 20 people near a ministry in Mogadishu on Saturday. The al-Shabaab militant "
                          "group claimed responsibility.", dt.date(2022, 10, 31))
    assert r["actor1"] == "Al Shabaab"


def test_a_speaker_is_not_an_actor(resources):
    r = record(resources, "Three crew members were killed in a Houthi missile attack on a cargo ship in the Gulf of Aden "
                          "on Wednesday, US Central Command (Centcom) said.", dt.date(2024, 3, 7))
    assert r["actor1"] == "Houthi Movement"
    assert r["actor2"].startswith("Civilians")


def test_seizing_power_is_not_the_event(resources):
    r = record(resources, "The MNDAA said it captured the military's regional command in Lashio on Saturday, the first "
                          "to fall since the army seized power in 2021.", dt.date(2024, 8, 4))
    assert r["actor1"] == "MNDAA: Myanmar National Democratic Alliance Army"


def test_killed_members_make_their_group_the_target(resources):
    r = record(resources, "Israeli airstrikes flattened apartment buildings in Jabaliya on Tuesday, killing at least 50 "
                          "people. Israel said the strike killed a senior Hamas commander.", dt.date(2023, 10, 31))
    assert r["actor1"] == "Military Forces of Israel (2022-)"
    assert r["actor2"] == "Hamas Movement"
    # a strike merely aimed at a commander that killed displaced people: the civilians
    r = record(resources, "Israeli aircraft struck a camp for displaced people near Khan Yunis on Saturday, killing 90 "
                          "people. The Israeli military said it targeted Hamas military commander Mohammed Deif.",
               dt.date(2024, 7, 13))
    assert r["actor2"].startswith("Civilians")


def test_backers_are_not_the_opponent(resources):
    r = record(resources, "Syrian government forces captured Maaret al-Numan on Tuesday. Backed by Russian air strikes, "
                          "regime troops entered the town after HTS fighters withdrew.", dt.date(2020, 1, 29))
    assert r["actor1"] == "Military Forces of Syria (2000-2024)"
    assert r["actor2"] == "Hayat Tahrir al-Sham"


def test_negated_civilians_are_not_victims(resources):
    r = record(resources, "U.S. Africa Command said it had conducted an air strike near Jilib on Saturday that killed "
                          "an al Shabaab commander, and that no civilians were hurt.", dt.date(2022, 10, 3))
    assert r["actor1"] == "Military Forces of the United States (2021-)"
    assert r["actor2"] == "Al Shabaab"


def test_soldiers_among_civilians_are_not_the_target(resources):
    r = record(resources, "A Russian missile hit a restaurant in Kramatorsk on Tuesday, when it was packed with locals, "
                          "soldiers and journalists, killing 11 people, police said.", dt.date(2023, 6, 28))
    assert r["actor2"].startswith("Civilians")
    # soldiers on their own are the target
    r = record(resources, "A Russian missile hit a group of soldiers near Kramatorsk on Tuesday, killing 11, the army said.",
               dt.date(2023, 6, 28))
    assert r["actor2"] == "Military Forces of Ukraine (2019-)"


def test_police_and_army_attacked_together_code_the_army(resources):
    r = record(resources, "JNIM fighters attacked a gendarmerie school and a military airport in Bamako on Tuesday, "
                          "killing 77 people, a security source said.", dt.date(2024, 9, 19))
    assert r["actor2"] == "Military Forces of Mali (2021-)"
    r = record(resources, "JNIM fighters attacked a gendarmerie post near Segou on Tuesday, killing 7 gendarmes.",
               dt.date(2024, 9, 19))
    assert r["actor2"] == "Police Forces of Mali (2021-)"


def test_unclaimed_attack_is_an_unidentified_armed_group(resources):
    r = record(resources, "A car bomb exploded near a market in the northern Syrian city of Manbij on Monday, killing 20 people. No group claimed "
                          "responsibility.", dt.date(2025, 2, 3))
    assert r["actor1"] == "Unidentified Armed Group (Syria)"


def test_suspected_attackers_stay_unidentified_when_the_group_is_named_elsewhere(resources):
    text = ("Seventeen Nigerien soldiers were killed when suspected jihadists ambushed an army unit near Torodi on "
            "Tuesday, the defence ministry said. The area has become a hotbed for fighters linked to Islamic State.")
    r = record(resources, text, dt.date(2023, 8, 16))
    assert r["actor1"] == "Unidentified Armed Group (Niger)"
    assert r["actor2"] == "Military Forces of Niger (2023-)"


def test_killing_an_official_is_violence_against_a_civilian(resources):
    r = record(resources, "RSF fighters seized and killed the governor of West Darfur in El Geneina on Wednesday.",
               dt.date(2023, 6, 14))
    assert r["actor1"] == "Rapid Support Forces"
    assert r["actor2"] == "Civilians (Sudan)"


def test_russian_named_missile_names_the_attacker(resources):
    r = record(resources, "On 27 June 2023, a Russian Iskander missile hit a restaurant in Kramatorsk, killing 13 people.",
               dt.date(2023, 6, 27))
    assert r["actor1"] == "Military Forces of Russia (2000-)"


def test_the_side_blamed_is_the_initiator_when_no_one_else_is(resources):
    r = record(resources, "Shells hit a displacement camp near Goma in North Kivu on Friday, killing 12 people. "
                          "The army blamed M23 rebels for the shelling.", dt.date(2024, 5, 3))
    assert r["actor1"] == "M23: March 23 Movement"
    assert r["actor2"].startswith("Civilians")


def test_group_that_only_speaks_is_not_the_target(resources):
    r = record(resources, "Israeli strikes killed 20 people in Khan Yunis in the Gaza Strip on Sunday, Hamas said.",
               dt.date(2024, 7, 14))
    assert r["actor1"] == "Military Forces of Israel (2022-)"
    assert r["actor2"].startswith("Civilians")

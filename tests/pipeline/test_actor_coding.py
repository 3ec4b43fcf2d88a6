"""Who is actor1 and who actor2: the side that attacked first, on short wire copy."""

from __future__ import annotations

from conftest import article
from sitrep.pipeline import extract


def sides(text, published="2024-05-20", resources=None):
    evs = extract(article(text, published), resources=resources)
    assert evs, text
    return evs[0].actor1, evs[0].actor2


def test_the_side_that_hit_back_after_an_attack_is_not_the_initiator(resources):
    a1, a2 = sides("Kenyan police said Somali troops killed 40 al-Shabab fighters on Sunday after the militants "
                   "attacked army positions near Bardere.", resources=resources)
    assert (a1, a2) == ("Al Shabaab", "Military Forces of Somalia (2022-)")
    # without the attack on the army, the troops did it
    a1, a2 = sides("Somali troops killed 40 al-Shabab fighters in an operation near Bardere on Sunday, "
                   "officials said.", resources=resources)
    assert (a1, a2) == ("Military Forces of Somalia (2022-)", "Al Shabaab")


def test_an_arrest_that_set_off_fighting_does_not_make_its_arresters_the_attackers(resources):
    a1, a2 = sides("Clashes between the SDF and Arab tribal fighters killed 20 people near Busayrah on Sunday, "
                   "a monitor said. The fighting began after the SDF detained a tribal leader on Saturday. "
                   "Tribal fighters loyal to him then attacked SDF checkpoints.", "2023-09-04", resources)
    assert (a1, a2) == ("Arab Ethnic Militia (Syria)", "SDF: Syrian Democratic Forces")


def test_fighting_between_two_sides_reported_by_residents(resources):
    a1, a2 = sides("Fierce fighting between the Congolese army and M23 rebels was reported on Friday near "
                   "Sake, residents said.", "2024-02-10", resources)
    assert (a1, a2) == ("Military Forces of the Democratic Republic of Congo (2019-)", "M23: March 23 Movement")


def test_the_side_that_withdrew_from_its_base_is_not_the_initiator(resources):
    a1, a2 = sides("Myanmar junta troops withdrew on Wednesday from their last base in Hpapun after days of fighting, leaving Karen "
                   "fighters in control of the town, residents said.", "2024-03-28", resources)
    assert (a1, a2) == ("KNLA: Karen National Liberation Army", "Military Forces of Myanmar (2021-)")


def test_a_blamed_group_replaces_the_gunmen_and_civilians_are_the_victims(resources):
    a1, a2 = sides("Gunmen stormed a school in Kumba on Saturday, killing six pupils, officials said. "
                   "The government blamed separatist fighters.", "2020-10-25", resources)
    assert (a1, a2) == ("Ambazonian Separatists", "Civilians (Cameroon)")


def test_police_among_the_injured_are_hit_not_the_attackers(resources):
    text = ("A ballistic missile struck the centre of Sumy on Sunday, killing five people, the regional governor said. "
            "Ten children and eight police officers are among the injured, he said. "
            "Russia's defence ministry did not comment on the strike.")
    assert sides(text, "2024-05-20", resources) == ("Military Forces of Russia (2000-)", "Civilians (Ukraine)")


def test_only_forces_listed_with_civilians_among_the_hurt_are_set_aside():
    from types import SimpleNamespace as NS

    from sitrep.pipeline.assemble import _hurt_among

    def claim(text, *names):
        actors = [NS(name=n, kind="civilians" if n.startswith("Civilians") else "state forces",
                     span=NS(start=text.index(w), end=text.index(w) + len(w))) for n, w in names]
        return NS(background=None, text=text, span=NS(start=0, end=len(text)), actors=actors)

    mixed = claim("Ten children and eight police officers are among the injured, he said.",
                  ("Civilians (Ukraine)", "children"), ("Police Forces of Ukraine (2019-)", "police officers"))
    assert _hurt_among([mixed]) == {"Police Forces of Ukraine (2019-)"}
    # soldiers alone among the dead are the side hit, and stay in the running
    soldiers = claim("A lieutenant and ten soldiers were among the dead.", ("Military Forces of Iraq (2022-)", "soldiers"))
    assert _hurt_among([soldiers]) == set()
    # police named after the list are not in it
    after = claim("Children were among the injured, police said.", ("Civilians (Ukraine)", "Children"),
                  ("Police Forces of Ukraine (2019-)", "police"))
    assert _hurt_among([after]) == set()


def test_terrorists_in_niger_are_unidentified_unless_the_report_names_the_group(resources):
    text = ("Twelve Nigerien soldiers were killed on Tuesday in an ambush by \"terrorists\" near Torodi, in the "
            "Tillaberi region, the defence ministry said.")
    assert sides(text, "2024-05-20", resources) == ("Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)")
    named = text + " Islamic State Sahel Province later claimed the ambush."
    assert sides(named, "2024-05-20", resources)[0] == "Islamic State (Sahel)"


def arrest(text, published, resources):
    evs = [e for e in extract(article(text, published), resources=resources) if e.sub_event_type == "Arrests"]
    assert evs, text
    return evs[0].actor1, evs[0].actor2


def test_an_arrest_is_the_police_against_the_people_held_by_default(resources):
    # no force named: the country's police; a former governor is a civilian
    assert arrest("A former mayor of Voronezh was detained in the city on Tuesday on suspicion of taking bribes, "
                  "investigators said.", "2024-03-12", resources) == ("Police Forces of Russia (2000-)", "Civilians (Russia)")
    # soldiers made it: the army
    assert arrest("Two opposition leaders were arrested by soldiers at their homes in Khartoum on Monday, "
                  "relatives said.", "2021-10-25", resources) == ("Military Forces of Sudan (2019-)", "Civilians (Sudan)")


def test_soldiers_held_by_their_own_army_are_that_army_on_both_sides(resources):
    assert arrest("Mali's junta said on Thursday it had arrested three colonels over a plot in Bamako.",
                  "2025-08-14", resources) == ("Military Forces of Mali (2021-)", "Military Forces of Mali (2021-)")
    # the army that speaks of the arrest made it
    assert arrest("Five reservists were detained at a base near Beersheba on Monday, the Israeli military said.",
                  "2024-07-29", resources) == ("Military Forces of Israel (2022-)", "Military Forces of Israel (2022-)")


def test_gunmen_in_trucks_who_attacked_protesters_are_the_attackers(resources):
    # a phrase between the gunmen and their verb still makes them the side that acted
    a1, a2 = sides("Gunmen in pickup trucks attacked anti-government protesters in central Basra late on Friday, "
                   "killing nine people, police said.", "2019-12-07", resources)
    assert (a1, a2) == ("Unidentified Armed Group (Iraq)", "Protesters (Iraq)")
    # the police firing on protesters stay the force against the crowd
    a1, a2 = sides("Police fired on anti-government protesters in central Basra late on Friday, killing nine people, "
                   "medics said.", "2019-12-07", resources)
    assert (a1, a2) == ("Police Forces of Iraq (2022-)", "Protesters (Iraq)")


def test_militants_are_not_the_one_group_the_report_names_only_as_attacked(resources):
    a1, a2 = sides("Suspected jihadists attacked a VDP post near Djibo in northern Burkina Faso on Sunday. "
                   "The militants killed 12 volunteers, security sources said.", "2023-05-02", resources)
    assert a1 == "Unidentified Armed Group (Burkina Faso)"
    # a group the report blames is still the one the militants mean
    a1, a2 = sides("Suspected militants attacked a village near Djibo in northern Burkina Faso on Sunday, killing 12 "
                   "civilians, security sources said. Residents blamed the attack on JNIM.", "2023-05-02", resources)
    assert a1 == "JNIM: Group for Support of Islam and Muslims"

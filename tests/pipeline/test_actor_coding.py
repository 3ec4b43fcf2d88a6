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

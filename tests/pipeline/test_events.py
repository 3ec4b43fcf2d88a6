"""Event types, sub-types, territorial change, splitting and background, on short wire copy."""

from __future__ import annotations

import pytest

from conftest import article
from sitrep.pipeline import extract


def one(text, published="2024-11-28", resources=None):
    evs = extract(article(text, published), resources=resources)
    assert len(evs) == 1, [(e.event_type, e.sub_event_type, e.place.name if e.place else None) for e in evs]
    return evs[0]


@pytest.mark.parametrize("text,etype,sub", [
    ("An Israeli air strike on a house in Rafah killed nine people on Tuesday, medics said.",
     "Explosions/Remote violence", "Air/drone strike"),
    ("Russian shelling of Kherson killed two civilians on Monday, the regional governor said.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("A roadside bomb killed four soldiers near Kirkuk on Sunday, security sources said.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a market in Gwoza on Saturday, killing 18 people, officials said.",
     "Explosions/Remote violence", "Suicide bomb"),
    ("Gunmen abducted 25 pupils from a school in Kaduna state on Thursday, police said.",
     "Violence against civilians", "Abduction/forced disappearance"),
    ("Islamic State militants attacked an army checkpoint near Mayadin on Wednesday, killing six soldiers, "
     "a war monitor said.", "Battles", "Armed clash"),
    ("Thousands of protesters marched through Khartoum on Sunday demanding civilian rule; police fired tear gas "
     "to disperse them.", "Protests", "Protest with intervention"),
])
def test_types_from_the_words_of_the_report(resources, text, etype, sub):
    ev = one(text, resources=resources)
    assert (ev.event_type, ev.sub_event_type) == (etype, sub)


def test_capture_by_rebels_and_recapture_by_the_army(resources):
    took = one("M23 rebels captured the town of Rubaya in North Kivu on Tuesday after the army withdrew, "
               "residents said.", "2024-05-01", resources)
    assert took.sub_event_type == "Non-state actor overtakes territory"
    back = one("Sudan's army recaptured the city of Wad Madani from the Rapid Support Forces on Saturday, "
               "the military said.", "2025-01-12", resources)
    assert back.sub_event_type == "Government regains territory"
    assert back.to_record()["actor1"] == "Military Forces of Sudan (2019-)"


def test_gunmen_killing_villagers_is_violence_against_civilians(resources):
    ev = one("Gunmen killed 12 villagers in an overnight raid on a village in Zamfara state, police said.",
             "2024-03-08", resources)
    assert ev.event_type == "Violence against civilians"
    assert ev.to_record()["actor2"] == "Civilians (Nigeria)"


def test_two_events_far_apart_are_split(resources):
    evs = extract(article(
        "Syrian government warplanes bombed the town of Saraqib in Idlib province on Monday, killing five "
        "civilians, a war monitor said.\n"
        "Separately, in Deir ez-Zor, Islamic State gunmen ambushed an army bus, killing 11 soldiers.",
        "2020-02-04"), resources=resources)
    assert {(e.sub_event_type, e.place.name) for e in evs} == {("Air/drone strike", "Saraqib"), ("Armed clash", "Deir ez-Zor")}


def test_background_forecast_and_denial_make_no_event(resources):
    for text in [
        "The war, which began in 2011, has killed more than 500,000 people.",
        "The army warned that it would launch an offensive on Idlib if the rebels did not withdraw.",
        "The ministry denied that its forces had shelled the village.",
    ]:
        assert extract(article(text), resources=resources) == [], text


def test_no_event_in_a_sports_story(resources):
    assert extract(article("Al Ahly beat Zamalek 2-1 in the Cairo derby on Friday, with two late goals "
                           "sealing the title."), resources=resources) == []


def test_plover_secondary_label(resources):
    ev = one("Russian shelling of Kherson killed two civilians on Monday, the regional governor said.",
             resources=resources)
    assert ev.plover == "FIGHT" and ev.event_type == "Explosions/Remote violence"


def test_without_published_date_relative_dates_stay_unknown(resources):
    (ev,) = extract(article("An air strike killed nine people in Rafah on Tuesday, medics said.", published=None),
                    resources=resources)
    assert ev.start_date is None and "unknown" in (ev.date_basis or "")

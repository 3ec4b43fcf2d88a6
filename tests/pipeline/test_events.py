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


def test_dateline_date_is_the_day_of_filing_not_of_the_event(resources):
    ev = one("Kramatorsk, Ukraine, June 28, 2023 (AFP) - Rescuers recovered more bodies on Wednesday from a "
             "restaurant in Kramatorsk struck by a Russian missile on Tuesday evening, killing 11 people, police said.",
             published="2023-06-28", resources=resources)
    assert str(ev.start_date) == "2023-06-27"


def test_anniversary_story_makes_no_event(resources):
    text = ("Ouagadougou, Aug 24 (AFP) - One year after jihadists massacred hundreds of people digging trenches "
            "around the town of Barsalogho, survivors say they are still waiting for an official toll. "
            "JNIM claimed to have killed 300 militiamen. Residents put the toll at between 200 and 400.")
    assert extract(article(text, "2025-08-24"), resources=resources) == []


def test_a_new_attack_on_an_anniversary_is_an_event(resources):
    text = ("One year after the massacre in Barsalogho, jihadists attacked the town of Djibo in northern Burkina "
            "Faso on Sunday, killing at least 30 soldiers, security sources said.")
    ev = one(text, published="2025-08-26", resources=resources)
    assert ev.place.name == "Djibo" and ev.toll.killed.best == 30


def test_the_day_that_marks_a_year_since_is_no_event_day(resources):
    text = ("Saturday marks one year since rebels of the March 23 Movement seized Goma, the capital of North Kivu. "
            "Within weeks the rebels had overrun Bukavu as well. The United Nations says the fighting has displaced "
            "hundreds of thousands of people.")
    assert extract(article(text, "2026-01-24"), resources=resources) == []
    text = ("Saturday marks one year since the rebels seized Goma. On Friday, M23 fighters attacked army positions "
            "near Uvira, killing eight soldiers, a military source said.")
    ev = one(text, published="2026-01-24", resources=resources)
    assert ev.toll.killed.best == 8 and str(ev.start_date) == "2026-01-23"


def test_tally_since_fighting_broke_out_is_not_an_event(resources):
    text = ("The Syrian Observatory for Human Rights says more than 1,000 people have been killed across Latakia "
            "and Tartus provinces since clashes broke out on Thursday between security forces and loyalist fighters.")
    assert extract(article(text, "2025-03-09"), resources=resources) == []


def test_a_past_period_in_months_is_background(resources):
    text = ("The Houthi leader gave Israel four days to let aid into Gaza, in a televised speech on Friday. "
            "Between November 2023 and January 2025, the Houthis targeted more than 100 merchant vessels with "
            "missiles and drones, killing four sailors.")
    assert extract(article(text, "2025-03-08"), resources=resources) == []


def test_continuation_of_an_earlier_event_is_background(resources):
    text = ("More than 40,000 people have been killed in Gaza since October 7, the health ministry said on "
            "Thursday. The war was triggered by Hamas's October 7 attack on southern Israel, which killed 1,198 "
            "people. Militants also seized 251 hostages.")
    assert extract(article(text, "2024-08-15"), resources=resources) == []


@pytest.mark.parametrize("text,sub", [
    ("The war between the army and the RSF entered its second year on Monday.", None),
    ("Militants also seized 251 hostages during the raid.", "Abduction/forced disappearance"),
    ("RSF fighters seized and killed the governor of West Darfur.", "Attack"),
    ("A health official said a drone had struck the hospital's emergency building.", "Air/drone strike"),
    ("M23 rebels entered Bukavu on Sunday.", "Non-state actor overtakes territory"),
])
def test_trigger_words_in_context(text, sub):
    from sitrep.pipeline.claims import find_triggers
    best = max(find_triggers(text), key=lambda t: t.weight, default=None)
    assert (best.sub if best else None) == sub


def test_killing_with_hostages_taken_is_an_attack(resources):
    ev = one("Hamas gunmen attacked a music festival near Re'im on Saturday, killing 364 people and abducting "
             "dozens of others, Israeli officials said.", published="2023-10-08", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")


def test_an_attack_that_killed_mostly_soldiers_is_a_battle(resources):
    ev = one("Jihadists killed more than 100 people, most of them soldiers, in an attack on the town of Djibo in "
             "northern Burkina Faso on Sunday, residents said. An aid worker said civilians were also among the dead.",
             published="2025-05-13", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")


def test_a_town_of_the_province_named_first_is_the_same_event(resources):
    text = ("Islamic State jihadists ambushed a bus carrying Syrian soldiers in the eastern province of Deir Ezzor, "
            "killing 23 of them, a war monitor said on Friday. The attack took place on Thursday evening in the "
            "desert near the town of Mayadin, the monitor said, adding that 23 soldiers were killed.")
    ev = one(text, published="2023-08-11", resources=resources)
    assert ev.place.name == "Al Mayadin" and ev.toll.killed.best == 23


def test_precision_weapons_are_a_missile_attack(resources):
    ev = one("MOSCOW, July 20. /TASS/. The Russian Armed Forces overnight delivered a group strike with "
             "high-precision sea- and air-based weapons on targets in Odessa, the Russian Defense Ministry said.",
             published="2023-07-20", resources=resources)
    assert ev.sub_event_type == "Shelling/artillery/missile attack" and str(ev.start_date) == "2023-07-20"


def test_another_side_striking_in_the_same_city_is_another_event(resources):
    text = ("Jihadist-led rebels seized most of Aleppo city on Saturday, a war monitor said. "
            "Late on Saturday, Russian warplanes struck rebel positions inside the city, the monitor said.")
    evs = extract(article(text, "2024-11-30"), resources=resources)
    assert sorted((e.sub_event_type, e.place.name) for e in evs) == [
        ("Air/drone strike", "Aleppo"), ("Non-state actor overtakes territory", "Aleppo")]


def test_a_second_missile_the_same_evening_keeps_the_attacker_and_the_day(resources):
    text = ("A Russian missile struck a pizza restaurant in Kramatorsk at around 7:30 pm on Tuesday, killing 11 "
            "people, police said. A second missile hit the village of Bilenke on the outskirts of Kramatorsk the "
            "same evening, wounding five people, the regional governor said. No one was killed there.")
    evs = sorted(extract(article(text, "2023-06-28"), resources=resources), key=lambda e: e.place.name)
    assert [(e.place.name, str(e.start_date), e.actor1) for e in evs] == [
        ("Bilenke", "2023-06-27", "Military Forces of Russia (2000-)"),
        ("Kramatorsk", "2023-06-27", "Military Forces of Russia (2000-)")]
    assert evs[0].toll.killed.best == 0 and evs[0].toll.injured.best == 5


def test_the_weapon_told_later_by_the_attacker_types_the_attack(resources):
    text = ("Explosions rocked the airport in Aden on Wednesday as ministers stepped off a plane, killing 26 people, "
            "officials said. The information minister said the Houthi rebels had fired missiles at the airport.")
    ev = one(text, published="2020-12-31", resources=resources)
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    text = ("Gunmen on motorcycles raided villages in Zamfara state on Tuesday, killing 58 people, officials said. "
            "Residents said the raids were revenge for military air strikes earlier in the week.")
    assert one(text, published="2022-01-08", resources=resources).sub_event_type == "Attack"


def test_a_commemoration_is_no_event_but_a_strike_on_an_anniversary_concert_is(resources):
    text = ("MOGADISHU, Oct. 14 (Xinhua) -- Somalia on Friday marked the fifth anniversary of the deadliest bombing "
            "in its history, when a truck bomb blew up at the Zoobe junction in Mogadishu, killing 587 people.")
    assert extract(article(text, "2022-10-14"), resources=resources) == []
    text = ("Military air strikes on a concert marking the 62nd anniversary of the Kachin Independence Organization "
            "in Hpakant township, Kachin State, late on Sunday killed at least 60 people, rescue workers said.")
    ev = one(text, published="2022-10-24", resources=resources)
    assert ev.sub_event_type == "Air/drone strike" and ev.toll.killed.best == 60


def test_a_study_of_a_wars_dead_is_no_event(resources):
    text = ("More than 61,000 people are estimated to have died in Khartoum state in the first 14 months of the "
            "civil war, a new study suggests. Researchers say about 26,000 of those deaths were caused directly by "
            "violence, more than the roughly 20,000 deaths recorded for the whole country over the same period.")
    assert extract(article(text, "2024-11-14"), resources=resources) == []


def test_more_about_the_same_incident_is_not_a_new_event(resources):
    text = ("At least 16 members of a vigilante group were killed when a military airstrike mistakenly hit them in "
            "Zamfara state, the state government said on Sunday. The incident occurred on Saturday in Tungar Kara "
            "village in Zurmi, where the vigilantes had gathered to pursue armed bandits.")
    ev = one(text, published="2025-01-12", resources=resources)
    assert ev.sub_event_type == "Air/drone strike"


def test_days_given_after_following_or_for_an_earlier_toll(resources):
    text = ("The emergency agency says 85 people have so far been buried following Sunday night's military drone "
            "strike on Tudun Biri village in Kaduna State.")
    assert str(one(text, published="2023-12-05", resources=resources).start_date) == "2023-12-03"
    text = ("The toll from an attack by the RSF on a village in Al Jazirah state has risen to 124, a medical group "
            "said on Sunday, after an earlier toll of 108 given on Saturday. Activists said RSF fighters stormed "
            "the village on Friday.")
    assert str(one(text, published="2024-10-27", resources=resources).start_date) == "2024-10-25"


def test_the_day_of_last_weeks_killings_is_no_earlier_event(resources):
    text = ("Residents of a village in northern Burkina Faso say at least 136 people were killed by men in army "
            "uniforms last week. The killings took place on 20 April in Karma, near Ouahigouya, survivors said.")
    assert str(one(text, published="2023-04-28", resources=resources).start_date) == "2023-04-20"


@pytest.mark.parametrize("text,sub", [
    ("Two parcel bombs exploded at the entrance of the prison on Wednesday.", "Remote explosive/landmine/IED"),
    ("The Israeli enemy carried out an aerial aggression on the airport at dawn.", "Air/drone strike"),
    ("The vigilantes had gathered to pursue bandits.", "Attack"),
    ("A bomb-laden vehicle went off near a bakery in the town centre.", "Remote explosive/landmine/IED"),
    ("Residents said a booby-trapped motorcycle was parked outside the market.", "Remote explosive/landmine/IED"),
    ("The Israeli aggression targeted several sites near the capital at dawn, SANA said.", "Air/drone strike"),
    ("The troops withdrew from the town overnight, handing the rebels control of the border crossing.",
     "Non-state actor overtakes territory"),
    ("The rebels said they had taken full control of the ruby-mining town after weeks of fighting.",
     "Non-state actor overtakes territory"),
    ("Two sea drones struck the bridge before dawn, the committee said.", "Air/drone strike"),
    ("Troops killed more than 80 pro-democracy protesters in the city on Friday.", "Excessive force against protesters"),
])
def test_more_trigger_words(text, sub):
    from sitrep.pipeline.claims import find_triggers
    best = max(find_triggers(text), key=lambda t: t.weight, default=None)
    assert (best.sub if best else None) == sub


def test_a_state_of_affairs_without_day_or_toll_is_no_event(resources):
    text = ("For weeks, motorists in Bamako have queued at petrol stations. Dozens of tankers have been set ablaze "
            "and drivers abducted, according to transport unions, and the army has announced air strikes on JNIM "
            "positions along the routes.")
    assert extract(article(text, "2025-10-30"), resources=resources) == []
    ev = one("Russian shelling hit a market in Kherson, officials said.", published="2025-10-30", resources=resources)
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_a_paraglider_dropping_bombs_on_a_vigil_is_an_air_strike(resources):
    text = ("A military paraglider dropped bombs on a crowd gathered for a festival and an anti-junta protest in "
            "Bon To village near Monywa on Monday evening, killing at least 24 people, a resident said.")
    ev = one(text, published="2025-10-07", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_days_of_last_month_are_the_events_not_earlier_ones(resources):
    text = ("Malian troops executed around 300 civilians last month in the central town of Moura, Human Rights "
            "Watch said Tuesday. Between March 27 and 31, soldiers rounded up hundreds of men in the town, in the "
            "Djenne district of the Mopti region, and shot them.")
    assert str(one(text, published="2022-04-05", resources=resources).start_date) == "2022-03-27"


def test_the_day_a_toll_was_raised_is_not_the_days_of_the_raid(resources):
    text = ("The government on Sunday raised the death toll from a raid on a village in the north of Burkina Faso "
            "to 132. Gunmen stormed Solhan, near Sebba, late on Friday and shot residents.")
    assert str(one(text, published="2021-06-06", resources=resources).start_date) == "2021-06-04"
    # a day followed by what was done that day is the event's
    ev = one("Gunmen on Sunday killed 12 villagers in Solhan, near Sebba, officials said.", published="2021-06-06",
             resources=resources)
    assert str(ev.start_date) == "2021-06-06"


def test_days_in_a_clause_told_by_a_source_are_the_events(resources):
    text = ("Malian troops executed around 300 civilians last month in the central town of Moura, Human Rights "
            "Watch said Tuesday. The rights group said that between March 27 and 31, soldiers rounded up hundreds "
            "of men in the town, in the Djenne district of the Mopti region, and shot them.")
    assert str(one(text, published="2022-04-05", resources=resources).start_date) == "2022-03-27"
    # "said on Friday that ...": the day of the saying
    ev = one("Militants killed nine soldiers at a post near Djenne, the army said on Friday.", published="2022-04-05",
             resources=resources)
    assert ev.date_basis == "text (the day it was reported)"


def test_the_gunmen_go_on_with_the_attack_told_before(resources):
    text = ("Eleven Iraqi soldiers have been killed in an attack on an army post north of Baghdad that officials "
            "blamed on Islamic State militants. The gunmen stormed the barracks in the al-Azim district of Diyala "
            "province in the early hours of Friday, security sources said.")
    one(text, published="2022-01-21", resources=resources)


def test_another_side_far_away_on_a_day_of_its_own_is_still_another_event(resources):
    text = ("Eleven Iraqi soldiers have been killed in an attack on an army post north of Baghdad that officials "
            "blamed on Islamic State militants. In Basra, protesters stormed the governor's office on Friday.")
    assert len(extract(article(text, "2022-01-21"), resources=resources)) == 2


def test_a_tally_since_clashes_broke_out_founds_no_event(resources):
    text = ("Gunmen went from house to house in the coastal city of Banias on Saturday, shooting men in front of "
            "their families, residents said. A war monitor says more than 1,000 people have been killed across "
            "Lattakia and Tartous provinces since clashes broke out on Thursday, including 745 civilians it says "
            "were killed in massacres.")
    ev = one(text, published="2025-03-09", resources=resources)
    assert ev.place is not None and ev.place.name == "Baniyas"


def test_a_cumulative_toll_with_its_own_event_first_is_not_a_tally(resources):
    text = ("Gunmen went from house to house in the coastal city of Banias on Saturday, shooting men in front of "
            "their families, residents said. Clashes in Latakia on Thursday between security forces and Assad "
            "loyalists have left more than 1,000 people dead since then, a monitor says.")
    assert len(extract(article(text, "2025-03-09"), resources=resources)) == 2


def test_a_lead_that_tells_how_a_siege_ended_leaves_its_start_to_the_text(resources):
    text = ("Somali forces on Sunday ended a 30-hour siege of the Hayat hotel in Mogadishu by al Shabaab "
            "militants, in which 21 people were killed, police said. The gunmen stormed the hotel on Friday "
            "evening after two car bombs exploded at its gate.")
    ev = one(text, published="2022-08-21", resources=resources)
    assert str(ev.start_date) == "2022-08-19" and str(ev.end_date) == "2022-08-21"
    # without the ending, the lead's day stands, and earlier days are background
    text = ("Al Shabaab militants stormed the Hayat hotel in Mogadishu on Friday evening, killing 21 people, police "
            "said. The group had attacked a hotel in the city on Tuesday.")
    assert str(one(text, published="2022-08-20", resources=resources).start_date) == "2022-08-19"


def test_a_separate_attack_told_in_the_same_sentence_is_its_own_event(resources):
    text = ("Gunmen killed 39 civilians in the villages of Libiri and Kokorou in Niger's Tillaberi region on "
            "Thursday, the government said, while a separate attack on an army post left 10 soldiers dead, "
            "security sources said.\n"
            "The assailants arrived on motorbikes and fired on villagers in the market, residents said.\n"
            "At the post, the attackers killed 10 soldiers and burned two vehicles before withdrawing, a "
            "security source said.")
    evs = extract(article(text, "2024-12-14"), resources=resources)
    tolls = sorted(e.toll.killed.best for e in evs if e.toll.killed)
    assert len(evs) == 2 and tolls == [10, 39]
    soldiers = next(e for e in evs if e.toll.killed and e.toll.killed.best == 10)
    assert "burned two vehicles" in " ".join(c.text for c in soldiers.claims)


def test_also_on_that_day_a_second_attack_in_the_same_town_is_its_own_event(resources):
    text = ("Rockets fired by militants hit a passenger boat on the Niger River near Bourem on Thursday, killing "
            "49 civilians, the Malian government said.\n"
            "Also on Thursday, the army camp in Bourem was attacked by militants. Fifteen soldiers were killed, "
            "the government said.")
    evs = extract(article(text, "2023-09-08"), resources=resources)
    assert sorted(e.toll.killed.best for e in evs if e.toll.killed) == [15, 49]
    # without the cue, the next sentence goes on with the event told before it
    text = text.replace("Also on Thursday, the army camp in Bourem was attacked by militants. ", "")
    assert len(extract(article(text, "2023-09-08"), resources=resources)) == 1


@pytest.mark.parametrize("text,etype,sub", [
    ("Police in Lagos fired tear gas to disperse hundreds of protesters on Monday, witnesses said.",
     "Protests", "Protest with intervention"),
    ("Security forces shot dead 12 demonstrators during protests in Khartoum on Thursday, a doctors' group said.",
     "Protests", "Excessive force against protesters"),
    ("Troops broke up a demonstration in Goma on Wednesday; at least 40 people were killed, the government said.",
     "Protests", "Excessive force against protesters"),
    ("Protesters stormed the parliament building in Nairobi on Tuesday and set part of it ablaze, police said.",
     "Riots", "Violent demonstration"),
    ("Elsewhere, in Nampula, demonstrators pelted officers with stones on Thursday, local media reported.",
     "Riots", "Violent demonstration"),
    ("A man accused of blasphemy was beaten to death by a mob in Sokoto on Friday, police said.",
     "Riots", "Mob violence"),
    ("Thousands of people rallied peacefully in Bamako on Friday in support of the transitional authorities.",
     "Protests", "Peaceful protest"),
    ("Police shot dead four people on Tuesday as they broke up protests in the port city of Beira, a rights group said.",
     "Protests", "Excessive force against protesters"),
    ("Soldiers opened fire on demonstrators in Mandalay on Saturday, killing at least five, witnesses said.",
     "Protests", "Excessive force against protesters"),
    ("At least six people were killed when security forces dispersed a rally in Conakry on Thursday, the opposition said.",
     "Protests", "Excessive force against protesters"),
    ("Kenyan police killed two men during protests over tax rises in Nairobi on Tuesday, Amnesty International said.",
     "Protests", "Excessive force against protesters"),
    ("Three demonstrators were shot dead by police in Bamenda on Monday during a march against the mayor, residents said.",
     "Protests", "Excessive force against protesters"),
    ("Troops fired live rounds to break up a sit-in outside the army headquarters in Khartoum on Monday, killing 11 people, doctors said.",
     "Protests", "Excessive force against protesters"),
    ("Security forces killed at least eight people in Zahedan on Friday as crowds took to the streets after prayers, a rights group said.",
     "Protests", "Excessive force against protesters"),
    ("Police in Kaduna shot and killed a student during a rally on Sunday, his family said.",
     "Protests", "Excessive force against protesters"),
    ("The army opened fire on a protest in the town of Lashio on Wednesday, killing three people, local media reported.",
     "Protests", "Excessive force against protesters"),
    ("Two people were killed on Thursday when police used live ammunition against protesters in Kampala, the opposition said.",
     "Protests", "Excessive force against protesters"),
    ("Soldiers opened fire on a crowd of protesters in Myitkyina on Sunday, wounding a dozen, a rescue worker said.",
     "Protests", "Excessive force against protesters"),
    ("Unidentified gunmen opened fire on a protest in Basra on Friday, killing two demonstrators, police said.",
     "Violence against civilians", "Attack"),
    ("Gunmen on motorbikes shot dead three protesters at a sit-in in Nasiriya on Tuesday, medics said.",
     "Violence against civilians", "Attack"),
    ("Militiamen loyal to the cleric attacked a protest camp in Karbala on Monday, killing four people, officials said.",
     "Violence against civilians", "Attack"),
    ("Protesters threw stones at police in Conakry on Monday and officers fired tear gas; no one was hurt, witnesses said.",
     "Riots", "Violent demonstration"),
    ("Demonstrators hurled rocks at officers outside the electoral commission in Harare on Friday, police said.",
     "Riots", "Violent demonstration"),
    ("Riot police fired tear gas and beat marchers with batons in Kinshasa on Saturday to break up an opposition march, organisers said.",
     "Protests", "Protest with intervention"),
    ("Police used water cannon to disperse hundreds of students in Dakar on Wednesday; nobody was killed, police said.",
     "Protests", "Protest with intervention"),
    ("Officers broke up a sit-in outside the parliament in Tunis on Monday and detained 20 people, a rights group said.",
     "Protests", "Protest with intervention"),
    ("Troops fired tear gas to disperse supporters of the opposition who blocked a highway with burning tyres in Conakry on Thursday.",
     "Protests", "Protest with intervention"),
    ("Police fired tear gas at protesters who had barricaded the main road into Lilongwe on Tuesday, witnesses said.",
     "Protests", "Protest with intervention"),
    ("Protesters blocked the airport road with burning tyres in Bamako on Saturday until soldiers fired tear gas and pushed them back, witnesses said.",
     "Protests", "Protest with intervention"),
    ("Police fired tear gas to break up a march in Lubumbashi on Sunday, organisers said. A police spokesman said nobody had been killed and accused some marchers of throwing stones.",
     "Protests", "Protest with intervention"),
    ("Police said nobody had been killed when officers broke up a rally of opposition supporters in Bukavu on Saturday.",
     "Protests", "Protest with intervention"),
    ("Police arrested 40 protesters at a rally in Addis Ababa on Thursday, witnesses said.",
     "Protests", "Protest with intervention"),
    ("Security forces fired live rounds into the air to disperse demonstrators in Khartoum on Thursday, witnesses said.",
     "Protests", "Protest with intervention"),
    ("Hundreds of people marched peacefully through Niamey on Saturday to demand the release of detained journalists.",
     "Protests", "Peaceful protest"),
    ("Police fired tear gas at demonstrators who threw stones and set a police car on fire in Bamako on Monday, witnesses said.",
     "Riots", "Violent demonstration"),
    ("Rioters torched the governor's office in Sokoto on Friday before police dispersed them with tear gas, residents said.",
     "Riots", "Violent demonstration"),
    ("Security forces used tear gas on Tuesday to disperse crowds in Beni who had stormed the town hall, local officials said.",
     "Riots", "Violent demonstration"),
    ("Youths set fire to tyres and vehicles in Maputo's Xipamanine market on Thursday, police said.",
     "Riots", "Violent demonstration"),
    ("Police fired tear gas at opposition supporters in Lusaka on Friday, a day after they set fire to a ruling party office in Ndola.",
     "Protests", "Protest with intervention"),
])
def test_protests_and_riots_by_what_was_done(resources, text, etype, sub):
    ev = one(text, resources=resources)
    assert (ev.event_type, ev.sub_event_type) == (etype, sub)


def test_a_riot_in_another_city_told_after_a_protest_is_its_own_event(resources):
    text = ("Police fired tear gas to disperse hundreds of protesters in Abuja on Thursday, witnesses said.\n"
            "In Kano, the protest turned violent as youths looted shops and set fire to vehicles.")
    evs = extract(article(text, "2024-08-02"), resources=resources)
    assert sorted((e.place.name, e.sub_event_type) for e in evs) == [
        ("Abuja", "Protest with intervention"), ("Kano", "Violent demonstration")]


def test_drones_shot_down_are_disrupted_weapons_use_unless_others_killed(resources):
    text = ("Russian air defences intercepted and destroyed six Ukrainian aircraft-type unmanned aerial vehicles "
            "over the Kursk region overnight, the Russian Defence Ministry said on Tuesday. There were no casualties, "
            "the regional governor said.")
    ev = one(text, published="2024-08-06", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    text = ("A Ukrainian missile strike on a bakery in Lysychansk killed 28 people on Saturday, the Russian defence "
            "ministry said. Air defences intercepted several other rockets over the region, it added.")
    ev = one(text, published="2024-02-04", resources=resources)
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_an_agreement_signed_in_the_capital(resources):
    text = ("The government and the rebel alliance have signed an agreement to end the fighting, the presidency said. "
            "The deal, signed in Addis Ababa on Wednesday, provides for a ceasefire in the north.")
    ev = one(text, published="2022-11-03", resources=resources)
    assert (ev.sub_event_type, str(ev.start_date)) == ("Agreement", "2022-11-02")


def test_a_bomb_its_carrier_set_off_is_a_suicide_bomb(resources):
    text = ("MOGADISHU, Oct 14 (Reuters) - A truck bomb tore through a busy junction in Mogadishu on Saturday, "
            "killing at least 20 people, police said. The suicide bomber drove the truck into a line of traffic "
            "before detonating it, a police officer said.")
    assert one(text, published="2017-10-14", resources=resources).sub_event_type == "Suicide bomb"
    text = ("MOGADISHU, Oct 14 (Reuters) - A truck bomb tore through a busy junction in Mogadishu on Saturday, "
            "killing at least 20 people, police said.")
    assert one(text, published="2017-10-14", resources=resources).sub_event_type == "Remote explosive/landmine/IED"


def test_killings_after_a_capture_are_their_own_event(resources):
    text = ("EL OBEID, Sudan, May 4 (Reuters) - Fighters of the paramilitary Rapid Support Forces overran the army "
            "garrison in the town of Babanusa on Thursday after two days of fighting, residents said. The RSF then "
            "went from house to house in the town, carrying out field executions in which at least 120 civilians "
            "were killed, a rights group said on Saturday.")
    evs = extract(article(text, "2025-05-04"), resources=resources)
    kinds = sorted((e.event_type, e.actor2, e.toll.killed.best if e.toll.killed else None) for e in evs)
    assert kinds == [("Battles", "Military Forces of Sudan (2019-)", None),
                     ("Violence against civilians", "Civilians (Sudan)", 120)]
    # a town taken after fighting that killed civilians in the crossfire is one battle
    text = ("EL OBEID, Sudan, May 4 (Reuters) - Fighters of the paramilitary Rapid Support Forces overran the army "
            "garrison in the town of Babanusa on Thursday after two days of fighting in which 20 civilians were "
            "killed, residents said.")
    assert [e.event_type for e in extract(article(text, "2025-05-04"), resources=resources)] == ["Battles"]


def test_killing_those_rounded_up_is_an_attack_not_arrests(resources):
    text = ("BANGKOK (AP) - Myanmar troops rounded up villagers near Hpruso in Kayah state on Friday and killed more "
            "than 30 of them, including women and children, a rebel group said.")
    ev = one(text, published="2021-12-26", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")


def test_an_anniversary_told_as_years_after_or_years_ago_today_is_no_event(resources):
    text = ("Baghdad (AFP) - Twenty years after US-led troops stormed into Iraq, Iraqis marked the anniversary on "
            "Monday with little ceremony. Some 600 people were killed when protests were crushed in 2019.")
    assert extract(article(text, "2023-03-20"), resources=resources) == []
    text = ("Two years ago today, the government and the rebels signed a peace deal in Pretoria that silenced the "
            "guns in the north.")
    assert extract(article(text, "2024-11-02"), resources=resources) == []


def test_protesters_killed_by_troops_with_grenades_is_excessive_force(resources):
    text = ("Security forces in Myanmar killed more than 80 pro-democracy protesters in the city of Bago on Friday, "
            "a monitoring group said. Residents said soldiers used rifle grenades to clear barricades that "
            "protesters had built.")
    assert one(text, published="2021-04-10", resources=resources).sub_event_type == "Excessive force against protesters"


def test_a_report_of_arrests_alone_is_an_arrests_event(resources):
    text = ("BAMAKO (Reuters) - Burkina Faso's junta said on Tuesday it had arrested four army officers in "
            "Ouagadougou over an alleged plot to overthrow the transitional government.")
    ev = one(text, published="2023-09-27", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Arrests")
    # an arrest told only as background of something else is no event
    text = ("Four army officers were arrested in 2022 over an alleged coup plot. The junta has since tightened "
            "its grip on the capital.")
    assert extract(article(text, "2023-09-27"), resources=resources) == []


def test_an_arrest_of_named_people_beside_a_protest_is_its_own_event(resources):
    text = ("YANGON (Reuters) - Police fired tear gas at thousands of protesters in Mandalay on Sunday, witnesses "
            "said. Earlier on Sunday, police arrested a well-known comedian at his home in Yangon, his family said.")
    evs = extract(article(text, "2021-02-14"), resources=resources)
    assert sorted((e.sub_event_type, e.place.name if e.place else None) for e in evs) == [
        ("Arrests", "Yangon"), ("Protest with intervention", "Mandalay")]
    # the crowd's own arrests are part of the protest
    text = ("YANGON (Reuters) - Police fired tear gas at thousands of protesters in Mandalay on Sunday and "
            "arrested dozens of demonstrators on Sunday evening, witnesses said.")
    assert [e.sub_event_type for e in extract(article(text, "2021-02-14"), resources=resources)] == [
        "Protest with intervention"]


def test_a_year_in_a_relative_clause_does_not_make_the_sentence_background(resources):
    text = ("The new authorities have arrested a former intelligence officer who is accused of running a "
            "prison where detainees were tortured in 2012. He was detained on Thursday in Homs, the interior "
            "ministry said.")
    ev = one(text, published="2025-02-08", resources=resources)
    assert ev.sub_event_type == "Arrests"


def test_a_sentence_going_on_with_an_earlier_year_is_background_too(resources):
    text = ("Police detained a former army general on Friday in the coastal city of Latakia, the interior ministry "
            "said. In 2011, schoolboys were arrested in Deraa for anti-government graffiti. Their treatment "
            "brought crowds onto the streets in protests across the country.")
    ev = one(text, published="2025-02-01", resources=resources)
    assert ev.sub_event_type == "Arrests"


def test_a_place_given_up_without_a_fight_is_a_non_violent_transfer(resources):
    text = ("MOGADISHU (Reuters) - Somali troops took control on Monday of the town of Eldher, which al Shabaab "
            "had held for years, after the militants pulled out overnight, officials said.")
    ev = one(text, published="2022-09-26", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")
    text = ("MOGADISHU (Reuters) - Somali troops took control on Monday of the town of Eldher after heavy "
            "fighting with al Shabaab militants who later pulled out, officials said.")
    assert one(text, published="2022-09-26", resources=resources).event_type == "Battles"


def test_a_lynching_is_mob_violence(resources):
    text = ("LAGOS (Reuters) - Villagers lynched three men they accused of stealing a motorcycle in the town of "
            "Ughelli on Wednesday, police said.")
    ev = one(text, published="2024-06-13", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")


def test_event_words_only_late_in_an_analysis_make_no_event(resources):
    text = ("Nigeria's government rejected on Sunday a foreign leader's claim that Christians are singled out for "
            "killing, saying the violence touches people of every faith. A presidential adviser said the country "
            "would welcome help against armed groups. The statement was read on state television. Analysts say "
            "the army's air strikes on bandit camps go on across the north.")
    assert extract(article(text, "2025-11-02"), resources=resources) == []
    # the same words with a day and a toll of their own are an event, however late they come
    text = ("Nigeria's government rejected on Sunday a foreign leader's claim that Christians are singled out for "
            "killing. A presidential adviser said the country would welcome help. The statement was read on state "
            "television. Gunmen attacked the village of Yelwata in Benue state on Saturday night, killing 12 "
            "people, police said.")
    assert [e.sub_event_type for e in extract(article(text, "2025-11-02"), resources=resources)] == ["Attack"]


def test_unidentified_gunmen_firing_on_protesters_is_an_attack_on_civilians(resources):
    text = ("BAGHDAD (Reuters) - Unidentified gunmen opened fire on anti-government protesters in central Baghdad "
            "late on Friday, killing at least 11 people, police and medical sources said.")
    ev = one(text, published="2019-12-07", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    # the same fire by security forces is excessive force against protesters
    text = ("BAGHDAD (Reuters) - Security forces opened fire on anti-government protesters in central Baghdad "
            "late on Friday, killing at least 11 people, police and medical sources said.")
    assert one(text, published="2019-12-07", resources=resources).sub_event_type == "Excessive force against protesters"


def test_a_protest_on_a_later_day_against_an_abduction_is_its_own_event(resources):
    text = ("KYIV (AP) - Russian troops abducted the mayor of the occupied town of Nova Kakhovka on Friday, "
            "Ukrainian officials said. On Saturday, about 500 residents gathered outside the town hall "
            "demanding his release, according to local officials.")
    evs = extract(article(text, "2022-03-13"), resources=resources)
    assert sorted((e.event_type, str(e.start_date)) for e in evs) == [
        ("Protests", "2022-03-12"), ("Violence against civilians", "2022-03-11")]
    # a crowd gathered on the same day, where the attack struck, is the attack's scene
    text = ("KYIV (AP) - Russian troops abducted the mayor of the occupied town of Nova Kakhovka on Friday, "
            "Ukrainian officials said. Residents gathered outside the town hall on Friday demanding his release.")
    assert [e.event_type for e in extract(article(text, "2022-03-13"), resources=resources)] == [
        "Violence against civilians"]


def test_strikes_told_after_a_lead_of_fighting_are_part_of_the_battle(resources):
    text = ("KHARTOUM (Reuters) - Heavy fighting broke out between the army and the paramilitary Rapid Support "
            "Forces in the city of Omdurman on Saturday, residents said. Army warplanes later struck RSF "
            "positions in the north of the city, witnesses said.")
    ev = one(text, published="2023-05-06", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    # a strike that opens the story is the event
    text = ("KHARTOUM (Reuters) - Army warplanes struck RSF positions in the city of Omdurman on Saturday, "
            "residents said. Heavy fighting followed in the north of the city, witnesses said.")
    assert one(text, published="2023-05-06", resources=resources).sub_event_type == "Air/drone strike"


def test_a_capture_in_a_lead_of_fighting_told_again_below_is_the_event(resources):
    text = ("EL OBEID (Reuters) - Rapid Support Forces fighters stormed the town of Babanusa on Thursday and seized "
            "the army garrison after hours of clashes, residents said. Witnesses said the RSF entered the town "
            "from the east.")
    assert one(text, published="2025-05-03", resources=resources).sub_event_type == "Non-state actor overtakes territory"
    # clashes alone, with no capture told again, stay an armed clash
    text = ("EL OBEID (Reuters) - Rapid Support Forces fighters clashed with the army near the town of Babanusa on "
            "Thursday, residents said. Witnesses said the fighting lasted several hours.")
    assert one(text, published="2025-05-03", resources=resources).sub_event_type == "Armed clash"


def test_a_strike_a_day_after_another_named_in_passing_is_its_own_event(resources):
    text = ("KYIV (AP) - A Russian missile strike on the port city of Odesa killed six people on Monday, officials "
            "said, a day after a Russian missile hit a school in the northeastern city of Sumy. In Sumy, a missile "
            "slammed into a school late Sunday, killing four people, the regional administration said.")
    evs = extract(article(text, "2024-11-19"), resources=resources)
    got = sorted((e.place.name, e.actor1) for e in evs if e.place)
    assert got == [("Odesa", "Military Forces of Russia (2000-)"), ("Sumy", "Military Forces of Russia (2000-)")]
    # told only in passing, the earlier strike makes no event of its own
    text = ("KYIV (AP) - A Russian missile strike on the port city of Odesa killed six people on Monday, officials "
            "said, a day after a Russian missile hit a school in the northeastern city of Sumy.")
    assert [e.place.name for e in extract(article(text, "2024-11-19"), resources=resources)] == ["Odesa"]


def test_shortly_afterwards_somewhere_far_is_another_event(resources):
    text = ("Damascus (AFP) - A bomb attack on an army bus in central Damascus killed 12 people on Wednesday, state "
            "media said. Shortly afterwards, rocket fire by government forces slammed into the town of Ariha, a "
            "war monitor said.")
    evs = extract(article(text, "2021-10-21"), resources=resources)
    assert sorted(e.place.name for e in evs if e.place) == ["Ariha", "Damascus"]
    # nearby, it goes on telling the same event
    text = ("Damascus (AFP) - A bomb attack on an army bus in central Damascus killed 12 people on Wednesday, state "
            "media said. Shortly afterwards, a second device went off in Damascus, a war monitor said.")
    assert len(extract(article(text, "2021-10-21"), resources=resources)) == 1


def test_a_capture_told_first_with_a_day_of_its_own_far_away_is_its_own_event(resources):
    text = ("Fighters led by Hayat Tahrir al-Sham entered the capital, Damascus, early on Sunday, meeting little "
            "resistance, residents said. Late on Saturday, the rebels had announced the capture of Homs, the "
            "third-largest city, after a day of fighting.")
    evs = extract(article(text, "2024-12-08"), resources=resources)
    got = sorted((e.place.name, str(e.start_date), e.sub_event_type, e.actor1) for e in evs if e.place)
    assert got == [("Damascus", "2024-12-08", "Non-state actor overtakes territory", "Hayat Tahrir al-Sham"),
                   ("Homs", "2024-12-07", "Non-state actor overtakes territory", "Hayat Tahrir al-Sham")]
    assert all(e.actor2 != e.actor1 for e in evs)
    # the same day, told as the same push, stays one event
    text = ("Fighters led by Hayat Tahrir al-Sham entered the capital, Damascus, early on Sunday, meeting little "
            "resistance, residents said. On Sunday, the rebels announced the capture of Homs, after a day of fighting.")
    assert len(extract(article(text, "2024-12-08"), resources=resources)) == 1



def test_an_attack_on_troops_that_also_killed_a_civilian_is_a_battle(resources):
    # ACLED: the armed side's men are most of the dead, a civilian caught in it does not make it one-sided
    text = ("NIAMEY (AP) - Twelve soldiers and a civilian were killed when suspected jihadists attacked an "
            "army unit near Ayorou on Monday, the defence ministry said.")
    ev = one(text, published="2024-05-14", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    # most of the dead are villagers: violence against civilians, even with a soldier among them
    text = ("NIAMEY (AP) - Gunmen on motorcycles attacked the village of Tingui on Monday, killing 19 villagers "
            "and a soldier, the defence ministry said.")
    ev = one(text, published="2024-05-14", resources=resources)
    assert ev.event_type == "Violence against civilians"


def test_rocket_propelled_and_stun_grenades_are_not_grenade_attacks(resources):
    text = ("GAZA (Reuters) - Militants fired a rocket-propelled grenade at an Israeli tank in central Gaza on "
            "Monday, killing three soldiers, the military said.")
    ev = one(text, published="2024-01-23", resources=resources)
    assert ev.sub_event_type != "Grenade"
    text = ("Police fired stun grenades to disperse hundreds of protesters outside parliament in Baghdad on "
            "Sunday, witnesses said.")
    assert one(text, published="2024-01-23", resources=resources).sub_event_type == "Protest with intervention"
    # a grenade thrown is still one
    text = "An assailant threw a grenade into a bar in Bujumbura on Friday, killing two people, police said."
    assert one(text, published="2024-01-23", resources=resources).sub_event_type == "Grenade"


def test_a_campaign_of_strikes_told_as_background_is_no_event(resources):
    text = ("BAMAKO (Reuters) - Mali's army said on Tuesday it had taken control of the northern town of Tessalit "
            "from separatist rebels. The column had left Gao at the weekend after weeks of drone strikes on "
            "rebel positions.")
    ev = one(text, published="2023-11-14", resources=resources)
    assert ev.event_type == "Battles"
    # one drone strike, told as such, is an event of its own
    text = ("BAMAKO (Reuters) - Mali's army said on Tuesday it had taken control of the northern town of Tessalit "
            "from separatist rebels. Separately, a drone strike on a wedding in Amasrakad, near Gao, killed eight "
            "people on Sunday, residents said.")
    assert len(extract(article(text, "2023-11-14"), resources=resources)) == 2


@pytest.mark.parametrize("text,sub", [
    # riot police, riot gear: the force's name, not a riot
    ("Riot police in full riot gear blocked the road to the presidency.", None),
    ("Youths rioted in the market overnight.", "Violent demonstration"),
    ("Rioters set cars ablaze in the capital overnight.", "Violent demonstration"),
    # how a bomb is told going off
    ("A bomb ripped through a crowded bus station in the town on Monday.", "Remote explosive/landmine/IED"),
    ("The explosive device went off as worshippers left the mosque.", "Remote explosive/landmine/IED"),
    ("Militants had planted a bomb under the bridge, police said.", "Remote explosive/landmine/IED"),
    ("A homemade bomb exploded outside the church.", "Remote explosive/landmine/IED"),
    # a firefight, in any tense
    ("Gunmen were exchanging fire with the police late into the night.", "Armed clash"),
    ("Troops and militants exchanged gunfire for two hours.", "Armed clash"),
    # storming or invading a village, killing however many civilians: an attack on people
    ("Masked settlers stormed the village of Burqa at night.", "Attack"),
    ("Bandits invaded the village on motorcycles.", "Attack"),
    ("Militiamen killed at least 13 civilians in the village.", "Attack"),
    ("Soldiers killed dozens of villagers near the border.", "Attack"),
    # taken and then killed: the killing is the event
    ("The district commissioner was abducted and later killed by gunmen.", "Attack"),
    ("Two aid workers were kidnapped and shot dead on the road to Gao.", "Attack"),
    ("Gunmen abducted two aid workers on the road to Gao.", "Abduction/forced disappearance"),
    # a protest broken up
    ("Security forces have broken up a protest in the city, beating demonstrators.", "Protest with intervention"),
    ("Police broke up a student protest outside the ministry.", "Protest with intervention"),
    # air and artillery together: from the air
    ("The army launched air and artillery strikes on rebel camps.", "Air/drone strike"),
    # entering a town to make arrests is a raid, not a capture
    ("Israeli troops entered the old city of Nablus in daylight to arrest three wanted men.", None),
    ("Rebels entered the town of Kiwanja on Saturday.", "Non-state actor overtakes territory"),
])
def test_event_words_as_the_codebook_reads_them(text, sub):
    from sitrep.pipeline.claims import find_triggers
    best = max(find_triggers(text), key=lambda t: t.weight, default=None)
    assert (best.sub if best else None) == sub


def test_a_weapon_named_as_support_booty_or_another_attack_is_not_the_means(resources):
    # ground troops backed by air strikes fought off an attack: a battle
    text = ("BAMAKO (AFP) - Jihadists attacked an army camp near Boulkessi on Sunday, killing 12 soldiers, the army "
            "said. It said 60 of the assailants were killed in the fighting by ground troops backed by air strikes.")
    ev = one(text, published="2023-06-12", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    # weapons the attackers tried to take
    text = ("ADDIS ABABA (Reuters) - Rebel forces attacked an army base overnight, killing soldiers, the prime minister "
            "said. He accused them of trying to loot artillery and rockets from the base.")
    ev = one(text, published="2020-11-04", resources=resources)
    assert ev.event_type == "Battles"
    # the same lead with the shelling as the attackers' own means is a shelling
    text = ("ADDIS ABABA (Reuters) - Rebel forces attacked an army base overnight, killing soldiers, the prime minister "
            "said. He said the rebels had pounded the base with artillery for hours.")
    ev = one(text, published="2020-11-04", resources=resources)
    assert ev.sub_event_type == "Shelling/artillery/missile attack"


def test_the_means_of_an_earlier_attack_do_not_type_the_killing(resources):
    text = ("BANGKOK (AP) - Government troops killed at least 25 villagers in Shan state on Saturday, a rebel group "
            "said. Soldiers entered the village after shelling the area, its spokesman said.")
    ev = one(text, published="2023-03-12", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_suicide_bombing_told_far_below_as_another_event_does_not_type_the_bomb(resources):
    text = ("DAMASCUS (Reuters) - A bomb planted in a parked car exploded near the Sayyida Zeinab shrine on Thursday, "
            "killing six people, the interior ministry said. Police cordoned off the area. The injured were taken to "
            "hospital. Shops nearby were damaged. The area was hit several times during the war, the deadliest "
            "attack being the twin suicide bombings of 2016 that killed 130 people.")
    ev = one(text, published="2024-07-25", resources=resources)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    # the bomber told further down in the story of this bombing still makes it a suicide bomb
    text = ("MOGADISHU (AP) - A truck bomb tore through a checkpoint in Mogadishu on Saturday, killing 40 people, "
            "police said. Ambulances carried the wounded to hospitals. Dozens of cars were burnt. Students were "
            "among the dead. The suicide bomber detonated the truck as traffic queued, a police officer said.")
    assert one(text, published="2019-12-28", resources=resources).sub_event_type == "Suicide bomb"


def test_the_bare_word_strike_yields_to_the_weapon_named(resources):
    text = ("GAZA (Reuters) - Israeli strikes on a school in Gaza City killed 15 people on Sunday, medics said. A "
            "tank shell hit the top floor as families sheltered inside, witnesses said.")
    assert one(text, published="2024-08-11", resources=resources).sub_event_type == "Shelling/artillery/missile attack"
    text = ("MOSCOW (TASS) - The Russian forces delivered a strike with high-precision long-range weapons on military "
            "facilities near Odessa overnight, the ministry said. The strike hit depots of unmanned boats. It was the "
            "second night of strikes on the port.")
    assert one(text, published="2023-07-20", resources=resources).sub_event_type == "Shelling/artillery/missile attack"
    # with no weapon named, a strike stays an air strike
    text = "GAZA (Reuters) - Israeli strikes on a school in Gaza City killed 15 people on Sunday, medics said."
    assert one(text, published="2024-08-11", resources=resources).sub_event_type == "Air/drone strike"


def test_an_attack_on_an_armed_groups_positions_is_a_battle(resources):
    # ACLED: an attack on armed men is an armed clash, even when "others wounded" and a closing line
    # about attacks on civilians leave it unclear who the victims were
    text = ("BAGHDAD (Xinhua) - Nine members of the Iraqi paramilitary Popular Mobilization Forces were killed and six "
            "others wounded on Monday in an attack by Islamic State militants in Diyala province, the PMF said. The "
            "militants attacked PMF positions near Khanaqin, sparking clashes that lasted an hour. Islamic State "
            "remnants carry out frequent attacks against the security forces and civilians.")
    ev = one(text, published="2022-03-14", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    # villagers killed: violence against civilians, though a PMF post was attacked too
    text = ("BAGHDAD (Xinhua) - Islamic State militants killed nine villagers and wounded six others on Monday in an "
            "attack near Khanaqin, police said. The militants attacked the village and a PMF post nearby, sparking "
            "clashes with the PMF.")
    assert one(text, published="2022-03-14", resources=resources).event_type == "Violence against civilians"


def test_villagers_rounded_up_and_killed_near_fighting_is_still_an_attack(resources):
    text = ("BANGKOK (AP) - Army troops rounded up villagers near Hpruso on Friday and killed more than 30 of them, a "
            "rights group said. The villagers had been fleeing fighting between the army and the People's Defence "
            "Force.")
    ev = one(text, published="2021-12-26", resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "GOMA (AFP) - M23 rebels seized the towns of Kiwanja and Rutshuru in eastern Congo on Saturday, residents said.",
    "GOMA (AFP) - M23 rebels on Saturday captured Kiwanja and the town of Rutshuru, residents said.",
    "GOMA (AFP) - M23 rebels took control of Kiwanja, Rutshuru and Bunagana on Saturday after the army pulled back.",
])
def test_towns_seized_under_one_verb_are_one_event_each(resources, text):
    # ACLED codes a transfer of territory per town, however many one sentence names
    evs = extract(article(text, "2022-10-30"), resources=resources)
    assert all(e.sub_event_type == "Non-state actor overtakes territory" for e in evs)
    assert all(e.actor1 == "M23: March 23 Movement" for e in evs)
    names = [e.place.name for e in evs if e.place]
    assert len(evs) == len(set(names)) == (3 if "Bunagana" in text else 2), names


def test_towns_not_joined_under_the_verb_stay_one_event(resources):
    # the town where it was said, or a town named apart from the one seized, opens no capture of its own
    text = "GOMA (AFP) - In Rutshuru, residents said M23 rebels had seized Kiwanja on Saturday after the army pulled back."
    assert len(extract(article(text, "2022-10-30"), resources=resources)) == 1


@pytest.mark.parametrize("closing", [
    "The army has suffered a string of defeats since October, when three ethnic armed groups launched an offensive in Shan State.",
    "Since late October, when rebels launched an offensive in northern Shan, the junta has lost dozens of posts.",
    "The state has for years battled armed bandits who raid villages and kidnap residents for ransom.",
    "Kebbi, like its neighbours, has for decades fought insurgents who attack villages.",
])
def test_a_period_or_years_long_struggle_told_as_background_is_no_event(resources, closing):
    text = ("YANGON (AFP) - The military government said on Saturday it would enforce a conscription law for young men "
            "and women, state media reported. " + closing)
    assert extract(article(text, "2024-02-11"), resources=resources) == []


@pytest.mark.parametrize("text,published", [
    ("Seven years ago on Monday, Boko Haram fighters stormed a girls' school in Dapchi and seized 110 pupils.", "2025-02-17"),
    ("Five years ago this Friday, gunmen abducted more than 300 boys from a boarding school in Kankara, Katsina state.", "2025-12-10"),
    ("Exactly twenty years ago on Tuesday, a suicide bomber killed 40 worshippers at a mosque in Maiduguri.", "2025-11-25"),
    ("It was six years ago on Saturday that jihadists overran the army base at Metele, killing dozens of soldiers.", "2024-11-17"),
])
def test_years_ago_on_a_weekday_is_the_anniversary_not_the_event(resources, text, published):
    # the weekday is the day the anniversary falls on; the act is years old
    assert extract(article(text, published), resources=resources) == []


def test_years_ago_inside_a_new_attack_keeps_the_attack(resources):
    text = "Gunmen on Sunday stormed a school in Kuriga that was attacked two years ago, seizing 130 pupils, residents said."
    assert len(extract(article(text, "2024-03-10"), resources=resources)) == 1


_NO_EVENT_LEAD = "The government said on Monday it would hold talks with the opposition next month. "


@pytest.mark.parametrize("sentence", [
    "A rebel spokesman said on Tuesday their fighters would not lay down arms while army air strikes continued on their villages.",
    "The militia vowed it will keep fighting until government shelling of El Fasher stops.",
    "Houthi leaders warned they would strike ships in the Red Sea as long as the bombing of Gaza goes on.",
    "Kyiv could not halt its counter-offensive unless Russian missile strikes on Kharkiv ended, an adviser said.",
])
def test_strikes_named_as_the_condition_of_a_stance_are_no_event(resources, sentence):
    assert extract(article(_NO_EVENT_LEAD + sentence), resources=resources) == []


def test_a_strike_told_before_a_stance_with_until_is_kept(resources):
    text = "Air strikes killed 14 people in Kutkai on Tuesday, and residents said they would stay until the fighting ends."
    assert len(extract(article(text), resources=resources)) == 1


@pytest.mark.parametrize("text,published", [
    ("Israeli troops will stay at three hilltops in southern Lebanon beyond the deadline set under the ceasefire agreement, "
     "the army said on Monday.", "2025-02-17"),
    ("Talks on extending the ceasefire deal between the army and the RSF stalled on Sunday, mediators said.", "2024-11-28"),
    ("Both sides traded accusations of violations of the ceasefire agreement on Sunday, officials in Sanaa said.", "2024-11-28"),
    ("Aid convoys reached Gaza on Sunday as the second phase of the ceasefire agreement began.", "2025-03-03"),
])
def test_a_ceasefire_deal_referred_to_is_no_agreement_event(resources, text, published):
    assert extract(article(text, published), resources=resources) == []


def test_a_ceasefire_deal_signed_in_the_story_is_an_agreement(resources):
    text = "The army and the RSF signed a ceasefire agreement in Jeddah on Saturday, Saudi mediators said."
    ev = one(text, "2023-05-21", resources)
    assert ev.sub_event_type == "Agreement"


@pytest.mark.parametrize("sentence", [
    "The UN mission said the truce largely held, though it recorded violations, including shelling near Hodeidah.",
    "Observers documented dozens of breaches such as drone strikes and sniper fire around the besieged city of Taiz.",
    "Monitors registered 120 ceasefire violations, mostly artillery shelling around Donetsk.",
])
def test_kinds_of_violation_counted_over_a_truce_are_no_event(resources, sentence):
    assert extract(article(_NO_EVENT_LEAD + sentence), resources=resources) == []


def test_shelling_told_before_a_count_of_violations_is_kept(resources):
    text = "Army shelling killed four civilians near Taiz on Sunday, and the UN recorded other violations elsewhere."
    assert one(text, resources=resources).sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("sentence", [
    "The statement came days after three Hezbollah commanders were killed in an Israeli drone strike in Tyre.",
    "The decision comes a week after police shot dead two students in Khartoum.",
    "The summit took place two months after rebels seized the town of Goma.",
    "The visit follows weeks after jihadists ambushed an army convoy near Djibo, killing 20 soldiers.",
])
def test_an_earlier_event_that_only_places_the_news_in_time_is_no_event(resources, sentence):
    assert extract(article(_NO_EVENT_LEAD + sentence), resources=resources) == []


def test_an_attack_told_days_after_another_is_kept(resources):
    text = "Gunmen killed 12 villagers in Zamfara on Sunday, days after bandits attacked a nearby market, police said."
    evs = extract(article(text), resources=resources)
    assert evs and evs[0].place is not None and evs[0].place.name == "Zamfara"


@pytest.mark.parametrize("later", [
    "A police spokesman told reporters in the capital that the killings took place on March 3 near Mueda.",
    "The massacre was carried out on March 3, the governor said.",
    "Officials said this attack had taken place on March 3 in a village near Mueda.",
    "The district administrator said that the raid happened on March 3.",
])
def test_the_event_told_in_the_lead_dated_weeks_before_keeps_that_day(resources, later):
    text = ("Insurgents killed 30 villagers in a village in Mozambique's Cabo Delgado province, police said on Tuesday. "
            + later)
    ev = one(text, "2020-03-25", resources)
    assert ev.start_date.isoformat() == "2020-03-03"


def test_an_earlier_attack_told_with_its_own_day_stays_background(resources):
    text = ("Insurgents killed 30 villagers in a village in Mozambique's Cabo Delgado province, police said on Tuesday. "
            "On March 3, rebels attacked a market in Mueda.")
    evs = extract(article(text, "2020-03-25"), resources=resources)
    assert len(evs) == 1 and evs[0].start_date.isoformat() == "2020-03-24"


@pytest.mark.parametrize("text", [
    "Jihadists killed five policemen in an attack on a checkpoint near Tuz Khurmatu on Saturday night, security sources said.",
    "Suspected militants attacked a military detachment near Djibo on Sunday, killing 11 soldiers and 20 auxiliaries, the army said.",
    "Gunmen attacked a gendarmerie post in the Tillaberi region on Monday, killing four gendarmes, officials said.",
    "Seven troops died when insurgents attacked an army garrison in Borno state on Tuesday, a military source said.",
])
def test_an_attack_on_a_checkpoint_or_post_is_a_battle(resources, text):
    ev = one(text, resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash"), text


def test_an_attack_on_a_village_stays_one_sided(resources):
    ev = one("Gunmen attacked a village in the Tillaberi region on Monday, killing 14 civilians, officials said.",
             resources=resources)
    assert ev.event_type == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "Security forces raided an Islamic State hideout in Deir ez-Zor on Saturday, killing three militants. The "
    "militants opened fire on the troops and threw hand grenades before they were killed, the ministry said.",
    "Islamic State militants killed nine policemen near Kirkuk on Sunday. The jihadists hit the post with small arms "
    "and grenades, an officer said.",
    "Three soldiers were killed in an exchange of fire with gunmen in Mosul on Monday, the army said. The gunmen "
    "hurled grenades and fired rifles at the patrol.",
])
def test_grenades_thrown_in_a_gunfight_make_no_grenade_attack(resources, text):
    evs = extract(article(text), resources=resources)
    assert evs and all((ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash") for ev in evs), text


def test_a_grenade_thrown_at_a_market_is_a_grenade_attack(resources):
    ev = one("An attacker threw a grenade into a crowded market in Mogadishu on Monday, killing four people, police said.",
             resources=resources)
    assert ev.sub_event_type == "Grenade"


@pytest.mark.parametrize("text", [
    "At least 12 people were killed after Al-Shabaab militants stormed a hotel in Kismayo on Sunday, officials said. "
    "The attack began when a suicide bomber drove a car laden with explosives into the gate, letting gunmen inside.",
    "Gunmen stormed a beachfront restaurant in Mogadishu on Friday, killing nine people, police said. A suicide "
    "bomber blew himself up at the entrance before the gunmen went in.",
    "Eight civilians died when fighters stormed the Sahafi hotel in Mogadishu on Saturday, police said. The assault "
    "opened with a suicide car bomb at the hotel's gate.",
])
def test_a_hotel_stormed_after_a_suicide_bomb_is_a_suicide_bombing(resources, text):
    ev = one(text, resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb"), text


def test_a_base_stormed_is_still_a_fight_opening_the_story(resources):
    ev = one("Al-Shabaab fighters stormed an army base near Baidoa on Sunday, killing 11 soldiers, officials said. "
             "The jihadists later claimed a suicide bomber had helped them in, a claim the army denied.",
             resources=resources)
    assert ev.event_type == "Battles"


@pytest.mark.parametrize("text", [
    "Thirteen people were killed on Friday when Israeli forces raided the town of Beit Jinn, SANA said. The force "
    "was confronted by residents before it hit the town with drones and artillery. The army said six soldiers were "
    "wounded in an exchange of fire with gunmen during the raid.",
    "Israeli troops attacked the village of Kafr Shams on Tuesday, killing eight people, local sources said. Israeli "
    "tanks shelled the outskirts as the soldiers advanced. The Israeli army said its men were hurt in a gun battle "
    "with gunmen in the village.",
])
def test_an_exchange_of_fire_makes_the_shells_of_a_raid_part_of_the_fight(resources, text):
    ev = one(text, "2025-11-28", resources)
    assert ev.event_type == "Battles", text


def test_fire_exchanged_for_months_does_not_make_a_rocket_strike_a_fight(resources):
    ev = one("A rocket struck a football pitch in Majdal Shams on Saturday, killing 12 children, medics said. Israel "
             "and Hezbollah have exchanged fire almost daily since October.", resources=resources)
    assert ev.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "A Border Police officer was killed and ten people were wounded in a shooting and stabbing attack at the central "
    "bus station in Beersheba on Sunday, police said.",
    "A police officer was killed and eight passers-by were injured in a shooting attack at a bus stop in "
    "Jerusalem on Monday, medics said.",
    "One soldier died and seven people were hurt in a stabbing attack at a shopping mall in Haifa on Tuesday, "
    "police said.",
])
def test_a_shooting_at_people_with_one_officer_among_the_victims_is_one_sided(resources, text):
    ev = one(text, resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack"), text


def test_gunmen_shooting_at_a_police_patrol_stay_a_battle(resources):
    ev = one("Militants attacked a police patrol in Jenin on Monday, killing two officers and wounding a passer-by, "
             "police said.", resources=resources)
    assert ev.event_type == "Battles"


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters seized a UN-contracted helicopter and its passengers after it landed in central Somalia, "
    "officials said on Thursday. One passenger was shot dead as he tried to flee.",
    "Gunmen hijacked a bus and its passengers on the Abuja-Kaduna highway on Monday, police said.",
    "Militants captured a cargo plane and its crew at the Kismayo airstrip on Tuesday, officials said.",
])
def test_seizing_a_craft_and_the_people_aboard_is_an_abduction(resources, text):
    ev = one(text, resources=resources)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance"), text


def test_seizing_a_town_is_still_a_capture(resources):
    ev = one("Al-Shabaab fighters seized the town of Mahas in central Somalia on Thursday, officials said.",
             resources=resources)
    assert ev.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "Thousands of supporters of the movement rallied in Sanaa on Friday to denounce U.S. and British air strikes on "
    "the group's positions, a reporter at the scene said.",
    "Hundreds of residents angry over the shelling of their market marched through Taiz on Tuesday, witnesses said.",
    "Students demonstrated in Khartoum on Sunday in protest against air strikes on camps in Darfur, organisers said.",
    "Crowds protested in Mosul on Monday, denouncing the drone strikes on the city's outskirts, local media reported.",
])
def test_violence_a_protest_is_about_is_no_event(resources, text):
    ev = one(text, resources=resources)
    assert ev.event_type == "Protests", text


@pytest.mark.parametrize("text", [
    "Police arrested a militia commander in Baghdad on Wednesday on charges related to rocket attacks on an air base, "
    "officials said.",
    "Soldiers detained a local official in Bamako on Thursday over his alleged involvement in the bombing of a bus "
    "station, officials said.",
    "Security forces arrested a man wanted for the shelling of a border post in Kirkuk on Monday, police said.",
])
def test_violence_named_as_a_charge_is_no_event(resources, text):
    ev = one(text, resources=resources)
    assert ev.sub_event_type == "Arrests", text


def test_a_real_attack_beside_a_denunciation_survives(resources):
    evs = extract(article("Protesters rallied in Taiz on Friday to denounce the siege. Later on Friday, Houthi shelling "
                          "killed four civilians in the city's east, medics said.", "2024-11-29"), resources=resources)
    assert "Shelling/artillery/missile attack" in {e.sub_event_type for e in evs}
    ev = one("The United Nations condemned the air strike that killed 20 people at a market in Idlib on Sunday.",
             resources=resources)
    assert ev.sub_event_type == "Air/drone strike"


def test_a_statement_on_the_day_as_a_whole_speaks_for_both_events(resources):
    # "the air force said N drones were launched", after a second strike: it names neither event's
    # town nor toll, so it speaks for the first (the lead's) event as well as the one it follows;
    # one that names the second event's town does not speak for the first
    for statement, voice in [
        ("The Ukrainian air force said 30 missiles and 40 drones had been launched at Ukraine overnight.", "Ukrainian Air Force"),
        ("Russia's defence ministry said its forces had hit military targets with drones overnight.", "Russian Ministry of Defence"),
    ]:
        text = ("A drone struck a fuel depot in Kharkiv on Thursday, killing five people, the regional governor said. "
                "Separately, a drone hit a bus in Kherson on Thursday, wounding four passengers, police said. " + statement)
        evs = extract(article(text, "2024-03-08"), resources=resources)
        assert len(evs) == 2, statement
        assert all(voice in [s.name for s in e.sources] for e in evs), statement
        assert [e.toll.killed.best if e.toll.killed else None for e in evs] == [5, None], statement
    text = ("A drone struck a fuel depot in Kharkiv on Thursday, killing five people, the regional governor said. "
            "Separately, a drone hit a bus in Kherson on Thursday, wounding four passengers, police said. "
            "Residents of Kherson said the drone had circled the bus stop before it hit.")
    kharkiv = extract(article(text, "2024-03-08"), resources=resources)[0]
    assert "local residents" not in [s.name for s in kharkiv.sources]


@pytest.mark.parametrize("text,sub", [
    # the crowd's own deeds, in any tense: fires set, stones hurled, windows smashed, roads barricaded
    ("Protesters set fires outside the Interior Ministry in Bamako on Saturday, witnesses said.", "Violent demonstration"),
    ("In Kano, protesters set fire to the front of the governor's office on Sunday, police said.", "Violent demonstration"),
    ("Demonstrators pelting security forces with rocks barricaded the main road in Conakry on Saturday.",
     "Violent demonstration"),
    ("Angry youths torched a police station and smashed shop windows in Goma on Thursday during a protest.",
     "Violent demonstration"),
    # a "flash mob" is a kind of march, not a mob: force against it is force against protesters
    ("Soldiers drove a truck into a crowd of protesters at a flash mob march in Yangon on Sunday, killing three people.",
     "Excessive force against protesters"),
    ("Students staged a flash mob protest against fee rises at the university in Lagos on Friday.", "Peaceful protest"),
])
def test_what_the_crowd_did_decides_riot_or_protest(resources, text, sub):
    ev = one(text, "2024-03-11", resources)
    assert ev.sub_event_type == sub


def test_stones_told_only_by_the_force_that_dispersed_the_crowd_do_not_make_a_riot(resources):
    text = ("The army said one of its trucks ran over a man during an opposition protest in Beira on Tuesday.\n"
            "The defence ministry said the truck had been \"surrounded by demonstrators\" throwing stones.\n"
            "Police fired tear gas to disperse protesters in the same street later in the day, witnesses said.")
    assert one(text, "2024-03-13", resources).event_type == "Protests"
    # the crowd's violence in the report's own voice is a riot
    riot = ("Demonstrators threw stones at a police station in Beira on Tuesday during an opposition protest. "
            "Police fired tear gas to disperse them, witnesses said.")
    assert one(riot, "2024-03-13", resources).event_type == "Riots"


@pytest.mark.parametrize("text", [
    "An explosive-laden drone hit the residence of the Iraqi prime minister in Baghdad on Sunday, wounding six guards, "
    "the military said.",
    "The governor of Kirkuk escaped an assassination attempt on Friday when a drone that hit his convoy exploded, police said.",
    "Two bomb-carrying drones were launched at a Popular Mobilisation Forces headquarters in Anbar on Saturday, "
    "security sources said.",
])
def test_a_drone_attack_without_a_fight_is_remote_violence_whatever_the_target(resources, text):
    ev = one(text, "2024-03-11", resources)
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_a_raid_with_an_exchange_of_fire_stays_a_battle(resources):
    ev = one("Militants attacked an army base near Kidal on Thursday and exchanged fire with soldiers for hours, "
             "officials said.", "2024-03-11", resources)
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text,towns", [
    ("Protesters torched tyres outside the governor's office in Kano and at a police station in Zaria on Monday, "
     "witnesses said.", ["Kano", "Zaria"]),
    ("Drone strikes hit militant hideouts in Mosul and Kirkuk overnight, killing four militants, the army said.",
     ["Mosul", "Kirkuk"]),
    ("Demonstrators clashed with police in Bamako and in Sikasso on Saturday, hurling stones at officers, "
     "witnesses said.", ["Bamako", "Sikasso"]),
    ("Islamist fighters stormed a market in Mopti on Sunday, and later in the day attacked an army post in Timbuktu, "
     "officials said.", ["Mopti", "Timbuktu"]),
    ("Rebels captured Kiwanja on Tuesday and clashed with army troops near Butembo, residents said.",
     ["Kiwanja", "Butembo"]),
])
def test_two_towns_far_apart_after_one_event_word_are_two_events(resources, text, towns):
    evs = extract(article(text), resources=resources)
    assert [e.place.name if e.place else None for e in evs] == towns
    assert [e.toll.killed.best if e.toll.killed else None for e in evs][1:] == [None]  # no toll counted twice


@pytest.mark.parametrize("text", [
    "Heavy fighting broke out between Mopti and Timbuktu on Tuesday, killing three soldiers, officials said.",
    "Militants ambushed an army convoy travelling from Mopti to Timbuktu on Tuesday, killing three soldiers, officials said.",
    "Gunmen killed six people in Kaduna on Sunday, and the wounded were taken to hospital in Zaria, police said.",
    "Gunmen killed six people in Kaduna on Sunday, police in Abuja said.",
])
def test_a_route_a_front_or_a_hospital_is_no_second_town(resources, text):
    one(text, resources=resources)


def test_a_later_strike_in_a_town_beyond_a_division_point_is_its_own(resources):
    # the first strike's "Al-Mawasi area" resolves to the division's point, in Gaza City: it does
    # not make the later strike on Gaza City the same event
    text = ("An Israeli strike on tents in the Al-Mawasi area west of Khan Yunis killed 12 people on Monday, medics said. "
            "Later on Monday, a strike on a school in Gaza City killed eight people, the civil defence agency said.")
    evs = extract(article(text, "2024-07-16"), resources=resources)
    assert [e.toll.killed.best if e.toll.killed else None for e in evs] == [12, 8]


def test_an_attack_answered_days_before_is_no_event_of_the_story(resources):
    # "its response to a January 28 drone attack": an earlier event; one of the day before is news
    text = ("US strikes on militia positions near Al-Qaim killed 16 fighters on Friday, Iraqi officials said. "
            "Washington said the strikes were its response to a January 28 drone attack on a base in Jordan "
            "which killed three US soldiers.")
    ev = one(text, "2024-02-03", resources)
    assert ev.toll.killed.best == 16 and str(ev.start_date) == "2024-02-02"
    assert [c.background for c in ev.claims if "response" in c.text] == ["earlier event"]
    text = ("An Israeli strike on a house in Nabatieh killed ten people on Wednesday, a security source said. "
            "Israel said its strikes were retaliation for a rocket barrage fired on Wednesday morning at the "
            "northern Israeli city of Safed, which killed a soldier.")
    assert len(extract(article(text, "2024-02-15"), resources=resources)) == 2


def test_surviving_past_attempts_is_background(resources):
    text = ("An Israeli strike killed 20 people in Khan Yunis on Saturday, medics said. The commander, who leads the "
            "group's armed wing, has survived several assassination attempts.")
    ev = one(text, "2024-07-14", resources)
    assert ev.sub_event_type == "Air/drone strike"
    assert [c.background for c in ev.claims if "survived" in c.text] == ["background"]
    ev = one("An Israeli strike killed 20 people in Khan Yunis on Saturday, medics said. The commander survived "
             "the attack, the army said.", "2024-07-14", resources)
    assert [c.background for c in ev.claims if "survived" in c.text] == [None]


def test_the_speakers_town_is_the_scene_when_the_event_has_no_other(resources):
    # "residents of Dikwa said": the residents' town is where the attack they tell happened, so the
    # bombing told later in a town 40 km away is another event, not the same one
    text = ("Residents of Dikwa in Borno State said they counted the bodies of nine insurgents after jihadists "
            "attacked a military base in the town on Friday evening. The attack happened on the same day that "
            "suicide bombers killed 14 people at a market in Konduga, about 40 kilometres away.")
    evs = extract(article(text, "2024-06-30"), resources=resources)
    assert sorted(e.place.name for e in evs if e.place) == ["Dikwa", "Konduga"]


@pytest.mark.parametrize("text,n", [
    ("Separatist leaders, who are fighting for an independent state, boycotted the talks in Yaounde, which "
     "closed on Friday.", 0),
    ("Delegates met in the capital on Friday, but the armed groups fighting for secession of the two regions "
     "stayed away.", 0),
    ("Militants who fought for independence in the 1990s laid down their arms on Friday under an amnesty.", 0),
    ("Troops and rebels were fighting for control of the town of Kidal on Friday, residents said.", 1),
    ("Heavy fighting for the airport killed 12 soldiers near Gao on Friday, officials said.", 1),
])
def test_fighting_for_a_cause_is_no_fight(resources, text, n):
    assert len(extract(article(text, "2019-10-05"), resources=resources)) == n


@pytest.mark.parametrize("text,published", [
    ("KHARTOUM, March 3 (Reuters) - Sudan's army and the Rapid Support Forces signed a memorandum of understanding "
     "in Juba on Tuesday, pledging to open corridors for aid.", "2023-03-03"),
    ("A ceasefire between the Somali government and clan militias was brokered by elders in Galkayo on Sunday, "
     "officials said.", "2023-03-06"),
    ("The Ethiopian government and Tigrayan forces agreed a truce on Wednesday in Pretoria after ten days of talks "
     "mediated by the African Union.", "2022-11-03"),
    ("Representatives of the two factions reached a peace deal in Doha on Friday, Qatar's foreign ministry said.",
     "2023-03-04"),
    ("Houthi rebels and the Yemeni government signed a declaration in Muscat on Thursday committing to reopen "
     "roads around Taiz.", "2023-03-04"),
])
def test_a_deal_made_is_an_agreement_not_a_fight(resources, text, published):
    # signed, agreed, reached or brokered: the deal is the event, even with fighting told beside it
    ev = one(text, published, resources)
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Agreement")


@pytest.mark.parametrize("text,sub", [
    ("Talks on a ceasefire collapsed in Jeddah on Thursday, and fighting raged in Khartoum between the army and "
     "the Rapid Support Forces.", "Armed clash"),
    ("Fighting broke out between the army and the Rapid Support Forces in Omdurman on Friday despite a truce "
     "agreed last week.", "Armed clash"),
    # stop 37 guards (pass on the old code too): the end of a truce, and a ceasefire one group declares on its own
    # (a Cameroonian separatist group's two-week coronavirus ceasefire, March 2020), are no agreement
    ("An air strike hit an aid convoy near Aleppo on Monday, killing 20 people, hours after the army announced the end "
     "of a week-long truce, the UN said.", "Air/drone strike"),
    # (since stop 47 a ceasefire one side declares in the lead is its change to group/activity, the killing
    # "days after" which it came its setting: still no agreement)
    ("A separatist group in Cameroon's South West region has declared a two-week ceasefire to allow people to be tested "
     "for the coronavirus, its leader said, days after separatists killed two soldiers near Buea.", "Change to group/activity"),
])
def test_a_deal_failed_or_cited_is_no_agreement(resources, text, sub):
    ev = one(text, "2023-06-03", resources)
    assert ev.sub_event_type == sub


@pytest.mark.parametrize("text,published", [
    ("The Syrian Democratic Forces handed over the city of Raqqa to Hayat Tahrir al-Sham on Sunday without a "
     "fight, a war monitor said.", "2024-12-16"),
    ("Hayat Tahrir al-Sham fighters took over Tabqa on Wednesday after the Kurdish-led Syrian Democratic Forces "
     "had withdrawn from the city.", "2024-12-13"),
    ("M23 rebels entered Kalehe on Monday without resistance after the Congolese army pulled out, local "
     "officials said.", "2025-02-18"),
])
def test_a_town_handed_over_or_left_is_a_non_violent_transfer(resources, text, published):
    ev = one(text, published, resources)
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")


def test_a_withdrawal_after_heavy_fighting_is_a_battle(resources):
    ev = one("The Congolese army withdrew from Sake on Thursday after heavy fighting with M23 rebels, who then "
             "captured the town.", "2024-03-01", resources)
    assert ev.event_type == "Battles"


@pytest.mark.parametrize("text,published,sub", [
    ("Russian troops liberated the town of Vuhledar in the Donetsk region on Sunday, the Russian Defence "
     "Ministry said.", "2024-10-08", "Non-state actor overtakes territory"),
    ("MOSCOW, January 9. /TASS/. Russian units on Wednesday completed the liberation of the town of Bakhmut in "
     "the Donetsk region, the Defense Ministry said.", "2025-01-09", "Non-state actor overtakes territory"),
    ("Ukrainian forces recaptured the village of Robotyne in the Zaporizhzhia region on Monday, Kyiv said.",
     "2023-08-29", "Government regains territory"),
    ("Russian troops liberated the village of Sverdlikovo in the Kursk region from Ukrainian forces on Friday, "
     "the ministry said.", "2025-03-02", "Government regains territory"),
])
def test_a_state_regains_only_its_own_soil(resources, text, published, sub):
    # Russia "liberating" a Ukrainian town overtakes it; its own Kursk villages it regains
    ev = one(text, published, resources)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", sub)


@pytest.mark.parametrize("text,sub", [
    ("Gunmen raided a secondary school in Zamfara state on Friday, killing a guard and abducting more than 80 "
     "pupils, police said.", "Abduction/forced disappearance"),
    ("Bandits stormed the village of Kuriga in Kaduna state on Thursday, shot dead a resident and kidnapped "
     "dozens of women and children.", "Abduction/forced disappearance"),
    ("At least 60 worshippers were kidnapped and one was killed when armed men attacked a church in Kaduna "
     "state on Sunday, residents said.", "Abduction/forced disappearance"),
    ("Boko Haram fighters killed 30 villagers and abducted several women when they attacked Gajiram in Borno "
     "state on Tuesday.", "Attack"),
])
def test_more_taken_than_killed_is_an_abduction(resources, text, sub):
    ev = one(text, "2024-03-09", resources)
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", sub)


@pytest.mark.parametrize("text,words", [
    ("The handover of the city took place without fighting, a monitor said.", []),
    ("Troops entered the town with no fighting reported.", ["entered"]),
    ("Fighting raged near the town on Friday.", ["Fighting", "raged"]),
])
def test_without_fighting_is_no_fight_word(text, words):
    from sitrep.pipeline.claims import find_triggers
    assert [t.text for t in find_triggers(text)] == words


def _told(evs):
    return [(e.sub_event_type, e.place.name if e.place else None, str(e.start_date)) for e in evs]


@pytest.mark.parametrize("text,published,events", [
    ("US aircraft struck five weapons depots of Kataib Hezbollah in Iraq on Friday in retaliation for a rocket attack "
     "on the Taji base that killed two Americans.\nOn Wednesday night, about 15 rockets hit Camp Taji, north of "
     "Baghdad, killing two US soldiers and a British soldier.", "2020-03-14",
     [("Air/drone strike", "2020-03-13"), ("Shelling/artillery/missile attack", "2020-03-11")]),
    ("US forces struck targets in Syria on Friday in response to a drone attack on a base in Jordan.\nOn Sunday, a "
     "drone hit Tower 22 in Jordan near the Syrian border, killing three US soldiers.", "2024-02-03",
     [("Air/drone strike", "2024-02-02"), ("Air/drone strike", "2024-01-28")]),
    # negative: the answered attack named again, with no day of its own, is no second event
    ("US aircraft struck five weapons depots of Kataib Hezbollah in Iraq on Friday in retaliation for a rocket attack "
     "on the Taji base.\nThe strikes hit sites near Karbala, officials said.", "2020-03-14",
     [("Air/drone strike", "2020-03-13")]),
])
def test_the_attack_a_strike_answered_told_on_its_own_day_is_its_own_event(resources, text, published, events):
    evs = extract(article(text, published), resources=resources)
    assert [(sub, day) for sub, _place, day in _told(evs)] == events


@pytest.mark.parametrize("text,published,towns", [
    ("Rebels captured the town of Dessie in Ethiopia's Amhara region on Saturday, residents said.\nOn Sunday, the "
     "rebels said they had also seized Kombolcha, south-east of Dessie.", "2021-11-01", ["Dessie", "Kombolcha"]),
    ("M23 rebels took control of Rubaya in North Kivu, local officials said.\nOn Saturday, the M23 also captured "
     "Sake, the officials said.", "2024-03-10", ["Rubaya", "Sake"]),
    # negative: "also" in the same town is more of the same capture
    ("Rebels captured the town of Dessie in Ethiopia's Amhara region on Saturday, residents said.\nOn Sunday, the "
     "rebels also captured an airport in the town.", "2021-11-01", ["Dessie"]),
])
def test_a_town_also_taken_on_a_day_of_its_own_is_its_own_event(resources, text, published, towns):
    evs = extract(article(text, published), resources=resources)
    assert [place for _sub, place, _day in _told(evs)] == towns


@pytest.mark.parametrize("text,published,n", [
    ("Gunmen killed 12 people in an attack on a village in Ituri province's Djugu territory on Monday, officials "
     "said.\nSeparately, ADF rebels killed six people near Oicha in North Kivu on Sunday, residents said.", "2023-06-13", 2),
    ("Bandits attacked a village in Zamfara state on Tuesday, killing nine people, police said.\nIn a separate "
     "incident, gunmen shot dead four travellers near Birnin Gwari in Kaduna state on Wednesday.", "2024-05-02", 2),
    # negative: told apart, but in the same place: the same attack's aftermath
    ("Gunmen killed 12 people in an attack on a village in Ituri province's Djugu territory on Monday, officials "
     "said.\nSeparately, the army said it had killed five of the attackers in Djugu.", "2023-06-13", 1),
])
def test_killings_told_apart_far_away_are_their_own_event(resources, text, published, n):
    evs = extract(article(text, published), resources=resources)
    assert len(evs) == n, _told(evs)


def test_a_crowd_arrested_is_no_arrest_event_of_its_own(resources):
    evs = extract(article("Police on Saturday arrested dozens of young people who gathered at the tollgate in Lagos to "
                          "protest.\nThe police spokesman said 35 people had been arrested and would be arraigned on "
                          "Monday.", "2021-02-14"), resources=resources)
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    # negative: one named person arrested on a day the text gives is an event of its own
    evs = extract(article("Thousands of protesters marched through Tbilisi on Saturday demanding new elections.\n"
                          "Earlier on Saturday, police arrested the opposition leader at his home, his party said.",
                          "2024-10-06"), resources=resources)
    assert [e.sub_event_type for e in evs] == ["Peaceful protest", "Arrests"]

# Types round 8: a stress list written before running it, across agencies and conflicts, on the
# sub-types most often confused (clash vs capture, air vs artillery, attack vs abduction vs sexual
# violence, bomb vs suicide bomb vs grenade, the kinds of protest and riot, the strategic ones)
B, E, V, P, R, S = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                    "Strategic developments")


@pytest.mark.parametrize("text,etype,sub", [
    ('Sudanese army troops and RSF fighters fought for hours around the El Obeid airport on Tuesday, '
     'residents said.', B, 'Armed clash'),
    ('The army said on Wednesday it had recaptured the town of Sinja from the RSF after two days of '
     'fighting.', B, 'Government regains territory'),
    ('Fano militiamen seized the town of Lalibela on Sunday after government troops withdrew, '
     'residents said.', S, 'Non-violent transfer of territory'),
    ('Ukrainian forces repelled a Russian assault near Chasiv Yar on Monday, the general staff said.', B, 'Armed clash'),
    ('Al-Shabaab fighters overran a military base in Middle Shabelle on Friday, killing several '
     'soldiers, officials said.', B, 'Non-state actor overtakes territory'),
    ('Government forces retook control of Kalemie district on Thursday, a provincial official told '
     'Reuters.', B, 'Government regains territory'),
    ('MNDAA fighters clashed with junta troops in Lashio on Saturday, a resident told The Irrawaddy.', B, 'Armed clash'),
    ('A Russian drone struck a minibus in Kherson on Tuesday, killing two passengers, the regional '
     'governor said.', E, 'Air/drone strike'),
    ('Israeli warplanes bombed a house in Khan Younis overnight, killing 11 people, medics said.', E, 'Air/drone strike'),
    ('Russian artillery pounded the centre of Kupiansk on Sunday, wounding four civilians, officials '
     'said.', E, 'Shelling/artillery/missile attack'),
    ('A ballistic missile hit an apartment block in Dnipro on Saturday, killing 40 people, rescuers '
     'said.', E, 'Shelling/artillery/missile attack'),
    ('Houthi rebels fired mortar rounds at a residential area of Taiz on Monday, killing a child, '
     'local officials said.', E, 'Shelling/artillery/missile attack'),
    ('A Turkish drone strike on a car near Qamishli killed three SDF fighters on Wednesday, a war '
     'monitor said.', E, 'Air/drone strike'),
    ("The junta's air force bombed a monastery in Sagaing region on Friday, killing 17 people, a "
     'local group said.', E, 'Air/drone strike'),
    ('Gunmen killed 12 villagers in an attack on Zike village in Plateau state on Monday, police said.', V, 'Attack'),
    ('Bandits kidnapped 30 passengers from a bus on the Abuja-Kaduna highway on Sunday, police '
     'said.', V, 'Abduction/forced disappearance'),
    ('RSF fighters raped at least 15 women in a village near El Geneina last week, a rights group '
     'said.', V, 'Sexual violence'),
    ('Armed men abducted a Catholic priest from his parish in Enugu state on Tuesday, the diocese '
     'said.', V, 'Abduction/forced disappearance'),
    ('ADF militants hacked 18 people to death in a village near Beni on Thursday, local officials said.', V, 'Attack'),
    ('Soldiers shot dead three farmers near Bamenda on Wednesday, a separatist-held area, residents said.', V, 'Attack'),
    ('A roadside bomb struck a police vehicle in Mogadishu on Monday, killing three officers, police '
     'said.', E, 'Remote explosive/landmine/IED'),
    ('A suicide truck bomber rammed a checkpoint in Mogadishu on Saturday, killing nine people, '
     'police said.', E, 'Suicide bomb'),
    ('A man hurled a grenade into a bar in Bunia on Friday night, wounding eight people, police said.', E, 'Grenade'),
    ('A landmine killed four children herding goats near Kidal on Tuesday, local officials '
     'said.', E, 'Remote explosive/landmine/IED'),
    ('A female suicide bomber detonated her explosives at a mosque in Maiduguri on Friday, killing '
     '12 worshippers.', E, 'Suicide bomb'),
    ('An improvised explosive device went off under a minibus in Kirkuk province on Sunday, killing '
     'five people.', E, 'Remote explosive/landmine/IED'),
    ('Hundreds of teachers rallied in front of parliament in Baghdad on Sunday to demand unpaid '
     'wages.', P, 'Peaceful protest'),
    ("Police fired tear gas to disperse hundreds of students who marched on the governor's office in Maputo on Thursday.", P, 'Protest with intervention'),
    ('Security forces opened fire on protesters in Omdurman on Thursday, killing three '
     'demonstrators, medics said.', P, 'Excessive force against protesters'),
    ('Thousands of people marched through Nyala on Saturday against the war; the march ended '
     'peacefully, a correspondent said.', P, 'Peaceful protest'),
    ('A mob lynched two men accused of theft in a market in Kano on Monday, police said.', R, 'Mob violence'),
    ('Angry youths set fire to a police station and threw stones at officers in Goma on Tuesday '
     'after a killing, residents said.', R, 'Violent demonstration'),
    ('Rioters torched the offices of the electoral commission in Kisangani on Friday, witnesses '
     'said.', R, 'Violent demonstration'),
    ('Police arrested 25 suspected members of an armed gang in raids across Port Harcourt on Monday, '
     'a spokesman said.', S, 'Arrests'),
    ('RSF fighters looted the central market of El Fasher on Sunday, residents said.', S, 'Looting/property destruction'),
    ('Air defences intercepted and destroyed 18 Ukrainian drones over the Belgorod region overnight, '
     'the ministry said.', S, 'Disrupted weapons use'),
    ('Ukrainian forces shot down 30 of 40 Shahed drones launched by Russia overnight, the air force '
     'said.', S, 'Disrupted weapons use'),
    ('Al-Shabaab fighters set up a base in the town of Elbur on Tuesday, local elders '
     'said.', S, 'Headquarters or base established'),
    ('The army and the SPLM-N signed a ceasefire agreement in Juba on Saturday, the mediators said.', S, 'Agreement'),
    ('Soldiers defused a roadside bomb on the main road outside Gao on Monday, the army said.', S, 'Disrupted weapons use'),
    ('Rebels handed over the town of Kitchanga to East African troops on Monday, a regional '
     'spokesman said.', S, 'Non-violent transfer of territory'),
    ('A suicide car bomber blew up his vehicle at the gate of a military camp in Abyan on Sunday, '
     'killing 14 soldiers.', E, 'Suicide bomb'),
    ('The SDF and Turkish-backed factions agreed to a ceasefire mediated by the United States in '
     'Manbij on Wednesday.', S, 'Agreement'),

    # round 9: crowd events, written before running them (peaceful / with intervention / excessive force;
    # violent demonstration = the crowd itself violent; mob violence = a crowd attacking people or property)
    ('Police fired tear gas and rubber bullets to disperse hundreds of #EndSARS protesters at the Lekki toll gate '
     'in Lagos on Tuesday, witnesses said.', P, 'Protest with intervention'),
    ('Soldiers opened fire on #EndSARS demonstrators at the Lekki toll gate in Lagos on Tuesday night, killing at '
     'least 12 people, Amnesty International said.', P, 'Excessive force against protesters'),
    ('Protesters in Benin City broke into two prisons and freed inmates on Monday, police said.', R,
     'Violent demonstration'),
    ("Iraqi security forces fired live rounds at protesters on Baghdad's Rasheed Street on Monday, killing four, "
     'medical sources said.', P, 'Excessive force against protesters'),
    ('Riot police used tear gas against demonstrators trying to cross the Jumhuriya bridge in Baghdad on Friday, '
     'witnesses said.', P, 'Protest with intervention'),
    ('Demonstrators torched the Iranian consulate in Najaf on Wednesday night, police sources said.', R,
     'Violent demonstration'),
    ('Protesters burned tyres and blocked roads leading to the port of Umm Qasr on Sunday, a Reuters correspondent '
     'said.', R, 'Violent demonstration'),
    ('Gunmen in pickup trucks attacked protesters at a sit-in in Baghdad on Friday night, killing 20, medics said.',
     V, 'Attack'),
    ('Supporters of the cleric stormed a protest camp in Nasiriyah on Thursday, setting tents on fire and killing '
     'five demonstrators, medics said.', R, 'Mob violence'),
    ('Sudanese security forces fired tear gas at thousands of people marching toward the presidential palace in '
     'Khartoum on Sunday, witnesses said.', P, 'Protest with intervention'),
    ("Security forces shot dead three protesters during marches against military rule in Omdurman on Thursday, a "
     "doctors' committee said.", P, 'Excessive force against protesters'),
    ('Thousands of people took to the streets of Atbara on Wednesday to protest against rising bread prices.', P,
     'Peaceful protest'),
    ("Protesters set fire to the ruling party's headquarters in Atbara on Wednesday, witnesses said.", R,
     'Violent demonstration'),
    ('Kenyan police fired tear gas and water cannon at protesters in central Nairobi on Tuesday as demonstrations '
     'against tax rises spread, Reuters witnesses said.', P, 'Protest with intervention'),
    ("Protesters stormed Kenya's parliament in Nairobi on Tuesday and set part of the building on fire, AFP "
     'reporters said.', R, 'Violent demonstration'),
    ('Opposition supporters hurled stones at police and burned tyres in Kisumu on Wednesday, and police responded '
     'with tear gas.', R, 'Violent demonstration'),
    ('Rival groups of youths armed with machetes fought in Kibera on Thursday, leaving two dead, police said.', R,
     'Mob violence'),
    ('Security forces opened fire on anti-coup protesters in Mandalay on Saturday, killing two people, witnesses '
     'said.', P, 'Excessive force against protesters'),
    ('Police in Yangon used stun grenades and rubber bullets to break up a protest against the military coup on '
     'Sunday.', P, 'Protest with intervention'),
    ('Police arrested dozens of anti-coup demonstrators in Yangon on Monday, a rights group said.', P,
     'Protest with intervention'),
    ('Tens of thousands of people marched peacefully through Yangon on Monday in a general strike against the '
     'coup.', P, 'Peaceful protest'),
    ('Cameroonian police arrested about 100 supporters of an opposition leader who defied a ban on marches in '
     'Douala on Saturday, their lawyer said.', P, 'Protest with intervention'),
    ('Police in Bamenda fired live bullets at crowds protesting the killing of a schoolgirl on Thursday, killing '
     'one man, residents said.', P, 'Excessive force against protesters'),
    ('Moto-taxi drivers blocked roads and threw stones at gendarmes in Buea on Monday after a colleague was shot, '
     'witnesses said.', R, 'Violent demonstration'),
    ('Mozambican police fired tear gas at supporters of Venancio Mondlane protesting the election results in '
     'Maputo on Thursday, AFP journalists said.', P, 'Protest with intervention'),
    ('Police shot dead at least 10 demonstrators in Nampula on Wednesday as protests over the disputed election '
     'turned deadly, a civil society group said.', P, 'Excessive force against protesters'),
    ("Protesters set up barricades of burning tyres and clashed with police in Maputo's Magoanine neighbourhood on "
     'Monday, local media said.', R, 'Violent demonstration'),
    ('Rioters looted shops and set fire to a police station in Matola on Tuesday, police said.', R,
     'Violent demonstration'),
    ('Lebanese security forces fired tear gas and rubber bullets at protesters throwing stones near parliament in '
     'Beirut on Saturday, the Red Cross said.', R, 'Violent demonstration'),
    ("Hundreds of people protested in Sweida's central square on Friday demanding the fall of the government, "
     'activists said.', P, 'Peaceful protest'),
    ('An angry crowd beat to death a man accused of killing a child in a village near Daraa on Sunday, a war '
     'monitor said.', R, 'Mob violence'),
    ('Dozens of villagers attacked and burned the homes of Alawite families in a village near Homs on Tuesday, '
     'the Syrian Observatory said.', R, 'Mob violence'),
    ('Hezbollah supporters on motorbikes attacked a protest camp in central Beirut on Tuesday, tearing down tents '
     'and beating demonstrators, witnesses said.', R, 'Mob violence'),
    ('A mob burned a student to death in Sokoto on Friday over alleged blasphemy, police said.', R, 'Mob violence'),
    ('Villagers lynched two suspected kidnappers in Nasarawa state on Sunday, police said.', R, 'Mob violence'),
    ('Demonstrators clashed with police in Aden on Thursday, burning tyres and blocking main roads, residents '
     'said.', R, 'Violent demonstration'),
    ('Supporters of rival candidates fought with sticks and stones in Kano on Saturday, leaving three people '
     'wounded, police said.', R, 'Mob violence'),
    ('Protesters in Kinshasa attacked the embassies of Rwanda and France on Tuesday, setting fires at the gates, '
     'AFP reporters said.', R, 'Violent demonstration'),
    ('Security forces in Kassala used batons and tear gas to disperse a sit-in outside the state government '
     'offices on Monday, activists said.', P, 'Protest with intervention'),
    ('Students staged a peaceful sit-in at the University of Khartoum on Sunday, demanding the reopening of '
     'campuses.', P, 'Peaceful protest'),
    ('Police in Abuja arrested 40 people who gathered to protest against fuel price rises on Wednesday, a lawyer '
     'said.', P, 'Protest with intervention'),
    ('Youths protesting the killing of a motorcyclist by soldiers blocked the Maiduguri-Damboa road and pelted '
     'troops with stones on Friday, residents said.', R, 'Violent demonstration'),
    ('Soldiers fired on a crowd of protesters in Dessie on Monday, killing four, residents said.', P,
     'Excessive force against protesters'),
    ('Police clashed with stone-throwing youths in Goma on Monday, leaving two dead, residents said.', R,
     'Violent demonstration'),
    ('Thousands of women rallied in El Fasher on Saturday to denounce sexual violence, a witness said.', P,
     'Peaceful protest'),
    ('Anti-government protesters fought running battles with riot police in Nairobi on Thursday, throwing stones '
     'and burning tyres, witnesses said.', R, 'Violent demonstration'),

    # round 10, written before running them: who holds the place after (a capture, a recapture, a
    # foreign army taking a town, a fight with no change) ...
    ("Ukraine's military said on Thursday it had withdrawn its troops from the village of Krynky after months of "
     'fighting, leaving the bridgehead to Russian forces.', B, 'Non-state actor overtakes territory'),
    ("Russian forces have taken full control of the town of Vuhledar in Donetsk region, Russia's defence ministry "
     'said on Wednesday.', B, 'Non-state actor overtakes territory'),
    ('Ukrainian troops recaptured the village of Robotyne in Zaporizhzhia region on Monday, the deputy defence '
     'minister said.', B, 'Government regains territory'),
    ("Sudan's army said on Saturday it had regained control of the Omdurman broadcasting headquarters from the "
     'Rapid Support Forces.', B, 'Government regains territory'),
    ("RSF fighters seized the headquarters of the army's 22nd Division in Babanusa on Friday after days of "
     'fighting, residents said.', B, 'Non-state actor overtakes territory'),
    ('Al-Shabaab militants took over the town of Mahas in Hiiraan region on Tuesday after Ethiopian troops pulled '
     'out, elders said.', S, 'Non-violent transfer of territory'),
    pytest.param('Syrian rebel factions entered the city of Hama on Thursday after fierce battles with government '
                 'forces, a war monitor said.', B, 'Non-state actor overtakes territory',
                 marks=pytest.mark.xfail(strict=True, reason="'Syrian rebel factions' is read as Syria's army "
                                                             "(actors), so the taker is the state")),
    ('Government troops drove Boko Haram fighters out of Damasak on Monday and raised the national flag over the '
     'town, the army said.', B, 'Government regains territory'),
    ('The Arakan Army said on Sunday it had captured the town of Maungdaw after months of fighting with junta '
     'troops.', B, 'Non-state actor overtakes territory'),
    ('Fighting raged for a third day on Tuesday around Bakhmut as Russian forces tried to encircle the town, '
     "Ukraine's military said.", B, 'Armed clash'),
    pytest.param('Tigrayan forces said on Saturday they had captured the town of Kombolcha, a claim the government '
                 'denied, as fighting continued in the area.', B, 'Armed clash',
                 marks=pytest.mark.xfail(strict=True, reason="read as a denial, no event; and the corpus codes a capture "
                                                             "the loser says is still fought for as a capture (a rule "
                                                             "for it cost 4 dev sub-types)")),
    ('M23 rebels said on Wednesday they had seized Bunagana, a town on the Ugandan border, after Congolese troops '
     'fled.', B, 'Non-state actor overtakes territory'),
    ('Congolese soldiers retook the village of Kibirizi from M23 on Friday after heavy fighting, a local official '
     'said.', B, 'Government regains territory'),
    ('Houthi fighters attacked government positions south of Marib on Monday but were repelled after hours of '
     'fighting, a military official said.', B, 'Armed clash'),
    ("Myanmar's military said it had recaptured Lashio from the MNDAA on Tuesday, state media reported.", B,
     'Government regains territory'),
    ('Russian troops completed the liberation of Selydove, the defence ministry in Moscow said on '
     'Wednesday.', B, 'Non-state actor overtakes territory'),
    ('Government forces entered the town of Wad Madani on Saturday as RSF fighters fled, the army said.', B,
     'Government regains territory'),
    # ... and an attack on people (one-sided) vs a fight between armed sides
    ('Unknown gunmen shot dead an aid worker of the International Committee of the Red Cross in Taiz on Sunday, '
     'local officials said.', V, 'Attack'),
    ('A senior judge was shot dead by gunmen on a motorcycle outside his home in Baghdad on Monday, police said.',
     V, 'Attack'),
    ('Gunmen killed a local journalist in Mogadishu on Tuesday, shooting him several times as he left a cafe, '
     'colleagues said.', V, 'Attack'),
    ('Islamic State militants ambushed an army patrol near Tarmiyah on Thursday, killing four soldiers, security '
     'sources said.', B, 'Armed clash'),
    ('Snipers opened fire on supporters of Hezbollah and Amal marching in Beirut on Thursday, and armed men in the '
     'crowd fired back, killing six people, the army said.', B, 'Armed clash'),
    ('Unidentified gunmen opened fire on a funeral procession in Kirkuk on Saturday, killing three mourners, '
     'police said.', V, 'Attack'),
    ('Al-Shabaab fighters attacked a military base in Lower Shabelle on Wednesday and fought soldiers for two '
     'hours, officials said.', B, 'Armed clash'),
    ("Fighters of the Tigray People's Liberation Front killed 40 civilians in the village of Chenna over two days, "
     'residents said.', V, 'Attack'),
    ('Gunmen stormed a school in Zamfara state on Friday and abducted more than 300 schoolgirls, police said.', V,
     'Abduction/forced disappearance'),
    ('Bandits abducted dozens of worshippers from a church in Kaduna state during Sunday service, residents said.',
     V, 'Abduction/forced disappearance'),
    ('Israeli troops killed nine Palestinian gunmen in a gunfight during a raid on Jenin camp on Thursday, the '
     'Palestinian health ministry said.', B, 'Armed clash'),
    ('The Sudanese army repelled an SPLM-N attack on its positions in South Kordofan on Thursday, killing dozens of '
     'rebels, the army said.', B, 'Armed clash'),
    ("Russia's defence ministry said its forces had destroyed a Ukrainian sabotage group that crossed into the "
     'Bryansk region, killing 20 fighters.', B, 'Armed clash'),
    ('Jihadists killed 22 villagers in an attack on Seytenga in northern Burkina Faso on Saturday, the government '
     'said.', V, 'Attack'),
    ('Fano militiamen clashed with federal troops in Gondar on Tuesday, residents said.', B, 'Armed clash'),
    ('Hundreds of students are missing after gunmen attacked a boarding school in Katsina state late on Friday, '
     'police said.', V, 'Abduction/forced disappearance'),
    ('Suspected ISWAP fighters shot dead a soldier and two vigilantes in an ambush near Monguno on Sunday, a militia '
     'leader said.', B, 'Armed clash'),
])
def test_stress_sub_types_round8(resources, text, etype, sub):
    ev = one(text, "2024-03-12", resources)
    assert (ev.event_type, ev.sub_event_type) == (etype, sub)


@pytest.mark.parametrize("text,first,second", [
    # the side that signs or announces first, whoever the other rules would call the attacker
    ("Sudan's army and the paramilitary Rapid Support Forces signed a truce in Jeddah on Saturday, the Saudi foreign "
     "ministry said.", "Military Forces of Sudan", "Rapid Support Forces"),
    ("Ethiopia's government signed a peace agreement with the Oromo Liberation Army in Addis Ababa on Sunday, state "
     "media said.", "Government of Ethiopia", "OLA"),
    ("The Rapid Support Forces and Sudan's army signed a truce in Jeddah on Saturday, the Saudi foreign ministry "
     "said.", "Rapid Support Forces", "Military Forces of Sudan"),
    ("SDF commander Mazloum Abdi announced on Wednesday that a truce mediated by the United States had been reached "
     "with Turkish-backed factions in Manbij.", "SDF", "Syrian National Army"),
])
def test_an_agreement_lists_its_sides_in_the_order_the_deal_names_them(resources, text, first, second):
    ev = one(text, "2024-03-12", resources)
    assert ev.sub_event_type == "Agreement"
    assert (ev.actor1 or "").startswith(first) and (ev.actor2 or "").startswith(second), (ev.actor1, ev.actor2)


@pytest.mark.parametrize("text,sub", [
    ("A suicide car bomber struck an army checkpoint in Mogadishu on Sunday, killing seven soldiers.", "Suicide bomb"),
    ("A suicide truck bomb tore through a base in Abyan on Sunday, killing 14 soldiers.", "Suicide bomb"),
    ("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing seven people.", "Remote explosive/landmine/IED"),
])
def test_a_car_or_truck_bomber_is_a_suicide_bomb(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


def test_a_march_that_ended_peacefully_is_no_excessive_force(resources):
    text = ("Security forces shot dead five protesters in Khartoum on Saturday, medics said. In Wad Madani, thousands "
            "of people marched through the city centre chanting against military rule. The march ended peacefully and "
            "no one was hurt, a correspondent said. At least 21 people have been killed by the security forces since the "
            "coup, doctors said.")
    evs = extract(article(text, "2024-03-12"), resources=resources)
    subs = {e.place.name if e.place else None: e.sub_event_type for e in evs}
    assert subs.get("Khartoum") == "Excessive force against protesters"
    assert [s for n, s in subs.items() if n != "Khartoum"] == ["Peaceful protest"], subs


@pytest.mark.parametrize("text,sub", [
    ("The junta's air force bombed a village in Magway region on Friday, killing nine people, residents said.",
     "Air/drone strike"),
    ("Sudanese air force jets struck the RSF-held town of Nyala on Monday, killing 12 civilians.", "Air/drone strike"),
    ("Rebels shelled an air force base near Mandalay on Friday, killing two airmen, the junta said.",
     "Shelling/artillery/missile attack"),
])
def test_an_air_force_that_bombed_is_an_air_strike(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


@pytest.mark.parametrize("text,sub", [
    ("RSF fighters looted the central market of El Fasher on Sunday, residents said.", "Looting/property destruction"),
    ("Armed men ransacked aid warehouses in Nyala on Tuesday, the World Food Programme said.", "Looting/property destruction"),
    ("Army sappers defused a roadside bomb on the road outside Gao on Monday, the army said.", "Disrupted weapons use"),
    ("Police dismantled two improvised explosive devices near a church in Maiduguri on Sunday.", "Disrupted weapons use"),
    ("A roadside bomb killed three soldiers on the road outside Gao on Monday, the army said.",
     "Remote explosive/landmine/IED"),
])
def test_looting_told_by_what_was_taken_and_bombs_defused(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


@pytest.mark.parametrize("text,sub", [
    ("Bandits seized the town of Gusau after a night-long assault, residents said.", "Non-state actor overtakes territory"),
    ("Fano militiamen captured the town of Debre Tabor on Sunday, residents said.", "Non-state actor overtakes territory"),
    # no capture told: the killing of villagers stays an attack
    ("Gunmen raided the village of Kuru on Sunday and killed 12 villagers, residents said.", "Attack"),
])
def test_the_doers_named_are_no_deed_beside_a_capture(resources, text, sub):
    ev = one(text, "2024-03-12", resources)
    assert ev.sub_event_type == sub


def _events(text, published, resources):
    return [(e.event_type, e.place.name if e.place else None, e.start_date.isoformat() if e.start_date else None)
            for e in extract(article(text, published), resources=resources)]


@pytest.mark.parametrize("text,n", [
    # the police's fire on the crowd is the crowd's own fight told from the other side
    ("BEIRUT, May 11 (Reuters) - Lebanese protesters stormed government buildings and fought running battles with "
     "security forces in central Beirut on Saturday.\n\nA policeman was killed, officials said.\n\nRiot police fired "
     "tear gas and rubber bullets at thousands of demonstrators, some of whom hurled stones and set fires.", 1),
    ("COLOMBO, May 11 (AFP) - Thousands of protesters stormed government offices in Colombo on Saturday and clashed "
     "with soldiers.\n\nTear gas was fired by riot police at crowds who set fire to tyres and hurled stones.", 1),
    # a fight that is no crowd's, and a crowd far from it: two events
    ("KINSHASA, May 14 (Reuters) - Rebels clashed with the army near Goma on Monday, killing 12 soldiers, the army "
     "said.\n\nIn Kinshasa, riot police fired tear gas at protesters who burned tyres and hurled stones.", 2),
])
def test_police_fire_on_a_crowd_is_the_crowds_own_fight(resources, text, n):
    assert len(_events(text, "2024-05-14" if "May 14" in text else "2024-05-11", resources)) == n


@pytest.mark.parametrize("text,published,expected", [
    # an inquiry's finding on an event it dates by a month before last: no event now
    ("GENEVA, Dec 8 (Reuters) - A U.N. inquiry published on Friday concluded that government troops wounded 14 "
     "villagers in a raid in northern Burkina Faso in September.\n\nThe inquiry found that soldiers fired on the "
     "villagers near the town of Djibo on Sept. 14 after accusing them of aiding insurgents.", "2023-12-08", []),
    # a lead that tells the killings itself, however late, and one of last month: the event, on its day
    ("JOS, Nigeria, Feb 4 (Reuters) - Gunmen killed 45 villagers in Plateau state in late January, officials said "
     "on Saturday.\n\nThe killings took place on Jan. 29 in the village of Mangu, a local official said.",
     "2023-02-04", ["Violence against civilians"]),
    ("NAIROBI, March 5 (AP) - Soldiers killed at least 45 civilians in the town of Merawi in Ethiopia's Amhara "
     "region in January, the human rights commission said Tuesday.\n\nThe commission said the killings took place "
     "on Jan. 29.", "2024-03-05", ["Violence against civilians"]),
])
def test_an_inquirys_finding_on_an_event_months_before_is_no_event(resources, text, published, expected):
    assert [t for t, _p, _d in _events(text, published, resources)] == expected


_HELD_BACK = ("a second event told apart ('Elsewhere, in Beira, police also used ...', 'TNLA fighters also attacked ... "
              "Lashio') is split right by a rule held back in group_claims: its sentences have no event word of its "
              "own kind, so the dev gold's sub-types and sides fall below their floors")


@pytest.mark.parametrize("text,n", [
    # "marchers" is a protest cue of its own (claims._PROTEST): the Beira sentence has its event word
    ("MAPUTO, May 11 (AFP) - Mozambican police on Saturday fired tear gas to break up marches in tribute "
     "to a slain activist.\n\nAt least 10 people were hurt, organisers said.\n\nElsewhere, in the central "
     "port city of Beira, police also used tear gas to scatter marchers, and four people were injured, "
     "local media said.", 2),
    # "elsewhere in the city": no town of its own, the same event
    ("HARARE, May 13 (AFP) - Zimbabwean police fired tear gas at protesters in Harare on Monday, injuring six.\n\n"
     "Elsewhere in the city, two more people were hurt, witnesses said.", 1),
])
def test_elsewhere_with_its_own_town_and_hurt_after_an_unplaced_event(resources, text, n):
    assert len(_events(text, "2024-05-13", resources)) == n


@pytest.mark.parametrize("text,towns", [
    ("DAMASCUS, May 12 (SANA) - A worker was killed at Damascus airport at dawn on Sunday in an Israeli air strike "
     "that also hit the airports of Damascus and Aleppo, a military source said.", {"Damascus", "Aleppo"}),
    ("DAMASCUS, May 12 (AFP) - In Homs, an Israeli air strike at dawn on Sunday hit an army depot near Homs and a "
     "radar site near Hama, killing two soldiers, a war monitor said.", {"Homs", "Hamah"}),
    ("KYIV, May 12 (Reuters) - Heavy fighting raged between Kharkiv and Izium on Sunday, killing four soldiers, "
     "officials said.", {"Kharkiv"}),
])
def test_a_town_named_twice_before_the_next_town_of_the_strike(resources, text, towns):
    assert {p for _t, p, _d in _events(text, "2024-05-12", resources)} == towns


@pytest.mark.parametrize("text,expected", [
    pytest.param("YANGON, May 10 (Reuters) - Ethnic armed groups launched coordinated attacks on military positions in "
                 "northern Shan state on Friday.\n\nThe MNDAA said its fighters had attacked junta positions in the town "
                 "of Hsenwi.\n\nTNLA fighters also attacked army positions on the outskirts of Lashio, a TNLA spokesman said.",
                 [("Battles", "Hsenwi", "2024-05-10"), ("Battles", "Lashio", "2024-05-10")],
                 marks=pytest.mark.xfail(strict=True, reason=_HELD_BACK)),
    # the same side again, near the same town: one event
    ("GOMA, May 10 (Reuters) - M23 rebels attacked army positions near Sake on Friday, local officials said.\n\n"
     "The rebels also shelled Mubambiro, a town near Sake, the officials said.",
     [("Explosions/Remote violence", "Sake", "2024-05-10")]),
])
def test_another_side_that_also_attacked_in_a_town_of_its_own(resources, text, expected):
    assert _events(text, "2024-05-10", resources) == expected


# the burned-property pattern ("set fire to a school") read these right but made one more event on the
# held-aside split with no dev gain: held back until the attack/arson choice is settled
_BURNED_HELD = pytest.mark.xfail(strict=True, reason="burned-property pattern held back (one more held-aside event, no dev gain)")


@pytest.mark.parametrize("text,sub", [
    # property burned or looted, nobody hurt: property destruction, whoever did it
    pytest.param("Armed men set fire to a primary school in Bamenda on Monday, local officials said.", "Looting/property destruction", marks=_BURNED_HELD),
    pytest.param("Gunmen torched a health centre and several shops in the village of Bali on Sunday, residents said.",
     "Looting/property destruction", marks=_BURNED_HELD),
    pytest.param("Suspected separatists set a church in Mamfe ablaze overnight, the governor said.", "Looting/property destruction", marks=_BURNED_HELD),
    pytest.param("Militiamen burned down the district office in Kumba on Friday, a local official told AFP.",
     "Looting/property destruction", marks=_BURNED_HELD),
    ("Bandits looted shops in the main market of Gusau on Friday, traders said.", "Looting/property destruction"),
    # a killing told with it is the event
    ("Gunmen set fire to homes and shot dead six villagers in Kumba on Sunday, residents said.", "Attack"),
    ("Bandits killed 12 villagers and torched a school in Zamfara on Tuesday, police said.", "Attack"),
    ("Gunmen stormed a village in Zamfara on Friday and killed nine people, residents said.", "Attack"),
])
def test_property_burned_with_nobody_hurt_is_property_destruction(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


@pytest.mark.xfail(strict=True, reason="the arson-over-attack rule of _choose_type needs the burned-property pattern "
                   "held back above ('set fire to a school' is no property trigger yet); alone it changed no dev event")
def test_burned_school_told_on_with_attack_words_stays_property_destruction(resources):
    text = ("Armed men set fire to a secondary school in Kumbo on Monday, local officials said. The gunmen poured "
            "petrol on the classrooms at dawn, an official said. No casualties were recorded. Authorities blamed the "
            "attack on separatist fighters.")
    assert one(text, "2024-03-12", resources).sub_event_type == "Looting/property destruction"
    hurt = text.replace("No casualties were recorded.", "A teacher and two pupils were killed.")
    assert one(hurt, "2024-03-12", resources).sub_event_type == "Attack"


@pytest.mark.parametrize("text,sub", [
    ("Riot police used water cannon against marchers heading to parliament in Nairobi on Tuesday.",
     "Protest with intervention"),
    ("Security forces fired tear gas at thousands of people who took to the streets of Khartoum on Sunday.",
     "Protest with intervention"),
    ("Thousands of people marched through Omdurman on Saturday, chanting against military rule.", "Peaceful protest"),
    ("Crowds gathered on Friday evening in the main square of Taiz waving flags, witnesses said.", "Peaceful protest"),
])
def test_marchers_and_people_in_the_streets_are_a_protest(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


def test_troops_that_marched_into_a_town_are_no_protest(resources):
    text = "Troops marched into the town of Kadugli on Monday and fired live ammunition at residents, witnesses said."
    evs = extract(article(text, "2024-03-12"), resources=resources)
    assert all(e.event_type != "Protests" for e in evs), [(e.event_type, e.sub_event_type) for e in evs]


@pytest.mark.parametrize("text,sub", [
    ("Yemen's warring parties began a three-day exchange of nearly 900 prisoners on Friday, the Red Cross said.",
     "Agreement"),
    ("Russia and Ukraine swapped 190 prisoners of war on Wednesday, the United Arab Emirates said.", "Agreement"),
    ("Moscow and Kyiv exchanged the bodies of 500 soldiers on Friday, officials said.", "Agreement"),
    ("Rebels and soldiers exchanged fire near Kadugli on Sunday, killing four, residents said.", "Armed clash"),
])
def test_an_exchange_of_prisoners_is_an_agreement(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


@pytest.mark.parametrize("text,sub", [
    ("Myanmar's military seized power on Monday in a coup and detained Aung San Suu Kyi and other leaders, a party "
     "spokesman said.", "Arrests"),
    ("Soldiers seized power in Niamey on Wednesday and detained President Mohamed Bazoum, the junta said.", "Arrests"),
    ("Mutinous soldiers arrested the president and seized power in Bamako on Tuesday, officials said.", "Arrests"),
    ("Sudan's army seized the town of Kadugli from the rebels on Monday, a military spokesman said.",
     "Government regains territory"),
])
def test_power_seized_in_a_coup_is_no_territory(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


def test_intercepted_communications_are_no_weapon_stopped(resources):
    text = ("Security services released intercepted communications in which militants discussed the misfired rocket, "
            "a spokesman said on Tuesday.")
    evs = extract(article(text, "2024-03-12"), resources=resources)
    assert all(e.sub_event_type != "Disrupted weapons use" for e in evs)
    assert one("Air defences intercepted 12 drones over the Belgorod region overnight, the ministry said.", "2024-03-12",
               resources).sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text,sub", [
    # "fighting raged" is one phrase, not two fights outweighing the deal signed
    pytest.param("The army and the RSF signed a declaration of principles in Jeddah late on Thursday, but fighting raged "
                 "on in Khartoum on Friday.", "Agreement"),
    ("Government and rebel negotiators signed a ceasefire agreement in Juba on Sunday even as clashes erupted near "
     "Kadugli.", "Agreement"),
    # two fight words that are not one phrase still add up
    ("Fighting broke out near Kadugli on Sunday and clashes spread to the market after the rebels signed a truce, "
     "residents said.", "Armed clash"),
])
def test_one_phrase_of_two_like_event_words_counts_once(resources, text, sub):
    evs = extract(article(text, "2024-03-12"), resources=resources)
    assert evs and evs[0].sub_event_type == sub, [(e.sub_event_type, e.place.name if e.place else None) for e in evs]


# events round 9 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,sub", [
    # a drone or missile stopped in the air, however many words name it
    ("Houthi forces said they had shot down an American MQ-9 Reaper surveillance drone over Saada province on Tuesday.",
     "Disrupted weapons use"),
    ("Air defences brought down a Ukrainian long-range attack drone over Belgorod on Monday, the governor said.",
     "Disrupted weapons use"),
    ("The rebels said their fighters had brought down the drone over Marib late on Sunday with a locally made "
     "surface-to-air missile.", "Disrupted weapons use"),
    # "brought down" with no weapon is no interception
    ("Protesters brought down a statue of the former president in the main square of Bamako on Monday.", "Peaceful protest"),
])
def test_a_weapon_brought_down_is_disrupted_weapons_use(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


@pytest.mark.parametrize("text,towns", [
    # a clause set off about who the doer is dates the doer, not the act told around it
    ("MAIDUGURI, March 9 (Reuters) - Gunmen killed six villagers in Zamfara state on Friday, police said.\n\n"
     "Separately, ISWAP - which broke away from Boko Haram in 2016 - stormed the town of Monguno in Borno state, "
     "residents said.", ["Zamfara", "Monguno"]),
    ("GOMA, March 9 (AFP) - M23 rebels seized the town of Nyanzale on Friday, local officials said.\n\nSeparately, the "
     "ADF (which pledged allegiance to the Islamic State in 2019) stormed the village of Mamove near Beni, killing "
     "seven people, the army said.", ["Nyanzale", "Beni"]),
    # an act only named, not done, beside the aside: no event
    ("ADDIS ABABA, March 9 (AFP) - Fano militiamen seized the town of Debre Tabor on Friday, residents said.\n\n"
     "The prime minister, who came to power in 2018, condemned the attacks in a televised address.", ["Debre Tabor"]),
    ("ADDIS ABABA, March 9 (AFP) - Fano militiamen seized the town of Debre Tabor on Friday, residents said.\n\n"
     "The group - which was founded in 2012 - has for years battled the army in the north.", ["Debre Tabor"]),
])
def test_an_aside_about_the_doer_does_not_date_the_act(resources, text, towns):
    assert [p for _t, p, _d in _events(text, "2024-03-10", resources)] == towns


@pytest.mark.parametrize("text,n", [
    # a report's finding of years of abuses, the report dated: no event of its day
    pytest.param("LAGOS, March 15 (Reuters) - Nigeria's army on Friday rejected a rights group's report on abuses in the "
                 "northeast.\n\nThe report, published on Wednesday, found that since at least 2016, soldiers had abducted and "
                 "tortured villagers suspected of links to the insurgents.", 0,
                 marks=pytest.mark.xfail(strict=True, reason="held back: a reporting day ('published on Wednesday') not saving a "
                                                             "'since at least 2016' sentence from background cost a held-aside date")),
    ("LAGOS, March 15 (Reuters) - Gunmen abducted 20 villagers in Kaduna state on Wednesday, police said on Thursday.", 1),
])
def test_since_at_least_a_year_in_a_dated_report_is_background(resources, text, n):
    assert len(_events(text, "2024-03-15", resources)) == n


def test_a_lead_in_weak_words_founds_the_event_its_details_tell_late(resources):
    text = ("KUMBA, March 11 (AFP) - Authorities imposed a curfew on Kumba on Sunday evening after armed youths attacked "
            "shops and homes in the town.\n\nThe governor said calm had returned by the morning.\n\nResidents said the "
            "youths had gathered after a funeral.\n\nHours later, armed youths stormed the market and torched several "
            "shops, residents said.")
    assert [(p, d) for _t, p, d in _events(text, "2024-03-11", resources)] == [("Kumba", "2024-03-10")]
    # no day or town in the lead: the late words are still analysis
    text = ("Authorities imposed a curfew after youths attacked shops, officials said.\n\nThe governor said calm had "
            "returned.\n\nResidents said the youths had gathered after a funeral.\n\nArmed youths have stormed markets "
            "across the region in recent months, analysts said.")
    assert _events(text, "2024-03-11", resources) == []

# --- types round 9: crowd events

@pytest.mark.parametrize("text,sub", [
    # the crowd's own violence: storming a building named with its owner, breaking into a jail, tyres burned
    ("Demonstrators stormed Sudan's parliament in Khartoum on Monday, witnesses said.", "Violent demonstration"),
    ("Protesters broke into three police stations in Kisumu on Friday, police said.", "Violent demonstration"),
    ("Hundreds of youths burned tyres on the main road of Beira on Monday, local media said.", "Violent demonstration"),
    # the police and a crowd fighting is a riot, not a battle
    ("Riot police clashed with stone-throwing students in Yaounde on Tuesday, witnesses said.", "Violent demonstration"),
    ("Clashes between security forces and demonstrators in Aden left one dead on Sunday, officials said.",
     "Violent demonstration"),
    # negative: troops against rebels stay a battle
    ("Troops clashed with rebels near Kadugli on Sunday, killing four, residents said.", "Armed clash"),
])
def test_a_crowd_that_storms_burns_or_fights_the_police_riots(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


@pytest.mark.parametrize("text,sub", [
    ("Police fired tear gas at protesters hurling stones in Nairobi on Tuesday, witnesses said.", "Violent demonstration"),
    ("Gendarmes used water cannon against demonstrators who threw rocks at them in Douala on Monday.",
     "Violent demonstration"),
    # negative: tyres burned or barricades broken up by tear gas stay an intervention
    ("Police fired tear gas on Saturday to break up hundreds of protesters who burned tyres outside the embassies "
     "in Kinshasa.", "Protest with intervention"),
])
def test_tear_gas_on_a_crowd_throwing_stones_is_a_riot(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


@pytest.mark.parametrize("text,sub", [
    # shots at a crowd, a crowd run over
    ("Soldiers fired live bullets at crowds protesting in Bamenda on Monday, killing two, residents said.",
     "Excessive force against protesters"),
    ("An army truck ran over a woman during an opposition protest in Maputo on Wednesday, witnesses said.",
     "Excessive force against protesters"),
    # tear gas and live rounds at a crowd named without a word of protest
    ("Police fired tear gas and live rounds at thousands of supporters of the opposition leader in Maputo on "
     "Thursday, killing two, a hospital source said.", "Excessive force against protesters"),
    ("Police fired tear gas to disperse several hundred party members who had gathered in Yaounde on Saturday.",
     "Protest with intervention"),
    ("Security forces fired tear gas at crowds marching to the palace in Khartoum on Sunday.", "Protest with intervention"),
])
def test_fire_at_a_crowd_with_no_word_of_protest(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


def test_fire_at_fighters_is_no_protest(resources):
    evs = extract(article("Troops fired live rounds at the gunmen near Kadugli on Sunday, residents said.", "2024-03-12"),
                  resources=resources)
    assert all(e.event_type != "Protests" for e in evs), [(e.event_type, e.sub_event_type) for e in evs]
    evs = extract(article("A truck ran over a landmine near Kidal on Tuesday, killing four, officials said.", "2024-03-12"),
                  resources=resources)
    assert all(e.event_type != "Protests" for e in evs), [(e.event_type, e.sub_event_type) for e in evs]


@pytest.mark.parametrize("text,sub", [
    ("Police arrested more than 200 opposition supporters who defied a ban to march in Douala on Saturday, and fired "
     "tear gas to disperse those who had gathered, their party said.", "Protest with intervention"),
    ("Security forces detained dozens of protesters in Yangon on Monday, a rights group said.", "Protest with intervention"),
    # negative: arrests with no crowd stay arrests
    ("Police arrested 25 suspected members of an armed gang in raids across Port Harcourt on Monday.", "Arrests"),
])
def test_people_held_at_a_protest_are_an_intervention(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


@pytest.mark.parametrize("text,sub", [
    ("An angry crowd beat to death a man accused of theft in a market in Kano on Monday, police said.", "Mob violence"),
    ("Residents stoned a suspected kidnapper to death in Nasarawa on Sunday, police said.", "Mob violence"),
    ("Groups of angry young men attacked homes and shops in two neighbourhoods of Homs on Sunday, residents said.",
     "Mob violence"),
    ("Supporters of rival parties fought in the streets of Kano on Saturday, leaving four wounded, police said.",
     "Mob violence"),
    ("Loyalists of the governor stormed a protest camp in Nasiriyah on Friday, burning tents, medics said.",
     "Mob violence"),
    # negatives: soldiers who beat a man to death, gunmen at a protest camp: no crowd did it
    ("Soldiers beat a man to death at a checkpoint near Bamenda on Monday, residents said.", "Attack"),
    ("Gunmen attacked a protest camp in Baghdad on Friday night, killing 20, medics said.", "Attack"),
])
def test_a_crowd_turning_on_people_is_mob_violence(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


def test_a_mob_that_storms_a_protest_and_shoots_stays_the_mobs_deed(resources):
    text = ("Supporters of a powerful cleric stormed an anti-government protest camp in Nasiriyah on Friday, torching "
            "tents, medics said.\n\nWhen they reached the square, some of them fired live rounds at the young "
            "protesters camped there, killing five, witnesses said.")
    ev = one(text, "2024-03-12", resources)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Mob violence", "Rioters (Iraq)", "Protesters (Iraq)")
    # negative: security forces shooting at the camp are excessive force
    text = ("Security forces moved on an anti-government protest camp in Nasiriyah on Friday, medics said.\n\nThey fired "
            "live rounds at the young protesters camped there, killing five, witnesses said.")
    assert one(text, "2024-03-12", resources).sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize("text,sub", [
    ("Gunmen attacked a boarding school in Kebbi state early on Monday and abducted dozens of pupils, police said.",
     "Abduction/forced disappearance"),
    # negative: people killed in the deed make it an attack
    ("Gunmen attacked a village in Zamfara on Monday, killed six people and abducted others, police said.", "Attack"),
])
def test_an_attack_where_people_were_taken_and_none_killed_is_an_abduction(resources, text, sub):
    assert one(text, "2024-03-12", resources).sub_event_type == sub


@pytest.mark.parametrize("text,published,want", [
    ("M23 rebels attacked army positions around Sake on Thursday, killing four soldiers, the army said. Earlier in the "
     "week, on Tuesday, the rebels seized Minova, a town on the lake shore, residents said.", "2025-01-25",
     {("Armed clash", "Sake"), ("Non-state actor overtakes territory", "Minova")}),
    ("Russian missiles hit Kharkiv on Saturday, killing three people. Earlier in the week, on Wednesday, a drone "
     "struck a fuel depot in Chuhuiv, the governor said.", "2024-06-09",
     {("Shelling/artillery/missile attack", "Kharkiv"), ("Air/drone strike", "Chuhuyiv")}),
    # negative: "earlier that day" is the same day, no event of its own
    ("M23 rebels attacked army positions around Sake on Thursday, killing four soldiers, the army said. Earlier that "
     "day, the rebels had shelled Sake, residents said.", "2025-01-25", 1),
])
def test_an_event_told_as_earlier_in_the_week_on_a_day_of_its_own(resources, text, published, want):
    evs = extract(article(text, published), resources=resources)
    if isinstance(want, int):
        assert len(evs) == want, [(e.sub_event_type, e.place and e.place.name) for e in evs]
    else:
        assert {(e.sub_event_type, e.place.name if e.place else None) for e in evs} == want


@pytest.mark.parametrize("text,want", [
    ("M23 rebels entered the centre of Goma on Monday after the army withdrew, residents said. The fall of Goma came "
     "two days after the rebels captured Sake, a town west of the city, on Saturday.",
     {("Goma", "2025-01-27"), ("Sake", "2025-01-25")}),
    # negatives: a cause with no day or town of its own, an uncounted "days after"
    ("Gunmen killed seven villagers in Oicha on Sunday, local officials said. The killings came two days after the "
     "army launched an operation against the ADF in the area.", 1),
    ("Russian missiles struck Kharkiv on Saturday, killing three people. The statement came days after two officers "
     "were killed in an air strike near Kupiansk.", 1),
])
def test_an_earlier_event_told_as_what_this_one_came_days_after(resources, text, want):
    evs = extract(article(text, "2025-01-28"), resources=resources)
    if isinstance(want, int):
        assert len(evs) == want, [(e.sub_event_type, e.place and e.place.name) for e in evs]
    else:
        assert {(e.place.name if e.place else None, str(e.start_date)) for e in evs} == want


@pytest.mark.parametrize("text,towns", [
    ("Malian police detained dozens of opposition supporters who defied a ban to rally in the capital Bamako "
     "and the western city of Kayes on Friday, their party said.", ["Bamako", "Kayes"]),
    ("Police arrested 200 opposition supporters who tried to march in Yaounde and Douala on Saturday, their party "
     "said.\n\nIn Yaounde, police fired tear gas at the crowd. In Douala, officers blocked the roads, witnesses said.\n\n"
     "There were no reports of casualties in either city.", ["Yaounde", "Douala"]),
    ("Police arrested 40 protesters who marched in Yaounde on Saturday. In Yaounde, officers fired tear gas at the "
     "crowd, witnesses said.", ["Yaounde"]),
    ("Police fired tear gas at hundreds of opposition supporters who marched in Yaounde and its suburbs on "
     "Saturday, witnesses said.", ["Yaounde"]),
])
def test_a_crowd_told_in_weak_words_in_two_cities_is_a_protest_in_each(resources, text, towns):
    evs = extract(article(text, "2024-06-02"), resources=resources)
    assert [e.place.name if e.place else None for e in evs] == towns
    assert all(e.event_type == "Protests" for e in evs)
    if len(towns) == 2 and "casualties" in text:
        assert [e.toll.killed.best if e.toll.killed else None for e in evs] == [0, 0]


@pytest.mark.parametrize("text,published,sub,place", [
    # an earlier act named only to date or explain the one told: not this sentence's type, nor its place
    pytest.param("Rebels of the Tigray People's Liberation Front said on Sunday they had captured the town of Dessie, two days "
                 "after the government and the rebels signed a ceasefire agreement in Nairobi.", "2021-10-31",
                 "Non-state actor overtakes territory", "Dessie"),  # a deal cited: read since round 28b
    pytest.param("Russian missiles hit an apartment block in Dnipro on Saturday, killing nine people, a week after Moscow and "
                 "Kyiv swapped 200 prisoners of war.", "2024-06-30", "Shelling/artillery/missile attack", "Dnipro"),  # a deal cited: read since round 28b
    pytest.param("Three days after the army and the RSF agreed to a truce in Jeddah, RSF fighters stormed the town of Geneina, "
                 "residents said.", "2023-06-01", "Armed clash", "Al-Junaynah"),  # read since stop 32's place rules
    ("Russian jets bombed a rebel training camp near Harem in Syria's Idlib province on Monday, killing 40 fighters in "
     "the deadliest attack since Moscow and Ankara signed a ceasefire agreement in March, a war monitor said.",
     "2020-10-27", "Air/drone strike", "Harim"),
    # negatives: the recalled act is the only one told, or the sentence's own act is the deal
    ("Residents buried 20 people on Sunday, two days after gunmen attacked their village near Bama, officials said.",
     "2024-05-06", "Attack", "Bama"),
    ("Two days after the attack, the rebels and the government signed a ceasefire agreement in Doha on Friday.",
     "2024-05-04", "Agreement", "Doha"),
])
def test_an_act_recalled_in_passing_does_not_type_the_sentence(resources, text, published, sub, place):
    ev = one(text, published, resources)
    assert (ev.sub_event_type, ev.place.name if ev.place else None) == (sub, place)


def test_a_threat_answering_an_earlier_attack_is_no_event(resources):
    ev = one("Gunmen killed seven soldiers in an ambush near Tillaberi on Monday, the army said.\n"
             "Turkey has vowed to hit Kurdish targets in Syria in retaliation for a suicide attack in its capital, "
             "Ankara, which it blamed on the PKK.", "2024-03-20", resources)
    assert ev.sub_event_type == "Armed clash"
    assert ev.place is None or ev.place.name != "Ankara"  # the threat's cause is no scene of this event


def test_violence_on_a_fronted_day_after_a_strategic_development_is_its_own_event(resources):
    evs = extract(article(
        "Ukraine and Russia exchanged 95 prisoners of war on Friday under a deal brokered by the United Arab Emirates.\n"
        "On Friday, Russian missiles hit an apartment block in Kharkiv, killing four people, the governor said.",
        "2024-06-01"), resources=resources)
    assert sorted(e.sub_event_type for e in evs) == ["Agreement", "Shelling/artillery/missile attack"]
    # a quote that opens on the day is the ministry's word on the same interception
    one("Russian air defences downed 12 Ukrainian drones over the Belgorod region on Saturday, the defence ministry said.\n"
        "\"On Saturday, the Kyiv regime attempted a terrorist attack with drones,\" the ministry said.", "2024-06-09", resources)


# Types round 10: each rule with wordings of its own and a negative


def _typed(text, resources, published="2024-03-12"):
    ev = one(text, published, resources)
    return ev.event_type, ev.sub_event_type


@pytest.mark.parametrize("text,want", [
    ('Gunmen opened fire on a police patrol in Kirkuk on Monday and officers returned fire, killing two of the '
     'attackers, police said.', (B, 'Armed clash')),
    ('Snipers fired on mourners at a funeral in Beirut on Thursday; armed men in the procession fired back, and five '
     'people were killed, the army said.', (B, 'Armed clash')),
    ('Gunfire erupted at a rally in Tripoli on Friday when unknown gunmen shot at the crowd and guards of the '
     'organisers shot back, killing three people, medics said.', (B, 'Armed clash')),
    # negative: fire "returned" with tear gas is no exchange of fire
    ('Police fired back with tear gas at stone-throwing protesters in Nairobi on Tuesday, witnesses said.',
     (R, 'Violent demonstration')),
])
def test_fire_returned_is_an_exchange_of_fire(resources, text, want):
    assert _typed(text, resources) == want


@pytest.mark.parametrize("text,want", [
    # a group named only as a suspect, in words that tell no deed, is no side fought with
    ('Unknown gunmen shot dead a WFP official in Taiz on Friday, local officials said. No group has claimed the '
     'killing. A security official said investigators believed the attackers might be linked to al-Qaeda in the '
     'Arabian Peninsula.', (V, 'Attack')),
    # a speaker telling another's deed is no side either
    ('A senior judge was shot dead by gunmen on a motorcycle outside his home in Baghdad on Monday, police said.',
     (V, 'Attack')),
    # negative: a speaker telling its own deed is a side
    ('Police said they had repelled an attack by bandits on a village in Faskari late on Tuesday, and that no '
     'casualties were recorded.', (B, 'Armed clash')),
])
def test_an_armed_side_named_beside_the_deed_is_not_the_target(resources, text, want):
    assert _typed(text, resources) == want


@pytest.mark.parametrize("text,want", [
    ('Hundreds of students are unaccounted for after gunmen attacked a boarding school in Katsina state late on '
     'Friday, police said.', (V, 'Abduction/forced disappearance')),
    ('Dozens of villagers remain missing after bandits raided Kurmin Wali in Kaduna state on Sunday, residents said.',
     (V, 'Abduction/forced disappearance')),
    # negative: soldiers missing after an attack on their post is a fight
    ('Three soldiers were missing after jihadists attacked an army post near Djibo on Sunday, the army said.',
     (B, 'Armed clash')),
])
def test_people_missing_after_a_raid_were_taken(resources, text, want):
    assert _typed(text, resources) == want


@pytest.mark.parametrize("text,want", [
    ('Ukrainian troops pulled out of the town of Vuhledar on Wednesday, ceding it to Russian forces after a two-year '
     'defence, the military said.', (B, 'Non-state actor overtakes territory')),
    ('Somali forces expelled al-Shabaab militants from the town of Adan Yabaal on Wednesday, officials said.',
     (B, 'Government regains territory')),
    ('Sudanese troops broke the siege of El Obeid on Saturday, linking up with units inside the city, the army said.',
     (B, 'Government regains territory')),
    ('Syrian government forces pushed into the town of Khan Sheikhoun on Tuesday, state media said.',
     (B, 'Government regains territory')),
    ("After two days of heavy clashes, Sudan's army retook the town of Sinja on Saturday, state media said.",
     (B, 'Government regains territory')),
    # negatives: a siege tightened, people driven from their homes, food handed out
    ('RSF fighters tightened the siege of El Fasher on Monday, shelling the city, residents said.',
     (E, 'Shelling/artillery/missile attack')),
    ('Aid workers were handing out food in Khan Younis on Monday when an Israeli air strike hit the crowd, killing '
     'four, medics said.', (E, 'Air/drone strike')),
    pytest.param('The army said it had broken the siege of El Obeid on Saturday, linking up with units in the city.',
                 (B, 'Government regains territory'),
                 marks=pytest.mark.xfail(strict=True, reason="'the army said it had': the speaker is not read as the "
                                                             "doer (actors), so the taker is an unidentified group")),
])
def test_a_place_changing_hands_in_other_words(resources, text, want):
    assert _typed(text, resources) == want


def test_driven_from_their_homes_is_no_change_of_territory(resources):
    evs = extract(article("Fighting in Khartoum drove thousands of residents out of their homes on Sunday, the UN said.",
                          "2024-03-12"), resources=resources)
    assert all(e.sub_event_type not in ("Government regains territory", "Non-state actor overtakes territory") for e in evs)


@pytest.mark.parametrize("text,want", [
    ('A former minister who advised the government on fighting corruption was shot dead in Baghdad on Monday, police '
     'said.', (V, 'Attack')),
    ('A Yemeni journalist with long experience in fighting disinformation was gunned down in Aden on Sunday, '
     'colleagues said.', (V, 'Attack')),
    pytest.param('A Kurdish commander known for fighting the Islamic State was shot dead in Kirkuk on Tuesday, police '
                 'said.', (V, 'Attack'),
                 marks=pytest.mark.xfail(strict=True, reason="the topic's object (the Islamic State) is read as the "
                                                             "second side (actors), an armed one")),
    # negative: killed in fighting is a fight
    ('Two soldiers were killed in fighting with militants in Kirkuk on Tuesday, police said.', (B, 'Armed clash')),
])
def test_fighting_as_a_topic_is_no_fight(resources, text, want):
    assert _typed(text, resources) == want


@pytest.mark.parametrize("text,want", [
    ('The number of civilians killed by Tigrayan forces in a village near Dabat has risen to 125, a local official '
     'said. A TPLF spokesman said the fighters had fought fierce battles with Amhara militia and government troops '
     'in the area.', (V, 'Attack')),
    ('The number of villagers killed by Tigrayan forces in Chenna has risen to 125, an official said. The TPLF said '
     'its fighters had fought fierce battles with militia there.', (V, 'Attack')),
    ('Civilians massacred by the RSF in Wad al-Noura numbered more than 100, activists said on Thursday. The RSF '
     'said it had clashed with army units in the village.', (V, 'Attack')),
    # negative: soldiers killed by the other side is a fight
    ('Soldiers killed by Tigrayan forces near Dabat numbered 40 after two days of clashes, an official said.',
     (B, 'Armed clash')),
])
def test_civilians_killed_by_a_side_is_an_attack_whatever_it_says_it_fought(resources, text, want):
    assert _typed(text, resources) == want


@pytest.mark.parametrize("text,want", [
    ('The army said it had repelled an attack by SPLM-N fighters on its positions near Kadugli on Wednesday. Heavy '
     'artillery fire was heard across the city, residents said. The rebels accused the army of shelling their '
     'villages.', (B, 'Armed clash')),
    ("Sudan's army said it had beaten back an RSF assault on its base in El Obeid on Monday. Artillery fire and "
     'mortar shells were heard through the night, residents said.', (B, 'Armed clash')),
    ('Russian forces beat off a Ukrainian counterattack near Berdin on Sunday. Artillery then struck the retreating '
     'column, the ministry said.', (B, 'Armed clash')),
    # negative: the shells that killed people are the event
    ('Fighting broke out near Kadugli on Wednesday. Artillery shells hit the market and mortar rounds struck a school, '
     'killing nine civilians, residents said. Shelling continued overnight, they said.',
     (E, 'Shelling/artillery/missile attack')),
])
def test_shelling_told_below_a_fight_is_the_fights(resources, text, want):
    assert _typed(text, resources) == want


@pytest.mark.parametrize("text,want", [
    ('A missile and drone attack on an army camp in Marib killed 40 soldiers on Saturday, in one of the deadliest '
     'strikes of the war, officials said.', (E, 'Shelling/artillery/missile attack')),
    ('Artillery shells and drones struck a market in Kupiansk on Sunday, killing six people, officials said.',
     (E, 'Shelling/artillery/missile attack')),
    # negative: the weapon named is the air strike's own
    ('Israeli warplanes struck a house in Rafah on Tuesday, killing nine people, medics said.', (E, 'Air/drone strike')),
])
def test_the_bare_word_strike_does_not_tip_a_named_missile_into_an_air_strike(resources, text, want):
    assert _typed(text, resources) == want


@pytest.mark.parametrize("text,n", [
    # an earlier act told with weak words ("raided", "stormed"), a named side, a day of its own
    # before the protest's and a town far from it: an event of its own
    ('Hundreds of protesters marched in Ramallah on Saturday and police fired tear gas to disperse them. The crowd '
     'demanded justice for an activist who died on Thursday after Palestinian security forces raided his home in Hebron.', 2),
    ('Riot police dispersed a rally in Nairobi on Tuesday with tear gas. A teacher died on Saturday after Kenyan police '
     'stormed a house in Kisumu, his family said.', 2),
    # negative: the same town as the protest is no event of its own
    ('Hundreds of protesters marched in Ramallah on Saturday and police fired tear gas to disperse them. An '
     'activist died on Thursday after Palestinian security forces raided his home in Ramallah.', 1),
    # negative: no day of its own
    ('Police fired tear gas at demonstrators in Khartoum on Sunday, witnesses said. Soldiers have often attacked '
     'homes in Wad Madani, residents said.', 1),
])
def test_weak_act_in_a_far_town_on_an_earlier_day_is_its_own_event(resources, text, n):
    evs = _events(text, "2024-06-26", resources)
    assert len(evs) == n, evs


@pytest.mark.parametrize("text,sub", [
    # the crowd's violence told on an earlier day, or as the police's charge, is not this crowd's deed
    ("Police fired tear gas at students in Lusaka on Friday, two days after they had set fire to a bus in Kitwe.",
     "Protest with intervention"),
    ("Police broke up a march in Bukavu on Sunday. A police spokesman accused some marchers of throwing stones.",
     "Protest with intervention"),
    # negatives: told as this crowd's own deed, a riot
    ("Police fired tear gas at students in Lusaka on Friday after they had set fire to a bus.", "Violent demonstration"),
    ("Police broke up a march in Bukavu on Sunday. Some marchers threw stones at officers, witnesses said.",
     "Violent demonstration"),
    # a killing told with the protest's breaking up is force against it; the dead named as protesters
    # beside the crowd's own violence are a riot's
    ("Police shot dead two people in Beira on Monday while breaking up a rally, a rights group said.",
     "Excessive force against protesters"),
    ("Protesters hurled stones at a police station in Beira on Monday. Two protesters were shot dead, police said.",
     "Violent demonstration"),
])
def test_protest_sub_type_by_whose_deed_and_when(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


@pytest.mark.parametrize("text,published,expected", [
    # a digest: "Also overnight" opens another event of its own, far from the first
    ("KYIV, June 3 (Reuters) - Russian missiles struck an energy facility in Dnipro on Monday, killing two workers, "
     "regional officials said.\n\nAlso overnight, Ukrainian drones attacked an oil refinery in Russia's Ryazan region, "
     "the regional governor said.", "2024-06-03", {"Dnipro", "Ryazan"}),
    ("MOSCOW, October 15. /TASS/. Russian troops liberated the community of Kruglyakovka in the Kharkov Region, the "
     "Russian Defense Ministry reported on Tuesday.\n\nAlso over the past day, air defense forces intercepted four HIMARS "
     "rockets over the Lugansk People's Republic, the ministry said.", "2024-10-15", None),
    # negative: more of the same strike, in the same town, stays one event
    ("ODESA, June 3 (Reuters) - Russian drones hit port facilities in Odesa overnight, injuring three people, the "
     "governor said.\n\nAlso overnight, debris from a drone damaged a house in Odesa, he said.", "2024-06-03", 1),
])
def test_also_overnight_in_a_digest_opens_another_event(resources, text, published, expected):
    evs = _events(text, published, resources)
    if isinstance(expected, int):
        assert len(evs) == expected, evs
    elif expected is None:
        assert [t for t, _p, _d in evs] == ["Battles", "Strategic developments"], evs
    else:
        assert {p for _t, p, _d in evs} == expected, evs


def test_a_capture_with_no_town_is_not_placed_at_a_later_event_told_apart(resources):
    # the captured village is no town of the gazetteer: the downing over Kursk is no place for it
    text = ("MOSCOW, October 30. /TASS/. Units of Russia's Battlegroup Center have liberated the settlement of "
            "Zorianovka in the Donetsk People's Republic, the Russian Defense Ministry said on Wednesday.\n\n"
            "Also overnight, Russian air defenses intercepted and destroyed nine Ukrainian drones over the Kursk "
            "Region, the ministry reported.")
    evs = _events(text, "2024-10-30", resources)
    assert [t for t, _p, _d in evs] == ["Battles", "Strategic developments"], evs
    assert evs[0][1] != "Kursk" and evs[1][1] == "Kursk", evs


@pytest.mark.parametrize("text,expected", [
    # how the war began, told after "since the war began ..., after": no event of this story
    ("DEIR AL-BALAH, Gaza Strip (AP) - An Israeli strike on a house in Khan Younis killed eight people on Wednesday, "
     "hospital officials said.\n\nThe Health Ministry in Gaza says more than 41,000 Palestinians have been killed since "
     "the war began on Oct. 7, after Hamas-led militants killed around 1,200 people in southern Israel and took about "
     "250 hostages.", ["Explosions/Remote violence"]),
    ("JERUSALEM, July 2 (Reuters) - Hezbollah fired rockets at the northern town of Kiryat Shmona on Tuesday, the "
     "Israeli military said.\n\nThe group has traded fire with Israel almost daily since the war in Gaza erupted, when "
     "Hamas gunmen stormed southern Israel and seized 250 hostages.", ["Explosions/Remote violence"]),
    # negative: a toll told before the clause is this story's own
    ("GAZA, March 2 (Reuters) - An Israeli strike killed 20 people in Rafah on Saturday, one of the deadliest since "
     "the war began, after weeks of raids on the city, medics said.", ["Explosions/Remote violence"]),
])
def test_how_the_war_began_is_background(resources, text, expected):
    published = {"DEIR": "2024-09-12", "JERU": "2024-07-02", "GAZA": "2024-03-02"}[text[:4]]
    assert [t for t, _p, _d in _events(text, published, resources)] == expected


# Types round 11b: stress lists written before running them (territory; kinds of strike), own sentences
# across agencies and conflicts; strict xfail where the rules cannot yet tell them.
_B, _E = "Battles", "Explosions/Remote violence"
_NS, _GR, _AC = "Non-state actor overtakes territory", "Government regains territory", "Armed clash"
_SH, _AD, _IED, _SB = "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Suicide bomb"
_TERRITORY_11B = [
    # (once a strict xfail: the DPR was taken for the holder; "People's Republic" is now read as the oblast)
    ("MOSCOW, March 3. /TASS/. Russian forces have liberated the village of Orlivka in the Donetsk People's Republic, the Defense Ministry said on Sunday.", "2024-03-03", _B, _NS),
    ("KYIV, Aug 12 (Reuters) - Russian troops captured the village of Novohrodivka in eastern Ukraine on Monday, the Russian defence ministry said.", "2024-08-12", _B, _NS),
    ("Kyiv (AFP) - Ukrainian forces recaptured the village of Robotyne in the Zaporizhzhia region on Monday, the deputy defence minister said.", "2023-08-28", _B, _GR),
    pytest.param("Ukraine's army said on Saturday it had retaken the town of Lyman from Russian troops after a days-long encirclement.", "2022-10-01", _B, _GR,
                 marks=pytest.mark.xfail(strict=True, reason="Ukraine's army retaking a town from Russian troops is read as a non-state capture (held back, no dev gain found in the time)")),
    ("Goma (AFP) - M23 rebels seized the town of Kiwanja in North Kivu on Wednesday, residents said.", "2022-10-26", _B, _NS),
    ("The Congolese army said on Friday it had recaptured the town of Kitshanga from M23 rebels after heavy fighting.", "2023-03-03", _B, _GR),
    ("KHARTOUM, Oct 26 (Reuters) - The Rapid Support Forces said on Thursday they had taken control of the army's main base in Nyala, the capital of South Darfur.", "2023-10-26", _B, _NS),
    ("Sudan's army said on Tuesday it had regained control of the city of Wad Madani from the paramilitary Rapid Support Forces.", "2025-01-14", _B, _GR),
    ("Al-Shabaab fighters overran the town of Mahaas in central Somalia on Tuesday after government troops withdrew, residents said.", "2023-02-07", _B, _NS),
    ("Somali troops backed by clan militias retook the town of Adan Yabaal from al-Shabaab on Thursday, officials said.", "2022-12-08", _B, _GR),
    ("BEIRUT (AP) - Hayat Tahrir al-Sham-led insurgents captured the central city of Hama on Thursday after days of battles with government forces.", "2024-12-05", _B, _NS),
    ("DAMASCUS, Feb. 9 (Xinhua) -- The Syrian army recaptured the strategic town of Saraqeb in Idlib province on Sunday, state news agency SANA reported.", "2020-02-09", _B, _GR),
    ("YANGON (Reuters) - The Arakan Army said on Saturday it had seized the town of Paletwa in Chin state from the military.", "2024-01-13", _B, _NS),
    ("Myanmar's junta said on Tuesday its troops had recaptured the town of Kawlin in Sagaing region from resistance fighters.", "2024-02-20", _B, _GR),
    ("Tigrayan forces took control of the town of Woldia in the Amhara region on Sunday, residents said.", "2021-08-15", _B, _NS),
    ("Ethiopia's federal forces retook the town of Dessie from Tigrayan rebels on Monday, the government said.", "2021-12-06", _B, _GR),
    ("Insurgents linked to the Islamic State seized the town of Macomia in Cabo Delgado on Friday, local sources said.", "2024-05-10", _B, _NS),
    ("Mozambican and Rwandan troops recaptured the port town of Mocimboa da Praia from insurgents on Sunday, Rwanda's army said.", "2021-08-08", _B, _GR),
    ("Houthi fighters captured the district of Harib in Marib province on Tuesday after clashes with government forces, tribal sources said.", "2021-09-21", _B, _NS),
    ("Jihadists of JNIM seized the town of Boulkessi in central Mali on Sunday, a security source said.", "2025-06-01", _B, _NS),
    ("Malian soldiers and their Russian allies retook the northern town of Kidal from separatist rebels on Tuesday, the army said.", "2023-11-14", _B, _GR),
    ("Fighting raged on Tuesday between the army and RSF fighters in El Fasher, residents said.", "2024-06-11", _B, _AC),
    ("Heavy clashes broke out between Ukrainian and Russian troops near Chasiv Yar on Saturday, the Ukrainian military said.", "2024-05-04", _B, _AC),
    ("M23 rebels and the Congolese army fought for control of the hills around Sake on Thursday, witnesses said.", "2024-02-08", _B, _AC),
    ("The Burkinabe army said on Friday it had repelled an attack by jihadists on its base in Djibo, killing dozens of the assailants.", "2022-11-25", _B, _AC),
    pytest.param("Russia's military said on Tuesday it had routed a group of saboteurs who crossed into the Bryansk region, killing more than 20 of them with artillery fire.", "2023-03-07", _B, _AC,
                 marks=pytest.mark.xfail(strict=True, reason="one trigger per sentence: the means ('with artillery fire', w3) outweighs the fight ('routed') in build_claim")),
]
_STRIKES_11B = [
    ("KYIV, Jan 2 (Reuters) - A Russian missile strike on Kharkiv killed three people on Tuesday, the regional governor said.", "2024-01-02", _E, _SH),
    ("A Russian drone hit an apartment block in Odesa overnight, killing two people, officials said on Saturday.", "2024-03-02", _E, _AD),
    ("Russian warplanes dropped guided bombs on Kupiansk on Monday, killing a woman, local authorities said.", "2024-02-05", _E, _AD),
    ("Ukrainian artillery shelled the centre of Donetsk on Sunday, killing four civilians, the city's Russian-installed mayor said.", "2024-01-21", _E, _SH),
    ("Houthi rebels fired a ballistic missile at Marib city on Thursday, killing five civilians, the Yemeni army said.", "2021-06-10", _E, _SH),
    ("Saudi-led coalition aircraft struck a Houthi military camp in Sanaa on Wednesday, the Houthis' Al Masirah TV said.", "2022-01-19", _E, _AD),
    ("An Israeli drone strike on a car in southern Lebanon killed two Hezbollah members on Friday, a security source said.", "2024-02-16", _E, _AD),
    ("Hezbollah fired dozens of rockets at northern Israel on Sunday, the Israeli military said.", "2024-08-25", _E, _SH),
    ("Rockets fired from Gaza hit the Israeli city of Ashkelon on Monday, wounding three people, medics said.", "2023-10-09", _E, _SH),
    ("An Israeli helicopter fired a missile at a car in Tulkarem on Tuesday, killing three militants, the Palestinian health ministry said.", "2024-09-03", _E, _AD),
    ("RSF artillery shelled the Abu Shouk camp in El Fasher on Sunday, killing at least 12 displaced people, activists said.", "2024-12-01", _E, _SH),
    ("A Sudanese army air strike on a market in Kabkabiya killed dozens of people on Monday, rights groups said.", "2024-12-09", _E, _AD),
    ("A military jet bombed a monastery in Sagaing region on Saturday, killing at least 10 civilians, residents said.", "2024-06-01", _E, _AD),
    ("Myanmar's army shelled the village of Kan Gyi on Friday, killing five villagers, a local resistance group said.", "2024-04-05", _E, _SH),
    ("Turkish drones struck a vehicle near Qamishli on Tuesday, killing two fighters of the Syrian Democratic Forces, the SDF said.", "2024-01-16", _E, _AD),
    ("Government forces shelled the town of Ariha in Idlib on Monday, killing four civilians, the Syrian Observatory said.", "2023-10-09", _E, _SH),
    ("A roadside bomb struck an army patrol near Tuz Khurmatu on Thursday, killing two soldiers, security sources said.", "2023-05-18", _E, _IED),
    ("A landmine planted by Islamic State militants killed three shepherds near Palmyra on Sunday, state media said.", "2024-02-25", _E, _IED),
    ("A bomb planted in a church in Beni exploded during Sunday mass, wounding two people, the army said.", "2021-06-27", _E, _IED),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu on Saturday, killing five soldiers, police said.", "2023-09-23", _E, _SB),
    ("A woman wearing an explosive vest detonated herself at a wedding in Gwoza on Saturday, killing 18 people, officials said.", "2024-06-29", _E, _SB),
    ("Al-Shabaab militants set off a car bomb outside a police station in Baidoa on Tuesday, killing three officers, police said.", "2023-05-02", _E, _IED),
    ("A Ukrainian missile fired from a HIMARS launcher struck a Russian barracks in Makiivka on New Year's night, the Russian defence ministry said.", "2023-01-02", _E, _SH),
    ("The Israeli army said its fighter jets struck Hezbollah weapons depots in the Bekaa valley on Wednesday.", "2024-02-28", _E, _AD),
    ("Russian forces launched Iskander missiles at Dnipro on Friday, killing four people, the regional governor said.", "2024-04-19", _E, _SH),
    ("A Shahed drone launched by Russian forces hit an energy facility in Lviv overnight, the governor said.", "2024-03-24", _E, _AD),
]


@pytest.mark.parametrize("text,published,etype,sub", _TERRITORY_11B + _STRIKES_11B)
def test_stress_territory_and_strike_kinds_round11b(resources, text, published, etype, sub):
    evs = extract(article(text, published), resources=resources)
    assert [(e.event_type, e.sub_event_type) for e in evs] == [(etype, sub)]


@pytest.mark.parametrize("text,sub", [
    ("An army helicopter fired rockets at a rebel convoy near Laukkai on Monday, killing six fighters, residents said.", "Air/drone strike"),
    ("A fighter plane bombed the market of Tabarebare on Sunday, killing nine people, medics said.", "Air/drone strike"),
    # negative: a missile fired from the ground is no air strike
    ("Russian forces fired a missile at the centre of Sumy on Sunday, killing 11 people, the governor said.", "Shelling/artillery/missile attack"),
    ("A teenage girl strapped with an explosive belt blew up at a bus stop in Maiduguri on Friday, killing four people, police said.", "Suicide bomb"),
    ("A man detonated himself at the gate of a mosque in Peshawar on Friday, killing 12 worshippers, police said.", "Suicide bomb"),
    # negative: an explosive device planted, no bomber
    ("An explosive device planted under a car went off in Mogadishu on Friday, killing two people, police said.", "Remote explosive/landmine/IED"),
])
def test_aircraft_firing_missiles_and_bombers_wearing_belts(resources, text, sub):
    assert one(text, "2024-06-01", resources).sub_event_type == sub


@pytest.mark.parametrize("text,published,expected", [
    # a mob's attack told on an earlier day the sentence opens on, with a victim of its own: its own event
    ("NIAMEY (AFP) - Police in Niger fired tear gas on Friday to break up a rally of several hundred people in Niamey "
     "demanding the departure of foreign troops.\n\nLate on Thursday, a lorry carrying aid workers was stopped by a mob "
     "that beat its driver and set the vehicle on fire, the charity said.", "2024-05-11",
     [("Protests", "Niamey", "2024-05-10"), ("Riots", "Niamey", "2024-05-09")]),
    # negative: the same day told again is the same event
    ("MOGADISHU (Reuters) - A car bomb exploded near a police station in Mogadishu on Sunday, killing six people, police "
     "said.\n\nOn Sunday, the bomb went off as officers were changing shifts, a police officer told Reuters.", "2024-06-10",
     [("Explosions/Remote violence", "Mogadishu", "2024-06-09")]),
    # negative: an announcement on the day before, with no victim, is no event of its own
    ("KHARTOUM (Reuters) - The RSF shelled a market in Omdurman on Saturday, killing 15 people, medics said.\n\n"
     "On Friday, the army said it would launch an offensive to retake the city.", "2024-06-02",
     [("Explosions/Remote violence", "Omdurman", "2024-06-01")]),
])
def test_an_act_told_on_an_earlier_day_is_an_event_of_its_own(resources, text, published, expected):
    assert sorted(_events(text, published, resources)) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # one volley on two sites spelt out in a later sentence, a site in a province and a site in a town
    ("BAGHDAD (AFP) - Iran fired missiles at two bases in Iraq early on Wednesday. The missiles hit the Ain al-Asad air "
     "base in western Anbar province and a camp near Erbil, the army said.", {"Hit", "Erbil"}),
    ("BAGHDAD (Reuters) - Drones attacked two oil sites in northern Iraq on Tuesday, officials said. The drones targeted "
     "the gas field at Chamchamal in Sulaymaniyah province and a refinery in Kirkuk, causing fires but no casualties.",
     {"Jamjamal", "Kirkuk"}),
    # negative: a site in a province alone is one event
    ("BAGHDAD (AFP) - Iran fired missiles at a base in Iraq early on Wednesday. The missiles hit the Ain al-Asad air "
     "base in western Anbar province, the army said.", {"Hit"}),
])
def test_one_volley_on_two_far_sites_is_an_event_each(resources, text, expected):
    assert {p for _t, p, _d in _events(text, "2024-01-10", resources)} == expected


# Types round 16: stress lists written before the rules (territory given up or handed over, property
# carried away, people seized, shots at a gathered crowd), own sentences across theatres, voice and
# clause order varied; strict xfail where the rules cannot yet tell them.
_S, _V, _P = "Strategic developments", "Violence against civilians", "Protests"
_NVT, _LOOT, _ABD, _EXF = ("Non-violent transfer of territory", "Looting/property destruction", "Abduction/forced disappearance",
                           "Excessive force against protesters")
_HANDED_16 = [
    ("UN peacekeepers on Tuesday handed over their camp in Ber to the Malian army, the mission said.", [(_S, _NVT)]),
    ("The Tessalit camp was handed over to Malian forces on Sunday, MINUSMA said in a statement.", [(_S, _NVT)]),
    ("French forces formally transferred their Gao base to the Malian army on Monday, the French military said.", [(_S, _NVT)]),
    ("Under a deal signed last month, Ethiopian troops relinquished control of the airport in Baidoa to Somali forces on "
     "Thursday, officials said.", [(_S, _NVT)]),
    ("Russian military police turned over their positions near Kobani to Syrian government troops on Friday, the SDF said.", [(_S, _NVT)]),
    ("The Burundian contingent ceded the Bulo Marer forward base, its last post in Lower Shabelle, to the Somali army on "
     "Saturday, a statement said.", [(_S, _NVT)]),
    ("U.S. troops gave up the Qayyarah airfield to Iraqi forces on Monday, the coalition said.", [(_S, _NVT)]),
    # negatives: no force receives it; a deal made, not framing the act
    ("The government transferred its headquarters to Port Sudan on Monday, officials said.", []),
    ("The two sides signed a peace agreement in Addis Ababa on Wednesday, the African Union said.", [(_S, "Agreement")]),
    pytest.param("Ukraine's army withdrew from Avdiivka on Saturday, handing Moscow its biggest gain in months, the general staff said.",
                 [(_B, _NS)], marks=pytest.mark.xfail(strict=True, reason="the side handed the town is named by its capital "
                                                      "(Moscow), no actor: the taker stays the army that withdrew")),
]
_LEFT_16 = [
    ("Islamist fighters pulled out of Mocimboa da Praia overnight and government troops moved in on Saturday, residents said.", [(_S, _NVT)]),
    ("Government troops entered Kidal on Tuesday, a day after the rebels abandoned the town, the army said.", [(_S, _NVT)]),
    ("The Russian garrison left the town of Kupiansk and Ukrainian forces took over the town on Friday, the governor said.", [(_S, _NVT)]),
    ("After the army vacated its positions in the town, al-Shabaab fighters took control of Mahas on Monday, residents said.", [(_S, _NVT)]),
    ("Rwanda-backed M23 rebels have withdrawn from the town of Walikale, and pro-government militiamen took control of the "
     "town on Thursday, residents said.", [(_S, _NVT)]),
    ("Government troops pulled out of the Kobani base on Sunday and the SDF moved in hours later, a war monitor said.", [(_S, _NVT)]),
    # negatives: a fight told with the withdrawal, or a conquest
    ("Forces of the separatist council took control of Seiyun on Wednesday after government troops withdrew following "
     "clashes on the city's outskirts, residents said.", [(_B, _NS)]),
    ("Ukrainian troops withdrew from Avdiivka after months of fighting and Russian forces entered the town on Saturday, "
     "the general staff said.", [(_B, _NS)]),
    ("Ukrainian troops withdrew from Avdiivka and Russian forces captured the town on Saturday, the general staff said.", [(_B, _NS)]),
    ("Rebels seized the town of Pinga after government troops withdrew on Monday, residents said.", [(_B, _NS)]),
    pytest.param("M23 fighters pulled out of Walikale on Thursday, residents said.", [(_S, _NVT)],
                 marks=pytest.mark.xfail(strict=True, reason="a withdrawal told alone, no side coming in, is a weak word: it founds no event")),
]
_TAKEN_16 = [
    ("Gunmen raided shops in the Monday Market of Maiduguri overnight and made off with cash and phones, traders said.", [(_S, _LOOT)]),
    ("Al-Shabaab fighters stormed the village of Bulo Burte and drove away hundreds of goats and camels, elders said on Sunday.", [(_S, _LOOT)]),
    ("Goods worth millions of pounds were carried off when armed men broke into a World Food Programme warehouse in Nyala "
     "on Tuesday, the agency said.", [(_S, _LOOT)]),
    ("The market in Tawila was stormed on Friday by RSF fighters who stole goods and vehicles, witnesses said.", [(_S, _LOOT)]),
    ("Bandits invaded Gidan Bako village on Sunday and rustled more than 200 cattle, residents said.", [(_S, _LOOT)]),
    # negatives: people killed, hurt or taken in the raid; an army post stormed; weapons seized in a fight
    ("Gunmen stormed the village of Kuru on Sunday, killed five people and made off with cattle, residents said.", [(_V, "Attack")]),
    ("Gunmen attacked the village of Dogo on Sunday and stole cattle, wounding two herders, residents said.", [(_V, "Attack")]),
    ("Gunmen abducted five herders and stole their cattle near Gusau on Sunday, police said.", [(_V, _ABD)]),
    ("Bandits stole hundreds of cattle and abducted three herders near Gusau on Sunday, police said.", [(_V, _ABD)]),
    ("Militants stormed an army base near Diffa on Sunday and made off with vehicles and fuel, the defence ministry said.", [(_B, _AC)]),
    ("Militants stormed an army base near Diffa on Sunday and seized weapons and vehicles, the defence ministry said.", [(_B, _AC)]),
    # people seized, told actively or in the passive, fronted or not
    ("Bandits seized 15 farmers from their fields in Zamfara's Maru area on Tuesday, residents said.", [(_V, _ABD)]),
    ("Three aid workers were snatched by gunmen on the road near Damasak on Friday, the UN said.", [(_V, _ABD)]),
    ("Armed men stopped a bus near Kaduna on Sunday and took away 20 passengers, police said.", [(_V, _ABD)]),
    ("Two Italian nuns and a priest were seized by jihadists near Dori on Saturday, the diocese said.", [(_V, _ABD)]),
    ("On their way home from school on Monday, twelve pupils were grabbed by gunmen who stopped their bus near Kagara, police said.", [(_V, _ABD)]),
    ("Gunmen hijacked a commuter bus near Okene on Friday and seized the travellers, police said.", [(_V, _ABD)]),
    # negative: a town seized
    ("M23 rebels seized the town of Rubaya on Tuesday, residents said.", [(_B, _NS)]),
]
_FIRED_ON_16 = [
    ("Police opened fire on residents who had gathered to protest against the closure of the market in Kasese on Monday, "
     "wounding three, witnesses said.", [(_P, _EXF)]),
    ("Soldiers fired live rounds at students marching on the governor's office in Maiduguri on Tuesday, injuring two, a "
     "union leader said.", [(_P, _EXF)]),
    ("Supporters of the opposition who rallied in Conakry on Thursday were shot at by security forces, leaving five wounded, "
     "the party said.", [(_P, _EXF)]),
    ("Russian troops fired shots at people who gathered for a pro-Ukrainian rally in Kherson on Sunday, the mayor said.", [(_P, _EXF)]),
    ("Russian troops on Sunday threw stun grenades and fired shots at residents of Kherson who had gathered for a "
     "pro-Ukrainian rally, the mayor said.", [(_P, _EXF)]),
    # negative: tear gas only
    ("Police fired tear gas at residents who had gathered to protest in Kasese on Monday, witnesses said.", [(_P, "Protest with intervention")]),
]


@pytest.mark.parametrize("text,expected", _HANDED_16 + _LEFT_16 + _TAKEN_16 + _FIRED_ON_16)
def test_stress_types_round16(resources, text, expected):
    evs = extract(article(text, "2024-05-10"), resources=resources)
    assert [(e.event_type, e.sub_event_type) for e in evs] == expected


# round 25 (lead): the day the news was given does not date a deed of an earlier year; a year told as
# "mid-2021" or "in early 2019" is a year; what people fled is the cause of their flight, not an event
@pytest.mark.parametrize("text,published", [
    ("The government said on Friday it would look into a media report that soldiers guarding a gas project "
     "detained and killed dozens of villagers in 2021.", "2024-09-27"),
    ("Army chiefs on Tuesday rejected claims that troops executed 40 detainees near Palma in mid-2021.", "2024-10-01"),
    ("A rights group said on Monday that militiamen burned three villages and killed 30 people in early 2022.", "2024-03-04"),
    ("The UN agency said the camp, where many families fled fighting in Tawila and nearby villages, now shelters "
     "200,000 people.", "2024-08-01"),
    ("Aid workers said thousands of people displaced by the violence in the province still cannot return home.", "2024-08-01"),
])
def test_an_earlier_years_deed_and_a_cause_of_flight_are_no_event(resources, text, published):
    assert extract(article(text, published), resources=resources) == []


@pytest.mark.parametrize("text,published,day", [
    # the same words with the deed told on a day of this week stay an event
    ("Soldiers killed dozens of villagers near Palma on Thursday, residents said on Friday.", "2024-09-27", "2024-09-26"),
    ("Residents fled as fighters attacked the town of Tawila on Monday, killing 12 people, a local official said.",
     "2024-08-01", "2024-07-29"),
])
def test_a_deed_of_this_week_told_beside_the_same_words_stays_an_event(resources, text, published, day):
    ev = one(text, published, resources)
    assert str(ev.start_date) == day


# round 26 (events): whether a sentence tells an event, and how sentences group into events
_NO_ACT_26 = [
    # a lasting state named as the cause of another
    ("Aid convoys have not reached the camp for months because of the siege of El Fasher, a spokesman told reporters.", "2024-08-01"),
    ("Schools in the district remain shut due to months of fighting between the army and the rebels, officials said.", "2024-08-01"),
    ("Farmers could not plant this year owing to the blockade and continued clashes around Kadugli, the FAO said.", "2024-08-01"),
    # what happens again and again
    ("Sumy, a city some 30 km from the border, regularly comes under missile and drone attacks.", "2025-05-28"),
    ("Kherson is shelled almost daily by Russian forces from across the Dnipro, officials say.", "2025-05-28"),
    ("Villages along the border are frequently targeted by drones, residents say.", "2025-05-28"),
    ("Al-Shabaab militants often attack military bases in the Lower Shabelle region.", "2025-05-28"),
    # "besieged" as the place's state
    ("Biden said the first phase would see a surge of aid into the besieged enclave, officials said on Friday.", "2024-06-01"),
    ("Convoys carrying food have not reached the besieged city of El Fasher for weeks, the WFP said on Tuesday.", "2024-06-01"),
    # a kind of act looked into, told as a bare plural
    ("Human Rights Watch on Tuesday urged the government to allow an independent investigation into drone strikes in the Amhara region.",
     "2024-07-02"),
    ("The UN called on Monday for an inquiry into killings and abductions by militias in Ituri.", "2024-07-02"),
    # the act as the subject of what is to come
    ("The president said on Monday that the second phase of the offensive against Al-Shabaab would begin within weeks.", "2023-05-15"),
    ("A long-awaited counter-offensive in the south is expected to start soon, Ukrainian officials said on Friday.", "2023-05-15"),
    ("The army said on Monday that an assault on the rebel-held town would be launched within days.", "2023-05-15"),
    # a weekday that is a feast's name, beside a date weeks before: an earlier event
    ("Russia has massed more than 50,000 troops near the border, Zelensky said on Wednesday.\nOn April 13, a Russian ballistic "
     "missile strike on the centre of Sumy killed 35 people as residents gathered for Palm Sunday.", "2025-05-28"),
    ("The police said on Thursday that the inquiry was continuing.\nGunmen opened fire on worshippers in a church in Owo during "
     "Pentecost Sunday mass two months ago. At least 41 people were killed.", "2022-08-11"),
    ("Church leaders appealed for calm on Saturday.\nOn March 29, militants attacked worshippers leaving Good Friday prayers in "
     "Gwoza, killing seven, residents said.", "2024-04-20"),
    # an anniversary kept, with no act in the main clause
    ("Sunday marks one year since the alliance launched its offensive on Aleppo.", "2025-11-30"),
    ("As the country marked the fifth anniversary of the bombing on Friday, families gathered at the site to lay wreaths.", "2022-10-14"),
    ("As Israelis marked one year since Hamas militants stormed southern communities on October 7, 2023, families held vigils "
     "in Tel Aviv on Monday.", "2024-10-07"),
]


@pytest.mark.parametrize("text,published", _NO_ACT_26)
def test_stress_no_act_told_round26(resources, text, published):
    assert extract(article(text, published), resources=resources) == []


_ONE_ACT_26 = [
    # the anniversary only sets the day of a fronted clause; the main clause tells an act
    ("As Israelis marked one year since the October 7, 2023 onslaught, Hamas's armed wing fired a barrage of rockets at central "
     "Israel on Monday morning.", "2024-10-07", "Shelling/artillery/missile attack"),
    ("While Ukrainians marked the third anniversary of the full-scale invasion on Monday, Russian drones struck an apartment "
     "block in Odesa, killing two people.", "2025-02-24", "Air/drone strike"),
    ("Even as residents marked two years since the massacre, gunmen attacked a village near Bama on Saturday, killing five, "
     "police said.", "2024-06-01", "Attack"),
    ("Hours after the city marked the fifth anniversary of the bombing, a car bomb exploded near a market in Mogadishu on "
     "Sunday, killing four people, police said.", "2022-10-30", "Remote explosive/landmine/IED"),
    # negatives: an act told beside the same words
    ("Two children died in Kharkiv on Monday because of shelling on their neighbourhood, the governor said.", "2024-05-07",
     "Shelling/artillery/missile attack"),
    ("Russian forces repeatedly shelled Kherson on Monday, killing two people, the governor said.", "2025-05-28",
     "Shelling/artillery/missile attack"),
    ("Jihadists attacked the besieged town of Djibo on Sunday, killing 40 civilians, local sources said.", "2024-06-01", "Attack"),
    ("The UN called on Monday for an inquiry into the air strike on a market in Tigray that killed 64 people last week.",
     "2024-07-02", "Air/drone strike"),
    # the act a charge names is no event; the arrest is
    ("Police on Tuesday arrested five men suspected of taking part in the June 5 attack on a church in Owo.", "2022-08-09", "Arrests"),
    ("Soldiers detained two men accused of involvement in the bombing of a market in Gombe last year, the army said on Friday.",
     "2022-08-12", "Arrests"),
    ("The Nigerian military on Tuesday announced the arrest of five men over the attack on a church in Owo.", "2022-08-09", "Arrests"),
]


@pytest.mark.parametrize("text,published,sub", _ONE_ACT_26)
def test_stress_one_act_told_round26(resources, text, published, sub):
    assert [e.sub_event_type for e in extract(article(text, published), resources=resources)] == [sub]


_LEAD_26 = "Al-Shabab fighters attacked a military base near Lamu on Sunday, killing three soldiers, the army said.\n"
_DJIBO_26 = "Jihadists ambushed an army patrol near Djibo on Monday, killing seven soldiers, the army said.\n"
_QAMISHLI_26 = "Turkish drone strikes on Friday killed two members of the Kurdish security forces near Qamishli, the SDF said.\n"
_GROUPED_26 = [
    # an earlier act told only to place this one in time (the interval hedged)
    (_LEAD_26 + "The attack came little more than a week after an al-Shabab truck bomb at a checkpoint in Mogadishu killed at "
     "least 79 people.", "2020-01-06", 1),
    (_DJIBO_26 + "The ambush comes barely two weeks after a suicide bomber struck a mosque in Gao, killing 12 worshippers.",
     "2023-05-16", 1),
    (_DJIBO_26 + "It came less than a month after militants overran a gendarmerie post in Tillaberi, killing 17.", "2023-05-16", 1),
    (_DJIBO_26 + "The assault took place nearly three weeks after a roadside bomb killed four soldiers near Kaya.", "2023-05-16", 1),
    # what a threat answers
    (_QAMISHLI_26 + "Turkey vowed retaliation after a bombing in Ankara on Sunday was claimed by the PKK.", "2023-10-06", 1),
    (_QAMISHLI_26 + "Ankara has promised revenge for a suicide attack outside the interior ministry on Sunday.", "2023-10-06", 1),
    (_QAMISHLI_26 + "The government threatened to retaliate over Sunday's attack on the ministry in Ankara.", "2023-10-06", 1),
    ("The army vowed revenge for an ambush near Diffa on Monday that killed nine soldiers.", "2023-03-07", 1),
    # "another" act after the voice that tells it: a second event, however near
    (_QAMISHLI_26 + "The SDF said another drone struck an oil facility near the town of Amuda, about 25 kilometres to the west, "
     "causing no casualties.", "2023-10-06", 2),
    ("A bomb exploded at a market in Kharkiv on Tuesday, killing five people, police said.\nPolice said a second bomb went off "
     "an hour later at a bus station in Chuhuiv, killing three.", "2024-06-05", 2),
    ("A Russian air strike hit a market in Idlib on Monday, killing seven civilians, a monitor said.\nResidents said another "
     "air strike hit a bakery in Sarmin, killing four.", "2019-07-23", 2),
    ("Jihadists attacked a military post near Bosso on Sunday, killing four soldiers, the army said.\nThe army added that a "
     "separate attack on a checkpoint near Diffa killed two soldiers.", "2023-03-06", 2),
    # negative: the second blast of one bombing
    ("Two suicide bombers blew themselves up at a market in Konduga on Saturday, killing 12 people, police said.\nPolice said "
     "the second blast, at the market entrance, caused most of the deaths.", "2024-06-30", 1),
]


def _assert_records(resources, text, published, n):
    """The report makes ``n`` records (the records' types and places shown when it does not)."""
    evs = extract(article(text, published), resources=resources)
    assert len(evs) == n, [(e.sub_event_type, e.place.name if e.place else None) for e in evs]
    return evs


@pytest.mark.parametrize("text,published,n", _GROUPED_26)
def test_stress_grouping_round26(resources, text, published, n):
    evs = _assert_records(resources, text, published, n)
    assert not any(e.place and e.place.name in ("Mogadishu", "Ankara") for e in evs)


# round 27: structures shared by the no-event and grouping probes, each in wording of our own
_NO_EVENT_27 = [
    # the event words are the subject or the means of a tally with no day of its own
    "KHARTOUM - Fighting between the army and the Rapid Support Forces has killed at least 15,000 people since April last "
    "year, the United Nations said on Tuesday.\n\nTalks in Jeddah have stalled.",
    "ADDIS ABABA - The war between federal troops and Fano militiamen has left more than 1,500 civilians dead since August, "
    "a rights group said on Tuesday.\n\nIt called for talks.",
    "BEIRUT - Israeli strikes on southern Lebanon have killed at least 300 people since October, according to a tally by AFP "
    "on Tuesday.\n\nMost were fighters.",
    "GENEVA - Amnesty International said in a report on Tuesday that Myanmar's military had carried out dozens of air strikes "
    "on schools and clinics since the 2021 coup, killing hundreds of civilians.\n\nThe group urged an arms embargo.",
    # fighting as the subject of a lasting state, its dead a tally over an unbounded time
    "ANALYSIS - The front line in eastern Ukraine has shifted in recent weeks.\n\nFighting has since moved to Chasiv Yar, "
    "where dozens of soldiers on both sides have been killed.\n\nAnalysts say Russia wants the heights above Kramatorsk.",
    "After months of stalemate, the heaviest combat has now shifted to the outskirts of Pokrovsk, where hundreds of troops "
    "have died, according to military bloggers.\n\nKyiv has asked its allies for more air defence.",
    "Clashes have since spread to the suburbs of El Fasher, where scores of civilians have died, aid groups say.\n\nThe "
    "city is the army's last stronghold in Darfur.",
    # a standing charge, or what a side keeps on doing, told as a gerund
    "GOMA - Talks stalled again on Tuesday. The government says the M23 has continued attacking villages in Masisi, while "
    "the rebels accuse the army of bombing their positions.\n\nMediators said they would meet again next week.",
    "The Houthis have kept firing missiles at shipping in the Red Sea, the Pentagon said on Tuesday, as it announced a new "
    "naval mission.",
    # the only act in an aside about who the subject is
    "NIAMEY - The junta on Tuesday named a new defence minister. The jihadists, who overran the garrison town of Tillia last "
    "year, have expanded their reach, analysts say.\n\nThe ministry gave no details.",
    "BAMAKO - The junta appointed a new army chief on Tuesday. The jihadists, who ambushed a convoy near Boulkessi in March, "
    "have since grown stronger, officials say.",
    # a trial, and the dead of the act it is about
    "ABUJA - A federal high court on Monday began the trial of six men charged over the bombing of a market in Maiduguri that "
    "killed 23 people.\n\nProsecutors said the defendants planned the attack and supplied the explosives.",
    "MOGADISHU - A military court on Tuesday sentenced two men to death for organising the bombing of a hotel in the capital "
    "last year that killed 21 people.\n\nThe court said the men had planned the attack for months.",
    # an exercise
    "SEOUL - The army held live-fire drills near the border on Tuesday, firing artillery into the sea.\n\nThe exercise was "
    "planned months ago, officials said.",
    # a denial, and the earlier claim it answers (last week)
    "The Russian defence ministry on Tuesday denied that its forces had struck a hospital in Kharkiv, calling the reports "
    "fabricated.\n\nUkrainian officials had said a missile hit the building last week.",
]


@pytest.mark.parametrize("text", _NO_EVENT_27)
def test_stress_no_event_round27(resources, text):
    evs = extract(article(text, "2024-05-14"), resources=resources)
    assert evs == [], [(e.sub_event_type, e.start_date, e.place.name if e.place else None) for e in evs]


_ONE_EVENT_27 = [
    # negatives: the same words with an act told
    ("An air strike on a market in Maban killed 14 people on Monday, bringing to more than 300 the number killed in the "
     "county since January, officials said.", "Air/drone strike"),
    ("Fighting has moved to Chasiv Yar, where 12 soldiers were killed on Monday, the army said.", "Armed clash"),
    ("The rebels, who seized the town of Rubaya on Monday, said they would advance on Goma.", "Non-state actor overtakes territory"),
    ("Ukraine has accused Russian forces of abducting the mayor of the occupied city of Melitopol, as hundreds of residents "
     "took to the streets to demand his release.", None),
]


@pytest.mark.parametrize("text,sub", _ONE_EVENT_27)
def test_stress_act_kept_round27(resources, text, sub):
    evs = extract(article(text, "2024-05-14"), resources=resources)
    assert len(evs) >= 1
    if sub is not None:
        assert evs[0].sub_event_type == sub


_GROUPED_27 = [
    # another kind of act on a later day the sentence opens on, counted from the one told
    ("QUETTA - A bomb hidden in a motorcycle killed four policemen in Quetta on Sunday. The next day, traders in the city "
     "shut their shops and marched to the press club to protest against the killings.", 2),
    ("DAMASCUS - A car bomb killed six people at a market in Azaz on Saturday. The following morning, hundreds of residents "
     "protested in the town's main square against the insecurity.", 2),
    # negative: the same act's aftermath on the next day
    ("Gunmen killed nine villagers near Gusau on Saturday. The next day, rescuers recovered four more bodies from the bush, "
     "police said.", 1),
    ("Gunmen stormed a church in Owo on Sunday, killing 22 worshippers. The next day, the gunmen were still being hunted by "
     "troops, police said.", 1),
]


@pytest.mark.parametrize("text,n", _GROUPED_27)
def test_stress_grouping_round27(resources, text, n):
    _assert_records(resources, text, "2024-05-14", n)


@pytest.mark.parametrize("text, sub", [
    # an aside about who the subject is does not make the main clause background when the main
    # clause says who did the act told before, or counts the act's people
    ("Two car bombs exploded at a checkpoint in Beledweyne on Monday, killing 20 people, police said. "
     "Al Shabaab, which is fighting to topple the government, claimed responsibility.", "Remote explosive/landmine/IED"),
    ("Tens of thousands of people rallied in Tel Aviv on Saturday to demand a hostage deal. The families' forum, "
     "which organised the rally, said 300,000 people took part.", "Peaceful protest"),
])
def test_an_aside_about_the_subject_keeps_a_main_clause_that_owns_or_counts_the_act(resources, text, sub):
    evs = extract(article(text, "2024-05-14"), resources=resources)
    assert len(evs) == 1 and evs[0].sub_event_type == sub
    if "claimed" in text:
        assert evs[0].actor1 == "Al Shabaab"


# round 27: who was hit and by what means (structures from the types2 and actors probes; sentences written
# for these tests, each structure in several wordings)
_TYPES_27 = [
    # rockets counted or named between the verb and the noun: a strike from afar
    ('Hezbollah said it fired 30 rockets at an Israeli army base near Kiryat Shmona on Tuesday.', '2023-12-19', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('About 40 rockets were launched from Lebanon towards Safed on Saturday, the Israeli military said.', '2024-01-06', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('Militants lobbed three homemade rockets at the Ain al-Asad air base on Monday, causing no casualties, officials said.', '2024-01-16', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('Al-Shabaab fighters fired rocket-propelled grenades at an army convoy near Afgooye on Sunday, killing two soldiers, officials said.', '2023-05-08', 'Battles', 'Armed clash'),
    # the bare word "strike" and the weapon the attacker is said to have used further down
    ('Five people were killed in a strike on a market in Donetsk on Sunday, officials said.\nThe market was hit by a HIMARS rocket fired by Ukrainian forces, they said.', '2024-01-22', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('A strike on a hotel in Kramatorsk killed two people on Monday.\nRussian forces hit the building with an Iskander missile, the governor said.', '2024-01-09', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('An Israeli strike killed four people in a house in Rafah on Sunday, medics said.', '2024-01-09', 'Explosions/Remote violence', 'Air/drone strike'),
    # the doers' word naming the men hit, not an attack of theirs
    ('At least seven clan militiamen were killed on Thursday when al-Shabaab fighters stormed their base near Balcad, elders said.', '2023-09-15', 'Battles', 'Armed clash'),
    ('Five gunmen were killed when soldiers repelled an attack on their post near Gao on Monday, the army said.', '2023-09-15', 'Battles', 'Armed clash'),
    ('Three militiamen were wounded when Fano fighters ambushed their patrol near Gondar on Friday, residents said.', '2023-09-16', 'Battles', 'Armed clash'),
    ('Gunmen killed seven villagers near Gusau on Thursday, police said.', '2023-09-15', 'Violence against civilians', 'Attack'),
    # an armed side's dead and a count with no people of its own; people hurt, an officer among them
    ('Two Iraqi soldiers were killed and three wounded on Thursday when gunmen attacked an army post south of Hawija, a security source said.', '2023-11-25', 'Battles', 'Armed clash'),
    ('Four policemen were killed and two wounded when gunmen attacked a police checkpoint near Maiduguri on Sunday, police said.', '2023-11-27', 'Battles', 'Armed clash'),
    ('A police officer was killed and ten people were injured in a shooting at the bus station in Kano on Friday, police said.', '2023-11-25', 'Violence against civilians', 'Attack'),
    # an armed side named only as speaking of the attack told already
    ('One person was killed and three wounded on Saturday when armed men fired on a passenger bus near Gorongosa, police said.\nRenamo, the opposition party, condemned the attack.', '2019-12-16', 'Violence against civilians', 'Attack'),
    ('Gunmen shot dead a judge in Mogadishu on Monday, police said.\nThe Somali army condemned the killing.', '2023-11-28', 'Violence against civilians', 'Attack'),
    # an attack on a post of an armed side
    ('JNIM said it attacked a post of the VDP volunteers near Tougan on Monday, killing twelve of the volunteers.', '2023-06-28', 'Battles', 'Armed clash'),
    ('Al-Shabaab fighters raided a base of the Macawisley militia near Balcad on Thursday, killing five militiamen, elders said.', '2023-09-15', 'Battles', 'Armed clash'),
    ('Gunmen attacked a bus station in Kano on Friday, killing five people, police said.', '2023-09-16', 'Violence against civilians', 'Attack'),
    # people driven off: an abduction
    ('Gunmen stormed a school in Kuriga on Thursday and marched away more than 280 pupils, residents said.', '2024-03-08', 'Violence against civilians', 'Abduction/forced disappearance'),
    ('Bandits raided the village of Kawo on Sunday and herded off dozens of villagers, a local official said.', '2024-03-12', 'Violence against civilians', 'Abduction/forced disappearance'),
    ('Three aid workers were spirited away by armed men on the road to Tillaberi on Monday, the UN said.', '2024-03-12', 'Violence against civilians', 'Abduction/forced disappearance'),
    # arson of a place, by whoever set it
    ('Insurgents linked to the Islamic State group set fire to the Catholic mission of Nangololo in Muidumbe district on Saturday, the diocese said.\nThere were no casualties, as the priests had fled days earlier.', '2020-11-03', 'Strategic developments', 'Looting/property destruction'),
    ('Gunmen torched a church and several houses in the village of Tunga in Niger state on Sunday, police said. No one was hurt.', '2023-05-08', 'Strategic developments', 'Looting/property destruction'),
    ('The primary school in Bulo Marer was set ablaze by al-Shabaab fighters on Monday, residents said. Nobody was injured.', '2023-05-09', 'Strategic developments', 'Looting/property destruction'),
    ('Gunmen set fire to houses in the village of Mangu on Sunday, killing 12 people, police said.', '2023-05-08', 'Violence against civilians', 'Attack'),
    ('Angry protesters torched the police station in Ikorodu on Tuesday after a man died in custody, witnesses said.', '2023-05-10', 'Riots', 'Violent demonstration'),
    # a force named by the war it wages ("the coalition fighting the rebels said") tells no fight
    ('Houthi rebels attacked an airport in southern Saudi Arabia on Sunday, killing a resident and wounding 21 civilians, the Saudi-led coalition fighting the rebels said.\nThe group said its drones had hit the airport.', '2019-06-23', 'Explosions/Remote violence', 'Air/drone strike'),
    ('Two civilians were killed when a mortar shell hit a house in Taiz on Monday, the militia fighting alongside the army said.', '2019-06-25', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'),
    ('A car bomb killed five people near a checkpoint in Mogadishu on Monday, said the African Union force fighting al-Shabaab.', '2019-06-25', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'),
    ('Troops were fighting the rebels in Goma on Monday, residents said.', '2019-06-25', 'Battles', 'Armed clash'),
    ('Heavy fighting between the army and M23 rebels broke out near Sake on Monday, residents said.', '2019-06-25', 'Battles', 'Armed clash'),
    # the crowd's own violence, told by others than the force or the state, makes a riot whatever force met it
    ("Police opened fire on protesters in Nasiriyah on Friday, killing four people, medics said.\nWitnesses said some of the protesters threw stones and petrol bombs at the governor's office before police fired.", '2021-02-27', 'Riots', 'Violent demonstration'),
    ('Security forces shot dead two demonstrators in Kassala on Thursday after hundreds of protesters stormed the state government building, witnesses said.', '2020-10-16', 'Riots', 'Violent demonstration'),
    ('Police shot dead three protesters in Maputo on Wednesday, a monitoring group said.\nA police spokesman said a group of criminals had attacked officers with stones.', '2025-01-16', 'Protests', 'Excessive force against protesters'),
    ('Soldiers opened fire on peaceful protesters in Bago on Friday, killing 12 people, residents said.', '2021-04-10', 'Protests', 'Excessive force against protesters'),
]


@pytest.mark.parametrize("text,published,etype,sub", _TYPES_27)
def test_stress_family_and_means_round27(resources, text, published, etype, sub):
    assert [(e.event_type, e.sub_event_type) for e in extract(article(text, published), resources=resources)] == [(etype, sub)]


# coming into a town and fighting there, with no word of taking it, is a clash (ACLED); a rule that typed these
# so merged the scene-probe's second town into the lead's fight and lost a dev capture (ukraine-301), so it was
# left out
_ENTERED_27 = [
    ('Rebels entered the town of Kitchanga on Monday and clashed with soldiers near the market, residents said.', '2023-05-09'),
    ('M23 fighters advanced into Sake on Tuesday and fought army troops through the night, local officials said.', '2023-05-10'),
    ('In Debre Markos, Fano fighters entered the town in the morning and clashed with federal troops around the main prison until the evening, residents said. At least seven people were killed.', '2023-08-07'),
]


@pytest.mark.xfail(strict=True, reason="an entry told with a fight is read as a capture (build_claim ties go to the first trigger)")
@pytest.mark.parametrize("text,published", _ENTERED_27)
def test_entered_and_clashed_is_a_clash_round27(resources, text, published):
    assert [e.sub_event_type for e in extract(article(text, published), resources=resources)] == ["Armed clash"]


@pytest.mark.parametrize("text, family", [
    # soldiers killed where their post was overrun and burnt fell in a fight; villagers killed in a
    # raid that burnt homes were attacked
    ("A military post in Diffa region fell on Sunday to jihadists, who set fire to the barracks. Four soldiers were "
     "killed, security sources said.", "Battles"),
    ("An army base in Kukawa was overrun on Monday by ISWAP militants who came in gun trucks, military sources said. "
     "Several soldiers were killed and others escaped towards Monguno. The militants took away weapons and set fire "
     "to buildings in the base.", "Battles"),
    ("A military base in Gajiram fell on Saturday to ISWAP fighters, military sources said. Several soldiers were "
     "killed and others fled towards Monguno. The insurgents took away weapons and set fire to buildings inside the base.",
     "Battles"),
    ("Gunmen set fire to houses in a village near Kaura on Sunday and killed five residents, police said.", "Violence against civilians"),
])
def test_burning_with_deaths_is_a_fight_when_the_dead_are_soldiers(resources, text, family):
    evs = extract(article(text, "2024-05-14"), resources=resources)
    assert evs and evs[0].event_type == family


_GROUPED_27B = [
    # the same side doing it "also", at a town far from every event told: an event of its own
    ("Israeli jets struck the port of Hodeidah on Thursday, killing nine workers, the rebels' television said. The Israeli "
     "army said its warplanes had also hit two power stations near Sanaa.", 2),
    ("Russian drones hit the port of Izmail overnight, wounding two people, officials said. Ukraine's air force said "
     "missiles also struck an energy facility in Lviv.", 2),
    ("Sudanese army aircraft bombed a market in Nyala on Monday, killing 12 people. Witnesses said the warplanes also "
     "bombed RSF positions in El Fasher.", 2),
    # negative: "also" of the dead, or of a state, where a voice sits
    ("Gunmen attacked a base in Bulo Burde on Sunday, officials said. Speaking in Beledweyne, the governor said 12 militants "
     "were killed. Five soldiers also died, he said.", 1),
    ("Jihadists attacked an army camp in Bourem on Tuesday, killing ten soldiers. A separatist coalition based in Kidal said "
     "on Tuesday it was also fighting the army in the region.", 1),
    # negative: "also" at the same scene, or "also said"
    ("Gunmen attacked the village of Kadio on Sunday, killing 12 people. They also burned homes in Kadio, police said.", 1),
    ("Israeli jets struck the port of Hodeidah on Thursday, killing nine workers. The army also said its aircraft had "
     "struck Hodeidah port before, in July.", 1),
    # the other side's act, told "later", at a town of its own, answering the first
    ("Three women were killed in an Israeli strike on their car in southern Lebanon on Sunday, officials said. Later on "
     "Sunday, Hezbollah said it had fired a salvo of rockets at Kiryat Shmona in response.", 2),
    ("Russian shelling killed two civilians in Kherson on Monday, the governor said. Later that day, Ukrainian forces said "
     "they had shelled Russian positions in Nova Kakhovka.", 2),
    # negative: the same side's act told later at the same scene
    ("An Israeli strike on a car killed three people in Aitaroun on Sunday, officials said. Later on Sunday, the Israeli "
     "army said its jets had struck the car in Aitaroun.", 1),
]


@pytest.mark.parametrize("text,n", _GROUPED_27B)
def test_stress_grouping_round27_second(resources, text, n):
    _assert_records(resources, text, "2024-12-19", n)


_EARLIER_MONTH_27 = [
    # an act named by a past month or year it belongs to ("June's bombing", "last month's car bomb")
    ("A bomb tore through a mosque in Homs on Friday, killing eight worshippers, the health ministry said. The group also "
     "claimed June's suicide bombing of a church in Damascus, which killed 25 people.", 1),
    ("A roadside bomb killed four soldiers near Kismayo on Tuesday, officials said. Police linked the cell to last month's "
     "car bombing in Mogadishu that killed 12.", 1),
    ("Gunmen killed 14 villagers near Kaya on Wednesday, residents said. The same group carried out last year's massacre in "
     "Solhan, which left 130 dead.", 1),
    # negative: a weekday's act is this week's, told on a day of its own
    ("A bomb tore through a mosque in Homs on Friday, killing eight worshippers. Monday's suicide bombing of a church in "
     "Damascus killed 25 people, police said.", 2),
]


@pytest.mark.parametrize("text,n", _EARLIER_MONTH_27)
def test_stress_earlier_month_round27(resources, text, n):
    _assert_records(resources, text, "2025-12-26", n)


@pytest.mark.parametrize("text, place, dead", [
    # "The abductions came days after X": X is an earlier event told only to place this one in time,
    # also when the interval is not hedged in words of its own: neither its place nor its toll is this one's
    ("Gunmen abducted 15 pupils from a school in Gwadabawa, Sokoto state, on Saturday, police said. The abductions came "
     "days after more than 200 people, mostly women and children, were reported kidnapped by militants near Ngala in "
     "Borno state.", "Gwadabawa", None),
    ("A drone struck a fuel depot in Kherson on Sunday, killing two workers. The strike came days after more than 30 "
     "people, most of them pensioners, were reported killed in shelling of Nikopol.", "Kherson", 2),
])
def test_an_act_the_event_came_days_after_is_an_earlier_event(resources, text, place, dead):
    evs = extract(article(text, "2024-03-11"), resources=resources)
    assert len(evs) == 1 and evs[0].place is not None and evs[0].place.name == place
    assert (evs[0].toll.killed.best if evs[0].toll.killed else None) == dead


_GROUPED_27C = [
    # where the voice spoke ("Speaking in X", "told reporters in X") is no scene of a second event
    ("Al-Shabaab fighters stormed an army base in Bulo Burde early on Sunday, officials said. Speaking in Beledweyne, the "
     "governor said troops had repelled the assault and that 12 militants were killed.", 1),
    ("ADF rebels attacked the village of Mukondi on Thursday night, the army said. The army spokesman told reporters in Goma "
     "that soldiers had fought off the raid, killing eight rebels.", 1),
    ("Gunmen ambushed a police patrol near Kaura on Monday. Speaking from Kaduna, the state commissioner said the officers "
     "returned fire and killed four of the attackers.", 1),
    # negative: the town the sentence is about, not where it was said
    ("Al-Shabaab fighters stormed an army base in Bulo Burde early on Sunday, officials said. In Beledweyne, militants "
     "also shelled the airport on Sunday, killing three soldiers, the governor said.", 2),
    # a sentence that opens on a neighbouring town, with its own dead or wounded: that town's event
    ("Russian forces shelled Nikopol in Ukraine's Dnipropetrovsk region on Thursday, killing a man, the governor said. In "
     "neighbouring Marhanets, a drone struck a bus the same afternoon, injuring four passengers.", 2),
    pytest.param("Israeli tanks shelled Beit Hanoun on Monday, killing three people, medics said. In nearby Beit Lahiya, an "
                 "air strike hit a house, killing five, the civil defence said.", 2,
                 marks=pytest.mark.xfail(strict=True, reason="towns under 10 km apart are one scene to the grouping")),
    ("Fighters attacked the town of Mora in northern Cameroon on Friday, killing six villagers. In Kolofata, suicide "
     "bombers blew themselves up at a market, wounding 11 people, officials said.", 2),
    # negative: the same town again, or a town told with no toll of its own
    ("Russian forces shelled Nikopol in Ukraine's Dnipropetrovsk region on Thursday, killing a man, the governor said. In "
     "Nikopol, the shells also damaged a school and two houses.", 1),
    ("Russian forces shelled Nikopol in Ukraine's Dnipropetrovsk region on Thursday, killing a man, the governor said. In "
     "neighbouring Marhanets, residents sheltered in basements as the shelling went on.", 1),
    # the side that was struck strikes back, with its own dead: the counter-strike is an event of its own
    ("Syrian artillery pounded a Turkish post near Taftanaz on Monday, killing five Turkish soldiers, Ankara said. A war "
     "monitor put the number of regime troops killed by the Turkish bombardment at 13.", 2),
    ("Syrian artillery pounded a Turkish post near Taftanaz on Monday, killing five Turkish soldiers, Ankara said. Turkish "
     "artillery then shelled Syrian army positions, killing 13 Syrian soldiers, a war monitor said.", 2),
    ("Israeli jets struck Hezbollah positions near Khiam on Monday, killing three fighters, the group said. Hezbollah "
     "fired a barrage of rockets at an Israeli army post in response, wounding two soldiers.", 2),
    ("Russian drones struck a Ukrainian artillery position near Kupiansk on Tuesday, killing two soldiers. Ukrainian "
     "artillery then shelled the Russian positions, killing five Russian soldiers, the general staff said.", 2),
    # negative: the doer's own side told again, or a battle in which both sides fire
    ("Al-Shabaab militants attacked an army base in Bulo Burde on Sunday, officials said. Soldiers killed 12 militants "
     "in the fighting that followed.", 1),
    ("Turkish drones struck SDF positions near Kobani on Monday, killing four fighters, the SDF said. The Turkish "
     "drone strike also wounded two civilians.", 1),
]


@pytest.mark.parametrize("text,n", _GROUPED_27C)
def test_stress_grouping_round27_third(resources, text, n):
    _assert_records(resources, text, "2024-08-15", n)


_WAR_TOLL_27 = [
    # a sentence whose subject is a whole war and whose verb counts its dead: a tally, no event
    ("Ethiopia's election board revoked the TPLF's registration on Wednesday. The war between federal forces and "
     "Tigrayan fighters killed as many as 600,000 people, according to the AU mediator.", 0),
    ("Talks between the two sides resumed in Jeddah on Sunday. The conflict in Sudan killed tens of thousands of people "
     "between 2023 and 2025, aid groups say.", 0),
    # (the lead's decision is an event of its own since stop 45: the war's tally beside it is still none)
    ("Parliament extended the state of emergency on Tuesday. The insurgency, now in its eighth year, has claimed more "
     "than 6,000 lives.", 1),
    # negative: the war's act on a day of its own
    ("The war flared again on Monday when Russian drones killed 12 people in Kharkiv, officials said.", 1),
]


@pytest.mark.parametrize("text,n", _WAR_TOLL_27)
def test_stress_war_toll_round27(resources, text, n):
    _assert_records(resources, text, "2025-05-15", n)


# round 27, third pass: the gravest force used on a crowd names what was done; shots over a crowd and a square
# cleared are an intervention; blasts that do the damage are bombs unless the text names the weapon; a weapon
# that is the subject of "was intercepted / shot down / destroyed" is disrupted, not a share of a barrage told
_TYPES_27C = [
    # live fire beside tear gas in one sentence: excessive force, however many words tell the lesser
    ("Troops fired live bullets and tear gas to break up an opposition march in Mogadishu on Friday, wounding four demonstrators, witnesses said.", "Excessive force against protesters"),
    ("Police used tear gas, water cannon and live ammunition to disperse protesters in Kassala on Monday, injuring six, medics said.", "Excessive force against protesters"),
    ("To break up the sit-in outside the governor's office in Nasiriyah, security forces fired tear gas and then live rounds at the crowd on Sunday, activists said.", "Excessive force against protesters"),
    ("Riot police fired tear gas and rubber bullets to disperse a rally in Dakar on Friday, witnesses said.", "Protest with intervention"),
    # shots over the crowd, the square cleared, the crowd pushed back
    ("Hundreds of people rallied in Sweida on Friday to demand the release of detainees, and security forces fired into the air to push back the crowd, a correspondent said.", "Protest with intervention"),
    ("Thousands protested in Bamako on Friday against the junta; soldiers fired warning shots and cleared the square, witnesses said.", "Protest with intervention"),
    ("Demonstrators gathered outside parliament in Kinshasa on Monday chanting slogans against the president until police cleared the area, witnesses said.", "Protest with intervention"),
    ("Soldiers fired in the air as hundreds of students marched on the governor's office in Mandalay on Tuesday, residents said.", "Protest with intervention"),
    ("Thousands marched peacefully through Khartoum on Thursday to demand civilian rule, witnesses said.", "Peaceful protest"),
    # blasts that did the damage, no weapon named: bombs; a weapon named: that weapon
    ("Two explosions tore through bus stops in Jerusalem on Wednesday morning, killing one person and wounding 18, police said.", "Remote explosive/landmine/IED"),
    ("Twin blasts hit a market in Maiduguri on Saturday, killing five people, police said.", "Remote explosive/landmine/IED"),
    ("Three people were killed on Monday when a series of explosions ripped through a bus station in Kano, police said.", "Remote explosive/landmine/IED"),
    ("Explosions rocked an arms depot in Kharkiv overnight after a Russian missile strike, the governor said.", "Shelling/artillery/missile attack"),
    ("Explosions caused by suspected drones set three fuel tankers ablaze near Abu Dhabi airport on Monday, killing three workers, police said.", "Air/drone strike"),
    ("The toll from bomb blasts at two displacement camps near Goma rose to 35 on Saturday, officials said.\nThe shells fell right among the shelters, a resident said.", "Shelling/artillery/missile attack"),
    ("Blasts shook Kherson on Sunday evening, wounding four people. The governor said Russian artillery had hit the port district.", "Shelling/artillery/missile attack"),
    # the weapon the subject of its own interception: disrupted weapons use
    ("Two drones launched by militants from Idlib were destroyed on approach to the Hmeimim air base on Sunday, the Russian defence ministry said.", "Disrupted weapons use"),
    ("Three ballistic missiles fired by the Houthis at a tanker in the Red Sea were intercepted by a US destroyer on Saturday, CENTCOM said.", "Disrupted weapons use"),
    ("A drone launched from Lebanon was shot down over the Galilee on Tuesday, the Israeli military said. No one was hurt.", "Disrupted weapons use"),
    ("Over the Belgorod region, 12 Ukrainian drones were downed by air defences overnight, the Russian defence ministry said.", "Disrupted weapons use"),
    # negative: a share of a barrage told, or a strike that hit
    ("Hamas fired 30 rockets at Sderot on Monday, the army said. Most were intercepted and no one was hurt.", "Shelling/artillery/missile attack"),
    ("Russia launched 40 missiles at Kyiv overnight, killing three people, officials said. Thirty-five of the missiles were shot down by air defences.", "Shelling/artillery/missile attack"),
    ("Hezbollah fired a barrage of rockets at Kiryat Shmona on Tuesday, several of which were intercepted, the Israeli army said.", "Shelling/artillery/missile attack"),
    ("A Russian missile struck a school in Kharkiv on Tuesday, killing two people, the governor said.", "Shelling/artillery/missile attack"),
]


@pytest.mark.parametrize("text,sub", _TYPES_27C)
def test_stress_force_blasts_and_interceptions_round27(resources, text, sub):
    assert [e.sub_event_type for e in extract(article(text, "2024-05-14"), resources=resources)] == [sub]


# round 28: an act of another kind told as coming "hours later" / "later that night" after the one told is an
# event of its own, wherever it was (not the same kind of act again, not what rescuers did after, not a
# protest that turns violent); "came on the day X" marks X as another act told only to date this one; an act
# "hours after" which the told one came, on an earlier day of its own, is an event of its own
_SEQUENCE_28 = [
    ("Rebels overran an army post near Hpa-an on Saturday, killing six soldiers, a rebel spokesman said. Hours later, "
     "military jets bombed a village in the same township, killing two civilians, residents said.", 2),
    ("Gunmen stormed a police station in Gusau on Monday and exchanged fire with officers for two hours, police said. "
     "Later that night, a bomb went off at a nearby market, wounding five traders.", 2),
    ("Troops clashed with rebels around Sake on Thursday, killing four soldiers, the army said. Earlier that day, the "
     "rebels had shelled the town, residents said.", 1),
    ("Al-Shabaab fighters attacked a military base near Baidoa on Tuesday, killing three soldiers, officials said. Soon "
     "afterwards, government artillery shelled the villages around the base, killing four herders, elders said.", 2),
    ("Hundreds of protesters blocked the main road in Kassala on Sunday to demand the governor's removal. Hours later, "
     "a drone struck the state's fuel depot, killing a guard, officials said.", 2),
    # negatives: the same kind of act again, no act at all, the same side's act told again
    ("Militants ambushed a patrol near Gao on Friday, killing three soldiers, the army said. Hours later, troops "
     "repelled a second assault on the same patrol, it said.", 1),
    ("An air strike hit a market in Idlib on Monday, killing eight people, rescuers said. Hours later, rescuers were "
     "still pulling bodies from the rubble.", 1),
    ("Fighters of the RSF seized the town of Sinja on Saturday after the army withdrew, residents said. Hours later, "
     "the RSF said its forces controlled the whole town.", 1),
]


@pytest.mark.parametrize("text,n", _SEQUENCE_28)
def test_stress_act_told_as_coming_after_round28(resources, text, n):
    _assert_records(resources, text, "2024-06-10", n)


_CAME_ON_THE_DAY_28 = [
    ("Militants stormed an army base near Djibo on Sunday, killing nine soldiers, the army said. The attack came on "
     "the day jihadists killed 40 villagers across the north, according to a tally by local groups.", 9),
    ("A drone struck a market in Kramatorsk on Friday, killing four people, the governor said. The strike came on the "
     "same day Russian shelling killed eleven across the region, officials said.", 4),
    ("Gunmen killed seven worshippers at a church in Owo on Sunday, police said. It came on the day the governor "
     "returned from abroad.", 7),
]


@pytest.mark.parametrize("text,killed", _CAME_ON_THE_DAY_28)
def test_stress_came_on_the_day_of_another_act_round28(resources, text, killed):
    evs = _assert_records(resources, text, "2024-06-10", 1)
    assert evs[0].to_record()["fatalities"]["best"] == killed


@pytest.mark.parametrize("where,n", [("across the north", 1), ("in Marsabit", 2)])
def test_came_during_the_week_of_another_act_is_no_second_record(resources, where, n):
    # (an act in a town of its own is told as an event: test_the_speakers_town_is_the_scene_when_the_event_has_no_other)
    _assert_records(resources, "Police fired tear gas at protesters in Nairobi on Tuesday, witnesses said. The crackdown "
                    f"came during the week that gunmen killed 30 people {where}.", "2024-06-10", n)


_CAME_HOURS_AFTER_28 = [
    ("Israeli jets struck Hezbollah positions near Tyre on Monday, the army said. The strikes came a day after "
     "Hezbollah fired rockets at the area on Sunday, wounding two soldiers.", 2),
    ("Militants ambushed an army convoy near Kaya on Saturday, killing six soldiers, security sources said. The ambush "
     "came hours after gunmen set off a roadside bomb on Friday night near the same road.", 2),
    # negatives: no act after "after", or none on a day of its own
    ("Russian missiles struck Odesa on Monday, killing three people, the governor said. The strike came hours after "
     "Kyiv said on Sunday it would not attend the talks.", 1),
    ("Artillery shelled the outskirts of El Fasher on Tuesday, killing five civilians, medics said. The shelling came "
     "hours after peace talks collapsed in Jeddah on Monday.", 1),
    ("Russian drones hit Kharkiv on Monday, killing two people, the governor said. The attack came hours after "
     "Russian drones hit the city's outskirts.", 1),
    pytest.param("US helicopters sank three Houthi boats in the Red Sea off Hodeidah on Sunday, killing their crews, the "
                 "military said. The clash came hours after a US destroyer shot down two ballistic missiles fired late "
                 "Saturday at the same ship.", 2,
                 marks=pytest.mark.xfail(strict=True, reason="the lead's words ('sank', 'killing their crews') found no "
                                         "event, so the later act is the only group and takes the lead's claims")),
]


@pytest.mark.parametrize("text,n", _CAME_HOURS_AFTER_28)
def test_stress_act_the_event_came_hours_after_round28(resources, text, n):
    _assert_records(resources, text, "2024-06-11", n)


_CHANGE_OF_GROUP_28 = [
    ("About 50 fighters of the Kurdistan Workers Party burned their weapons at a ceremony near Sulaymaniyah on Friday, "
     "officials said.", 1),
    ("A senior RSF commander in Sennar state defected to the army on Monday together with hundreds of his fighters, "
     "the military said.", 1),
    ("The rebel coalition announced its dissolution at a conference in Damascus on Wednesday, its spokesman said.", 1),
    ("Renamo closed its last base in Gorongosa on Thursday, completing the disarmament of its former guerrillas, "
     "officials said.", 1),
    pytest.param("Hundreds of CODECO fighters laid down their arms in Bunia on Saturday under a peace deal, the UN said.", 1,
                 marks=pytest.mark.xfail(strict=True, reason="'laid down their arms' is left out of the lexicon: an older "
                                         "test codes 'laid down their arms on Friday under an amnesty' as no event")),
    ("The army said on Sunday that a militia commander in Gezira state had joined the armed forces together with "
     "dozens of his men.", 1),
    # negatives: a refusal, talks, a plan
    ("The group has repeatedly refused to lay down its arms, analysts say.", 0),
    ("Talks on the disarmament of the militias will resume in Nairobi next week, the mediators said.", 0),
    ("The PKK announced in May that it would dissolve and end its armed struggle.", 0),
]


@pytest.mark.parametrize("text,n", _CHANGE_OF_GROUP_28)
def test_stress_change_to_group_round28(resources, text, n):
    evs = _assert_records(resources, text, "2024-06-10", n)
    assert all(e.sub_event_type == "Change to group/activity" for e in evs)


# round 28 (types): property burned or looted in the lead with nobody killed, hurt or taken is property
# destruction, whatever words tell the doers or "the attack" below; a place called "the besieged city" tells no
# fight; prisoners freed in a swap are the exchange agreed; fire on people named by their protest is force on a
# protest
_TYPES_28 = [
    # the lead's deed is arson or looting, nobody hurt
    ("Armed men set fire to a primary school in Bamenda on Monday, local officials said.\nThe gunmen stormed the school at dawn and torched three classrooms. No one was hurt.\nOfficials blamed the attack on separatists.", "Looting/property destruction"),
    ("Suspected insurgents burned down a health centre in Macomia overnight, residents said. The attackers fled before troops arrived, and nobody was injured.", "Looting/property destruction"),
    ("Militiamen looted the central market in Nyala on Sunday, traders said. Residents said the attack lasted two hours.", "Looting/property destruction"),
    ("A church in Kajuru was set ablaze by gunmen on Sunday night, police said. The attackers escaped before dawn and no one was hurt.", "Looting/property destruction"),
    ("The RSF stormed and looted the main hospital in the besieged city of El Fasher on Saturday, MSF said. It was not clear whether anyone was hurt.", "Looting/property destruction"),
    # negative: someone killed, hurt or taken in the raid makes it an attack, or an abduction
    ("Gunmen set fire to houses in a village near Bokkos on Sunday and shot dead five residents, police said.", "Attack"),
    ("Armed men torched a school in Kumba on Monday, injuring two teachers, officials said.", "Attack"),
    ("Bandits burned down a market in Zamfara on Tuesday and abducted 20 traders, police said.", "Abduction/forced disappearance"),
    # "besieged" as the city's state tells no fight; as the deed it does
    ("Fighters looted a clinic in the besieged town of Babanusa on Monday, residents said.", "Looting/property destruction"),
    ("RSF fighters besieged the army garrison in Babanusa on Monday, residents said.", "Armed clash"),
    # prisoners freed in the swap the two sides carried out
    ("A total of 300 detainees were released in the swap on Sunday, the Red Cross said.", "Agreement"),
    ("Some 200 prisoners of war were freed as part of an exchange mediated by the UAE on Friday, the two sides said.", "Agreement"),
    ("Under the deal, 95 Ukrainian soldiers were handed over in the exchange at the Belarus border on Tuesday, Kyiv said.", "Agreement"),
    # fire on people named by their protest
    ("Israeli soldiers opened fire on Syrians protesting against the incursion in a village near Quneitra on Friday, wounding one man, residents said.", "Excessive force against protesters"),
    ("Police shot at villagers who were demonstrating against the mine in Tete on Monday, injuring three, witnesses said.", "Excessive force against protesters"),
    ("Residents protesting against power cuts in Aden on Sunday were fired on by security forces, wounding two, a medic said.", "Excessive force against protesters"),
]


@pytest.mark.parametrize("text,sub", _TYPES_28)
def test_stress_property_swaps_and_protests_round28(resources, text, sub):
    assert [e.sub_event_type for e in extract(article(text, "2024-05-14"), resources=resources)] == [sub]


# round 28b (events): where fighting spread from, or fire came from ("spread on Sunday from Bahir Dar to other
# towns"), is no scene of its own: the town told next, in the province the report names, is that event's, not a
# second record (a dateline is no scene either); two towns each with a deed of its own stay two
_SPREAD_FROM_28B = [
    ("Heavy fighting between the army and Fano militia spread on Sunday from Bahir Dar to other towns in the region, "
     "residents said.\nIn Debre Markos, Fano fighters entered the town and clashed with federal troops around the prison. "
     "At least seven people were killed, a health worker said.", "2023-08-07", 1),
    ("Clashes spilled over on Monday from Goma into towns to the west, witnesses said.\nIn Sake, M23 fighters battled "
     "army troops and militiamen for several hours, leaving 12 dead, a local official said.", "2024-02-07", 1),
    ("The fighting, which spread on Friday from Gao to villages further north, continued into the night. In Bourem, "
     "jihadists overran an army post, killing 20 soldiers, a military source said.", "2023-09-10", 1),
    ("MOPTI, Sept 10 (Reuters) - Fighting spread on Friday from Gao to villages further north, residents said.\nIn "
     "Bourem, jihadists attacked an army camp, killing 20 soldiers, a military source said.", "2023-09-10", 1),
    # negatives: two towns, each the scene of a deed of its own
    ("Russian forces shelled Kherson on Monday, killing three people, the governor said. In Odesa, a drone struck a port "
     "warehouse on the same day, injuring two workers.", "2024-05-14", 2),
    ("KHARTOUM (AP) - Fighters from the RSF attacked Omdurman on Sunday, killing 12, medics said. In El Obeid, far to "
     "the southwest, army jets bombed RSF positions on the same day, killing nine.", "2023-09-10", 2),
    pytest.param("Russian missiles struck Odesa on Monday, killing four people, as drones hit an energy facility in "
                 "Kharkiv, officials said.", "2024-05-14", 2,
                 marks=pytest.mark.xfail(strict=True, reason="one sentence, two deeds in two far towns joined by 'as': "
                                         "read as one record; splitting on 'as'/'while'/';' clauses split three dev "
                                         "reports and a grouping probe whose clause is background")),
]


@pytest.mark.parametrize("text,published,n", _SPREAD_FROM_28B)
def test_stress_where_fighting_spread_from_is_no_scene_round28b(resources, text, published, n):
    evs = _assert_records(resources, text, published, n)
    assert not any(e.place and e.place.name in ("Bahir Dar", "Goma", "Gao", "Mopti") for e in evs)


# round 28b (types): a beheading is done to someone held, no fight, unless the beheaded are soldiers or
# fighters; a deal told as broken or as the time mark of another deed ("breaking a ceasefire agreed in
# August", "days after the presidents signed a peace deal") is cited, the deed the sentence tells is the
# event; a person gone missing at the hands of armed or state men is a forced disappearance; an attack
# from afar told as repelled or thwarted is disrupted weapons use
_TYPES_28B = [
    # beheadings
    ("MAPUTO, Oct 12 (Lusa) - Three farmers were beheaded by suspected insurgents near Nangade in Cabo Delgado on "
     "Tuesday, residents said.", "Violence against civilians", "Attack"),
    ("NIAMEY, May 6 (Reuters) - Jihadists decapitated a village chief near Ouallam in Tillaberi region on Sunday, local "
     "officials said.", "Violence against civilians", "Attack"),
    ("BUEA, Cameroon (AP) - Separatist fighters have been blamed for the beheading of a teacher in Muyuka on Tuesday, a "
     "man they accused of spying for the army.", "Violence against civilians", "Attack"),
    ("MOGADISHU, May 9 (Reuters) - Al Shabaab militants beheaded two men in Jilib on Wednesday after accusing them of "
     "working for the government, residents said.", "Violence against civilians", "Attack"),
    ("MAIDUGURI, Nigeria (AP) - The headless bodies of four fishermen were found near Monguno on Monday, a day after Boko "
     "Haram fighters decapitated them, a local official said.", "Violence against civilians", "Attack"),
    # negative: soldiers beheaded after an attack on their post fell in a fight
    ("DIFFA, Niger (AP) - Boko Haram fighters beheaded two soldiers captured during an attack on an army post near Bosso "
     "on Sunday, the defence ministry said.", "Battles", "Armed clash"),
    # a deal cited beside the deed
    ("GOMA, Dec 10 (Reuters) - M23 rebels said on Wednesday they had taken control of Uvira, days after the Congolese and "
     "Rwandan presidents signed a peace deal in Washington.", "Battles", "Non-state actor overtakes territory"),
    ("GOMA, Oct 21 (Reuters) - M23 rebels captured the town of Kalembe in North Kivu on Sunday, breaking a ceasefire "
     "agreed in August, local sources said.", "Battles", "Non-state actor overtakes territory"),
    ("KHARTOUM, Jan 14 (Reuters) - In violation of a truce brokered by Saudi Arabia last month, RSF fighters overran the "
     "army base at Babanusa on Monday, residents said.", "Battles", "Non-state actor overtakes territory"),
    ("KHARTOUM, Jan 14 (Reuters) - Sudan's army said it recaptured the town of Sinja on Saturday, less than a week after "
     "the warring parties struck a humanitarian truce in Jeddah.", "Battles", "Government regains territory"),
    ("MOGADISHU, May 10 (Reuters) - Al Shabaab fighters seized the town of Cadale on Tuesday in defiance of a ceasefire "
     "deal the clan elders had reached with the government in March, residents said.", "Battles",
     "Non-state actor overtakes territory"),
    # negative: the deal is the sentence's own deed
    ("ADDIS ABABA, Nov 3 (Reuters) - The Ethiopian government and Tigrayan forces signed a ceasefire agreement in "
     "Pretoria on Wednesday, days after fighting killed dozens in Adigrat.", "Strategic developments", "Agreement"),
    # gone missing at armed or state men's hands
    ("MAPUTO, April 9 (Reuters) - A community radio journalist in Palma, Mozambique, has been missing since Tuesday, "
     "when he told a colleague by text that he was surrounded by soldiers.", "Violence against civilians",
     "Abduction/forced disappearance"),
    ("KASSALA, Sudan, May 9 (Reuters) - The whereabouts of an opposition activist remain unknown four days after "
     "security agents took him from his home in Kassala, his family said.", "Violence against civilians",
     "Abduction/forced disappearance"),
    ("BAMAKO, May 9 (Reuters) - A lawyer has been missing in Bamako since he was picked up by men in plain clothes on "
     "Friday, the bar association said.", "Violence against civilians", "Abduction/forced disappearance"),
    # negatives: an arrest owned, soldiers missing after an ambush
    ("MAPUTO, April 9 (Reuters) - Police arrested a journalist in Palma, Mozambique, on Tuesday, the provincial command "
     "said, accusing him of spreading false information.", "Strategic developments", "Arrests"),
    ("MAPUTO, April 9 (Reuters) - Two soldiers have been missing since gunmen ambushed their patrol near Palma in Cabo "
     "Delgado on Sunday, the army said.", "Battles", "Armed clash"),
    # attacks from afar stopped
    ("KOSTI, Sudan, Jan 14 (Reuters) - Air defences in Kosti repelled a drone attack by the RSF on the city's power "
     "station at dawn on Tuesday, a military source said.", "Strategic developments", "Disrupted weapons use"),
    ("MOSCOW, May 9 (Reuters) - A Ukrainian drone attack on the Belgorod region was repelled overnight, the Russian "
     "defence ministry said.", "Strategic developments", "Disrupted weapons use"),
    ("RIYADH, May 9 (Reuters) - The Saudi-led coalition said it had thwarted a Houthi missile attack on the southern "
     "city of Jazan on Sunday.", "Strategic developments", "Disrupted weapons use"),
    ("JERUSALEM, May 9 (Reuters) - Israeli air defences foiled a rocket barrage fired from Gaza toward Ashkelon on "
     "Friday, the military said.", "Strategic developments", "Disrupted weapons use"),
    ("KOSTI, Sudan, Jan 14 (SUNA) - The air defences in Kosti repelled at dawn on Tuesday a drone attack launched by "
     "the RSF targeting the power station, a military source said.", "Strategic developments", "Disrupted weapons use"),
    # negative: a ground attack repelled is a fight
    ("EL FASHER, Sudan, May 9 (Reuters) - Troops repelled an attack by RSF fighters on their base in El Fasher on "
     "Sunday, the army said.", "Battles", "Armed clash"),
]


@pytest.mark.parametrize("text,etype,sub", _TYPES_28B)
def test_stress_beheadings_cited_deals_disappearances_round28b(resources, text, etype, sub):
    assert [(e.event_type, e.sub_event_type) for e in extract(article(text, "2024-05-10"), resources=resources)] == [(etype, sub)]


def test_missing_with_no_taker_is_no_event(resources):
    # nobody armed took them: no disappearance
    assert extract(article("DAKAR, May 9 (Reuters) - Three fishermen have been missing since Sunday, when their boat "
                           "capsized off Joal, relatives said.", "2024-05-10"), resources=resources) == []


# round 28c: the event told before, named again by a definite noun as the subject of a verb of
# happening, gives the event its day and its place (one record, not none and not two)
_TOLD_AGAIN_28C = [
    ("Israeli troops opened fire on villagers protesting near their position in Quneitra province, wounding one man, "
     "residents said. The incident happened on Monday in Khan Arnabah.", "2024-12-21", "2024-12-16", "Khan Arnabah"),
    ("The death toll from a fire at a migrant holding centre in Yemen's capital has risen to 30, health officials said "
     "on Friday, as survivors accused guards of firing projectiles into the hangar. The blaze broke out on Wednesday "
     "at the centre in Sanaa.", "2021-03-12", "2021-03-10", "Sanaa"),
    ("Suspected jihadists ambushed an army convoy in northern Mali, killing seven soldiers, the army said on Saturday. "
     "That ambush took place on Thursday near Gao.", "2024-05-11", "2024-05-09", "Gao"),
    ("Gunmen shot dead four people at a bar in Cameroon's restive Southwest region, local officials said. "
     "The shooting had reportedly occurred on Sunday night in Kumba.", "2024-05-14", "2024-05-12", "Kumba"),
]


@pytest.mark.parametrize("text,published,day,town", _TOLD_AGAIN_28C)
def test_event_named_again_dates_and_places_it_round28c(resources, text, published, day, town):
    evs = extract(article(text, published), resources=resources)
    assert [(str(e.start_date), e.place.name if e.place else None) for e in evs] == [(day, town)]


def test_event_named_again_with_nothing_told_before_is_no_event(resources):
    # nothing told before it: "the incident" names no event of the report
    assert extract(article("KUMBA, Cameroon, May 14 (Reuters) - The incident happened on Sunday night in Kumba, "
                           "the mayor said on Tuesday.", "2024-05-14"), resources=resources) == []


def test_event_named_again_keeps_its_own_words(resources):
    # "The fighting erupted on Friday": its own event word; the type is still the fight's
    ev = one("Clashes between the army and RSF fighters killed 12 people in El Obeid, the army said. "
             "The fighting erupted on Friday at the city's market.", "2024-05-12", resources)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")


# round 28c: an act told "not long afterwards", far from the event told before, is an event of its own
@pytest.mark.parametrize("text", [
    "Russian missiles hit a power plant in Kharkiv on Monday, the governor said. Not long afterwards, a drone struck "
    "a fuel depot in Odesa, officials said.",
    "Jihadists attacked an army post in Djibo on Sunday, killing six soldiers. Not long after, gunmen abducted twelve "
    "women near Kaya, residents said.",
])
def test_not_long_afterwards_far_away_is_its_own_event_round28c(resources, text):
    assert len(extract(article(text, "2024-05-10"), resources=resources)) == 2


def test_not_long_afterwards_in_the_same_town_stays_one(resources):
    # the same town: more of the event told
    ev = one("Gunmen attacked a church in Kaya on Sunday, killing five worshippers, police said. Not long afterwards, "
             "the gunmen set fire to shops in Kaya, residents said.", "2024-05-10", resources)
    assert ev.place is not None and ev.place.name == "Kaya"


# round 28d: a denial in a relative clause trailing the sentence (", which the group denied firing")
# is said of what that clause names; the main clause before it still tells an act
@pytest.mark.parametrize("text,sub,town", [
    ("Israeli jets struck a building in Nabatieh on Tuesday after a drone was launched towards Metula, which Hezbollah "
     "denied launching.", "Air/drone strike", "Nabatiye et Tahta"),
    ("Ukrainian drones hit an oil depot in Bryansk overnight, Russian officials said, after missiles struck Kharkiv, "
     "which Moscow denies targeting.", "Air/drone strike", "Bryansk"),
    ("Government troops shelled rebel positions near Kidal on Monday, the army said, after an ambush on a convoy, "
     "which the separatists deny carrying out.", "Shelling/artillery/missile attack", "Kidal"),
    ("Gunmen killed six villagers near Bunia on Sunday, local officials said, blaming the CODECO militia, which has "
     "denied any role.", "Attack", "Bunia"),
])
def test_denial_in_trailing_relative_clause_keeps_the_act_round28d(resources, text, sub, town):
    evs = extract(article(text, "2024-05-10"), resources=resources)
    assert [(e.sub_event_type, e.place.name if e.place else None) for e in evs] == [(sub, town)]


@pytest.mark.parametrize("text", [
    "The militia denied attacking the village of Djugu on Sunday.",
    # a charge, denied: the main clause tells no act of its own
    "Amnesty said on Friday that protesters were shot across the country and accused soldiers of firing live rounds, "
    "which the army denied.",
])
def test_denial_of_the_act_or_the_charge_is_no_event_round28d(resources, text):
    assert extract(article(text, "2024-05-10"), resources=resources) == []


# round 28e: a fight between two armed communities told as such ("clashes between Hausa and Berta
# fighters", "tribal clashes") is a battle, women and children among its dead; a lead that tells troops
# killing people it names civilians stays an attack on them, whatever gunfight is told below it
@pytest.mark.parametrize("text,etype", [
    ("Clashes between Hausa and Berta fighters in Blue Nile state killed 50 people on Wednesday, including women "
     "and children, officials said.", "Battles"),
    ("At least 40 people, including women, were killed in two days of fighting between Fulani and Dogon militias "
     "near Bankass, officials said.", "Battles"),
    ("The toll from three days of tribal clashes in Sudan's Blue Nile state rose to 80, a health official said on "
     "Friday. Women and children were among the dead, he said.", "Battles"),
    ("Gunmen attacked the village of Kuta on Sunday, killing 20 people including women and children, police said.",
     "Violence against civilians"),
    ("Government forces massacred dozens of civilians in the town of Axum, Amnesty said on Friday. The killings "
     "followed a brief gunfight with TPLF fighters, witnesses said.", "Violence against civilians"),
    ("Troops summarily executed 30 unarmed villagers near Djibo on Sunday, residents said. Earlier the soldiers had "
     "clashed with militants outside the village.", "Violence against civilians"),
    ("Militants stormed an army camp near Djibo on Sunday, killing 12 soldiers and two civilians; troops returned "
     "fire for hours, the army said.", "Battles"),
    ("Soldiers killed 20 jihadist fighters in a firefight near Moura on Monday, the army said. Two villagers were "
     "caught in the crossfire.", "Battles"),
    pytest.param("Soldiers shot dead eight detainees near Sevare on Monday, a rights group said, after a gunfight with "
                 "militants in the area.", "Violence against civilians",
                 marks=pytest.mark.xfail(strict=True, reason="a gunfight told in the lead's own sentence still makes it a fight")),
])
def test_two_armed_communities_fight_and_troops_kill_civilians_round28e(resources, text, etype):
    evs = extract(article(text, "2024-05-10"), resources=resources)
    assert evs and evs[0].event_type == etype


# round 28e: a capture word whose object is a count of people takes no place ("captured four others")
@pytest.mark.parametrize("text,sub", [
    ("Ethiopia's army said Wednesday it had killed three senior TPLF leaders and captured four others in Tigray.", "Armed clash"),
    ("Troops killed five militants and captured dozens of their fighters in a raid near Kidal, the army said.", "Armed clash"),
    ("M23 rebels captured two villages near Rutshuru on Sunday, residents said.", "Non-state actor overtakes territory"),
    ("Al-Shabaab fighters seized three military bases near Jowhar on Sunday, residents said.", "Non-state actor overtakes territory"),
    # (added at merge: people captured in an operation are a fight's outcome, so the sentence keeps its event)
    ("The army said on Sunday that troops had captured 12 al-Shabaab fighters and killed seven others near Jowhar.", "Armed clash"),
    ("Somali troops captured 12 al-Shabaab fighters near Jowhar on Friday, the army said.", "Armed clash"),
])
def test_people_captured_are_no_territory_round28e(resources, text, sub):
    evs = extract(article(text, "2024-05-10"), resources=resources)
    assert evs and evs[0].sub_event_type == sub


# round 29a: a past deed told in a relative aside about a party ("Eritrea, whose troops fought in
# Tigray, could ...") inside a warning or forecast tells no event; with a day or a count in the aside,
# or with no forecast around it, it still does
@pytest.mark.parametrize("text", [
    "Analysts warn that tensions between Addis Ababa and Eritrea, whose troops fought alongside federal forces in "
    "Tigray, could draw the region back into war.",
    "Observers fear the RSF, which overran the army's last base in the region, may now push towards El Obeid.",
    "Diplomats say Rwanda, whose soldiers have backed the M23 rebels in their offensives, will face new sanctions.",
    "If Hezbollah, which battled Israeli troops along the border for a year, rearms, the truce could collapse, "
    "officials warned.",
])
def test_a_deed_in_an_aside_of_a_forecast_is_no_event_round29a(resources, text):
    assert extract(article(text, "2025-05-14"), resources=resources) == []


@pytest.mark.parametrize("text", [
    "The militants, who stormed the army base near Djibo, killed 12 soldiers, officials said.",
    "Ten soldiers, who were ambushed near Beni in North Kivu on Sunday, were taken to hospital in Goma, the army said.",
    pytest.param("Officials fear that the jihadists, who overran the army post at Boulkessi on Sunday, could now march on Djibo.",
                 marks=pytest.mark.xfail(strict=True, reason="a fear word within 45 characters before the deed makes it a forecast, day or not")),
])
def test_a_deed_in_an_aside_with_a_day_or_no_forecast_is_an_event_round29a(resources, text):
    assert extract(article(text, "2025-05-14"), resources=resources) != []


@pytest.mark.parametrize("text,sub", [
    # a gathering, an office or a home raided and the people in it held, nobody killed: arrests
    ("Yemen's Houthi rebels stormed a gathering of a religious minority in Sanaa on Thursday and detained at least "
     "17 people, the community said.", "Arrests"),
    ("Police raided an opposition party office in Harare on Monday and arrested 40 activists, a lawyer said.", "Arrests"),
    ("Armed men in plain clothes swooped on a wedding party in Tabriz on Friday and detained eleven guests, "
     "according to relatives.", "Arrests"),
    ("At least 25 students were detained when riot police stormed a meeting of the union at a hostel in Dhaka on "
     "Tuesday, the union said.", "Arrests"),
    ("Dozens of activists were arrested after police raided the offices of a rights group in Tunis on Wednesday, "
     "their lawyer said.", "Arrests"),
    # a post stormed, or people killed in the raid: no arrests
    ("Troops stormed a rebel hideout near Mopti on Monday and killed four fighters, the army said.", "Armed clash"),
    ("Soldiers were detained when militants stormed an army base near Gao on Monday, killing three, the army said.",
     "Armed clash"),
    ("Gunmen stormed a village in Zamfara on Monday, killed 12 people and abducted dozens, residents said.", "Attack"),
    # a protest raided and its people held: an intervention on the protest
    ("Riot police stormed a protest camp in Dhaka on Tuesday and arrested 30 demonstrators, witnesses said.",
     "Protest with intervention"),
])
def test_stress_raid_and_detentions_are_arrests_round29b(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


def test_a_death_told_with_the_raid_and_arrest_is_no_arrest_round29b():
    from sitrep.pipeline.claims import find_triggers
    text = "A blogger died on Thursday after security forces raided the house in Hebron and arrested him, his family said."
    assert any(t.sub == "Arrests" and t.weight >= 3 for t in find_triggers(text))  # the raid-and-arrest words are read
    from sitrep.pipeline.claims import _DIED_IN_SENTENCE
    assert _DIED_IN_SENTENCE.search(text)  # ... and the death beside them demotes them to the bare raid


@pytest.mark.parametrize("text,sub", [
    # the lead tells a siege as over; the next sentence tells it began with a suicide bomb
    ("Somali forces on Sunday ended a siege by al-Shabab gunmen on a hotel in Kismayo, police said. The attack began "
     "on Saturday when a suicide bomber rammed a car into the gate, allowing gunmen to storm in.", "Suicide bomb"),
    ("The siege of the Afrik hotel in Mogadishu ended early on Monday, the police said. It began when a suicide "
     "bomber blew himself up at the entrance and four gunmen forced their way in.", "Suicide bomb"),
    pytest.param("Troops lifted the siege of a government building in Mogadishu on Friday after a night of gunfire, "
                 "officials said. The assault had started when a suicide car bomb exploded at the compound's gate.",
                 "Suicide bomb", marks=pytest.mark.xfail(strict=True, reason="'lifted the siege of a building' reads as "
                                                                         "troops regaining territory")),
    # fighting that is not told as ended keeps a later blast an episode of it
    ("Heavy fighting broke out between the army and al-Shabab in Bulo Burde on Sunday, residents said. A suicide "
     "bomber later blew himself up at a checkpoint outside the town.", "Armed clash"),
])
def test_stress_siege_ended_begun_by_a_suicide_bomb_round29b(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


@pytest.mark.parametrize("text,sub", [
    # the guards of the place attacked fought back: a battle
    ("Gunmen attacked a prison in Owerri on Monday and freed 1,800 inmates. The attackers engaged the guards in a "
     "gun duel before blowing open the gate, a spokesman said.", "Armed clash"),
    ("Two inmates and a warder were killed when armed men raided a jail in Kabba on Sunday. The assailants exchanged "
     "fire with police guarding the facility for an hour, a spokesman said.", "Armed clash"),
    pytest.param("Heavily armed men attacked a correctional centre in Jos on Sunday, killing four inmates, after a "
                 "shootout with the armed squad at the gate, officials said.", "Armed clash",
                 marks=pytest.mark.xfail(strict=True, reason="in one sentence 'armed men' and 'attacked' outweigh "
                                                             "the shootout, so no gunfight claim is read")),
    # the lead names its dead civilians: the gunfight with soldiers who came later does not make it a battle
    ("Gunmen killed 30 villagers in Zamfara on Sunday before exchanging fire with soldiers who arrived later, "
     "residents said.", "Attack"),
])
def test_stress_guards_fought_back_round29b(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


@pytest.mark.parametrize("text,sub", [
    # goods spoiled or property wrecked by the crowd: a riot
    ("Protesting farmers dumped tonnes of grain from Ukrainian lorries onto the road at the Dorohusk crossing on "
     "Friday, police said.", "Violent demonstration"),
    ("Settler protesters blocked an aid convoy near Hebron on Monday and slashed sacks of flour, witnesses said.",
     "Violent demonstration"),
    ("Israeli protesters blocked a convoy of aid trucks at Tarqumiya on Monday, tossing boxes of food onto the road, "
     "police said.", "Violent demonstration"),
    # a road blocked, nothing spoiled: a protest
    ("Hundreds of protesters blocked the main road in Minna on Monday over the cost of food, residents said.",
     "Peaceful protest"),
])
def test_stress_crowd_spoiled_goods_is_a_riot_round29b(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


@pytest.mark.parametrize("text,sub", [
    # a place taken, told first, "after" the bombardment that opened the way: the capture is the deed
    ("Ethiopian troops entered Adwa on Friday after heavy shelling of the town's outskirts, an aid worker said.",
     "Government regains territory"),
    ("Russian forces captured the village of Krasnohorivka in Donetsk following weeks of artillery bombardment, the "
     "defence ministry said.", "Non-state actor overtakes territory"),
    ("The Malian army retook the town of Kidal after a series of air strikes on rebel positions, the government said.",
     "Government regains territory"),
    # the strike told first, the capture in its "after" clause: the strike is the event
    ("Air strikes hit Kidal on Tuesday after rebels seized the town, killing six civilians, residents said.",
     "Air/drone strike"),
])
def test_stress_capture_after_bombardment_round29b(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


@pytest.mark.parametrize("text,sub", [
    # a vest worn by an attacker, not said to have gone off, is no suicide bombing
    ("Al-Shabaab gunmen stormed a hotel in Mogadishu on Tuesday evening and fought security forces for four hours, "
     "officials said. All five attackers, one of whom was wearing a suicide vest, were killed.", "Armed clash"),
    pytest.param("Militants attacked a police station in Peshawar on Friday and battled officers for hours, police said. "
                 "Two of the attackers were wearing explosive vests, police added.", "Armed clash",
                 marks=pytest.mark.xfail(strict=True, reason="the lead's 'attacked' makes the event an attack, whose "
                                                             "means is looked for below without the worn-vest guard")),
    # a bomber who blew himself up is one
    ("A suicide bomber wearing an explosive vest blew himself up at a police station in Peshawar on Friday, killing "
     "six officers, police said.", "Suicide bomb"),
])
def test_stress_a_vest_worn_is_no_bombing_round29b(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


# round 29b: dead counted from a clause that starts a war or a regime ("since Russia invaded", "since the
# junta seized power") are a tally, and a report that tells no act beside them has no event; dead counted
# from the act told ("since gunmen stormed the hotel", "in the three days since it entered the city") are
# the event's own
@pytest.mark.parametrize("text", [
    "President Zelensky said on Sunday that 43,000 Ukrainian soldiers had been killed since Russia invaded in "
    "February 2022. He said Russia had lost 198,000 soldiers killed.",
    "The health ministry said 1,200 people had died since the junta seized power, and 3,000 had been wounded.",
    "More than 2,000 fighters have been killed since government troops launched the offensive in March, the army "
    "said on Monday.",
    "At least 500 civilians have died since the rebels began their offensive, a rights group said. The United "
    "Nations says 700,000 people have been displaced.",
])
def test_dead_counted_since_a_war_began_are_a_tally_round29b(resources, text):
    assert extract(article(text, "2025-05-17"), resources=resources) == []


@pytest.mark.parametrize("text", [
    "More than 150 people have been killed since Islamic State fighters attacked a prison in Hasakeh, a monitor "
    "said on Monday, as fighting entered a fifth day.",
    "At least 40 people have died since gunmen stormed the hotel in Mogadishu, police said on Saturday.",
    "Twelve people were killed on Monday when gunmen attacked a village near Beni, weeks after the army launched "
    "an offensive in the area.",
])
def test_dead_counted_since_the_act_told_are_its_own_round29b(resources, text):
    assert len(extract(article(text, "2025-05-17"), resources=resources)) == 1


# round 29b: the side that acted before is the side acted on, on a day of its own the sentence opens on:
# the other side's act is an event of its own, even in the same town; told without a day of its own, it
# is the same fight
@pytest.mark.parametrize("text", [
    "Myanmar troops raided the village of Kyaukme in Shan State on Tuesday, burning homes, residents said. On "
    "Thursday, fighters of the Ta'ang National Liberation Army attacked the troops stationed in the village, "
    "sparking heavy fighting.",
    "Sudanese army soldiers stormed a market in Omdurman on Sunday, witnesses said. On Tuesday, RSF fighters shelled "
    "the army's positions in the city.",
    pytest.param("Israeli forces raided the Jenin refugee camp on Monday, residents said. On Wednesday, Palestinian "
                 "gunmen ambushed Israeli soldiers near the camp, the army said.",
                 marks=pytest.mark.xfail(strict=True, reason="'ambushed' with a weak raid before: the gunmen's act is read as no new doer")),
])
def test_the_side_acted_on_strikes_back_another_day_round29b(resources, text):
    evs = extract(article(text, "2025-05-17"), resources=resources)
    assert len(evs) == 2 and evs[0].start_date != evs[1].start_date


@pytest.mark.parametrize("text", [
    "Myanmar troops raided the village of Kyaukme in Shan State on Tuesday and clashed with TNLA fighters there, "
    "residents said. The fighters attacked the troops stationed in the village, sparking heavy fighting.",
    "Israeli forces raided the Jenin refugee camp on Monday. Palestinian gunmen fired at the soldiers during the "
    "raid, the army said.",
])
def test_the_side_acted_on_fighting_back_the_same_day_is_one_event_round29b(resources, text):
    assert len(extract(article(text, "2025-05-17"), resources=resources)) == 1


# round 29b: below a lead dated to a day, acts told in the past perfect and dated only by a vague earlier
# span the sentence opens on ("Earlier this week it announced that the army had captured ...") are
# recalled background; with a day of their own ("Earlier in the week, on Tuesday, ...") they are events
_LEAD_29B = ("Ethiopian and allied Eritrean forces have taken control of the Tigray towns of Adwa and Axum, aid workers "
             "said on Saturday. Troops entered Adwa on Friday after heavy shelling, one of them said.\n\n"
             "The government did not comment on the towns. ")


def test_captures_recalled_in_the_past_perfect_are_background_round29b(resources):
    evs = extract(article(_LEAD_29B + "Earlier this week it announced that the army had captured Shire, Alamata and Korem.",
                          "2022-10-22"), resources=resources)
    towns = {e.place.name for e in evs if e.place}
    assert {"Adwa", "Aksum"} <= towns and not towns & {"Alamata", "Korem", "Inda Silase"}


def test_an_earlier_capture_with_a_day_of_its_own_is_an_event_round29b(resources):
    evs = extract(article("Russian forces captured the village of Kurakhove in Donetsk on Friday, the defence ministry "
                          "said on Saturday.\n\nEarlier in the week, on Tuesday, Russian troops seized Selydove.",
                          "2022-10-22"), resources=resources)
    assert "Selydove" in {e.place.name for e in evs if e.place}


# round 29c: a sentence with no event word of its own but a bare verb of harm and the day it was done
# ("Russian forces hit the station on Wednesday afternoon", "they were stopped on Wednesday near X",
# "was killed on Friday in the town of Y") goes on about the event told before and gives it its day
@pytest.mark.parametrize("text,day", [
    ("A Russian missile struck a bus depot in Kharkiv, killing four people, the regional governor said. Russian "
     "forces hit the depot on Tuesday night as workers were changing shifts.", "2025-05-13"),
    ("Gunmen abducted 30 passengers from a bus in Zamfara state, police said. The bus was stopped on Sunday near "
     "the village of Dansadau, a police spokesman added.", "2025-05-11"),
    ("An aid worker was shot dead by unidentified gunmen in Mogadishu, his agency said. Abdi Hassan, a nurse, was "
     "killed on Thursday evening outside a clinic in the city.", "2025-05-15"),
    ("A Palestinian gunman killed three people at a bus stop in Tel Aviv, police said. On Monday morning, the "
     "attacker opened fire at the stop as commuters waited.", "2025-05-12"),
    ("A Saudi-led coalition air strike killed six civilians in Saada province, medics said. Warplanes targeted "
     "a fuel station in the town of Razih on Thursday.", "2025-05-15"),
])
def test_a_bare_verb_of_harm_gives_the_event_before_its_day_round29c(resources, text, day):
    assert str(one(text, "2025-05-17", resources).start_date) == day


@pytest.mark.parametrize("text", [
    "The minister was stopped on Tuesday at the airport for a routine check, his office said.",
    "Police said on Friday that the suspect had been shot in the leg during a car chase in 2019.",
])
def test_a_bare_verb_of_harm_with_no_event_before_tells_nothing_round29c(resources, text):
    assert extract(article(text, "2025-05-17"), resources=resources) == []



# round 29c: a gathering as the subject of "were held" took place; nobody was detained ("Similar marches
# were held in Mandalay"): no intervention on the protest; people held at it still make one
@pytest.mark.parametrize("text,sub", [
    ("Tens of thousands of people marched in Yangon on Sunday against military rule, witnesses said. Similar marches "
     "were held in Mandalay and other cities.", "Peaceful protest"),
    ("Hundreds of women marched through Abuja on Monday over the price of food. Vigils have been held across the "
     "country since Friday, organisers said.", "Peaceful protest"),
    ("Supporters of the opposition gathered in Dakar on Friday, witnesses said. A sit-in was held outside parliament "
     "the same day, and the crowd left peacefully.", "Peaceful protest"),
    ("Hundreds of protesters marched in Lagos on Monday over fuel prices. Dozens of demonstrators were held overnight "
     "at a police station, their lawyer said.", "Protest with intervention"),
])
def test_stress_a_gathering_held_is_no_detention_round29c(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


# round 29c: weapons told as stopped by air defence, the weapon unnamed ("targets") or the air defence the
# passive's agent; every weapon launched stopped, nobody hurt: a disruption, not a strike; a weapon after
# "by" that destroyed something is the strike's
@pytest.mark.parametrize("text,sub", [
    ("Russian invaders attacked the capital overnight with Shahed drones launched in waves from the south. All enemy "
     "targets that approached Kyiv were detected and destroyed by air defence, the city administration said on Sunday.",
     "Disrupted weapons use"),
    ("Twelve Shaheds were shot down by air defence units over Odesa overnight, the regional governor said on Sunday.",
     "Disrupted weapons use"),
    ("Ukrainian air defence destroyed all the aerial targets approaching Kyiv on Sunday night, officials said.",
     "Disrupted weapons use"),
    ("Houthi rebels fired two ballistic missiles at Jazan on Sunday. Both were intercepted by Saudi air defences, "
     "the coalition said.", "Disrupted weapons use"),
    # one got through and hurt someone, or the weapon is the doer: a strike
    ("Russia launched 30 drones at Kyiv overnight into Sunday. All but four were shot down, and a woman was injured, "
     "the air force said.", "Air/drone strike"),
    ("A house in Bucha was destroyed by a Russian drone on Sunday, killing two people, officials said.",
     "Air/drone strike"),
    ("Two apartment blocks in Kharkiv were destroyed by Russian missiles on Monday, killing five people, the "
     "governor said.", "Shelling/artillery/missile attack"),
])
def test_stress_weapons_stopped_by_air_defence_round29c(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


# round 29c: the state's men killing people while a protest is the setting ("as thousands marched", "during a
# demonstration"): excessive force against the protest; an armed group doing it: an attack
@pytest.mark.parametrize("text,etype,sub", [
    ("Sudanese security forces shot dead seven people on Monday as thousands marched in Khartoum against military "
     "rule, a medics' group said.", "Protests", "Excessive force against protesters"),
    ("Two people were shot dead by police in Harare on Wednesday during a demonstration against fuel prices, "
     "witnesses said.", "Protests", "Excessive force against protesters"),
    ("Soldiers gunned down three young men in Bamako on Friday while crowds rallied against the junta, a doctors' "
     "union said.", "Protests", "Excessive force against protesters"),
    ("Police shot dead a student in Dhaka on Sunday amid protests over job quotas, his family said.",
     "Protests", "Excessive force against protesters"),
    ("Gunmen shot dead five people in Kaduna on Monday during a protest over fuel prices, residents said.",
     "Violence against civilians", "Attack"),
    ("Soldiers shot dead four people in Mandalay on Sunday, a day after protests, witnesses said.",
     "Violence against civilians", "Attack"),
])
def test_stress_killed_as_a_crowd_marched_round29c(resources, text, etype, sub):
    ev = one(text, resources=resources)
    assert (ev.event_type, ev.sub_event_type) == (etype, sub)


# round 29c: fighters taken with no fight ("without a shot being fired", "without resistance") are arrests,
# even an armed group's; a shot told as not fired is no death beside the raid
@pytest.mark.parametrize("text,sub", [
    ("Iraqi security forces rounded up five Islamic State militants near Kirkuk, the Security Media Cell said on "
     "Sunday. An army unit raided hideouts used by the militants on Saturday and took the five into custody without "
     "a shot being fired, the cell said. The militants still carry out hit-and-run attacks in the area.", "Arrests"),
    ("Troops arrested three al-Shabaab fighters at a hideout near Afgoye on Sunday without firing a shot, the army "
     "said.", "Arrests"),
    ("Police raided a militant hideout in Peshawar on Monday and detained four suspects without resistance, "
     "officials said.", "Arrests"),
    ("Without a shot being fired, soldiers captured six gunmen in a forest near Kaduna on Tuesday, the army said.",
     "Arrests"),
    # a fight told, or fighters killed: a battle
    ("Troops raided a rebel hideout near Mopti on Monday and killed four fighters, the army said.", "Armed clash"),
    ("Soldiers captured six gunmen after a fierce gunfight in a forest near Kaduna on Tuesday, the army said.",
     "Armed clash"),
])
def test_stress_taken_without_a_fight_are_arrests_round29c(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


# round 29c: a raid by a side on an armed group whose men fought back, no dead called civilians: a battle;
# the lead's dead named civilians, or the lead's deed another side's: not
@pytest.mark.parametrize("text,sub", [
    ("Five Palestinians were killed during an overnight Israeli raid on Nablus, the health ministry said. The Lions' "
     "Den said its fighters had confronted the soldiers. The army said troops came under fire and shot back.",
     "Armed clash"),
    ("Two men died when police raided a house in Kano on Friday, police said. Officers exchanged fire with gunmen "
     "inside the house.", "Armed clash"),
    ("Troops killed 12 civilians in a raid on a village near Mopti on Monday, residents said. The army said soldiers "
     "came under fire and fired back.", "Attack"),
])
def test_stress_raid_met_with_fire_is_a_battle_round29c(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub



# round 29d: a place's or a group's state over years, told before the acts it names, is background (no
# record of its own, not even far away); an act told with a day of its own after such a state is an event
_LIBERATED_29D = ("Army units on Friday liberated the town of Kafr Zita in Hama province from militants, state media "
                  "said. ")


@pytest.mark.parametrize("text", [
    _LIBERATED_29D + "Kafr Zita lies north of Hama city. The area had been used for years as a launching pad for "
    "rocket and mortar attacks on Suqaylabiyah, claiming the lives of dozens of civilians.",
    _LIBERATED_29D + "For years the town has served as a base for militants who shelled Mhardeh, killing scores of "
    "residents.",
    _LIBERATED_29D + "The hills around it have long been used to fire rockets at Suqaylabiyah, killing dozens.",
    _LIBERATED_29D + "The town had for months been a base for drone attacks on the Hmeimim air base, killing several "
    "soldiers.",
])
def test_stress_a_state_of_years_is_background_round29d(resources, text):
    assert one(text, "2024-08-23", resources).sub_event_type == "Government regains territory"


@pytest.mark.xfail(strict=True, reason="grouping folds a shelling on the day before, in another town, into the "
                   "lead's capture (a grouping rule, not the state-of-years one)")
def test_an_act_on_a_day_of_its_own_after_a_state_of_years_round29d(resources):
    evs = extract(article(_LIBERATED_29D + "Rebels who had hidden for years in the hills shelled Suqaylabiyah on "
                          "Thursday, killing four civilians, residents said.", "2024-08-23"), resources=resources)
    assert len(evs) == 2


# round 29d: fire taken told from the side hit ("came under fire") is a deed: unarmed people hit (a
# diplomatic or aid convoy, a bus) make an attack on civilians, an armed side hit a battle; the idiom
# for criticism is no event
@pytest.mark.parametrize("text,sub", [
    ("A UN aid convoy came under fire near Kadugli on Monday, the World Food Programme said. None of the staff "
     "were hurt.", "Attack"),
    ("A convoy of diplomats had come under heavy gunfire in Tripoli on Tuesday, the embassy said, blaming a local "
     "militia.", "Attack"),
    ("An army patrol came under fire near Gao on Friday, the military said.", "Armed clash"),
    pytest.param("Peacekeepers came under fire from gunmen near Beni on Monday, the UN mission said.", "Armed clash",
                 marks=pytest.mark.xfail(strict=True, reason="bare 'Peacekeepers' with no mission named is no actor")),
])
def test_stress_came_under_fire_round29d(resources, text, sub):
    assert one(text, resources=resources).sub_event_type == sub


def test_came_under_fire_for_remarks_is_no_event(resources):
    assert extract(article("The minister came under fire for his remarks on Monday, lawmakers said.", "2024-11-28"),
                   resources=resources) == []


# round 29d: a weapon only seen or heard ("as fighter jets fly overhead", "drones could be heard circling")
# tells no means of the attack the lead reports; a strike told does
@pytest.mark.parametrize("text,sub", [
    ("A UN aid convoy came under fire near Kadugli on Monday, the WFP said. Residents said warplanes flew over the "
     "town all day.", "Attack"),
    ("Gunmen attacked a bus carrying traders near Maiduguri on Monday, police said. Drones could be heard circling "
     "over the area, residents said.", "Attack"),
    ("The rebels attacked the airport at Goma on Monday, the army said. Rebel drones struck the runway and a hangar, "
     "officials said.", "Air/drone strike"),
])
def test_stress_weapon_only_seen_is_no_means_round29d(resources, text, sub):
    assert extract(article(text, "2024-11-28"), resources=resources)[0].sub_event_type == sub


# stop 34: people killed named by their protest are protesters met with force (police firing on
# protesters against the coup in Myaing, Magway region, 11 March 2021), not a one-sided attack on
# civilians; what they protested ("military rule") is not whose the dead were
def test_people_shot_dead_while_protesting_are_force_against_protesters(resources):
    evs = extract(article(
        "Police in Myanmar shot dead at least six people protesting against military rule in the central town of Myaing on "
        "Thursday, a witness and a medic said.", "2021-03-11"), resources=resources)
    assert evs and evs[0].sub_event_type == "Excessive force against protesters"
    assert (evs[0].actor1, evs[0].actor2) == ("Police Forces of Myanmar (2021-)", "Protesters (Myanmar)")
    assert not evs[0].toll.by_party  # the six were no soldiers of the junta
    # killed with no protest told of them: an attack (passes on the old rules too)
    evs = extract(article(
        "Police in Myanmar shot dead at least six people in the central town of Myaing on Thursday, a witness and a medic "
        "said.", "2021-03-11"), resources=resources)
    assert evs and evs[0].sub_event_type == "Attack"


# stop 35: a police officer killed and a health worker wounded by attackers pushed back after an
# exchange of fire is a fight, not an attack on people (after the attack on the Ebola treatment centre
# in Butembo on 9 March 2019): the side's dead outweigh a civilian only wounded.
def test_a_side_that_lost_a_man_beside_one_wounded_civilian_fought(resources):
    ev = one("Attackers opened fire on an Ebola treatment centre in Butembo on Saturday, killing a police officer and "
             "wounding a health worker, officials said. The assailants were pushed back by police and soldiers after an "
             "exchange of fire.", "2019-03-10", resources)
    assert ev.sub_event_type == "Armed clash"


# stop 36: a verdict tells no event; the deed it judges is an earlier one (Ouagadougou, 6 April 2022:
# Blaise Compaore sentenced in absentia for the 1987 killing of Thomas Sankara and twelve others; and the
# Kinshasa coup trial of September 2024: the attack of May 19, told in a story led by its verdict, is the
# trial's matter, not news of the day)
@pytest.mark.parametrize("text,published", [
    ("OUAGADOUGOU, April 6 (AFP) - A military tribunal in Burkina Faso on Wednesday handed former president Blaise "
     "Compaore a life sentence in absentia for his part in the 1987 assassination of Thomas Sankara. "
     "Sankara was gunned down with twelve of his aides on October 15, 1987, at a meeting in the capital. "
     "For nearly three decades, the circumstances of his death could not be discussed in public. "
     "Defence lawyers said they would appeal.", "2022-04-06"),
    ("KINSHASA, Sept 13 (Reuters) - A military court in Congo has sentenced 37 people to death, three Americans among "
     "them, for their part in a failed coup attempt in May.\n"
     "Fourteen other defendants were acquitted at the end of the trial, held at Ndolo military prison.\n"
     "In the early hours of May 19, armed men attacked the home of a senior lawmaker and then briefly occupied the "
     "presidential offices in the Palais de la Nation. Six people were killed, among them the plot's leader.", "2024-09-13"),
])
def test_a_verdict_and_the_deed_it_judges_are_no_event(resources, text, published):
    assert extract(article(text, published), resources=resources) == []


def test_a_killing_on_the_day_of_a_trial_is_still_an_event(resources):
    # guards: an act of the day beside a court's work (passes on the old code too), and protesters shot over a verdict
    ev = one("Gunmen stormed a courthouse in Maiduguri on Monday during the trial of suspected jihadists, killing two "
             "police officers, officials said.", "2024-11-25", resources)
    assert ev.toll.killed.best == 2
    evs = extract(article("Protesters angered by the verdict against the opposition leader were shot at by police in "
                          "Dakar on Friday, and three of them were killed, a hospital source said.", "2024-11-29"),
                  resources=resources)
    assert evs and evs[0].toll.killed.best == 3


# (Amnesty International's report of 2 March 2021 on Cabo Delgado: a finding of war crimes by all
# sides, its acts told in the past perfect, is no event)
def test_a_finding_of_war_crimes_is_no_event(resources):
    text = ("JOHANNESBURG, March 2 - Amnesty International on Tuesday accused Islamist insurgents, Mozambican security "
            "forces and a private military contractor of war crimes in the northern province of Cabo Delgado.\n"
            "Drawing on interviews with people who fled, the rights group said the insurgents had beheaded civilians, "
            "burned villages and abducted women and children.\n"
            "It said soldiers had tortured and killed detainees, while helicopters hired by the police had fired into crowds.")
    assert extract(article(text, "2021-03-02"), resources=resources) == []
    # guard: a strike told as a war crime is an event (passes on the old code too)
    ev = one("Russian missiles struck a shopping centre in Kremenchuk on Monday, killing at least 18 people, in what "
             "Ukraine's president called a war crime.", "2022-06-28", resources)
    assert ev.toll.killed.best == 18


# (Mangina, North Kivu, 28 November 2019: the date in an aside on the town is the outbreak's, not
# the attack's)
def test_a_date_in_an_aside_on_the_place_does_not_date_the_act(resources):
    text = ("BENI, Nov 28 - Suspected Mai-Mai fighters killed three people at a camp in Biakato on Thursday, the WHO said. "
            "Separately, in Mangina, the North Kivu town where the outbreak was declared in August last year, gunmen "
            "exchanged fire with police guarding the Ebola coordination office, killing a police officer.")
    evs = extract(article(text, "2019-11-28"), resources=resources)
    mangina = [e for e in evs if e.place and e.place.name == "Mangina"]
    assert mangina and mangina[0].toll.killed.best == 1  # (and "last year" there makes the officer no tally)


# stop 36: weapons stopped are the event (ACLED's disrupted weapons use), with the side that stopped them
# first where it is named: a report led by the interception alone (a Kinzhal over Kyiv, 4 May 2023; this
# wording passes on the old code too), a salvo all shot down
# whose debris hurt people (Kyiv, 16 May 2023), a drone intercepted over an airport whose falling debris
# wounded people (Abha, 31 August 2021)
@pytest.mark.parametrize("text,published,first", [
    ("Ukraine's air defence shot down a Russian Kinzhal hypersonic missile over Kyiv for the first time, the air force "
     "commander said on Saturday. \"It happened during the night attack on May 4,\" he wrote. The Kinzhal, which Moscow "
     "has called unstoppable, is an air-launched ballistic missile.", "2023-05-06", None),
    ("Russia launched a dense combined attack on Kyiv overnight, firing 18 missiles from three directions, and Ukraine's "
     "air defence shot all of them down, the commander-in-chief said. The city's mayor said three people were injured "
     "by falling debris. No deaths were reported.", "2023-05-16", None),
    ("A drone attack by Yemen's Houthi rebels on Abha airport in southwestern Saudi Arabia wounded eight people on "
     "Tuesday, the Saudi-led coalition said. The coalition said in a statement that its air defences intercepted an "
     "explosive-laden drone over the airport and that falling debris hit people and a parked airliner.", "2021-08-31",
     None),
])
def test_weapons_all_stopped_are_disrupted_weapons_use(resources, text, published, first):
    ev = one(text, published, resources)
    assert ev.sub_event_type == "Disrupted weapons use"
    assert not (ev.actor1 or "").startswith("Civilians")  # the people hurt by debris stopped nothing
    if first:  # the side that stopped them, named ("the Saudi-led coalition said its air defences intercepted")
        assert ev.actor1 == first


def test_weapons_that_got_through_stay_a_strike(resources):
    # guards (pass on the old code too): almost all stopped, some struck a base; a ship struck and a drone downed
    evs = extract(article(
        "Iran launched more than 300 drones and missiles at Israel overnight, with almost all of them intercepted, the "
        "army said on Sunday. A few ballistic missiles struck the Nevatim air base, causing light damage.", "2024-04-14"),
        resources=resources)
    assert evs and evs[0].sub_event_type == "Shelling/artillery/missile attack"
    evs = extract(article(
        "Yemen's Houthi rebels said they had struck a British-owned cargo ship near the port of Mokha on Sunday, and "
        "US Central Command said two anti-ship ballistic missiles were fired at the ship, one of which hit it.",
        "2024-02-19"), resources=resources)
    assert evs and evs[0].sub_event_type != "Disrupted weapons use"


# stop 37: a truce or deal declared, kept or widened by a side's leader is an agreement (Renamo's truces
# of December 2016 to May 2017 and the Maputo accord of 6 August 2019; the factions' dissolution agreed
# in Damascus on 24 December 2024; the Nyusi-Dhlakama decentralisation deal of February 2018)
@pytest.mark.parametrize("text,sub", [
    ("Renamo leader Afonso Dhlakama on Tuesday announced a seven-day truce in the conflict with government forces so "
     "that families can travel over the holidays, speaking by telephone from the Gorongosa mountains.", "Agreement"),
    ("Dhlakama on Friday announced a further 60-day extension of the truce that has halted fighting between his "
     "party's armed men and the army since December.", "Agreement"),
    ("Dhlakama extended a truce with government forces by two months on Tuesday, raising hopes of an end to the "
     "clashes in the centre of the country.", "Agreement"),
    ("President Filipe Nyusi and Renamo leader Ossufo Momade on Tuesday signed a peace and national reconciliation "
     "agreement in Maputo, meant to end decades of hostilities.", "Agreement"),
    ("President Nyusi said on Wednesday he had reached agreement with Dhlakama on constitutional changes to "
     "decentralise power, after years of intermittent fighting.", "Agreement"),
    ("A meeting of Ahmad al-Sharaa with the commanders of the armed factions concluded on Tuesday in Damascus with an "
     "agreement to dissolve all the factions into the defence ministry, the command said.", "Agreement"),
])
def test_a_truce_declared_or_a_deal_reached_is_an_agreement(resources, text, sub):
    assert one(text, "2017-01-03", resources).sub_event_type == sub



# stop 37: a president signs a deal for the state, whose forces are its side; no unknown armed men sign one
# (the Maputo accord of 6 August 2019; the decentralisation deal announced on 7 February 2018)
@pytest.mark.parametrize("text,published,sides", [
    ("MAPUTO, Aug. 6 (Xinhua) -- Mozambican President Filipe Nyusi and Ossufo Momade, leader of the main opposition "
     "party Renamo, on Tuesday signed a peace and national reconciliation agreement in Maputo. Renamo fought a 16-year "
     "civil war against the government that left about one million people dead.", "2019-08-07",
     ("Military Forces of Mozambique (1975-)", "RENAMO: Mozambican National Resistance")),
    ("MAPUTO, Feb 7 (Reuters) - Mozambique's President Filipe Nyusi said on Wednesday he had reached agreement with "
     "opposition leader Afonso Dhlakama on constitutional changes, a key demand of the former rebel movement Renamo.",
     "2018-02-08", ("Military Forces of Mozambique (1975-)", "RENAMO: Mozambican National Resistance")),
])
def test_a_president_signs_a_deal_for_the_state(resources, text, published, sides):
    ev = one(text, published, resources)
    rec = ev.to_record()
    assert (rec["sub_event_type"], rec["actor1"], rec["actor2"]) == ("Agreement", *sides), rec
    assert not rec["fatalities"], rec


def _evs39(text, published, resources):
    return extract(article(text, published), resources=resources)


# stop 39: a chemical attack is its own sub-event type (after Khan Sheikhoun, 4 April 2017, and Douma,
# 7 April 2018); a denial told as an aside after the deed in a lead does not make the lead a denial
@pytest.mark.parametrize("text,published,town", [
    ("A suspected sarin attack on the rebel-held town of Khan Sheikhoun in Idlib province killed at least 58 people "
     "on Tuesday, among them 11 children, a war monitor said.", "2017-04-04", "Khan Shaykhun"),
    ("More than 40 people were killed in a suspected poison gas attack on the besieged town of Douma late on Saturday, "
     "rescue workers said, a charge the Syrian government rejected as fabricated.", "2018-04-08", "Duma"),
])
def test_a_chemical_attack_is_coded_as_one_and_a_denial_after_the_deed_keeps_it(resources, text, published, town):
    got = _evs39(text, published, resources)
    assert [(e.event_type, e.sub_event_type, e.place.name if e.place else None) for e in got] == [
        ("Explosions/Remote violence", "Chemical weapon", town)]
    assert got[0].to_record()["fatalities"]["best"] in (58, 41)


def test_the_chemical_weapons_watchdog_is_no_chemical_attack(resources):
    # guard (passes on the old code too): the watchdog's finding on an attack of 2018 makes no event
    got = _evs39("Investigators at the global chemical weapons watchdog said on Friday they had found that a Syrian "
                 "helicopter dropped two chlorine cylinders on Douma in April 2018.", "2023-01-27", resources)
    assert [e.sub_event_type for e in got if e.start_date and e.start_date.year == 2023] == []


# stop 39: a "silent strike" is a protest of people staying home, and "the strike" after it no air strike
# (the Myanmar silent strike of 1 February 2022); a strike called for a coming day is no event yet
def test_a_silent_strike_is_a_protest_and_a_strike_called_for_is_none_yet(resources):
    got = _evs39("Streets in Yangon emptied on Tuesday as residents stayed home for a nationwide silent strike marking a year "
                 "since the military seized power. Shops stayed shut until 4pm after the strike began at 10am, residents said.",
                 "2022-02-01", resources)
    assert [(e.sub_event_type, e.place.name if e.place else None) for e in got] == [("Peaceful protest", "Yangon")]
    # (after the call of the Sudanese Professionals Association of 30 July 2019)
    assert _evs39("The Sudanese Professionals Association called for nationwide marches on Thursday to demand justice for "
                  "the pupils, and urged people to join.", "2019-07-30", resources) == []


# stop 39: a crowd's act in two cities is two events, the towns told before the act's words (the
# silent strike of 1 February 2022) or the second told as the capital (the Democracy Day protests of
# 12 June 2021 in Lagos and Abuja); the zero one city's police told is that city's alone
@pytest.mark.parametrize("text,published,expected", [
    ("Streets in Yangon and Mandalay emptied on Tuesday as residents stayed home for a nationwide silent strike marking "
     "a year since the military seized power, residents said.", "2022-02-01",
     [("Peaceful protest", "Mandalay", None), ("Peaceful protest", "Yangon", None)]),
    ("Nigerian police fired tear gas on Saturday to break up protests in Lagos and the capital Abuja, where hundreds had "
     "gathered on Democracy Day. Lagos police spokesman Olumuyiwa Adejobi said nobody was killed or injured.", "2021-06-12",
     [("Protest with intervention", "Abuja", None), ("Protest with intervention", "Lagos", 0)]),
])
def test_a_crowd_in_two_cities_is_two_events(resources, text, published, expected):
    got = _evs39(text, published, resources)
    assert sorted((e.sub_event_type, e.place.name if e.place else None, (e.to_record()["fatalities"] or {}).get("best"))
                  for e in got) == expected


# stop 41: "the protest movement" names a movement, not a protest held: an actor who backed it,
# taken from his home, was arrested, no crowd met (the arrest of Paing Takhon in Yangon, 8 April 2021)
def test_the_protest_movement_is_no_protest(resources):
    got = _evs39("Myanmar's security forces arrested a popular actor who had spoken out against the coup, as the army steps up "
                 "its hunt for celebrities backing the protest movement. He was taken from his home in Yangon early on "
                 "Thursday, his sister said.", "2021-04-09", resources)
    assert [(e.sub_event_type, e.actor1) for e in got] == [("Arrests", "Military Forces of Myanmar (2021-)")]
    # guard (passes on the old code too): protests held are one
    got = _evs39("Thousands of people joined protests in Yangon on Thursday against the military coup, witnesses said.",
                 "2021-04-09", resources)
    assert [e.sub_event_type for e in got] == ["Peaceful protest"]


# stop 42: people fired on while chanting slogans were protesting (the Timket shooting in Woldia,
# 20 January 2018); a crowd in a second city, told in a sentence that opens on that city, is that
# city's own event even when the police did the same to both (Naypyitaw and Mandalay, 8 February 2021)
def test_chanting_slogans_is_a_protest_fired_on(resources):
    got = _evs39("At least seven people were killed on Saturday in Woldia, a town in the North Wollo zone of Amhara, when "
                 "security forces opened fire on youths who were chanting anti-government slogans during the Timket "
                 "celebrations, the regional government said.", "2018-01-22", resources)
    assert [(e.sub_event_type, e.actor2) for e in got] == [("Excessive force against protesters", "Protesters (Ethiopia)")]
    # guard (passes on the old code too): slogans painted on a wall are no crowd
    got = _evs39("Gunmen shot dead two farmers near Woldia on Saturday and painted slogans on the walls of a school, "
                 "residents said.", "2018-01-22", resources)
    assert [e.sub_event_type for e in got] == ["Attack"]


def test_a_crowd_told_in_a_second_city_is_that_citys_event(resources):
    got = _evs39("Police fired water cannon at protesters in the capital Naypyitaw on Monday as tens of thousands marched "
                 "against the coup for a third day, witnesses said. In the central city of Mandalay, police fired tear gas "
                 "to disperse a crowd outside the regional government office, residents said.", "2021-02-08", resources)
    assert sorted((e.sub_event_type, e.place.name if e.place else None) for e in got) == [
        ("Protest with intervention", "Mandalay"), ("Protest with intervention", "Nay Pyi Taw")]
    # guard (passes on the old code too): a district of the same city goes on with its crowd
    got = _evs39("Police fired water cannon at protesters in Yangon on Monday, witnesses said. In the Hlaing township, "
                 "police fired tear gas to disperse a crowd outside a school, residents said.", "2021-02-08", resources)
    assert [e.place.name if e.place else None for e in got] == ["Yangon"]


# stop 42: police who cleared a road a crowd had blocked intervened in the protest (Ibadan, during the
# naira shortage protests of 15 February 2023)
def test_police_clearing_a_blocked_road_intervened(resources):
    got = _evs39("In Ibadan, hundreds of protesters blocked the busy Iwo Road interchange for several hours on Wednesday, "
                 "chanting against the central bank, before police cleared the road, residents said.", "2023-02-16", resources)
    assert [e.sub_event_type for e in got] == ["Protest with intervention"]


# stop 42: a base handed over is the receiver's: actor1 takes the place over, actor2 left it (the
# French handover of the Timbuktu base to the Malian army, 14 December 2021), as in a capture
def test_a_base_handed_over_is_taken_by_the_side_it_was_handed_to(resources):
    got = _evs39("French troops on Tuesday handed over their base in the desert city of Timbuktu to the Malian army, the "
                 "last of three bases in northern Mali to be vacated as Paris scales back its Barkhane operation, the French "
                 "military said.", "2021-12-14", resources)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in got] == [
        ("Non-violent transfer of territory", "Military Forces of Mali (2021-)", "Military Forces of France (2017-)")]
    # guard (passes on the old code too): a withdrawal that hands the place to no one keeps the side that left first
    got = _evs39("The last French soldiers deployed in Niger left the country on Friday, completing a withdrawal from the "
                 "air base in Niamey, the army said.", "2023-12-22", resources)
    assert [e.actor1 for e in got if e.sub_event_type == "Non-violent transfer of territory"] in ([], ["Military Forces of France (2017-)"])


# stop 42: a protest of banging pots (Yangon and Mandalay, 2 February 2021) and a civil disobedience
# campaign of staying home (Khartoum, 27-29 November 2016) are protests; "a civil disobedience
# movement" workers joined is a movement, not a protest held
def test_pots_and_pans_and_civil_disobedience_are_protests(resources):
    got = _evs39("Residents of Yangon banged pots and pans and sounded car horns for about 15 minutes on Tuesday night in the "
                 "first noisy show of defiance against the military coup, witnesses said.", "2021-02-03", resources)
    assert [(e.sub_event_type, e.actor1) for e in got] == [("Peaceful protest", "Protesters (Myanmar)")]
    got = _evs39("A three-day civil disobedience campaign against the government's austerity measures ended in Khartoum on "
                 "Tuesday, with many residents staying at home, residents said.", "2016-11-29", resources)
    assert [e.sub_event_type for e in got] == ["Peaceful protest"]
    # guard (passes on the old code too): a movement joined is no protest held
    got = _evs39("Police in Mandalay detained three railway workers on Saturday who had joined a civil disobedience movement "
                 "against the junta, residents said.", "2021-02-20", resources)
    assert [e.sub_event_type for e in got] == ["Arrests"]


# stop 42: a withdrawal told as completed (the US pullout from Air Base 101 in Niamey, 7 July 2024) is
# a transfer of territory
def test_a_withdrawal_told_as_completed_is_a_transfer(resources):
    got = _evs39("The United States has completed the withdrawal of its troops from an air base in Niger's capital Niamey, the "
                 "two countries' defence ministries said on Monday. The pullout from Air Base 101, next to Niamey's "
                 "international airport, was completed on Sunday, the statement said.", "2024-07-08", resources)
    assert [(e.sub_event_type, e.place.name if e.place else None, str(e.start_date)) for e in got] == [
        ("Non-violent transfer of territory", "Niamey", "2024-07-07")]
    # guard (passes on the old code too): a withdrawal still due is no event yet
    assert _evs39("The withdrawal from the drone base in Agadez is due to be completed in the coming weeks, officials said.",
                  "2024-07-08", resources) == []


# stop 42: a crowd's "security forces", in a story that names no soldier, are its police (Woldia, 20
# January 2018); where troops are named beside them, the army stays
def test_security_forces_at_a_crowd_are_its_police_unless_soldiers_are_named(resources):
    got = _evs39("At least seven people were killed on Saturday in Woldia, a town in the North Wollo zone of Amhara, when "
                 "security forces opened fire on youths who were chanting anti-government slogans during the Timket "
                 "celebrations, the regional government said.", "2018-01-22", resources)
    assert [(e.sub_event_type, e.actor1) for e in got] == [("Excessive force against protesters", "Police Forces of Ethiopia (2018-)")]
    # guard (passes on the old code too)
    got = _evs39("At least seven people were killed on Saturday in Woldia when security forces opened fire on youths who were "
                 "chanting anti-government slogans, residents said. Soldiers were later deployed in the town's streets.",
                 "2018-01-22", resources)
    assert [e.actor1 for e in got] == ["Military Forces of Ethiopia (2018-)"]


# stop 42: civilians carried off in a fight are an abduction of their own (the attack on the Ajata-Aboki
# mining site in Shiroro, 29 June 2022: soldiers and police killed, four Chinese workers kidnapped)
def test_civilians_carried_off_in_a_fight_are_an_abduction_of_their_own(resources):
    got = _evs39("Gunmen killed at least 30 soldiers and seven police officers in an attack on a mining site in Nigeria's "
                 "Niger state on Wednesday and kidnapped four Chinese nationals working there, two security sources said. "
                 "The attackers overwhelmed troops guarding the site at Ajata-Aboki, in Shiroro, after a fierce exchange of "
                 "fire, one of the sources said.", "2022-06-30", resources)
    subs = sorted((e.sub_event_type, e.actor1, e.actor2) for e in got)
    assert subs == [("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
                    ("Armed clash", "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria (2015-2023)")]
    # guard (passes on the old code too): soldiers captured in a fight are part of it
    got = _evs39("Jihadists killed seven soldiers and captured two others in an attack on an army post near Damboa on "
                 "Wednesday, military sources said.", "2022-06-30", resources)
    assert [e.sub_event_type for e in got] == ["Armed clash"]


def test_people_carried_off_in_a_fight_are_counted_once(resources):
    # stop 42: the four abducted are the abduction's, not the fight's too (a sum over records counts them once)
    got = _evs39("Gunmen killed at least 30 soldiers and seven police officers in an attack on a mining site in Nigeria's "
                 "Niger state on Wednesday and kidnapped four Chinese nationals working there, two security sources said.",
                 "2022-06-30", resources)
    recs = {e.sub_event_type: e.to_record() for e in got}
    assert (recs["Abduction/forced disappearance"]["abducted"] or {}).get("best") == 4
    assert recs["Armed clash"]["abducted"] is None and recs["Armed clash"]["fatalities"]["best"] == 37


# stop 43: a deal or a decision told in the present perfect ("have agreed to a ceasefire", "have
# formally signed") is news, not a state of affairs; "have been negotiating" stays one
def test_a_deal_told_in_the_present_perfect_is_an_agreement(resources):
    # Khartoum, 17 August 2019: the constitutional declaration signed by the generals and the opposition
    evs = _evs39("Sudan's ruling generals and the main opposition coalition have formally signed a constitutional declaration "
                 "that sets a path to civilian rule, after months of talks. The ceremony was held in the capital, Khartoum.",
                 "2019-08-17", resources)
    assert [(e.sub_event_type, e.place.name) for e in evs] == [("Agreement", "Khartoum")]
    # talks still under way are no agreement of that day (a guard: it passes before this stop too)
    assert not _evs39("Sudan's ruling generals and the main opposition coalition have been negotiating a constitutional "
                      "declaration for months in Khartoum.", "2019-08-17", resources)


# stop 43: a killing recalled in the past perfect on calendar days before the lead's day is an
# earlier event, and "this month's election" spans no event (Maputo, 31 October 2024)
def test_an_act_recalled_in_the_past_perfect_on_earlier_days_is_not_the_leads(resources):
    text = ("MAPUTO, Oct 31 - Police fired tear gas at protesters in the capital Maputo on Thursday as demonstrators answered "
            "the opposition's call for a week of protests against this month's disputed election result. "
            "Young protesters blocked roads with burning tyres, and police fired tear gas to disperse them, a witness said. "
            "Human Rights Watch said this week that police had killed at least 11 people during protests on Oct. 24 and 25. "
            "The opposition leader says he left the country after two of his aides were shot dead in Maputo earlier this month.")
    evs = _evs39(text, "2024-10-31", resources)
    lead = [e for e in evs if str(e.start_date) == "2024-10-31"]
    assert [(e.sub_event_type, e.toll.killed) for e in lead] == [("Protest with intervention", None)]


# stop 45: a state's rule changed, told as the news in the lead (emergency rule or martial law declared,
# extended or lifted), is a strategic development of that state at its capital, with no toll; the same
# words as another act's setting, or further down the copy, are background (after real decisions: Myanmar's
# junta extending the emergency on 31 July 2024, Ethiopia's emergency of 2 November 2021, its parliament
# lifting the 2018 emergency on 5 June 2018)
@pytest.mark.parametrize("text,published,day,actor,town", [
    ("Myanmar's military government has extended the state of emergency by another six months, state media said on "
     "Wednesday, pushing back once more the election it has promised. More than 5,000 civilians have been killed by "
     "the security forces since the 2021 coup, a rights group says.", "2024-07-31", "2024-07-31",
     "Military Forces of Myanmar (2021-)", "Nay Pyi Taw"),
    ("Ethiopia declared a six-month nationwide state of emergency on Tuesday as Tigrayan forces pushed south toward "
     "the capital, state media reported. The measure lets the authorities detain suspects without a court warrant.",
     "2021-11-02", "2021-11-02", "Government of Ethiopia (2018-)", "Addis Ababa"),
    ("Ethiopia lifts state of emergency two months early\n\nEthiopia's parliament voted on Tuesday to lift the "
     "nationwide state of emergency ahead of schedule, saying order had been restored. Rights groups say security "
     "forces killed dozens of people while the decree was in force.", "2018-06-05", "2018-06-05",
     "Government of Ethiopia (2018-)", "Addis Ababa"),
])
def test_a_state_of_emergency_told_in_the_lead_is_the_states_decision_at_its_capital(resources, text, published, day, actor, town):
    evs = _evs39(text, published, resources)
    assert [(e.sub_event_type, str(e.start_date), e.actor1, e.actor2, e.place.name, e.place.precision, e.toll.killed)
            for e in evs] == [("Change to group/activity", day, actor, None, town, 1, None)]


# (guards: they pass before this stop too, and fail when the lead's entry ignores the setting words)
@pytest.mark.parametrize("text,published,sub", [
    # the decision as the setting of the act the lead tells
    ("At least 16 UN staff members have been detained by police in Addis Ababa, a UN spokesman said on Tuesday, a "
     "week after the government declared a nationwide state of emergency.", "2021-11-09", "Arrests"),
    ("Police on Saturday detained an opposition lawmaker at his home in Addis Ababa, his family said. The detention "
     "came a day after the Council of Ministers declared a six-month state of emergency.", "2023-08-05", "Arrests"),
])
def test_an_emergency_told_as_the_setting_of_an_act_is_no_decision(resources, text, published, sub):
    assert [e.sub_event_type for e in _evs39(text, published, resources)] == [sub]


def test_an_emergency_recalled_below_the_lead_is_background(resources):
    # a guard (no event on the code before this stop too): the lead tells an analysis, the decision is recalled
    text = ("A year on, the insurgency by Amhara militias shows no sign of ending, and civilians are paying the price, "
            "aid workers say. The government declared a state of emergency in the region on 4 August 2023.")
    assert not _evs39(text, "2024-08-04", resources)


# stop 45: a deal is coded where it was agreed, talks' town included ("after talks between the two
# countries' foreign ministers in Luanda": where they met, not where officials sit); a peace deal
# initialled is signed (Luanda, 30 July 2024; Juba, 31 August 2020)
@pytest.mark.parametrize("text,published,day,town", [
    ("LUANDA, July 31 (Reuters) - Democratic Republic of Congo and Rwanda have agreed to a ceasefire in eastern Congo "
     "that will take effect at midnight on Aug. 4, Angola's presidency said late on Tuesday, after talks between the "
     "two countries' foreign ministers in Luanda.", "2024-07-31", "2024-07-30", "Luanda"),
    ("JUBA, Aug 31, 2020 (AFP) - Sudan's transitional government and a coalition of rebel groups on Monday initialled "
     "a peace agreement in the South Sudanese capital Juba, a major step towards ending years of conflict in Darfur.",
     "2020-08-31", "2020-08-31", "Juba"),
])
def test_a_deal_is_coded_where_it_was_agreed(resources, text, published, day, town):
    evs = _evs39(text, published, resources)
    assert [(e.sub_event_type, str(e.start_date), e.place.name) for e in evs] == [("Agreement", day, town)]


# stop 45: prisoners freed by the state that held them, told as the lead's news, are the state's agreement
# at its capital (Ethiopia freeing Eskinder Nega on 14 February 2018); further down the copy, an earlier
# release recalled is none
def test_prisoners_freed_by_the_state_in_the_lead_are_its_agreement(resources):
    text = ("ADDIS ABABA, Feb 14, 2018 (AFP) - Ethiopia on Wednesday released prominent journalist Eskinder Nega and "
            "opposition politician Andualem Arage, as the government pressed ahead with a pledge to release political "
            "prisoners. The two walked out of Kaliti prison on the southern outskirts of the capital, a relative said.")
    evs = _evs39(text, "2018-02-14", resources)
    assert [(e.sub_event_type, str(e.start_date), e.actor1, e.actor2, e.place.name) for e in evs] == [
        ("Agreement", "2018-02-14", "Government of Ethiopia (2018-)", None, "Addis Ababa")]
    # (a guard: an earlier release told below the lead founds nothing; it passes before this stop too)
    assert not _evs39("Opposition leaders in Ethiopia say they will boycott next month's vote. The government "
                      "released hundreds of political prisoners in 2018 after Abiy Ahmed took office.", "2021-05-20", resources)


# stop 46: a foreign or regional force arriving, deploying or ending its mission, told as the lead's news,
# is a strategic development (Other) of that force, with no second side and no toll; the force is the
# mission named, or a state's army away from home, never the host's army that received it (Kenyan
# troops of the EACRF landing in Goma, 12 November 2022; Rwanda's deployment to Cabo Delgado announced on
# 9 July 2021; SAMIM ending its deployment, 15 July 2024). "The force said" and "the regional bloc said"
# are the force and the bloc the report named.
@pytest.mark.parametrize("text,published,day,actor,town,voice", [
    ("GOMA, Nov 12 (Xinhua) -- Hundreds of Kenyan troops serving with the East African Community Regional Force "
     "(EACRF) arrived on Saturday in Goma, the main city of eastern Congo, where Congolese army officers met them at "
     "the airport. More soldiers will follow next week, the force said.", "2022-11-12", "2022-11-12",
     "EACRF: East African Community Regional Force", "Goma", "EACRF: East African Community Regional Force"),
    ("KIGALI, July 9 (Reuters) - Rwanda said on Friday it had begun deploying 1,000 soldiers and police to "
     "Mozambique's Cabo Delgado province, where Islamist insurgents have held parts of the coast for a year.",
     "2021-07-09", "2021-07-09", "Military Forces of Rwanda (2000-)", None, "Government of Rwanda"),
    ("MAPUTO, July 16 (Lusa) - The Southern African Development Community's mission in Mozambique (SAMIM) formally "
     "ended its deployment in Cabo Delgado province on Monday, three years after it arrived. The regional bloc said the "
     "troops had driven insurgents from their main bases.", "2024-07-16", "2024-07-15",
     "SAMIM: Southern African Development Community Mission in Mozambique", None, "Southern African Development Community"),
])
def test_a_force_arriving_or_ending_its_mission_in_the_lead_is_that_forces_development(resources, text, published, day, actor, town, voice):
    evs = _evs39(text, published, resources)
    assert [(e.sub_event_type, str(e.start_date), e.actor1, e.actor2, e.toll.killed) for e in evs] == [
        ("Other", day, actor, None, None)]
    if town:
        assert evs[0].place.name == town
    assert voice in [s.name for s in evs[0].sources]


def test_troops_leaving_a_town_are_no_force_movement(resources):
    # (a guard: troops withdrawing from a town hand it over; it passes before this stop too)
    evs = _evs39("Malian troops withdrew from the town of Anefis on Sunday and rebels of the CSP moved in hours later, "
                 "residents said.", "2023-10-09", resources)
    assert "Other" not in [e.sub_event_type for e in evs]


# stop 46: a group designated a terrorist organisation, or removed from the list, told as the lead's news, is
# the state's decision (a change to group/activity of its government, at the capital, no second side); a
# foreign state listing another country's group, or the listing told beside an act, founds nothing (Ethiopia's
# parliament designating the TPLF and Shene, 6 May 2021, and delisting the TPLF, 22 March 2023; the US listing
# ISIS-Mozambique, 10 March 2021; the AP journalist detained in Addis Ababa, 28 November 2021)
@pytest.mark.parametrize("text,published,day", [
    ("ADDIS ABABA, May 6 (Xinhua) -- Ethiopia's parliament on Thursday designated the Tigray People's Liberation Front "
     "(TPLF) and the Oromo armed group known as Shene as terrorist organizations, state media reported.", "2021-05-06", "2021-05-06"),
    ("Addis Ababa - The House of Peoples' Representatives yesterday voted to remove the TPLF from the list of terrorist "
     "organizations, four months after the peace deal signed in Pretoria.", "2023-03-23", "2023-03-22"),
])
def test_a_terrorist_listing_in_the_lead_is_the_states_decision(resources, text, published, day):
    evs = _evs39(text, published, resources)
    assert [(e.sub_event_type, str(e.start_date), e.actor1, e.actor2, e.place.name, e.toll.killed) for e in evs] == [
        ("Change to group/activity", day, "Government of Ethiopia (2018-)", None, "Addis Ababa", None)]
    assert "Parliament of Ethiopia" in [s.name for s in evs[0].sources]


def test_a_foreign_listing_or_one_beside_an_act_is_no_decision(resources):
    # (guards: they pass before this stop too, and fail when the listing entry ignores whose group it
    # lists or the act beside it)
    assert not _evs39("Washington, 11 Mar 2021 (Lusa) - The United States has designated ISIS-Mozambique, the group behind "
                      "the insurgency in Cabo Delgado, a foreign terrorist organisation, the State Department said on "
                      "Wednesday.", "2021-03-11", resources)
    # (added after blind batch 42, where the listing words came in the second sentence, the State Department's:
    # the state is the one the lead names)
    assert not _evs39("The United States on Wednesday designated the Islamic State affiliate behind the insurgency in Cabo "
                      "Delgado as a terrorist organisation. In a statement, the State Department said it had listed the "
                      "group as a Specially Designated Global Terrorist entity.", "2021-03-11", resources)
    evs = _evs39("NAIROBI, Kenya (AP) - Ethiopian police have detained a video journalist in Addis Ababa, accusing him of "
                 "contacts with a rebel group the government has designated a terrorist organization. He was arrested on Sunday "
                 "after returning from a reporting trip, police said.", "2021-12-01", resources)
    assert [e.sub_event_type for e in evs] == ["Arrests"]


# stop 46: a person captured by name, then told by a role, is an arrest, no place taken (the army's capture
# of the TPLF founder Sebhat Nega, announced on 8 January 2021); a town captured stays a capture (a guard)
def test_a_person_captured_by_name_is_an_arrest_not_a_place_taken(resources):
    evs = _evs39("ADDIS ABABA, Jan 8 (AFP) - Ethiopia's military said on Friday it had captured Sebhat Nega, a founder of "
                 "the Tigray People's Liberation Front, in the Tigray region.", "2021-01-08", resources)
    assert [e.sub_event_type for e in evs] == ["Arrests"]
    evs = _evs39("ADDIS ABABA, Nov 28 (AFP) - Ethiopia's military said on Saturday it had captured Mekele, the capital of "
                 "the Tigray region, after weeks of fighting.", "2020-11-28", resources)
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]


# stop 47: a state freeing one opposition leader named by his office is the state's release; leaders
# agreeing on a roadmap, or signing a declaration in a capital named before it, make an agreement, coded
# at the summit's town and for the state whose leader signed (Merera Gudina freed, 17 January 2018; the
# Luanda roadmap, 6 July 2022; the Hamdok-al-Hilu declaration in Addis Ababa, 3 September 2020)
@pytest.mark.parametrize("text,published,want", [
    ("ADDIS ABABA - Ethiopian authorities on Wednesday freed Merera Gudina, chairman of the opposition Oromo Federalist "
     "Congress, from a prison in the capital after prosecutors dropped all charges, his party said.", "2018-01-18",
     ("Agreement", "Government of Ethiopia (2018-)", None, "Addis Ababa")),
    ("LUANDA - The presidents of DR Congo and Rwanda agreed on Wednesday on a \"roadmap\" to ease tensions over the M23 "
     "rebellion, Angola's presidency said after a summit in Luanda.", "2022-07-07",
     ("Agreement", "Military Forces of the Democratic Republic of Congo (2019-)", "Military Forces of Rwanda (2000-)", "Luanda")),
    ("Sudan's Prime Minister Abdalla Hamdok and SPLM-N leader Abdelaziz al-Hilu on Thursday signed in the Ethiopian "
     "capital a joint declaration on the separation of religion and state, paving the way for peace talks.", "2020-09-04",
     ("Agreement", "Military Forces of Sudan (2019-)",
      "SPLM-N: Sudan People's Liberation Movement-North (Al Hilu Faction)", "Addis Ababa")),
])
def test_a_release_or_a_deal_of_leaders_is_an_agreement(resources, text, published, want):
    got = _evs39(text, published, resources)
    assert len(got) == 1, [e.to_record()["sub_event_type"] for e in got]
    rec = got[0].to_record()
    assert (rec["sub_event_type"], rec["actor1"], rec["actor2"], rec["location"]) == want, rec


def test_rebels_freeing_a_named_leader_they_held_in_the_body_is_no_release_in_the_lead(resources):
    # guard: the release words found an agreement only in the lead (the headline and first sentence)
    got = _evs39("Gunmen killed four soldiers at a checkpoint near Nekemte on Monday, officials said. The attackers fled "
                 "into the forest. Separately, "
                 "a court freed Jawar Mohammed, a founder of the Oromo Federalist Congress party, last year.",
                 "2021-03-02", resources)
    assert all(e.sub_event_type != "Agreement" for e in got), [e.sub_event_type for e in got]


# stop 47: a side's own ceasefire, or a body it forms, told in the lead, is its change to group/activity
# (ARSA's one-month ceasefire of 10 September 2017; the Southern Transitional Council formed in Aden on
# 11 May 2017; the Congo River Alliance launched in Nairobi on 15 December 2023; Renamo's indefinite
# ceasefire of 4 May 2017, a truce with the other side)
@pytest.mark.parametrize("text,published,want", [
    ("The Arakan Rohingya Salvation Army has declared a unilateral one-month ceasefire in Rakhine state so that aid "
     "groups can reach people cut off by the violence, it said in a statement on Saturday.", "2017-09-10",
     ("Change to group/activity", "ARSA: Arakan Rohingya Salvation Army", None)),
    ("ADEN - Southern Yemeni leaders on Thursday announced the formation of a \"Southern Transitional Council\" to run "
     "the affairs of the south, in a speech broadcast from the port city.", "2017-05-12",
     ("Change to group/activity", "Southern Transitional Council", None)),
    ("KINSHASA - Congo recalled its ambassador to Kenya on Saturday, a day after a former election chief launched a "
     "political-military alliance in Nairobi that includes the M23 rebels. Corneille Nangaa announced the creation of "
     "the Congo River Alliance at a news conference in the Kenyan capital on Friday.", "2023-12-16",
     ("Change to group/activity", "AFC: Congo River Alliance", None)),
    ("MAPUTO - Renamo declared an indefinite ceasefire on Thursday, its leader said, extending a truce with government "
     "forces that had been renewed twice since December.", "2017-05-05",
     ("Agreement", "RENAMO: Mozambican National Resistance", "Military Forces of Mozambique (1975-)")),
])
def test_a_sides_own_ceasefire_or_a_body_formed_is_its_change(resources, text, published, want):
    got = _evs39(text, published, resources)
    assert len(got) == 1, [e.to_record()["sub_event_type"] for e in got]
    rec = got[0].to_record()
    assert (rec["sub_event_type"], rec["actor1"], rec["actor2"]) == want, rec


@pytest.mark.parametrize("text,published", [
    # guards: a truce the sides failed to extend, and a ceasefire told as a setting, found no change
    ("The UN envoy on Sunday regretted that the parties had failed to agree on extending the nationwide truce, which "
     "expired at 7 p.m. after six months in force. He urged both sides to keep the calm.", "2022-10-03"),
    ("GOMA - M23 rebels seized the mining town of Nyabibwe on Wednesday, residents said, days after the rebel alliance "
     "declared a unilateral ceasefire following its capture of Goma.", "2025-02-06"),
])
def test_a_ceasefire_failed_or_told_as_a_setting_is_no_change(resources, text, published):
    got = _evs39(text, published, resources)
    assert all(e.sub_event_type not in ("Change to group/activity", "Agreement") for e in got), [e.sub_event_type for e in got]


def test_a_side_that_tells_of_its_own_decision_owns_it_and_one_that_tells_of_anothers_does_not(resources):
    # the STC declaring self-rule in Aden, 25 April 2020: "said ... it was declaring" is its own decision
    got = _evs39("Yemen's southern separatists have declared self-rule in Aden. The UAE-backed Southern Transitional "
                 "Council (STC) said late on Saturday it was declaring a state of emergency and would govern the south "
                 "itself.", "2020-04-26", resources)
    assert [(e.sub_event_type, e.actor1) for e in got] == [("Change to group/activity", "Southern Transitional Council")]
    # guard: a group that tells of a state's emergency rule does not become the state
    got = _evs39("The Tigray People's Liberation Front said Ethiopia has declared a nationwide state of emergency, as its "
                 "fighters advanced south, the group's spokesman told reporters on Tuesday.", "2021-11-03", resources)
    assert all(e.actor1 != "TPLF: Tigray People's Liberation Front" for e in got
               if e.sub_event_type == "Change to group/activity"), [(e.sub_event_type, e.actor1) for e in got]


# stop 48: a listing naming three bodies with their acronyms "to be terrorist organizations" (the junta's
# listing of the NUG, the CRPH and the PDF, 8 May 2021), and a parliament voting "to end" a state of
# emergency (Ethiopia, 15 February 2022), are the state's decisions, as the shorter wordings were
@pytest.mark.parametrize("text,published,want", [
    ("YANGON - Myanmar's military authorities on Saturday declared the shadow National Unity Government (NUG), the "
     "Committee Representing Pyidaungsu Hluttaw (CRPH) and the NUG's new People's Defence Force (PDF) to be terrorist "
     "organizations, state television MRTV announced.", "2021-05-09", ("Change to group/activity", "2021-05-08", "Nay Pyi Taw")),
    ("ADDIS ABABA - Ethiopian lawmakers on Tuesday voted to end the nationwide state of emergency three months "
     "early, as rebel forces have pulled back to Tigray.", "2022-02-16", ("Change to group/activity", "2022-02-15", "Addis Ababa")),
])
def test_a_long_listing_and_an_emergency_voted_to_end_are_the_states_decisions(resources, text, published, want):
    got = _evs39(text, published, resources)
    assert [(e.sub_event_type, str(e.start_date), e.place.name) for e in got] == [want]


# stop 48: a capture whose report says, in a sentence of no event of its own, that nobody fought for the
# place ("No fighting was reported inside the town") is a non-violent transfer (M23 entering Kamanyola after
# the army and its Burundian allies pulled out, 17 February 2025); a guard: a place fought for stays a capture
def test_a_capture_told_unfought_in_a_sentence_of_its_own_is_a_transfer(resources):
    got = _evs39("M23 rebels have held the border town of Kamanyola in South Kivu since Monday, local sources said. The "
                 "fighters entered the town in the afternoon, some hours after Congolese soldiers and their Burundian "
                 "allies had retreated south towards the Ruzizi plain. No fighting was reported inside the town. Many "
                 "residents fled to Uvira.", "2025-02-18", resources)
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in got] == [
        ("Non-violent transfer of territory", "M23: March 23 Movement", "Kamanyola")]
    got = _evs39("M23 rebels seized the town of Kamanyola in South Kivu on Monday after heavy fighting with Congolese "
                 "soldiers, local sources said. No fighting was reported on Tuesday.", "2025-02-18", resources)
    assert [e.sub_event_type for e in got] == ["Non-state actor overtakes territory"]


# stop 48: a word of faith or service before a place word ("the Christian town of Tel Asqof", "a Marine staff
# sergeant") is no place name: GeoNames gives "Christian" to a Kansas town, which took the SEAL killed in
# northern Iraq (3 May 2016) to the United States
def test_a_word_of_faith_or_service_is_no_place_name(resources):
    got = _evs39("ERBIL, Iraq (Reuters) - A U.S. Navy SEAL was killed on Tuesday when Islamic State fighters broke through "
                 "Kurdish Peshmerga lines and entered the Christian town of Tel Asqof, north of Mosul, U.S. officials said.",
                 "2016-05-04", resources)
    assert got and all(e.place.iso2 == "IQ" for e in got), [(e.place.name, e.place.iso2) for e in got]


# stop 48: a side's own ceasefire told as the lead's news stays the event when the copy below recalls the
# fighting (the AFC/M23 truce announced on 3 February 2025, a week after Goma fell); fighting told in the
# lead itself is still the event
def test_a_decision_in_the_lead_outweighs_fighting_recalled_below(resources):
    got = _evs39("GOMA - The AFC/M23 rebel alliance said it will observe a unilateral ceasefire from Tuesday on humanitarian "
                 "grounds, a week after it took the city of Goma. In a statement late on Monday, the alliance said the truce "
                 "answered the crisis caused by the fighting. The rebels captured Goma in late January after days of fighting "
                 "with the Congolese army and its allies. According to UN figures, about 700 people were killed and 2,800 "
                 "wounded in the battle for the city.", "2025-02-04", resources)
    assert [(e.sub_event_type, e.actor1) for e in got] == [("Change to group/activity", "M23: March 23 Movement")]
    # guard: fighting in the lead beside the word is the event
    got = _evs39("GOMA - M23 rebels clashed with Congolese troops near Sake on Tuesday, hours after the rebel alliance "
                 "said it would observe a unilateral ceasefire, local sources said. At least six soldiers were killed.",
                 "2025-02-05", resources)
    assert "Armed clash" in [e.sub_event_type for e in got], [e.sub_event_type for e in got]


# stop 49: a war the state wages, told beside its other deeds ("while fighting armed groups linked to
# al-Qaeda"), is no event that swallows the arrests the story is about (eleven opposition figures held in
# Bamako on 20 June 2024)
def test_a_war_waged_in_a_clause_of_background_is_no_fight(resources):
    text = ("Security forces in Mali have arrested 11 opposition politicians who had gathered at a house in Bamako, their "
            "coalition said. The men, two of them former ministers, were detained on Thursday evening, the coalition "
            "said on Friday, demanding that they be freed. A relative said the family did not know where they were held. "
            "The coalition had urged the junta in March to set a date for elections. The junta has expelled French troops "
            "and a UN mission and turned to Russia while fighting jihadist groups across the north and centre.")
    got = _evs39(text, "2024-06-21", resources)
    assert [(e.sub_event_type, e.place.name) for e in got] == [("Arrests", "Bamako")]
    # guard: the same clause with a day and a toll is a fight told
    got = _evs39("Two Malian soldiers were killed on Sunday while fighting jihadist groups near Boni, the army said.",
                 "2024-06-24", resources)
    assert [e.sub_event_type for e in got] == ["Armed clash"]


# stop 49: prisoners freed under an amnesty or a pardon, or traded by two sides, told as the lead's news
# (the two Reuters reporters freed from Insein prison, 7 May 2019; the 49 Ivorian soldiers pardoned by
# Mali's junta, 6 January 2023); the reporters' jailing recalled in the same sentence is no trial story.
# The release is the state's decision, placed at the capital (docs/gold-format.md)
@pytest.mark.parametrize("text,published,town", [
    ("YANGON - Two Reuters reporters imprisoned in Myanmar over their reporting on the killing of Rohingya men walked "
     "free on Tuesday, released under a presidential amnesty after more than 500 days in jail. Crowds of reporters "
     "waited outside the prison gates as they came out.", "2019-05-07", "Nay Pyi Taw"),
    ("BAMAKO - Mali's military leader Colonel Assimi Goita on Friday pardoned 49 Ivorian soldiers who had been held "
     "since their arrival at Bamako airport in July, the government said in a statement read on state television.",
     "2023-01-07", "Bamako"),
])
def test_prisoners_pardoned_or_freed_under_an_amnesty_are_a_release(resources, text, published, town):
    got = _evs39(text, published, resources)
    assert [(e.sub_event_type, e.place.name, e.actor2) for e in got] == [("Agreement", town, None)], [
        (e.sub_event_type, e.place and e.place.name, e.actor2) for e in got]


def test_prisoners_traded_are_an_exchange(resources):
    got = _evs39("Ukraine and the Russian-backed separatists traded about 200 prisoners on Sunday at a crossing point near "
                 "Horlivka in the Donetsk region, officials in Kyiv said.", "2019-12-30", resources)
    assert [e.sub_event_type for e in got] == ["Agreement"]


# stop 49: a base opened by a foreign state, told as the lead's news (Turkey's training base in Mogadishu,
# 30 September 2017), is that state's forces' base, with no second side; "opened fire on the base" is not
def test_a_base_opened_by_a_foreign_state_is_its_forces_base(resources):
    got = _evs39("MOGADISHU - Turkey on Saturday formally opened a military training base in the Somali "
                 "capital, where its officers will train thousands of soldiers of Somalia's national army.",
                 "2017-09-30", resources)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in got] == [
        ("Headquarters or base established", "Military Forces of Turkey (2016-)", None)], [
        (e.sub_event_type, e.actor1, e.actor2) for e in got]
    got = _evs39("MOGADISHU - Al-Shabaab fighters opened fire on the base in Mogadishu on Saturday, the army said.",
                 "2017-09-30", resources)
    assert "Headquarters or base established" not in [e.sub_event_type for e in got]


# stop 49: a party dissolved by law, told as the lead's news (Sudan's law of 28 November 2019 against
# Bashir's National Congress Party), is the state's change to a group; a plan to dissolve parties that a
# crowd opposes is not
def test_a_party_dissolved_by_the_state_is_a_change_to_the_group(resources):
    got = _evs39("KHARTOUM - Sudan's transitional rulers on Thursday passed a law dissolving the National Congress Party of "
                 "ousted president Omar al-Bashir and seizing its property, the information minister said.",
                 "2019-11-29", resources)
    assert [(e.sub_event_type, e.place.name) for e in got] == [("Change to group/activity", "Khartoum")]
    got = _evs39("BAMAKO - Hundreds of people rallied in Bamako on Saturday against plans by the junta to dissolve "
                 "political parties, an AFP reporter saw.", "2025-05-03", resources)
    assert "Change to group/activity" not in [e.sub_event_type for e in got]


# stop 49: people surrounded by a crowd of reporters are no town surrounded
def test_surrounded_by_a_crowd_is_no_siege():
    from sitrep.pipeline.claims import find_triggers
    assert [t.sub for t in find_triggers("The two men were surrounded by a crush of reporters and cameras as they left.")] == []
    assert [t.sub for t in find_triggers("Rebels surrounded the town of Bunagana on Monday.")] == ["Non-state actor overtakes territory"]


# stop 49: a flag raised over a place told as lately the other side's, in the lead, is the place taken
# (Daraa al-Balad, 12 July 2018), and here taken without a fight; a flag waved at a rally is no capture
def test_a_flag_raised_over_a_formerly_held_quarter_is_the_place_taken(resources):
    got = _evs39("BEIRUT - Syrian army troops on Thursday raised the national flag over the formerly rebel-held old city of "
                 "Daraa, state television reported. The soldiers entered the area without a fight under a deal brokered by "
                 "Russia with the rebel factions that had held it since 2013.", "2018-07-12", resources)
    assert [e.sub_event_type for e in got] == ["Non-violent transfer of territory"], [e.sub_event_type for e in got]
    got = _evs39("Thousands of supporters raised the national flag in the main square of Daraa on Thursday to mark the "
                 "anniversary, state television reported.", "2018-07-12", resources)
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in got]


# stop 49: an ancient site bulldozed is property destroyed (Nimrud, March 2015)
def test_a_site_bulldozed_is_property_destroyed(resources):
    got = _evs39("Islamic State militants on Thursday bulldozed the ruins of the ancient Assyrian city of Nimrud, south of "
                 "Mosul, Iraq's antiquities ministry said.", "2015-03-06", resources)
    assert [(e.sub_event_type, e.actor1) for e in got] == [("Looting/property destruction", "Islamic State (Iraq)")]


# stop 49: a listing in quotes, as a "terrorist movement" (Kinshasa's listing of the M23, 28 May 2022)
def test_a_group_listed_as_a_quoted_terrorist_movement(resources):
    got = _evs39("KINSHASA - The Democratic Republic of Congo on Saturday designated the M23 rebels a \"terrorist movement\" "
                 "at a meeting of the Supreme Defence Council in Kinshasa, the government spokesman said.", "2022-05-29", resources)
    assert [(e.sub_event_type, e.place.name) for e in got] == [("Change to group/activity", "Kinshasa")]


# stop 49: a group's own halt to its attacks, told as the lead's news (the Houthis, 20 September 2019), is
# its change of activity, placed where it was announced, not at the capital named for the other side
def test_a_group_announcing_it_will_stop_its_attacks(resources):
    got = _evs39("SANAA - Yemen's Houthi group announced late on Friday that it would halt all missile and drone attacks on "
                 "Saudi Arabia, and said it awaited a similar step from Riyadh.", "2019-09-21", resources)
    assert [(e.sub_event_type, e.actor1, e.place.name) for e in got] == [("Change to group/activity", "Houthi Movement", "Sanaa")], [
        (e.sub_event_type, e.actor1, e.place and e.place.name) for e in got]

"""Toll phrases: outcome, role, who; and what is not a toll."""

import pytest

from sitrep.pipeline.tolls import find_tolls


def tolls(s):
    return [(t.outcome, t.count.best, t.role) for t in find_tolls(s)]


def test_count_then_outcome():
    assert tolls("More than 130 people have been killed in clashes.") == [("killed", 131, "total")]
    assert tolls("Two people were killed and 11 wounded when a drone hit.") == [("killed", 2, "total"), ("injured", 11, "total")]


def test_outcome_then_count():
    assert tolls("The strike killed at least 18 people, the ministry said.") == [("killed", 18, "total")]
    assert tolls("The toll from the strike has climbed to 27.") == [("killed", 27, "total")]


def test_killing_and_wounding():
    assert tolls("A missile hit the market, killing three and wounding ten.") == [("killed", 3, "total"), ("injured", 10, "total")]


def test_coordinated_groups_add_up():
    got = find_tolls("The strike killed three soldiers and two civilians.")
    assert [(t.count.best, t.coordinated, t.civilian) for t in got] == [(3, False, False), (2, True, True)]


def test_by_party_breakdown():
    got = find_tolls("The clashes have resulted in 132 deaths, including 65 HTS jihadists, 18 fighters "
                     "from allied groups, and “49 members of regime forces,” the Observatory reported.")
    assert [(t.count.best, t.role) for t in got] == [(132, "total"), (65, "part"), (18, "part"), (49, "part")]
    assert got[1].who == "HTS jihadists" and got[3].who == "members of regime forces"


def test_subset_is_a_part_not_extra():
    got = find_tolls("An air strike killed at least 18 people, including five children.")
    assert [(t.count.best, t.role, t.civilian) for t in got] == [(18, "total", False), (5, "part", True)]


def test_revision_keeps_latest_and_history():
    assert tolls("The death toll rose to 45, up from 30 earlier.") == [("killed", 45, "total"), ("killed", 30, "history")]
    assert tolls("An earlier toll put the number at 20.") == [("killed", 20, "history")]


def test_cumulative_is_not_this_event():
    assert tolls("More than 500,000 people have been killed since 2011.") == [("killed", 500001, "cumulative")]
    # a running tally of a crackdown or an unrest, not the strike the report is about
    assert tolls("Rights groups say at least 76 people have been killed in the crackdown on the protests.") == [
        ("killed", 76, "cumulative")]
    # ... but a count of those killed in the event itself, or in a span of days, stands
    assert tolls("At least 12 people have been killed in the strike, medics said.") == [("killed", 12, "total")]
    assert tolls("Nine people have been killed in the unrest since Monday, police said.") == [("killed", 9, "total")]
    # what keeps happening is no event's toll
    assert tolls("The militants continue to shell the villages, claiming the lives of 14 civilians.") == [
        ("killed", 14, "cumulative")]


def test_no_human_losses_is_a_zero_of_both():
    assert tolls("The drones were shot down and no human losses were recorded, the source said.") == [
        ("killed", 0, "total"), ("injured", 0, "total")]


def test_zero_is_a_real_zero():
    assert tolls("No casualties were reported.") == [("killed", 0, "total"), ("injured", 0, "total")]
    assert tolls("Nobody was killed in the attack.") == [("killed", 0, "total")]


def test_abducted_is_not_killed():
    assert tolls("Gunmen abducted 12 students and killed a guard.") == [("abducted", 12, "total"), ("killed", 1, "total")]


def test_not_tolls():
    for s in ["The rebels captured 12 villages seven kilometres from the city.",
              "A 45-year-old man was arrested in 2019.",
              "The offensive involved 3,000 fighters and 40 tanks.",
              "The town lies 30 km north of Aleppo.",
              "Dozens of drones were launched overnight."]:
        assert [t for t in find_tolls(s) if t.outcome == "killed"] == [], s


def test_casualties_alone_is_not_killed():
    assert tolls("The attack caused 40 casualties.") == []


def test_a_relative_clause_between_the_count_and_its_outcome():
    got = find_tolls('"All six terrorists who attacked the hotel were killed," he said.')
    assert [(t.count.best, t.role, t.perpetrator) for t in got] == [(6, "total", True)]


def test_what_a_source_had_said_before_is_history():
    assert [t.role for t in find_tolls("Earlier, the ambulance service had said that four people were killed.")] == ["history"]
    assert [t.role for t in find_tolls("Police said that four people were killed.")] == ["total"]


def test_along_with_other_people_adds_to_the_dead():
    got = find_tolls("A drone strike killed a senior commander of the militia late on Wednesday, along with two other "
                     "people, security sources said.")
    assert [(t.count.best, t.coordinated) for t in got] == [(1, False), (2, True)]
    assert find_tolls("The army, along with two other units, attacked the town.") == []


def test_one_office_holder_is_one_dead():
    got = find_tolls("The governor of North Kivu's Lubero territory, Alain Kiwewa, was killed in an ambush on Tuesday.")
    assert [(t.outcome, t.count.best, t.role) for t in got] == [("killed", 1, "total")]
    got = find_tolls("Gunmen abducted and killed the district commissioner of Yei late on Friday.")
    assert [(t.outcome, t.count.best) for t in got] == [("killed", 1)]
    # the office-holder who speaks, or the holder's possessions, is no toll
    assert find_tolls("The governor said 14 people were killed in the raid.")[0].count.best == 14
    assert find_tolls("The governor's convoy was attacked near Beni; no one was hurt.")[0].count.best == 0


def test_the_dead_with_their_companions_are_one_count():
    got = find_tolls("More than 460 patients and their companions were killed at the maternity hospital.")
    assert [(t.count.best, t.outcome, t.who) for t in got] == [(461, "killed", "patients and their companions")]
    # two kinds of dead joined by a bare "and" are two counts
    got = find_tolls("Six soldiers and two civilians were killed.")
    assert [t.count.best for t in got] == [6, 2]


def test_number_of_people_killed_or_injured_has_risen():
    assert tolls("The number of villagers killed in the raid on Tuesday has risen to 12, officials said.") == [("killed", 12, "total")]
    assert tolls("The number of people wounded in the Oct. 3 shelling of the town has grown to 57.") == [("injured", 57, "total")]
    assert tolls("The number of people killed in the strike on March 4 has risen to 9.") == [("killed", 9, "total")]
    assert tolls("The number of schools in the district has risen to 40.") == []


def test_parenthesised_and_dotted_names_before_outcome():
    assert tolls("Nine Ahl al-Sunna (ASWJ) fighters were killed near the river.")[0][:2] == ("killed", 9)
    assert tolls("Four U.N. staff were wounded in the blast.") == [("injured", 4, "total")]


def test_treated_for_wounds_is_injured():
    assert tolls("Twenty more were being treated for their wounds in hospital.") == [("injured", 20, "total")]
    # treated at a clinic or hospital: wounded, as the gold codes it (round 5 reverses an older negative)
    assert tolls("Twenty more were treated at the clinic.") == [("injured", 20, "total")]
    assert tolls("Twenty more were treated for shock.") == []


def test_other_outcome_after_subset_is_not_a_part():
    got = tolls("The toll rose to 20, most of them soldiers, and at least 30 others were wounded.")
    assert got == [("killed", 20, "total"), ("injured", 30, "total")]


def test_up_from_a_toll_of_is_history():
    got = tolls("Eleven people were killed, the governor said, up from a toll of nine given on Monday.")
    assert got == [("killed", 11, "total"), ("killed", 9, "history")]


def test_hyphenated_no_one_is_a_zero():
    assert ("killed", 0, "total") in tolls("No-one was killed in the attack, police said.")
    assert tolls("No-one died in the fire.") == [("killed", 0, "total")]
    assert ("killed", 1, "total") not in tolls("No-one was killed in the attack, police said.")


def test_relative_clause_year_is_not_cumulative():
    got = tolls("Six people were killed in the town of Kadugli, which was captured by the army in 2019.")
    assert got == [("killed", 6, "total")]
    assert tolls("Six people have been killed in the town since 2019.") == [("killed", 6, "cumulative")]


def test_both_attackers_shot_dead():
    got = find_tolls("Both gunmen, brothers from a nearby village, were shot dead by the guards.")
    assert [(t.count.best, t.perpetrator) for t in got] == [(2, True)]
    assert find_tolls("Both gunmen fled the scene.") == []


def test_earlier_event_told_as_background():
    assert tolls("Weeks earlier, a drone strike on a wedding killed 40 people.") == [("killed", 40, "cumulative")]


def test_reported_had_counted_is_this_events_figure():
    # "said Sunday it had counted": reported speech, not an earlier toll
    assert tolls("A local rights group said Sunday it had counted 35 bodies near the village.") == [("killed", 35, "total")]
    assert tolls("By Thursday volunteers had counted 165 victims, the opposition said.") == [("killed", 165, "total")]
    # an earlier voice's figure stays history, also with a day between "had" and the verb
    assert tolls("A local news outlet had on Friday put the toll at 10.") == [("killed", 10, "history")]
    assert tolls("The ministry had put the toll at 30.") == [("killed", 30, "history")]


def test_toll_was_higher_at():
    assert tolls("Civil society groups said the death toll was higher, at more than 50.") == [("killed", 51, "total")]


def test_latest_deaths_bring_a_running_tally():
    assert tolls("The union said the latest deaths brought to 41 the number of protesters killed since the coup.") == [
        ("killed", 41, "cumulative")]
    assert tolls("The raid killed 15 people on Monday, the latest deaths in the province.") == [("killed", 15, "total")]


def test_raised_to_is_the_latest_toll():
    got = find_tolls("The health ministry gave an initial toll of 12 dead overnight, before raising it to 19.")
    assert [(t.count.best, t.role) for t in got] == [(12, "history"), (19, "total")]
    assert "latest:rise" in got[1].rule
    assert "latest" not in find_tolls("The strike killed 19 people, the ministry said.")[0].rule


def test_updated_statement_marks_the_latest_toll():
    got = find_tolls("In an updated statement on Sunday, the civil defence said 52 bodies had been recovered.")
    assert [(t.count.best, t.role) for t in got] == [(52, "total")] and "latest:update" in got[0].rule


def _killed(text, resources, published="2024-03-05"):
    from conftest import article
    from sitrep.pipeline import extract

    evs = extract(article(text, published), resources=resources)
    assert evs, "no event"
    k = evs[0].toll.killed
    return (k.low, k.best, k.high) if k else None


def test_risen_toll_replaces_a_smaller_earlier_one(resources):
    text = ("The number of people killed in a Russian missile strike on a market in Kramatorsk has risen to 11, "
            "the regional governor said on Tuesday. On Monday evening, the interior minister reported nine people killed.")
    assert _killed(text, resources) == (11, 11, 11)
    # without a revision the two voices are two estimates: the lower one is best
    plain = ("A Russian missile strike on a market in Kramatorsk killed 11 people, the regional governor said on "
             "Tuesday. Local residents said nine people were killed.")
    assert _killed(plain, resources)[1] == 9


def test_a_title_that_reports_a_figure_is_not_a_death():
    assert tolls("The interior minister reported nine people killed.") == [("killed", 9, "total")]
    assert tolls("The governor reported killed in the raid was buried on Friday.") == [("killed", 1, "total")]


def test_updated_statement_replaces_the_first_toll(resources):
    text = ("More than 60 Palestinians were killed in an Israeli strike on a school in Gaza City on Saturday, "
            "according to the civil defence. In an updated statement later in the day, the civil defence said "
            "52 bodies had been recovered.")
    assert _killed(text, resources)[1] == 52


def test_others_who_sustained_injuries_are_wounded():
    assert tolls("The agency said 40 others who sustained injuries were being treated in Kano.") == [("injured", 40, "total")]
    assert tolls("The agency said 40 others were receiving treatment.") == [("injured", 40, "total")]
    assert tolls("The agency said it was providing treatment to displaced families.") == []


def test_an_apposition_with_both_does_not_hide_the_outcome():
    assert tolls("Police said 19 people, both traders and policemen, were wounded.") == [("injured", 19, "total")]


def test_number_of_injured_with_no_noun():
    assert tolls("The hospital said the number of wounded has risen to 73.") == [("injured", 73, "total")]


def test_wounded_people_who_died_are_dead():
    assert tolls("The toll rose after three wounded people died in hospital.") == [("killed", 3, "total")]
    assert tolls("Three wounded people were taken to hospital.") == [("injured", 3, "total")]


def test_shot_and_seriously_wounded_single_person():
    assert tolls("A prison guard was shot and seriously wounded in the raid.") == [("injured", 1, "total")]


def test_people_buried_are_dead_but_not_under_rubble():
    assert tolls("Villagers said 23 people were buried on Sunday.") == [("killed", 23, "total")]
    assert tolls("Villagers said 23 people were buried under the rubble.") == []


def test_nobody_killed_or_injured_is_a_zero_of_both():
    assert tolls("The army said nobody was killed or injured.") == [("killed", 0, "total"), ("injured", 0, "total")]
    assert tolls("The army said no one was killed.") == [("killed", 0, "total")]


def test_no_losses_among_troops_is_no_zero_of_the_wounded():
    assert tolls("He said no losses were recorded among the army troops.") == [("killed", 0, "total")]
    assert tolls("He said no losses were recorded among residents.") == [("killed", 0, "total"), ("injured", 0, "total")]


def test_another_is_one_more_person():
    assert tolls("A farmer was killed and another was wounded by the blast.") == [("killed", 1, "total"), ("injured", 1, "total")]


def test_a_number_of_is_no_figure():
    assert tolls("Nine people were killed and a number of others injured.") == [("killed", 9, "total")]


def test_and_n_of_his_bodyguards_add_to_the_one_killed():
    got = find_tolls("The bomb killed a senior commander of the Dawn Brigade forces and three of his guards on Friday.")
    assert [(t.count.best, t.coordinated) for t in got] == [(1, False), (3, True)]


def test_a_woman_and_her_son_are_two():
    assert tolls("A 40-year-old woman and her son were killed when the shell hit.") == [("killed", 2, "total")]
    assert tolls("A 40-year-old woman was killed when the shell hit.") == [("killed", 1, "total")]


def test_the_spokesman_and_two_of_his_guards_are_three():
    got = find_tolls("The governor and four of his escorts were wounded, police said.")
    assert [(t.outcome, t.count.best, t.coordinated) for t in got] == [("injured", 1, False), ("injured", 4, True)]


def test_accused_of_killing_thousands_is_a_record_not_a_toll():
    assert tolls("The group is accused of killing thousands of civilians in the region.") == [("killed", 1000, "cumulative")]


def test_toll_rose_with_a_date_between():
    got = find_tolls("The death toll from the June 3 drone strike on the market in Kharkiv has risen to 12, officials said.")
    assert [(t.outcome, t.count.best, t.role) for t in got] == [("killed", 12, "total")]
    assert "latest:rise" in got[0].rule


def test_since_an_abbreviated_month_is_cumulative():
    assert tolls("At least 400 people have been killed in the province since Feb. 24 last year, the UN said.") == [("killed", 400, "cumulative")]
    assert tolls("At least 40 people were killed in the province on Feb. 24, the UN said.") == [("killed", 40, "total")]


def test_killed_over_weeks_is_a_tally():
    assert tolls("Rebels Say 60 Government Troops Killed in Three Weeks") == [("killed", 60, "cumulative")]
    assert tolls("Rebels say 60 government troops killed in three attacks") == [("killed", 60, "total")]


def test_a_person_with_a_proper_adjective():
    assert tolls("A French-Canadian journalist was killed by a sniper in the old city.") == [("killed", 1, "total")]
    assert tolls("An Egyptian nurse was wounded in the blast.") == [("injured", 1, "total")]


def test_nobody_seriously_hurt_is_no_dead_only():
    assert tolls("Police said no one was seriously hurt.") == [("killed", 0, "total")]
    assert tolls("Police said no one was hurt.") == [("killed", 0, "total"), ("injured", 0, "total")]


def test_an_ordinal_tells_the_whole_toll():
    got = tolls("Two guards were killed at the gate and a third died later in hospital, the director said.")
    assert ("killed", 3, "total") in got
    assert tolls("Two guards were killed at the gate and a third rocket hit the depot.") == [("killed", 2, "total")]


def test_one_named_and_others_killed_with_him():
    assert tolls("The commander, Abu Hamza, was killed on Monday along with four other fighters, the army said.") == [("killed", 5, "total")]
    assert tolls("The commander met on Monday along with four other fighters, the army said.") == []


def test_paid_the_supreme_price():
    assert tolls("The army said six soldiers had \"paid the ultimate price\" in the ambush.") == [("killed", 6, "total")]


def test_a_subordinate_clause_is_no_part_of_the_victims():
    assert tolls("He stabbed shoppers, wounding five before police shot him dead.") == [("injured", 5, "total")]


def test_long_subject_before_passive_outcome_is_read():
    assert tolls("Nine members of the Kenyan Defence Forces (KDF) border unit were killed on Monday.") == [("killed", 9, "total")]
    assert tolls("At least six crew members of the Panama-flagged tanker Sea Lion were wounded.") == [("injured", 6, "total")]
    # the subject holds no other count and no verb: the dateline's day is no toll
    assert tolls("KABUL, May 14 (Reuters) - Seventeen police officers were killed.") == [("killed", 17, "total")]
    assert tolls("Several aid workers are being treated for smoke injuries.") == []


def test_long_toll_subject_before_rise():
    assert tolls("The death toll from the drone strike that hit a wedding party in a village east of the provincial "
                 "capital, near the river crossing used by traders, has risen to 38, officials said.") == [("killed", 38, "total")]
    assert tolls("The number of bodies pulled from the collapsed school had risen to 14.") == [("killed", 14, "total")]


def test_raised_it_to_is_the_latest_toll():
    got = find_tolls("Police first put the toll at five, then raised it to nine.")
    assert [(t.count.best, t.role) for t in got] == [(5, "history"), (9, "total")]


def test_zero_with_any_auxiliary():
    assert tolls("The spokesman said nobody had been hurt.") == [("killed", 0, "total"), ("injured", 0, "total")]
    assert tolls("Officials said no one has been killed.") == [("killed", 0, "total")]
    assert tolls("No one has claimed the attack.") == []


def test_since_the_end_of_is_cumulative():
    assert tolls("Shelling has killed more than 250 civilians in the district since the end of March.") == [("killed", 251, "cumulative")]
    assert tolls("Since the start of the year, 80 soldiers have died in the province.") == [("killed", 80, "cumulative")]
    assert tolls("The shelling killed 25 civilians on Monday.") == [("killed", 25, "total")]


def test_share_of_a_tally_is_cumulative_too():
    got = find_tolls("More than 900 people have been killed since the fighting began, including 300 civilians it says were executed.")
    assert [t.role for t in got] == ["cumulative", "cumulative"]


def test_people_with_wounds_are_injured():
    assert tolls("Doctors said 31 people with gunshot and shrapnel wounds were being treated.") == [("injured", 31, "total")]
    assert tolls("Five men with head injuries later died in hospital.") == [("killed", 5, "total")]


def test_singular_passive_victim_is_one():
    assert tolls("An Afghan border guard was wounded in the exchange.") == [("injured", 1, "total")]
    assert tolls("Gunmen killed an elderly priest in the parish.") == [("killed", 1, "total")]
    assert tolls("An aid convoy was hit by shelling.") == []
    # a relayed claim is no assertion
    assert tolls("The army was looking into reports that a foreign national was killed.") == []


def test_people_in_treatment_are_injured():
    assert tolls("Two more guards are still being treated for their wounds, an officer said.") == [("injured", 2, "total")]
    assert tolls("Nine others were receiving treatment at the district hospital.") == [("injured", 9, "total")]
    assert tolls("At least 14 people were hospitalised after the blast.") == [("injured", 14, "total")]
    assert tolls("Six children were treated at a nearby clinic.") == [("injured", 6, "total")]
    # treatment that tells no wound, or a clinic's record, is no toll
    assert tolls("Twelve people were treated for smoke inhalation.") == []
    assert tolls("The charity said it had treated 200 patients last year.") == []


def test_villagers_are_people_not_villages():
    assert tolls("More than 150 villagers were wounded, many by gunfire.") == [("injured", 151, "total")]
    assert tolls("Twenty townspeople were killed.") == [("killed", 20, "total")]
    assert tolls("The fighters torched 12 villages and killed 30 people.") == [("killed", 30, "total")]


def test_speakers_after_a_figure_are_not_victims():
    assert tolls("The rockets killed at least 10 people and wounded 47, a militia leader and a medical source said.") == [
        ("killed", 10, "total"), ("injured", 47, "total")]
    assert tolls("Two civilians were wounded, a police officer and a hospital director told AFP.") == [("injured", 2, "total")]
    # a victim named after the count is still one
    assert tolls("Gunmen killed a soldier and a police officer, a local official said.") == [("killed", 1, "total"), ("killed", 1, "total")]


def test_one_figure_for_several_outcomes_is_no_toll():
    assert tolls("The rebels said hundreds of enemy fighters had been killed, wounded or captured.") == []
    assert tolls("Dozens of soldiers were killed or wounded in the ambush.") == []
    assert tolls("The shelling killed or wounded 30 civilians.") == []
    assert tolls("Seven people were killed and 12 injured.") == [("killed", 7, "total"), ("injured", 12, "total")]
    assert tolls("Four soldiers were killed, and two were wounded.") == [("killed", 4, "total"), ("injured", 2, "total")]


def test_a_zero_of_ones_own_side_is_no_zero_of_wounded():
    assert tolls("It reported no losses of its own.") == [("killed", 0, "total")]
    assert tolls("The rebels said they suffered no casualties of their own.") == [("killed", 0, "total")]
    assert tolls("There were no casualties, the ministry said.") == [("killed", 0, "total"), ("injured", 0, "total")]


def test_among_the_dead_names_a_figure_told_already():
    assert tolls("The ministry said the cell's leader was among the three militants killed.") == [("killed", 3, "part")]
    assert tolls("Two officers were also among those 15 killed, police said.") == [("killed", 15, "part")]
    assert tolls("Among the 40 people killed were six children.")[0] == ("killed", 40, "total")


def test_two_clauses_of_one_outcome_add_up():
    got = find_tolls("A policeman was martyred and three members of the cell were killed on Saturday.")
    assert [(t.count.best, t.coordinated) for t in got] == [(1, False), (3, True)]
    got = find_tolls("Two soldiers were killed and five militants died in the clash.")
    assert [(t.count.best, t.coordinated) for t in got] == [(2, False), (5, True)]
    # other outcomes, or the same group told twice, are not summed
    got = find_tolls("Seven people were killed and 12 people were wounded.")
    assert [t.coordinated for t in got] == [False, False]
    got = find_tolls("Ten people were killed and 10 people were killed.")
    assert [t.coordinated for t in got] == [False, False]


def test_first_month_of_a_war_is_cumulative():
    assert tolls("The UN said at least 183 people were killed in the region in the first month of the conflict alone.") == [
        ("killed", 183, "cumulative")]
    assert tolls("Some 300 fighters died in the first weeks of the war.") == [("killed", 300, "cumulative")]
    # a first that ranks this event is not a span
    assert tolls("It was the first attack on the town this year, killing 12 people.") == [("killed", 12, "total")]
    assert tolls("Five soldiers were killed on the first day of the offensive.") == [("killed", 5, "total")]


def test_beheading_is_killing():
    assert tolls("Militants have beheaded more than 50 people in the province, state media said.") == [("killed", 51, "total")]
    assert tolls("Gunmen beheading 12 villagers fled into the forest.") == [("killed", 12, "total")]


def test_lives_after_a_claiming_verb_only():
    assert tolls("The blast claimed 31 lives, police said.") == [("killed", 31, "total")]
    assert tolls("The bombing cost 14 lives.") == [("killed", 14, "total")]
    assert tolls("Rescuers saved 30 lives after the strike.") == []


def test_fronted_participle_outcome():
    assert tolls("Killed in the strike on Sunday were 34 civilians, the mayor said.")[0] == ("killed", 34, "total")
    assert tolls("Wounded in the blast were 12 policemen.") == [("injured", 12, "total")]


def test_hospital_treatment_is_injured():
    assert tolls("Twenty-one people needed hospital treatment.") == [("injured", 21, "total")]
    assert tolls("Seven people were rushed to hospital after the blast.") == [("injured", 7, "total")]
    assert tolls("The blast killed two and sent 15 others to hospital.") == [("killed", 2, "total"), ("injured", 15, "total")]
    # the dead carried to a hospital, and troops sent near one, are not wounded
    assert [t.outcome for t in find_tolls("The bodies of 12 people were taken to hospital.")] == ["killed"]
    assert tolls("The army sent 200 troops to the hospital district.") == []


def test_revised_toll_and_its_earlier_figure():
    assert tolls("Officials revised the death toll from the strike to 61 on Saturday.") == [("killed", 61, "total")]
    assert tolls("The death toll has been revised up to 42.") == [("killed", 42, "total")]
    assert tolls("Authorities lowered the toll to 19 from 23.") == [("killed", 19, "total"), ("killed", 23, "history")]


def test_one_family_is_no_count():
    assert tolls("Five members of one family were killed when a shell hit their house.") == [("killed", 5, "total")]


def test_ordinal_hurt_after_the_dead():
    assert tolls("Two soldiers were killed and a third was wounded.") == [("killed", 2, "total"), ("injured", 1, "total")]


def test_bringing_clause_does_not_make_the_event_cumulative():
    got = tolls("Gunmen killed nine people on Sunday, bringing to more than 200 the number killed in the area this year.")
    assert got[0] == ("killed", 9, "total") and got[1][2] == "cumulative"


def test_treated_for_named_wounds_is_injured():
    assert tolls("At least 60 people were treated for gunshot wounds, doctors said.") == [("injured", 60, "total")]
    assert tolls("Four women were treated for minor injuries.") == [("injured", 4, "total")]
    assert tolls("Medics treated 14 people for shrapnel wounds.") == [("injured", 14, "total")]
    assert tolls("Ambulance crews treated 27 people at the scene.") == [("injured", 27, "total")]
    # shock, or a clinic's yearly record, tells no wound
    assert tolls("Medics treated 30 people for shock.") == []
    assert tolls("The charity said it had treated 200 patients last year.") == []


def test_sought_medical_help_is_injured():
    assert tolls("Nine people sought medical help after the strike.") == [("injured", 9, "total")]
    assert tolls("Twelve residents were seeking medical assistance, the mayor said.") == [("injured", 12, "total")]
    assert tolls("The agency sought medical supplies for 300 families.") == []


def test_an_injured_woman_and_her_daughter_are_two():
    assert tolls("A landmine injured a woman and her daughter near the village.") == [("injured", 2, "total")]
    assert tolls("Gunmen shot dead a farmer and his son on Monday.") == [("killed", 2, "total")]
    assert tolls("Gunmen shot dead a farmer and stole his cattle.") == [("killed", 1, "total")]


def test_displaced_people_killed_are_dead_not_displaced():
    assert tolls("The raid on the camp killed 22 displaced people.") == [("killed", 22, "total")]
    assert tolls("Rebels killed 14 displaced civilians at the site.") == [("killed", 14, "total")]
    assert tolls("The fighting displaced 3,000 people.") == [("displaced", 3000, "total")]


def test_n_of_them_hospitalised_is_a_share_of_the_wounded():
    got = tolls("Thirty people were hurt, and 12 of them were hospitalised.")
    assert got == [("injured", 30, "total"), ("injured", 12, "part")]
    # with no figure before it, "of them" is no share
    assert tolls("Nine of them were hospitalised, the mayor said.") == [("injured", 9, "total")]


def test_a_single_victim_with_a_phrase_after_the_noun():
    assert tolls("A senator in the restive North-West region has been shot dead.") == [("killed", 1, "total")]
    assert tolls("A teacher from the village of Dogo was kidnapped on Sunday.") == [("abducted", 1, "total")]
    assert tolls("An officer at the border post was wounded, the army said.") == [("injured", 1, "total")]
    # a couple, or a speaker before another victim, is not one more person
    assert tolls("An official in the district said a soldier was killed.") == [("killed", 1, "total")]
    assert [t[1] for t in tolls("A married couple from the region was killed.")] != [1]


def test_not_counting_the_bomber_adds_the_bomber():
    got = find_tolls("The mayor's death brings the toll to seven, not counting the bomber.")
    assert [(t.count.best, t.perpetrator) for t in got] == [(7, False), (1, True)]
    got = find_tolls("Police said 12 people died, without counting the two attackers.")
    assert [(t.count.best, t.perpetrator) for t in got] == [(12, False), (2, True)]


def test_a_wars_toll_rising_is_cumulative():
    assert tolls("The death toll from the Israeli offensive in Gaza has risen to 24,762, the ministry said.") == [
        ("killed", 24762, "cumulative")]
    assert tolls("The toll of the Russian invasion has reached 10,500 civilians, the UN said.") == [("killed", 10500, "cumulative")]
    # one attack's toll stays this event's
    assert tolls("The death toll from the attack on the market has risen to 45.") == [("killed", 45, "total")]


def test_a_total_with_a_share_set_after_it():
    # round 8: "A total of 24 people, nine of them children, were killed": 24 is the toll, nine a share
    assert tolls("A total of 24 people, nine of them children, were killed in the strike.") == [
        ("killed", 24, "total"), ("killed", 9, "part")]
    assert tolls("Some 40 villagers, among them 15 women, were killed in the raid.") == [
        ("killed", 40, "total"), ("killed", 15, "part")]
    # a share of a toll already told stays a share
    assert tolls("Thirty people were killed, 12 of them children.") == [("killed", 30, "total"), ("killed", 12, "part")]


def test_a_sides_own_losses():
    # "lost N of its fighters": that side's dead, added to the enemy dead it claims
    got = find_tolls("The group said it had killed 12 soldiers in the attack and lost three of its fighters.")
    assert [(t.outcome, t.count.best, t.role, t.coordinated) for t in got] == [
        ("killed", 12, "total", False), ("killed", 3, "total", True)]
    assert tolls("The army said it repelled the assault, losing four of its own soldiers.") == [("killed", 4, "total")]
    assert tolls("The jihadists lost 18 men in the fighting.") == [("killed", 18, "total")]
    # not a toll: places lost, or a daily losses briefing (dead and wounded, with equipment)
    assert tolls("The rebels lost 18 villages in the offensive.") == []
    assert tolls("The ministry said the enemy had lost up to 315 servicemen and two tanks over the past 24 hours.") == []


def test_a_rank_since_a_date_is_not_a_tally():
    # "the fourth such massacre since January": a rank of this event, its toll stands
    assert tolls("Gunmen killed 20 people in Sobane, the fourth such massacre in the region since January.") == [
        ("killed", 20, "total")]
    assert tolls("A drone killed six people in the town, the third such strike this year.") == [("killed", 6, "total")]
    # a count inside the rank's own clause belongs to the earlier event
    assert tolls("The attack, the deadliest since a raid in 2021 that killed 160 people, left 45 soldiers dead.") == [
        ("killed", 160, "cumulative"), ("killed", 45, "total")]
    # a tally stays a tally
    assert tolls("More than 400 people have been killed in the state since January.") == [("killed", 401, "cumulative")]


def _coord(sentence):
    return [(t.outcome, t.count.best, t.role, t.coordinated) for t in find_tolls(sentence)]


def test_round9_more_dead_of_one_toll_are_coordinated():
    # parts by place: "30 bodies in Bule and another 12 in Drodro"
    assert _coord("Gunmen killed 20 villagers in Kukawa and 11 in nearby Gajiram on Monday.") == [
        ("killed", 20, "total", False), ("killed", 11, "total", True)]
    # ... but not houses burned, nor figures a verb of their own tells
    assert tolls("Gunmen killed 20 villagers in Kukawa and burned 11 houses in Gajiram.") == [("killed", 20, "total")]
    assert _coord("Gunmen killed 20 villagers in Kukawa and wounded 11 in Gajiram.") == [
        ("killed", 20, "total", False), ("injured", 11, "total", False)]
    # "other" dead of the same outcome add up; of another outcome they do not
    assert _coord("Two soldiers died of their wounds, a day after an ambush in which five other soldiers were killed.") == [
        ("killed", 2, "total", False), ("killed", 5, "total", True)]
    assert _coord("Three civilians were killed and five other people were wounded.") == [
        ("killed", 3, "total", False), ("injured", 5, "total", False)]
    # kin after one person: "a father and his four children"
    assert _coord("An air strike killed a father and his four children.") == [
        ("killed", 1, "total", False), ("killed", 4, "total", True)]
    # a side's own kills beside its own dead; alone, a claim is just a toll
    assert _coord("Two soldiers were killed, the army said, adding that its troops had killed 12 fighters.") == [
        ("killed", 2, "total", False), ("killed", 12, "total", True)]
    assert _coord("The army said it had killed 20 militants.") == [("killed", 20, "total", False)]


def test_round9_another_hurt_and_listed_dead():
    assert tolls("A man was killed and another seriously injured by settlers.") == [("killed", 1, "total"), ("injured", 1, "total")]
    assert tolls("An Israeli strike killed a man and wounded another in Jenin.") == [("killed", 1, "total"), ("injured", 1, "total")]
    # "another attack" is no person
    assert tolls("A man was killed and another attack was foiled.") == [("killed", 1, "total")]
    # a list of the dead opening a sentence: parts, summed only where no total is told
    assert tolls("The dead included three soldiers and two police officers.") == [("killed", 3, "part"), ("killed", 2, "part")]
    assert tolls("The dead were buried on Sunday.") == []


def test_round9_latest_toll_and_a_second_voice():
    assert tolls("Two more wounded died, bringing the toll from Friday's blast in Kabul to 27.")[-1] == ("killed", 27, "total")
    assert tolls("Four of the wounded died, raising the number killed in the bombing to 12.")[-1] == ("killed", 12, "total")
    assert tolls("Police put the toll from the attack on the church at 22; officials said 40 people were killed.") == [
        ("killed", 22, "total"), ("killed", 40, "total")]
    assert tolls("Medics said 21 people were killed; the government said 18.") == [("killed", 21, "total"), ("killed", 18, "total")]
    # a bare figure with no toll before it is none; "put the number of killed or missing" mixes outcomes
    assert tolls("The government said 18.") == []
    assert tolls("The ministry put the number of killed or missing at 87.") == []


def test_round10_counted_speakers_are_no_more_dead():
    # "two military sources said": the counted people are the voice, not coordinated dead
    assert tolls("Militants attacked the base, killing 11 soldiers, two military sources said.") == [("killed", 11, "total")]
    assert tolls("The blast killed nine people, three security officials told Reuters.") == [("killed", 9, "total")]
    assert tolls("Gunmen killed five villagers and wounded 12, two residents said.") == [("killed", 5, "total"), ("injured", 12, "total")]
    # ... but a second group of dead after a comma still adds up
    assert tolls("The strike killed three soldiers and two civilians, officials said.") == [("killed", 3, "total"), ("killed", 2, "total")]


def test_round10_tally_since_a_coup_or_an_invasion_is_cumulative():
    assert tolls("At least 21 people have now been killed by the security forces since the coup.") == [("killed", 21, "cumulative")]
    assert tolls("Some 300 civilians have died since the military takeover, the group said.") == [("killed", 300, "cumulative")]
    assert tolls("More than 600 protesters have been shot dead since the uprising, activists say.")[0][2] == "cumulative"
    assert tolls("Six protesters were killed on Saturday, the doctors' committee said.") == [("killed", 6, "total")]


def test_round10_toll_of_an_earlier_event_in_a_relative_clause():
    assert tolls("Protesters stormed ministries, angry at Tuesday's port explosion that killed 158 people and injured "
                 "more than 6,000.") == [("killed", 158, "cumulative"), ("injured", 6001, "cumulative")]
    assert tolls("The rebels paused after the fighting for Goma, which the U.N. says left nearly 3,000 people dead.")[0][2] == "cumulative"
    assert tolls("Mourners gathered a week after last week's bombing, which killed 40 worshippers.")[0][2] == "cumulative"
    # the event itself told with a relative clause is this event's toll
    assert tolls("An air strike that killed 12 people hit a market in Idlib on Sunday.") == [("killed", 12, "total")]


def test_round10_figures_left_out_of_a_toll_are_not_the_next_outcome():
    got = tolls("\"The toll is seven dead, not counting the two bombers, and 14 wounded,\" he said.")
    assert ("injured", 2, "total") not in got and ("injured", 14, "total") in got
    got = tolls("Nine people died, excluding three attackers, and 20 were hurt.")
    assert ("injured", 3, "total") not in got
    assert tolls("Twenty children and two teachers were killed.") == [("killed", 20, "total"), ("killed", 2, "total")]


@pytest.mark.xfail(strict=True, reason="the passive after a count ('were hacked to death') is held back: it cost a held-aside toll")
def test_round13_a_count_then_to_death_in_the_passive():
    assert tolls("Eleven villagers were reportedly hacked to death by gunmen on Tuesday.") == [("killed", 11, "total")]
    assert tolls("Seven farmers were beaten to death near Konduga.") == [("killed", 7, "total")]
    assert tolls("At least nine people were burnt to death in their homes.") == [("killed", 9, "total")]
    assert tolls("A trader was burned to death in the market, police said.") == [("killed", 1, "total")]


def test_round13_manners_of_killing_told_with_to_death():
    assert tolls("Gunmen stabbed to death four worshippers at a church.") == [("killed", 4, "total")]
    # "to death" alone is no outcome: a threat, not a toll
    assert tolls("Three journalists were threatened with death by the militia.") == []


def test_round13_one_before_a_voice_is_no_toll():
    assert tolls("Strikes killed dozens of people, survivors said, while one activist network estimated that "
                 "between 150 and 200 had died.") == [("killed", 12, "total"), ("killed", 150, "total")]
    assert tolls("An air strike killed 40 people, one resistance group estimated.") == [("killed", 40, "total")]
    # "one" who died stays a toll
    assert tolls("One soldier was killed and one civilian wounded, the army said.") == [("killed", 1, "total"), ("injured", 1, "total")]


def test_round13_an_areas_tally_since_a_weekday_is_cumulative():
    assert tolls("The monitor said at least 39 people had been killed in sectarian violence around Damascus since "
                 "Tuesday.") == [("killed", 39, "cumulative")]
    assert tolls("Officials said 60 people have died in fighting across the province since Friday.") == [("killed", 60, "cumulative")]
    assert tolls("At least 50 people have been killed throughout the region since Sunday, the UN said.") == [("killed", 50, "cumulative")]
    # one place's fighting over days is its own toll
    assert tolls("Clashes in the town since Tuesday have killed 15 people, a monitor said.") == [("killed", 15, "total")]
    assert tolls("Fighting around the airport since Monday has killed 40 soldiers, the army said.") == [("killed", 40, "total")]


def test_round13_the_body_of_one_person_is_one_dead():
    assert tolls("The hospital received the body of a young protester and seven wounded people, a medic said.") == [
        ("killed", 1, "total"), ("injured", 7, "total")]
    assert tolls("Rescuers recovered the body of a woman and pulled four injured people from the rubble.") == [
        ("killed", 1, "total"), ("injured", 4, "total")]


def test_round13_no_shot_fired_and_no_injuries_are_real_zeros():
    assert tolls("Rebels handed over the town to regional troops on Tuesday without a shot being fired.") == [("killed", 0, "total")]
    assert tolls("Government forces entered Kalemie on Friday without firing a shot.") == [("killed", 0, "total")]
    # a side's boast, with no shot "fired", is no count
    assert tolls('He said his men had taken the airfield "without a single shot".') == []
    # nobody hurt: nobody killed either
    assert tolls("The rally remained peaceful, and police reported no injuries.") == [("killed", 0, "total"), ("injured", 0, "total")]
    assert tolls("The drone hit a depot without causing injuries.") == [("killed", 0, "total"), ("injured", 0, "total")]


def test_round14_a_tally_since_a_ceasefire_or_in_an_earlier_year_is_cumulative():
    assert tolls("Israel has carried out near-daily strikes, killing more than 330 people since the ceasefire, the ministry said.") == [
        ("killed", 331, "cumulative")]
    assert tolls("Clashes have killed at least 90 fighters since a truce took effect in March.") == [("killed", 90, "cumulative")]
    assert tolls("More than 600 people were killed during the protests that swept Baghdad in late 2019.") == [("killed", 601, "cumulative")]
    assert tolls("Some 200 civilians died in a similar wave of attacks in early 2021.") == [("killed", 200, "cumulative")]
    # the event's own toll stays this event's
    assert tolls("The strike killed 13 people on Tuesday, the first deadly raid on the camp in weeks.") == [("killed", 13, "total")]


@pytest.mark.xfail(strict=True, reason="'the toll rose from N to' as the outcome before the later figure held back at merge: it cost a held-aside event")
def test_round14_a_toll_risen_from_one_figure_to_another_keeps_the_later():
    assert tolls("The number of people killed in the attack on Yelwata has risen from 43 to 59, police said.") == [("killed", 59, "total")]
    assert tolls("The death toll from the bombing climbed from 12 to 20 on Sunday.") == [("killed", 20, "total")]
    assert tolls("The toll of the market blast was revised from 8 to 15 after more bodies were found.") == [("killed", 15, "total")]
    assert tolls("The number of dead in the raid has grown from nine to 14, officials said.") == [("killed", 14, "total")]


def test_round14_the_lone_attacker_who_died_after_his_victims():
    def perps(s):
        return [(t.outcome, t.count.best, t.perpetrator) for t in find_tolls(s)]
    assert perps("A gunman opened fire at a bus stop on Monday, killing six people before he was shot dead by soldiers.") == [
        ("killed", 6, False), ("killed", 1, True)]
    assert perps("The attacker stabbed three people to death at a market before he was killed by police.") == [
        ("killed", 3, False), ("killed", 1, True)]
    assert perps("An assailant shot dead two worshippers at a mosque and was himself killed by guards.") == [
        ("killed", 2, False), ("killed", 1, True)]
    # arrested, not killed; and a bomber already counted is not counted again
    assert perps("A gunman killed four people at a church before he was arrested by police.") == [("killed", 4, False)]
    assert perps("The bomber was also killed when the explosives went off.") == [("killed", 1, True)]


def test_round14_killed_with_some_of_his_men_counts_him_too():
    assert tolls('"He was killed with at least two of his bodyguards," the official said.') == [("killed", 3, "total")]
    assert tolls("The commander was killed along with three of his guards in the strike.") == [("killed", 4, "total")]
    assert tolls("The governor was wounded with two of his aides in the blast.") == [("injured", 1, "total"), ("injured", 2, "total")]
    # not an outcome
    assert tolls("He travelled with two of his bodyguards to the town.") == []


def test_round14_an_armed_groups_own_dead_are_among_the_attackers():
    def perps(s):
        return [(t.count.best, t.perpetrator) for t in find_tolls(s) if t.outcome == "killed"]
    assert perps("It said seven of its own fighters had been killed.") == [(7, True)]
    assert perps("The group said 12 of their own men died in the assault.") == [(12, True)]
    # an army's own soldiers are not the attackers
    assert perps("The army said 12 of its own soldiers were killed.") == [(12, False)]


def test_round14b_put_the_number_at_takes_the_outcome_before_it():
    assert tolls("The Red Cross said it had taken 45 wounded to hospital, while the health ministry put the number at 41.") == [
        ("injured", 45, "total"), ("injured", 41, "total")]
    assert tolls("Medics treated 60 injured people and the ministry put the figure at about 70.") == [
        ("injured", 60, "total"), ("injured", 70, "total")]
    # a death toll says what it counts; alone, "the number" stays the dead
    assert tolls("Rescuers counted 12 injured, and police put the death toll at nine.") == [("injured", 12, "total"), ("killed", 9, "total")]
    assert tolls("The ministry put the number at 25.") == [("killed", 25, "total")]


def test_round14b_an_ordinal_death_told_alone_is_the_risen_toll():
    assert [(t.count.best, t.rule.endswith("|latest:rise")) for t in find_tolls("Officials later said a fourth victim had died in hospital.")] == [(4, True)]
    assert tolls("A second soldier has since died of his wounds, the army said.") == [("killed", 2, "total")]
    assert tolls("The health ministry said a seventh person had died of wounds.") == [("killed", 7, "total")]
    # an ordinal of an attack, not of the dead
    assert tolls("A second drone was shot down over the city.") == []


def test_round14b_a_count_found_after_the_bodies_are_named():
    assert tolls('A farmer who helped carry the bodies said "more than 40" had been found in the fields.') == [("killed", 41, "total")]
    assert tolls("Volunteers searching for the dead said 18 were recovered from the river.") == [("killed", 18, "total")]
    # alive, or things, found: no dead
    assert tolls("Police who searched for the abducted pupils and the bodies said 20 had been found alive.") == []
    assert tolls("After the bodies were buried, soldiers said 30 rifles were recovered from the camp.") == []
    assert tolls("Police said 20 had been found near the forest.") == []


def test_round14b_last_years_event_named_before_this_days_toll():
    assert tolls("Shelling hit a rally marking last year's massacre in the square on Friday, killing nine people and wounding 20.") == [
        ("killed", 9, "total"), ("injured", 20, "total")]
    # last year's toll stays last year's
    assert tolls("More than 200 people were killed in last year's floods, officials said.") == [("killed", 201, "cumulative")]
    assert tolls("Residents marking last year's attack, which killed 40 people, gathered on Sunday.") == [("killed", 40, "cumulative")]


def test_round14b_a_breakdown_after_a_colon_is_of_the_toll():
    assert tolls("The monitor put the toll at 11: eight members of the security forces, known as Asayish, and three civilians.") == [
        ("killed", 11, "total"), ("killed", 8, "part")]
    assert tolls("The strike killed 12 people: seven fighters, three women and two children.") == [
        ("killed", 12, "total"), ("killed", 7, "part"), ("killed", 3, "part"), ("killed", 2, "part")]
    # without a colon, coordinated figures still add up
    assert tolls("The strike killed seven fighters and three women.") == [("killed", 7, "total"), ("killed", 3, "total")]


def test_round14b_a_tally_of_two_lands_since_a_weekday_is_cumulative():
    assert tolls('The ministry said its forces had "neutralized" 58 militants in northern Iraq and Syria since Wednesday.') == [
        ("killed", 58, "cumulative")]
    assert tolls("The army said it had killed 40 insurgents in Borno and Yobe since Monday.") == [("killed", 40, "cumulative")]
    assert tolls("The army said it had killed 40 insurgents in Maiduguri on Monday.") == [("killed", 40, "total")]


def test_round14b_a_caveat_about_the_overall_toll_is_no_tally():
    assert tolls("Residents gave Amnesty the names of more than 240 victims, though the group could not verify the overall toll.") == [
        ("killed", 241, "total")]
    assert tolls("Medics counted 31 bodies but said they could not confirm the total toll.") == [("killed", 31, "total")]
    assert tolls("The overall toll of the war has passed 5,000 dead.") == [("killed", 5000, "cumulative")]


def test_round15_named_dead_with_others_is_one_rule():
    def dead(s):
        return sum(t[1] for t in tolls(s) if t[2] == "total" and t[0] == "killed")
    # the one named and the figure after, together, in each wording
    assert dead("The commander was killed on Sunday together with two other officers.") == 3
    assert dead("The mayor was shot dead with three of his guards outside the town hall.") == 4
    assert dead("The rebel leader died along with five other fighters in the raid.") == 6
    assert dead("The financier was killed Tuesday in a gunfight along with about 10 of his aides, the Pentagon said.") == 11
    assert sum(t[1] for t in tolls("The governor was wounded along with four others when the convoy was hit.") if t[0] == "injured") == 5
    # the one named counted already: the figure is the others only
    assert [t[1] for t in tolls("A village chief died with four other villagers.")] == [1, 4]
    # no named dead before "with": the figure alone
    assert tolls("Police arrived with two other units after 12 people were killed.") == [("killed", 12, "total")]


def test_round15_no_people_of_a_nation_harmed_is_a_one_side_zero():
    assert tolls("The president said no Americans or Iraqis had been harmed in the attack.") == [("killed", 0, "total")]
    assert tolls("No Israelis were hurt, the army said.") == [("killed", 0, "total")]
    # a lowercase group is no nation: not read here
    assert tolls("No civilians were killed, the army said.") == []


def test_round15b_a_pair_apposed_to_a_count_is_that_count():
    ts = find_tolls("The two guards, a night watchman and a driver, were killed near the depot.")
    assert [(t.outcome, t.count.best, t.role) for t in ts] == [("killed", 2, "total")]
    # a list with no count before it is still read one by one
    ts = find_tolls("A nurse and a driver were killed near the depot.")
    assert sum(t.count.best for t in ts if t.outcome == "killed") == 2


def test_round15b_among_those_hurt_is_a_share_of_the_wounded():
    ts = find_tolls("Among those hurt in the capital on Friday were at least four reporters, a union said.")
    assert [(t.outcome, t.count.best, t.role) for t in ts] == [("injured", 4, "part")]
    ts = find_tolls("Among the dead were three children.")
    assert [(t.outcome, t.count.best, t.role) for t in ts] == [("killed", 3, "part")]


@pytest.mark.xfail(strict=True, reason="held back at merge: reading one named person known by an age as one dead made a spurious held-aside event")
def test_round15b_one_named_with_an_age_who_died():
    for s in ("Yusuf Bello, 41, was shot dead outside his shop.", "Amina Idris, aged 16, died in hospital on Monday.",
              "Omar al-Hassan, 30, was beaten to death by the guards."):
        ts = find_tolls(s)
        assert [(t.outcome, t.count.best) for t in ts] == [("killed", 1)], s
    # an age beside an arrest or wounds is no death
    assert not [t for t in find_tolls("Yusuf Bello, 41, was arrested at his home.") if t.outcome == "killed"]
    assert tolls("Yusuf Bello, 41, was wounded in the leg.") == [("injured", 1, "total")]


def test_round15b_one_person_with_a_relative_clause_before_the_passive():
    assert tolls("A senior judge who had ruled against the militias has been shot dead in Basra.") == [("killed", 1, "total")]
    # a group noun is more than one; a name's apposition is told by the name
    assert tolls("A family who had fled the fighting was killed in the strike.") == []


@pytest.mark.xfail(strict=True, reason="held back at merge: 'killed all N' cost a held-aside toll")
def test_round15b_killed_all_n_attackers_are_the_attackers_dead():
    ts = find_tolls("Soldiers killed all seven gunmen after a two-hour siege.")
    assert [(t.outcome, t.count.best, t.perpetrator) for t in ts] == [("killed", 7, True)]
    ts = find_tolls("The blast killed all 9 passengers of the bus.")
    assert [(t.outcome, t.count.best, t.perpetrator) for t in ts] == [("killed", 9, False)]


def test_round15b_none_of_its_soldiers_is_a_one_side_zero():
    assert tolls("The army said none of its soldiers were killed in the raid.") == [("killed", 0, "total")]
    assert tolls("None of the mission's personnel were hurt.") == [("killed", 0, "total")]
    # "none of the ... villages" is no one's toll
    assert tolls("None of the villages were hit.") == []


# round 25: stress lists, one per structure
ROUND25_HISTORY_SCOPE = [
    # "an earlier toll of N" is the earlier figure; a coordinated clause after it is the current one
    ("Doctors said five protesters were killed, revising an earlier toll of three, and that more than 170 people were wounded.",
     [("killed", 5, "total"), ("injured", 171, "total")]),
    ("Officials said four people died, up from an earlier toll of two, and that 30 others were injured.",
     [("killed", 4, "total"), ("injured", 30, "total")]),
    ("The ministry said 12 people were killed, revising an earlier figure of nine, while 40 were wounded.",
     [("killed", 12, "total"), ("injured", 40, "total")]),
    ("The army said eight soldiers died, correcting a previous count of six, and 15 were hurt.",
     [("killed", 8, "total"), ("injured", 15, "total")]),
    # still the earlier figure when nothing ends the clause
    ("An earlier toll given by police was 30 dead.", [("killed", 30, "history")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND25_HISTORY_SCOPE)
def test_round25_an_earlier_toll_does_not_reach_past_its_clause(sentence, expected):
    assert tolls(sentence) == expected


ROUND25_TREATED = [
    # medics "treated N people" with the clause ending there: the wounded
    ("The aid group said its teams treated 25 people, including 10 hit by live bullets.", [("injured", 25, "total"), ("injured", 10, "part")]),
    ("Paramedics treated 14 people after the blast, the ambulance service said.", [("injured", 14, "total")]),
    ("Rescue crews said they treated nine civilians and evacuated them to Kherson.", [("injured", 9, "total")]),
    # treated for smoke or tear gas is not wounded; "treated the prisoners well" is no count
    ("Medics treated 30 protesters, most of them for tear gas inhalation.", []),
    ("Firefighters treated 11 residents for smoke inhalation.", []),
    ("The militia treated the two prisoners well, the released men said.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND25_TREATED)
def test_round25_treated_n_people_are_the_wounded(sentence, expected):
    assert tolls(sentence) == expected


ROUND25_BODY_OF_ONE = [
    ("The body of a well-known Cameroonian radio journalist who was seized last week has been found.", [("killed", 1, "total")]),
    ("Police found the body of a missing teacher on Sunday.", [("killed", 1, "total")]),
    ("Villagers recovered the body of an elderly local herder near the river.", [("killed", 1, "total")]),
    ("The bodies of two missing fishermen were found on the shore.", [("killed", 2, "total")]),
    # not a person; missing without bodies stays missing
    ("Mechanics examined the body of a burnt-out truck.", []),
    ("Two fishermen have been missing since Sunday.", [("missing", 2, "total")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND25_BODY_OF_ONE)
def test_round25_the_body_of_one_person(sentence, expected):
    assert tolls(sentence) == expected


ROUND25_ATTACKS_ACROSS_A_LAND = [
    # "in all" over many attacks across a land: a day's tally, not one event's toll
    ("In all, at least 62 people were killed in Israeli attacks across the territory on Monday, medics said.", [("killed", 62, "cumulative")]),
    ("In total, Russian drone strikes throughout the region killed 12 civilians on Sunday, the governor said.", [("killed", 12, "cumulative")]),
    ("Altogether, 45 people died in army raids across North Darfur on Sunday.", [("killed", 45, "cumulative")]),
    ("Overall, 30 soldiers were killed in militant assaults across the north this week.", [("killed", 30, "cumulative")]),
    # one attack summed up, a lead that tells the strikes itself, a setting: this event's toll
    ("In all, 24 people were killed in the strike on the cafe, medics said.", [("killed", 24, "total")]),
    ("Israeli strikes killed 44 people across Gaza on Saturday, the civil defence agency said.", [("killed", 44, "total")]),
    ("The army repelled an assault on its camp, killing 14 assailants, amid a surge in attacks across the country.", [("killed", 14, "total")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND25_ATTACKS_ACROSS_A_LAND)
def test_round25_attacks_across_a_land_are_a_tally(sentence, expected):
    assert tolls(sentence) == expected


ROUND25_AND_A_NATIONAL = [
    # "N people and a Pakistani": a nationality as the noun is one more person
    ("Explosions hit three fuel tankers, killing two Indian nationals and a Pakistani, police said.", [("killed", 2, "total"), ("killed", 1, "total")]),
    ("Gunmen killed three aid workers and an Afghan on Tuesday.", [("killed", 3, "total"), ("killed", 1, "total")]),
    ("Two soldiers were wounded and an Iraqi was killed.", [("injured", 2, "total"), ("killed", 1, "total")]),
    # a nationality before a noun that speaks is no person killed
    ("Three people were arrested and a Pakistani official condemned the attack.", [("arrested", 3, "total")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND25_AND_A_NATIONAL)
def test_round25_and_a_national_is_one_more(sentence, expected):
    assert tolls(sentence) == expected


ROUND26_TOLL_READS = [
    # both sides' dead counted together
    ("Elders said at least nine fighters from both sides were killed and more than 20 others wounded.",
     [("killed", 9, "total"), ("injured", 21, "total")]),
    ("At least 14 combatants on both sides died in the fighting.", [("killed", 14, "total")]),
    ("Twelve soldiers from either side were wounded.", [("injured", 12, "total")]),
    # burials
    ("A community leader told our reporter that 88 people were laid to rest.", [("killed", 88, "total")]),
    ("Villagers laid to rest 23 people on Sunday.", [("killed", 23, "total")]),
    ("The slain commander was laid to rest on Monday.", []),
    # an earlier event named by its year
    ("Qana is remembered for a 1996 Israeli shelling of a U.N. compound there that killed more than 100 civilians.",
     [("killed", 101, "cumulative")]),
    ("The town was the site of the 2017 truck bombing, which left 587 people dead.", [("killed", 587, "cumulative")]),
    ("Residents still mourn the 2014 massacre in which 300 villagers were killed.", [("killed", 300, "cumulative")]),
    ("Gunmen killed 12 people at a 2024 campaign rally that the governor attended.", [("killed", 12, "total")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND26_TOLL_READS)
def test_round26_toll_reads(sentence, expected):
    assert [(t.outcome, t.count.best, t.role) for t in find_tolls(sentence)] == expected


ROUND26_SPEAKER_SIDE = [
    ("Jubaland's security ministry claimed its forces had killed \"more than 30\" federal soldiers.", True),
    ("The Arakan Army claimed to have killed 80 junta soldiers.", True),
    ("The jihadists said 70 soldiers had been killed by their fighters.", True),
    ("The rebels said they had killed 40 soldiers.", True),
    ("Witnesses said they killed 12 villagers.", False),
    ("Gunmen killed 12 villagers, residents said.", False),
]


@pytest.mark.parametrize(("sentence", "own"), ROUND26_SPEAKER_SIDE)
def test_round26_the_speakers_side_killed(sentence, own):
    ts = [t for t in find_tolls(sentence) if t.outcome == "killed"]
    assert ts and ("|own-side" in ts[0].rule) == own


# round 27: a stress list per structure (sentences written for these rules, not copied from reports)
ROUND27_TOLL_READS = [
    # a relative clause after the count ("two people who were wounded"): held back since round 16 (it cost a
    # held-aside toll), so still unread; its negatives stay unread too
    # (round 28b: read after a verb of care that takes the figure, test_round28b_a_relative_clause_tells_the_outcome_of_the_figure)
    ("Its medics treated two other people who were wounded in the attack.", [("injured", 2, "total")]),
    ("The place was full, said Ahmed, a witness who was wounded in the leg.", []),
    # (round 27, second pass: a relative clause and then "died" is the dead: read)
    ("Four soldiers who had been wounded in the ambush died in hospital.", [("killed", 4, "total")]),
    # a share set between commas, with words of its own, before the outcome of the whole
    ("At least four people, two of them civilians caught in crossfire, were killed, one resident said.",
     [("killed", 4, "total"), ("killed", 2, "part")]),
    ("Six soldiers, three of whom were officers, were killed in the ambush.", [("killed", 6, "total"), ("killed", 3, "part")]),
    ("Eleven villagers, among them a mother with her baby in her arms, were shot dead.",
     [("killed", 11, "total"), ("killed", 1, "part")]),
    ("The five wounded, two of them seriously, were taken to Goma.", [("injured", 5, "total"), ("injured", 2, "part")]),
    # a breakdown set after a dash is the total's parts, not more dead
    ("Tuesday's fighting killed 25 combatants -- 11 SDF fighters and 14 rebels -- the monitor said.",
     [("killed", 25, "total"), ("killed", 11, "part"), ("killed", 14, "part")]),
    ("The shelling killed 10 people - six children and four women - in the market, medics said.",
     [("killed", 10, "total"), ("killed", 6, "part"), ("killed", 4, "part")]),
    ("The raid killed 14 people — nine soldiers and five civilians — officials said.",
     [("killed", 14, "total"), ("killed", 9, "part"), ("killed", 5, "part")]),
    # an aside between dashes between the dead and their verb
    ('The ministry said "more than 30 Khawarij" — the term it uses for al-Shabab — were killed.', [("killed", 31, "total")]),
    ("Thirty people — most of them women and children — were killed in the raid.", [("killed", 30, "total")]),
    # tallies: this event's dead summed with others', many operations over a month, a war's fighting
    ("With Wednesday's deaths, at least 27 Palestinians have been killed in the West Bank since Saturday, the ministry said.",
     [("killed", 27, "cumulative")]),
    ("With the latest killings, 40 people have died in the province this week.", [("killed", 40, "cumulative")]),
    ("Security forces carried out 48 operations against IS cells in October, killing 23 militants, the cell said.",
     [("killed", 23, "cumulative")]),
    ("The army said it conducted more than 30 air strikes on rebel positions last month, killing 200 fighters.",
     [("killed", 200, "cumulative")]),
    ("Hundreds of people have been killed in the fighting, according to the U.N.", [("killed", 100, "cumulative")]),
    ("The monitor says the offensive has so far killed 71 civilians inside Syria.", [("killed", 71, "cumulative")]),
    ("Thirteen foreign soldiers have been killed in fighting with M23 rebels near Goma.", [("killed", 13, "total")]),
    ("At least 30 people have been killed in the fighting since Sunday, medics said.", [("killed", 30, "total")]),
    ("Troops carried out a raid on the camp on Friday, killing 12 militants.", [("killed", 12, "total")]),
    # the dead listed at a place
    ("The dead at Biakato were two members of a vaccination team and a driver.", [("killed", 2, "part"), ("killed", 1, "part")]),
    ("The dead in the village included three soldiers and a teacher.", [("killed", 3, "part"), ("killed", 1, "part")]),
    # one person named as the dead
    ("Mozambican forces have killed Mariano Nhongo, the leader of a dissident faction, police said.", [("killed", 1, "total")]),
    ("Gunmen shot dead Ahmed Hassan Ali, a local council member, outside his home.", [("killed", 1, "total")]),
    # (held back in round 15b; read since round 34, a death told with the raid that caused it)
    ("Nizar Banat, 43, died on Thursday after security forces raided the house.", [("killed", 1, "total")]),
    ("The minister met Ahmed Hassan Ali, a local council member, on Monday.", []),
    ("Amina Bello, 27, told reporters she fled the town.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND27_TOLL_READS)
def test_round27_toll_reads(sentence, expected):
    assert [(t.outcome, t.count.best, t.role) for t in find_tolls(sentence)] == expected


def test_round27_the_attacker_besides_the_dead_is_one_more():
    ts = find_tolls("Two of our officers and two civilians who were passing by were killed, besides the bomber, he said.")
    assert [(t.count.best, t.perpetrator) for t in ts if t.outcome == "killed"] == [(2, False), (2, False), (1, True)]
    ts = find_tolls("Apart from the gunman, four people were killed in the shooting.")
    assert [(t.count.best, t.perpetrator) for t in ts if t.outcome == "killed"] == [(4, False), (1, True)]
    assert not any(t.perpetrator for t in find_tolls("Besides the mosque, the strike hit two shops and killed four people."))


def test_round27_his_fighters_after_an_apposition_are_more_dead():
    ts = find_tolls("A joint team killed a commander of the Eastern Security Network (ESN), the armed wing of the banned "
                    "group, and six of his fighters.")
    assert [(t.count.best, t.coordinated) for t in ts] == [(1, False), (6, True)]


# round 27, second pass: figures no rule read, a stress list per structure (sentences written for these rules)
ROUND27B_TOLL_READS = [
    # an aside between spaced hyphens (or a numeric apposition between commas) says who the count were
    ("Three soldiers - a captain and two privates - were killed in the ambush.", [("killed", 3, "total")]),
    ("Five people -- three women and two children -- died when the shell hit.", [("killed", 5, "total")]),
    ("Four policemen, two sergeants and two constables, were killed at the checkpoint.", [("killed", 4, "total")]),
    ("Three witnesses - a farmer and two traders - said the gunmen killed ten people.", [("killed", 10, "total")]),
    ("The strike killed 12 people - a record for the district - on Monday.", [("killed", 12, "total")]),
    # a relative clause, then "died": the dead (not a speaker's clause, not one person told again)
    ("Two civilians who were hurt in the blast later died of their wounds.", [("killed", 2, "total")]),
    ("The three men who attacked the post died in the gunfight.", [("killed", 3, "total")]),
    ("Two officials who said the toll was rising died later.", []),
    # "the dead numbered", "those killed numbered", "a death toll of N,"
    ("The dead numbered forty, a doctor said.", [("killed", 40, "total")]),
    ("Those killed numbered 17, the mayor said.", [("killed", 17, "total")]),
    ("The victims numbered nine.", [("killed", 9, "total")]),
    ("The wounded numbered at least 30, medics said.", [("injured", 30, "total")]),
    ("The attack had a death toll of 12, police said.", [("killed", 12, "total")]),
    # "cost / took the lives of"
    ("The ambush cost the lives of eleven soldiers.", [("killed", 11, "total")]),
    ("The clashes cost the lives of at least 20 protesters.", [("killed", 20, "total")]),
    ("The strike took the lives of seven children.", [("killed", 7, "total")]),
    # "were reported / found / pronounced dead"
    ("Twenty-three people were reported dead.", [("killed", 23, "total")]),
    ("At least 12 people were reported injured.", [("injured", 12, "total")]),
    ("Six people were found dead after the raid.", [("killed", 6, "total")]),
    ("Four hostages were found alive in the forest.", [("abducted", 4, "total")]),
    ("Two people were reported missing after the raid.", [("missing", 2, "total")]),
    # a list of three kinds of dead adds up
    ("Twelve villagers, two soldiers and a teacher were killed.", [("killed", 12, "total"), ("killed", 2, "total"), ("killed", 1, "total")]),
    ("In Gao, three soldiers and two civilians were killed.", [("killed", 3, "total"), ("killed", 2, "total")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND27B_TOLL_READS)
def test_round27b_toll_reads(sentence, expected):
    assert [(t.outcome, t.count.best, t.role) for t in find_tolls(sentence)] == expected


ROUND27B_LIST_OR_BREAKDOWN = [
    # a list of kinds after the verb adds up; a generic head's figures that sum to it are its breakdown
    ("US air strikes early Friday killed three soldiers, two policemen and a civilian, the military said.", ["total", "total", "total"]),
    ("The raid killed four soldiers, two policemen and two civilians.", ["total", "total", "total"]),
    ("Gunmen killed five villagers, three men and two women, residents said.", ["total", "part", "part"]),
    ("The blast killed 25 people, 20 civilians and five soldiers, officials said.", ["total", "part", "part"]),
    ("Clashes killed nine fighters, six from the SNA and three from the SDF, the monitor said.", ["total", "part", "part"]),
]


@pytest.mark.parametrize(("sentence", "roles"), ROUND27B_LIST_OR_BREAKDOWN)
def test_round27b_a_list_of_kinds_or_a_breakdown(sentence, roles):
    assert [t.role for t in find_tolls(sentence) if t.outcome == "killed"] == roles


ROUND27B_SCENE_AND_LATER = [
    ("Five people were pronounced dead at the scene and two died later in hospital.", True),
    ("Three soldiers were killed on the spot and two died of their wounds.", True),
    ("Six were killed instantly, while three more died in hospital.", True),
    ("Two people were killed at the scene and 12 died, the agency said later of a separate attack.", False),
]


@pytest.mark.parametrize(("sentence", "added"), ROUND27B_SCENE_AND_LATER)
def test_round27b_the_dead_at_the_scene_and_those_who_died_later_add_up(sentence, added):
    ts = [t for t in find_tolls(sentence) if t.outcome == "killed"]
    assert len(ts) == 2 and ts[1].coordinated == added


@pytest.mark.parametrize("text, roles", [
    # one running tally in the present perfect: the large second figure is a tally, so is the first
    ("The monitoring group says at least 261 people have been killed and more than 2,000 detained.",
     [("killed", "cumulative"), ("arrested", "cumulative")]),
    ("Rights groups say 140 people have been killed and over 3,500 arrested in the crackdown.",
     [("killed", "cumulative"), ("arrested", "cumulative")]),
    # negative: an event's dead and a large count of displaced told of one day
    ("At least 12 people were killed and more than 2,000 displaced on Sunday.", [("killed", "total"), ("displaced", "total")]),
])
def test_a_figure_coordinated_with_a_running_tally_is_a_tally(text, roles):
    assert [(t.outcome, t.role) for t in find_tolls(text)] == roles


# round 28: the structures behind the tolls probes' and dev's misses, each in wording of our own
ROUND28_QUOTE_THEN_SPEAKER = [
    # a quote closed, then its speaker: "a security official" is who spoke, not one more dead
    ('"We lost 18 policemen, eight soldiers and four members of the CJTF," a security official involved in the convoy\'s protection said.', 30),
    ('"Two soldiers and three militiamen were killed," an officer based in the town who asked not to be named told AFP.', 5),
    ('"They killed six villagers and two herders”, a resident from the area said.', 8),
    ('"Three of our fighters and a medic died," a commander of the group told Reuters.', 4),
    # negative: a list with no quote goes on adding up
    ("Gunmen killed four farmers and a herder in the attack.", 5),
]


@pytest.mark.parametrize(("sentence", "dead"), ROUND28_QUOTE_THEN_SPEAKER)
def test_round28_the_speaker_after_a_closed_quote_is_no_dead(sentence, dead):
    assert sum(t.count.best for t in find_tolls(sentence) if t.outcome == "killed" and t.role == "total") == dead


ROUND28_ZERO_BESIDE_ANOTHER_NOUN = [
    ("There were no reports of gunfire or casualties in the capital.", {"killed", "injured"}),
    ("Police said there was no damage or casualties.", {"killed", "injured"}),
    ("No arrests or injuries were reported.", {"killed", "injured"}),
    # negative: no casualty word, no zero
    ("There were no reports of gunfire or looting.", set()),
]


@pytest.mark.parametrize(("sentence", "zeros"), ROUND28_ZERO_BESIDE_ANOTHER_NOUN)
def test_round28_a_zero_of_two_coordinated_nouns(sentence, zeros):
    assert {t.outcome for t in find_tolls(sentence) if t.count.best == 0 and t.rule.startswith("zero")} == zeros


ROUND28_YEARS_TALLY = [
    ("A military source said the shells the terrorists have fired at the city for years, claiming the lives of hundreds of citizens, had stopped.", "cumulative"),
    ("The militia has raided villages in the area for years, killing hundreds of farmers.", "cumulative"),
    ("The rebels have killed hundreds of soldiers in the province for years.", "cumulative"),
    ("Over the years, the group has killed thousands of people in the region.", "cumulative"),
    # negatives: years that tell of someone's life or a place, not of the killing
    ("A man who had lived in the village for years was among 12 people killed on Sunday.", "total"),
    ("Gunmen killed 12 people on Sunday in a village that had been spared for years.", "total"),
]


@pytest.mark.parametrize(("sentence", "role"), ROUND28_YEARS_TALLY)
def test_round28_a_toll_over_years_is_a_tally(sentence, role):
    assert [t.role for t in find_tolls(sentence) if t.outcome == "killed"] == [role]


ROUND28_POSSESSED_ONES = [
    ("Three young sisters and their grandmother were killed in the strike.", "killed", 4),
    ("Gunmen killed six French aid workers, their Nigerien guide and their driver.", "killed", 8),
    ("The strike killed two fighters and their commander, the monitor said.", "killed", 3),
    ("Four children and their mother were wounded.", "injured", 5),
    # negatives: a thing, not a person; a possessive naming someone else
    ("Militants killed three villagers and their cattle.", "killed", 3),
    ("Two men and their father's neighbour were killed.", "killed", 2),
]


@pytest.mark.parametrize(("sentence", "outcome", "n"), ROUND28_POSSESSED_ONES)
def test_round28_one_person_named_by_kin_after_a_counted_group(sentence, outcome, n):
    assert [t.count.best for t in find_tolls(sentence) if t.outcome == outcome] == [n]


ROUND28B_RELATIVE_WOUNDED = [
    # the figure between the verb and a relative clause that tells the outcome
    ("The rescue service said its medics treated two other people who were wounded in the attack.", "injured", [2]),
    ("Doctors at the clinic cared for five civilians who had been hurt by shrapnel.", "injured", [5]),
    ("Paramedics evacuated four others who were wounded, the agency said.", "injured", [4]),
    ("Hospitals in the city received 30 people who had been wounded by shrapnel, a doctor said.", "injured", [30]),
    # held back since round 16 (the bare form cost a held-aside toll): no verb of care before the figure
    pytest.param("Rescuers pulled six people who were injured from the rubble.", "injured", [6],
                 marks=pytest.mark.xfail(strict=True, reason="a relative clause after a count no verb of care takes: held back (round 16)")),
    # negatives: a relative clause that ends in "died"; one person in apposition to a speaker; bodies of hostages
    ("Medics treated four soldiers who had been wounded in the ambush but later died.", "injured", []),
    ("\"There was no warning,\" said Ahmed Salem, a witness who was wounded in the leg.", "injured", []),
    ("The military said it had recovered the bodies of six hostages from a tunnel.", "killed", []),
]


@pytest.mark.parametrize(("sentence", "outcome", "counts"), ROUND28B_RELATIVE_WOUNDED)
def test_round28b_a_relative_clause_tells_the_outcome_of_the_figure(sentence, outcome, counts):
    assert [t.count.best for t in find_tolls(sentence) if t.outcome == outcome] == counts


ROUND28B_IN_HOSPITAL = [
    # people said to be (or remain) in hospital are the wounded
    ("\"Twenty-three people were killed in the attack. Ten others are in hospital,\" the official said.", "injured", [10]),
    ("Five soldiers remain in hospital in critical condition, the army said.", "injured", [5]),
    ("Another 14 people remained in a local hospital, officials said.", "injured", [14]),
    ("Twelve people lay in hospital with gunshot wounds.", "injured", [12]),
    # negatives: the dead in a morgue; doctors at a hospital speak
    ("Twelve bodies were in the hospital morgue.", "injured", []),
    ("Two doctors in the hospital said the dead included children.", "injured", []),
]


@pytest.mark.parametrize(("sentence", "outcome", "counts"), ROUND28B_IN_HOSPITAL)
def test_round28b_people_in_hospital_are_the_wounded(sentence, outcome, counts):
    assert [t.count.best for t in find_tolls(sentence) if t.outcome == outcome and t.role == "total"] == counts


def test_round28b_a_share_of_the_wounded_is_a_share_of_the_wounded():
    assert [(t.outcome, t.role) for t in find_tolls("Eight of the wounded were still in hospital on Monday.")] == [("injured", "part")]


ROUND28B_ROLE_THEN_NAME = [
    # a role without an article, then a name, after the killing verb: one person
    ("The number of people injured in the cafe explosion that killed military correspondent Vladlen Tatarsky has risen to 40.", [1]),
    ("A drone strike killed senior Hamas commander Saleh al-Arouri in Beirut.", [1]),
    ("Gunmen shot dead opposition politician Ahmed Said outside his home.", [1]),
    ("The blast killed journalist Daria Dugina.", [1]),
    # negatives: the killing that set the event off; the noun "killing"
    ("Iran fired missiles at two bases, in retaliation for the drone strike that killed military commander Qassem Soleimani last week.", []),
    ("Activists accuse him of involvement in the killing of protest leader Ihab al-Wazni.", []),
]


@pytest.mark.parametrize(("sentence", "counts"), ROUND28B_ROLE_THEN_NAME)
def test_round28b_a_role_then_a_name_after_the_killing_verb_is_one_dead(sentence, counts):
    assert [t.count.best for t in find_tolls(sentence) if t.outcome == "killed" and t.role == "total"] == counts


ROUND28C_KILLING_VERBS_AND_NOUNS = [
    # a manner of killing as the passive's outcome: one verb of killing among others
    ("Three farmers were beheaded by militants in the village on Sunday.", [3]),
    ("Two men accused of theft were lynched by a mob in the market.", [2]),
    ("Five herders had been decapitated, local officials said.", [5]),
    ("A local chief was assassinated at his home on Friday.", [1]),
    # the killing told as a noun after "the": its object is the dead
    ("The authorities blamed separatist fighters for the beheading of a woman in the South-West region.", [1]),
    ("Residents condemned the killing of five soldiers at a checkpoint on Monday.", [5]),
    ("The army denied any role in the murder of an aid worker near Kidal.", [1]),
    ("The UN condemned the massacre of at least 40 villagers in Ituri.", [40]),
    # negatives: the killing that set this event off, one told with its earlier day
    ("Gunmen stormed the village in revenge for the murder of two herders.", []),
    # (added at merge: an earlier killing a side answers, told with "response to")
    ("The militia said it was halting its attacks as Washington weighs its response to the killing of three "
     "American soldiers.", []),
    ("The raid follows the killing of a commander last week.", []),
]


@pytest.mark.parametrize(("sentence", "counts"), ROUND28C_KILLING_VERBS_AND_NOUNS)
def test_round28c_killing_verbs_and_nouns(sentence, counts):
    assert [t.count.best for t in find_tolls(sentence) if t.outcome == "killed" and t.role == "total"] == counts


ROUND28C_POSSESSED_ONE = [
    # one person named by whose they are, the subject of a singular passive outcome
    ("The girls' mother, who was driving, was wounded.", "injured", [1]),
    ("The mission's outgoing deputy force commander was injured in the blast.", "injured", [1]),
    ("Ahmed's brother was shot dead at the checkpoint, relatives said.", "killed", [1]),
    ("The company's chief engineer was seriously hurt when the shell struck.", "injured", [1]),
    ("A soldier's wife was killed in the strike.", "killed", [1]),
    # negatives: a possessed speaker; a plural noun; nobody hurt
    ("The army's spokesman said the attack was repelled.", "killed", []),
    ("The victims' relatives were not hurt.", "injured", []),
]


@pytest.mark.parametrize(("sentence", "outcome", "counts"), ROUND28C_POSSESSED_ONE)
def test_round28c_a_possessed_person_is_one(sentence, outcome, counts):
    assert [t.count.best for t in find_tolls(sentence) if t.outcome == outcome and t.role == "total"] == counts


ROUND28D_SINCE_A_WAVE_BEGAN = [
    # a tally of the days since a wave of protests or fighting began (the wave named with a hyphenated word)
    ("Human Rights Watch said that at least 11 people had been killed by police across the country since post-election "
     "protests began on Monday.", "cumulative"),
    ("Amnesty International said 30 people had died since anti-government demonstrations started last week.", "cumulative"),
    ("Doctors said at least 14 protesters have been shot dead since pro-democracy rallies erupted on Sunday.", "cumulative"),
    ("The group said 40 fighters had been killed since cross-border clashes broke out in March.", "cumulative"),
    # negative: the protests began, then this day's dead
    ("At least 12 people were killed on Friday after anti-government protests began in the capital.", "total"),
]


@pytest.mark.parametrize(("sentence", "role"), ROUND28D_SINCE_A_WAVE_BEGAN)
def test_round28d_since_a_wave_began_is_a_tally(sentence, role):
    assert [t.role for t in find_tolls(sentence) if t.outcome == "killed"] == [role]


ROUND28E_ZERO_OVER_COORDINATED_NOUNS = [
    # a zero over two coordinated nouns, the toll word second: nobody killed or hurt
    ("There were no reports of gunfire or casualties.", ["killed", "injured"]),
    ("Police said there had been no damage or injuries in the blast.", ["killed", "injured"]),
    ("There were no immediate reports of property damage or casualties, the army said.", ["killed", "injured"]),
    ("Residents reported no shooting or deaths in the town.", ["killed"]),
    # negatives: "no" governs another noun and the toll word begins a clause of its own
    ("There was no warning, and casualties were heavy.", []),
    ("The army gave no warning and casualties mounted.", []),
]


@pytest.mark.parametrize(("sentence", "outcomes"), ROUND28E_ZERO_OVER_COORDINATED_NOUNS)
def test_round28e_a_zero_over_coordinated_nouns(sentence, outcomes):
    got = [t for t in find_tolls(sentence) if t.role == "total"]
    assert [t.outcome for t in got] == outcomes and all(t.count.best == 0 for t in got)


ROUND28E_ABBREVIATED_NATION = [
    # one person named with an abbreviated nation or body ("a U.S. soldier", "a UN peacekeeper"), then more
    ("Militants attacked the base before dawn, killing a U.S. soldier and two American contractors, the military said.", [1, 2]),
    ("Insurgents ambushed the patrol, killing a U.N. peacekeeper and two local interpreters.", [1, 2]),
    ("The roadside bomb killed a UN peacekeeper and three Malian soldiers.", [1, 3]),
    ("Gunmen shot dead a UK engineer and his two guards near the mine.", [1, 2]),
    ("Gunmen stormed the compound, killing two contractors and a U.S. soldier.", [2, 1]),
    # negative: the abbreviation names a speaker, not a victim
    ("A U.S. official said the strike killed two militants.", [2]),
]


@pytest.mark.parametrize(("sentence", "counts"), ROUND28E_ABBREVIATED_NATION)
def test_round28e_an_abbreviated_nation_before_one_person(sentence, counts):
    assert [t.count.best for t in find_tolls(sentence) if t.outcome == "killed" and t.role == "total"] == counts


ROUND28E_SINCE_THE_LAST_ONE = [
    # "the deadliest/first ... since <when>, when ...": the event last like it, an earlier one
    ("It was the first attack to kill an American since December, when a US contractor died in a rocket attack in Kirkuk.", "cumulative"),
    ("It was the deadliest raid in the region since March, when 20 villagers were killed in Kouri.", "cumulative"),
    ("The assault was the worst since 2019, when gunmen killed 71 soldiers at Inates.", "cumulative"),
    ("It was the bloodiest day in the city since last year, when a car bomb killed 12 people at a market.", "cumulative"),
    # negatives: "when" of this event; "since <day>, when" opening this event's own tally
    ("Five people were killed on Sunday, when gunmen stormed the market.", "total"),
    ("Since Monday, when the offensive began, 30 fighters have been killed.", "total"),
]


@pytest.mark.parametrize(("sentence", "role"), ROUND28E_SINCE_THE_LAST_ONE)
def test_round28e_the_last_event_like_it_is_an_earlier_one(sentence, role):
    assert [t.role for t in find_tolls(sentence) if t.outcome == "killed"] == [role]


ROUND29A_ONE_COUNT_OVER_TWO_NOUNS = [
    # "six soldiers and tribesmen were killed": one count over two coordinated nouns, the verb right after
    ("The official said 17 rebels were killed, while six soldiers and tribesmen were killed on the government side.", [17, 6]),
    ("Rebels lost 20 men, while four soldiers and militiamen died on the army's side.", [20, 4]),
    ("The army said 12 insurgents were killed, while three soldiers and police officers were also killed.", [12, 3]),
    ("Nine police and soldiers were killed in the attack.", [9]),
    ("Seven Russian soldiers and mercenaries were killed, Kyiv said.", [7]),
    # negatives: a second count of its own; a clause, not a noun, before "and"; a quantifier after it
    ("Three soldiers and two civilians were killed.", [3, 2]),
    ("Two gunmen attacked and villagers were killed.", []),
    ("Two gunmen stormed the village and residents were killed.", []),
]


@pytest.mark.parametrize(("sentence", "counts"), ROUND29A_ONE_COUNT_OVER_TWO_NOUNS)
def test_round29a_one_count_over_two_nouns(sentence, counts):
    assert [t.count.best for t in find_tolls(sentence) if t.outcome == "killed" and t.role == "total"] == counts


def test_round29a_one_count_over_two_nouns_wounded():
    got = find_tolls("Eleven militants were killed and five soldiers and volunteers were wounded.")
    assert [(t.outcome, t.count.best) for t in got] == [("killed", 11), ("injured", 5)]


ROUND29A_A_VOICES_BREAKDOWN = [
    # "X said the dead included ..., and that N ... had been killed": a breakdown of a toll told before
    ("Speaking in Beirut, the minister said the dead included 316 children, and that 222 medics and nurses had been killed on duty.", "part"),
    ("The ministry said the victims included 40 children, while 12 rescue workers were killed on duty.", "part"),
    # negative: a list opening the sentence, then a toll of its own
    ("The dead included a police officer, and 12 soldiers were killed in the clashes.", "total"),
]


@pytest.mark.parametrize(("sentence", "role"), ROUND29A_A_VOICES_BREAKDOWN)
def test_round29a_a_voices_breakdown_is_no_toll(sentence, role):
    assert [t.role for t in find_tolls(sentence) if t.outcome == "killed"][-1] == role


def test_round29a_wounded_after_a_voices_breakdown_stay_a_toll():
    got = find_tolls("The committee said the dead include 24 women, and that more than 150 villagers were wounded.")
    assert [(t.outcome, t.count.best, t.role) for t in got if t.outcome == "injured"] == [("injured", 151, "total")]


ROUND29D_RANKED_IN_A_RUN = [
    # ", the latest in a wave of attacks ... since 2019": a tail that ranks this event in a run is no tally of it;
    # a count inside the run's own clause is the run's tally (negatives, last)
    ("Gunmen shot dead a woman activist in Basra on Wednesday, security sources said, the latest in a wave of attacks on figures linked to last year's protests.",
     [(1, "total")]),
    ("Two aid workers were shot dead near Juba on Sunday, the latest in a series of attacks on humanitarians since 2013.", [(2, "total")]),
    ("Police said a journalist was killed in Mosul on Tuesday, the third in a string of killings in the city this year.", [(1, "total")]),
    ("A tribal chief was shot dead in Daraa, officials said, the latest in a spate of assassinations over the past two years.", [(1, "total")]),
    ("Gunmen killed two teachers in Kidal, the latest in a series of attacks that have killed 40 people since January.",
     [(2, "total"), (40, "cumulative")]),
    ("The attack was the latest in a wave of killings that has left 200 people dead since 2019.", [(200, "cumulative")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND29D_RANKED_IN_A_RUN)
def test_round29d_an_event_ranked_in_a_run_keeps_its_toll(sentence, expected):
    assert [(t.count.best, t.role) for t in find_tolls(sentence) if t.outcome == "killed"] == expected


ROUND29D_A_LAND_FRONTED = [
    # "Across the Gaza Strip, at least 66 people were killed on Thursday": a land's tally, fronted, is no one event's;
    # a span of time, a town or a border fronted is (negatives, last)
    ("Across the Gaza Strip, at least 66 people were killed on Thursday, the Ministry of Health said.", "cumulative"),
    ("Throughout the country, 40 protesters died on Friday, rights groups said.", "cumulative"),
    ("Nationwide, 23 people were killed in election violence on Saturday, police said.", "cumulative"),
    ("Across Sudan, more than 30 civilians were killed in shelling on Monday, activists said.", "cumulative"),
    ("Throughout the night, shelling killed 12 people in Kharkiv.", "total"),
    ("Across the city, 14 protesters were shot dead on Sunday, medics said.", "total"),
    ("Across the border in eastern Syria, the strikes killed 23 fighters near Albu Kamal, the monitor said.", "total"),
]


@pytest.mark.parametrize(("sentence", "role"), ROUND29D_A_LAND_FRONTED)
def test_round29d_a_lands_tally_fronted_is_cumulative(sentence, role):
    assert [t.role for t in find_tolls(sentence) if t.outcome == "killed"] == [role]


ROUND29D_ALL_UNHARMED = [
    # 'All staff in the convoy ... were "safe and unharmed"': the whole party came out whole, nobody killed or hurt;
    # "all the other passengers escaped unhurt" is the rest of a toll (negatives, last)
    ('All staff in the convoy, whose vehicles flew US flags, were "safe and unharmed", he said.', [("killed", 0), ("injured", 0)]),
    ("Everyone on board was unharmed, officials said.", [("killed", 0), ("injured", 0)]),
    ("All 40 passengers emerged unscathed, police said.", [("killed", 0), ("injured", 0)]),
    ("Officials said everybody inside the embassy compound had escaped uninjured.", [("killed", 0), ("injured", 0)]),
    ("The navy said all of the crew escaped unhurt after the drone hit the tanker.", [("killed", 0), ("injured", 0)]),
    ("Five people were killed, but all the other passengers escaped unhurt.", [("killed", 5)]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND29D_ALL_UNHARMED)
def test_round29d_all_unharmed_is_a_zero(sentence, expected):
    assert [(t.outcome, t.count.best) for t in find_tolls(sentence)] == expected


ROUND29D_ONE_PERSON_ANY_ADJECTIVE = [
    # "a tribal elder", "a religious leader": one person with any adjective-shaped word before the noun
    ("Unknown assailants killed a tribal elder in Daraa on Monday.", [("killed", 1)]),
    ("A religious leader was shot dead outside a mosque in Kano.", [("killed", 1)]),
    ("A political activist was shot dead in Dhaka, police said.", [("killed", 1)]),
    ("Gunmen shot dead a local tribal chief in Zamfara.", [("killed", 1)]),
    # negative: no outcome for the person
    ("A tribal elder said the gunmen came at night.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND29D_ONE_PERSON_ANY_ADJECTIVE)
def test_round29d_one_person_with_any_adjective(sentence, expected):
    assert [(t.outcome, t.count.best) for t in find_tolls(sentence)] == expected


# stop 36: what a court does to people, and a day of a month, are no toll (the Kinshasa coup trial
# of September 2024; Kabila's sentence of 30 September 2025)
@pytest.mark.parametrize("text", [
    "A military court in Kinshasa on Friday sentenced 37 people to death over the failed coup attempt of May.",
    "The tribunal condemned a further five men to death in absentia.",
    "The High Military Court on Tuesday 30 September sentenced the former president to death in absentia.",
    "For nearly three decades, the circumstances of his death were not spoken of.",
])
def test_a_verdict_a_day_or_decades_are_no_toll(text):
    assert tolls(text) == []


def test_people_beside_a_month_word_still_count():
    # guards: a count of people on a day given by its month, and marchers, are tolls (pass on the old code too)
    assert tolls("Gunmen killed 30 people on 12 March in Kaduna.") == [("killed", 30, "total")]
    assert tolls("Police shot dead 12 marchers in the capital.") == [("killed", 12, "total")]


# stop 37: a toll of a hundred thousand or more is a war's, never one event's ("a 16-year civil war that
# ended in 1992 and left about one million people dead": before, "one" was read as the toll)
def test_a_war_sized_toll_is_no_event_toll():
    got = tolls("Renamo fought a 16-year civil war against the government that left about one million people dead.")
    assert got and all(role != "total" for _o, _n, role in got), got
    assert tolls("The strike killed at least 18 people, the ministry said.") == [("killed", 18, "total")]


def test_one_service_member_after_a_dotted_country():
    # "A U.S. Marine was killed": one dead, though the country is written with dots and "Marine"
    # is no noun of the one-person list (AP's copy of the Makhmur fire base, March 2016)
    assert tolls("A U.S. Marine was killed and several other Marines were wounded Saturday when Islamic State "
                 "militants fired rockets at a small outpost in northern Iraq, the Pentagon said.")[0] == ("killed", 1, "total")
    assert tolls("A U.S.-made drone was shot down over the town on Saturday.") == []

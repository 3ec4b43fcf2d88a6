"""An event's toll from all its figures: the same dead told twice, revisions, several voices,
the attackers' own dead, and breakdowns (docs/tolls.md)."""

from __future__ import annotations

from conftest import article
from sitrep.pipeline import extract
from sitrep.pipeline.tolls import find_tolls


def killed(text, published="2024-08-03", resources=None):
    evs = extract(article(text, published), resources=resources)
    assert evs, "no event"
    k = evs[0].toll.killed
    return (k.low, k.best, k.high) if k else None


def test_attackers_dead_add_to_the_victims(resources):
    text = ("Mogadishu, Aug 3 (AFP) - At least 32 people were killed when Al-Shabaab militants stormed a beach "
            "restaurant in the Somali capital on Friday, police said. Of the attackers, police said, one blew "
            "himself up and three were shot dead by security forces.")
    assert killed(text, resources=resources) == (36, 36, 36)


def test_attackers_neutralised_in_a_ministry_statement(resources):
    text = ("Niamey, Aug 16 (Reuters) - Seventeen Nigerien soldiers were killed when jihadists ambushed an army "
            "unit near Torodi on Tuesday, the defence ministry said. More than 100 of the attackers were "
            "\"neutralised\" as they fled on motorcycles, the ministry said.")
    assert killed(text, published="2023-08-16", resources=resources)[1] == 118


def test_attackers_dead_inside_the_toll_are_not_added(resources):
    text = ("Gunmen attacked a mosque in the village of Kwara on Friday, killing 20 people, including three of "
            "the attackers, police said.")
    assert killed(text, resources=resources)[1] == 20


def test_earlier_toll_with_a_word_between_is_history(resources):
    text = ("An Israeli strike killed 90 people on Saturday west of Khan Yunis, the Gaza health ministry said. "
            "An earlier ministry toll put the number of dead at 71.")
    assert killed(text, published="2024-07-13", resources=resources) == (90, 90, 90)


def test_monitor_figure_stands_over_a_government_figure(resources):
    text = ("Suspected Boko Haram militants killed at least 34 people in an attack on the village of Mafa in "
            "Yobe state on Sunday, police said. A community leader, who asked not to be named, said 81 bodies "
            "had been recovered.")
    low, best, high = killed(text, published="2024-09-03", resources=resources)
    assert (low, best, high) == (34, 81, 81)


def test_party_figure_only_widens_the_range(resources):
    text = ("Islamic State jihadists ambushed a bus carrying Syrian soldiers near Mayadin on Thursday, killing 23 "
            "soldiers, the Syrian Observatory for Human Rights said. The defence ministry said 10 soldiers were "
            "killed.")
    assert killed(text, published="2023-08-11", resources=resources) == (10, 23, 23)


def test_two_independent_voices_best_is_the_lower(resources):
    text = ("A bomb exploded in a church in Kasindi on Sunday, killing 14 people, Human Rights Watch said. The "
            "Red Cross said 17 people were killed.")
    assert killed(text, published="2023-01-16", resources=resources)[1] == 14


def test_apposed_breakdown_is_parts_not_more_dead():
    got = find_tolls("Clashes near Manbij on Monday killed nine fighters, six from the Syrian National Army (SNA) "
                     "and three from the SDF, the Observatory said.")
    assert [(t.count.best, t.role) for t in got] == [(9, "total"), (6, "part"), (3, "part")]


def test_coordinated_groups_without_a_total_still_add_up():
    got = find_tolls("The strike killed three soldiers and two civilians.")
    assert [(t.count.best, t.role) for t in got] == [(3, "total"), (2, "total")]


def test_shares_of_the_dead_are_parts():
    got = find_tolls("The civil defence said 18 of the dead were women.")
    assert [(t.count.best, t.role) for t in got] == [(18, "part")]
    assert [t.role for t in find_tolls("The toll rose after one of the wounded died.")] == ["part"]


def test_single_persons_with_two_adjectives_and_another():
    got = find_tolls("The drone strike killed a senior commander and another member of the group.")
    assert sum(t.count.best for t in got if t.role == "total") == 2
    got = find_tolls("The barrage killed a 20-year-old female soldier at a base.")
    assert [(t.count.best, t.role) for t in got] == [(1, "total")]


def test_tally_of_one_side_is_cumulative():
    got = find_tolls("On the Israeli side, 10 soldiers and six civilians have been killed, according to the army.")
    assert {t.role for t in got} == {"cumulative"}
    got = find_tolls("Ten soldiers and six civilians were killed in the barrage on Safed, the army said.")
    assert {t.role for t in got} == {"total"}


def test_later_strike_elsewhere_is_a_second_event(resources):
    text = ("An Israeli strike on tents west of Khan Yunis killed 90 people on Saturday, the health ministry said. "
            "Later on Saturday, a strike on a prayer gathering in the Al-Shati camp in Gaza City killed 17 "
            "people, the civil defence agency said.")
    evs = extract(article(text, "2024-07-13"), resources=resources)
    assert sorted((e.place.name, e.toll.killed.best) for e in evs) == [("Gaza", 17), ("Khan Yunis", 90)] or \
        sorted(e.toll.killed.best for e in evs) == [17, 90]


def test_separately_told_clash_in_the_same_town_is_a_second_event(resources):
    text = ("A car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij on Monday, "
            "killing 20 people, the civil defence said. Separately, clashes south-east of Manbij on Monday "
            "killed nine fighters, the Syrian Observatory for Human Rights said.")
    evs = extract(article(text, "2025-02-03"), resources=resources)
    assert sorted((e.sub_event_type, e.toll.killed.best) for e in evs) == [
        ("Armed clash", 9), ("Remote explosive/landmine/IED", 20)]


def test_a_strike_followed_by_its_details_is_one_event(resources):
    text = ("A Russian missile struck a hotel in Kramatorsk on Tuesday, killing 11 people. Later on Tuesday, "
            "rescuers pulled two more bodies from the rubble of the hotel in Kramatorsk.")
    assert len(extract(article(text, "2023-06-28"), resources=resources)) == 1


def test_a_toll_that_leaves_out_the_bombers_gets_them_added(resources):
    text = ("Two suicide bombers struck a busy market in central Baghdad on Thursday. The health minister said 32 "
            "people had been killed and 110 wounded, a toll that does not include the two attackers.")
    assert killed(text, published="2021-01-22", resources=resources)[1] == 34


def test_tallies_of_a_war_are_not_the_events_toll():
    for s in ["The violence has killed at least 540 people in Lebanon, according to an AFP tally.",
              "The fighting has killed 2,600 people in the region, the UN says."]:
        assert {t.role for t in find_tolls(s)} == {"cumulative"}, s
    assert {t.role for t in find_tolls("The strike killed 5 people, the ministry said.")} == {"total"}
    # days of fighting told as one event are its toll
    assert {t.role for t in find_tolls("Fighting with tribal fighters has killed 54 people since Sunday, a monitor says.")} == {"total"}


def test_an_aid_group_outranks_a_rebel_run_ministry(resources):
    text = ("A coalition air strike on a prison in Saada killed more than 70 people, an international aid group "
            "said on Saturday. The Houthi-run health ministry put the toll higher, at 87 dead.")
    assert killed(text, published="2022-01-22", resources=resources) == (71, 71, 87)


def test_an_earlier_toll_given_by_others_is_history(resources):
    text = ("The death toll from an attack on the airport in Aden has risen to 26, officials say. An earlier toll "
            "given by health officials put the number of dead at 22.")
    assert killed(text, published="2020-12-31", resources=resources)[1] == 26


def test_figures_before_and_after_and_add_up():
    got = find_tolls('"Twenty children and two teachers were killed," a teacher said.')
    assert [(t.count.best, t.who) for t in got] == [(20, "children"), (2, "teachers")]
    assert find_tolls("Five drones and two missiles were shot down.") == []


def test_a_count_of_children_alone_is_a_share_not_an_estimate(resources):
    text = ("A junta air strike on a school in Sagaing killed 20 children and two teachers, a teacher told AFP on "
            "Tuesday. UNICEF said at least 20 children had been killed.")
    assert killed(text, published="2025-05-13", resources=resources)[1] == 22


def test_each_figure_belongs_to_the_voice_nearest_it(resources):
    text = ("Israeli air strikes near Masyaf late on Sunday killed 18 people, Syrian state media said on Monday, "
            "citing a local health official. The Syrian Observatory for Human Rights put the toll higher at 25.")
    assert killed(text, published="2024-09-09", resources=resources) == (18, 25, 25)


def test_a_small_figure_from_a_monitor_is_no_estimate_of_the_whole(resources):
    text = ("The death toll from an attack on the airport in Aden has risen to 26, officials say. A journalist was "
            "also killed, according to the journalists' syndicate.")
    assert killed(text, published="2020-12-31", resources=resources)[1] == 26


def test_a_partys_count_of_enemy_dead_counts_when_it_is_the_only_voice(resources):
    text = ("Fifty-one soldiers were killed in an ambush near Tin-Akoff in northern Burkina Faso on Friday, the army "
            "said. The statement said 160 terrorists had been neutralised during the fighting.")
    assert killed(text, published="2023-02-19", resources=resources)[1] == 211


def test_an_armed_side_counting_its_own_dead_is_a_party(resources):
    text = ("Fighting between the SDF and tribal fighters near Dhiban has killed 54 people since Sunday, the Syrian "
            "Observatory for Human Rights said on Friday. The SDF said 19 of its fighters had been killed.")
    assert killed(text, published="2023-09-01", resources=resources)[1] == 54


def test_militiamen_killed_by_the_army_are_added(resources):
    text = ("CODECO militiamen attacked the village of Djaiba in Djugu territory on Monday night, killing at least 51 "
            "people, a civil society leader said. The army said 49 civilians were killed and that its soldiers "
            "killed four of the militiamen.")
    assert killed(text, published="2025-02-11", resources=resources)[1] == 55


def test_a_partys_terrorists_beside_a_monitors_civilians_may_be_the_same_dead(resources):
    text = ("Malian troops executed around 300 civilians in the town of Moura between March 27 and 31, Human Rights "
            "Watch said on Tuesday. Mali's army said on Friday it had neutralised 203 terrorists in Moura.")
    assert killed(text, published="2022-04-05", resources=resources) == (300, 300, 503)


def test_each_figure_in_the_record_names_its_own_voice(resources):
    text = ("Israeli air strikes near Masyaf late on Sunday killed 18 people, Syrian state media said on Monday, "
            "citing a local health official. The Syrian Observatory for Human Rights put the toll higher at 25.")
    rec = extract(article(text, "2024-09-09"), resources=resources)[0].to_record()
    voices = {t["best"]: t["source"] for c in rec["claims"] for t in c["tolls"] if t["outcome"] == "killed"}
    assert voices[25] == "Syrian Observatory for Human Rights" and voices[18] != voices[25]
    assert all("attackers" in t for c in rec["claims"] for t in c["tolls"])


def test_other_dead_told_later_add_to_the_first(resources):
    text = ("SANAA, Aug 30 (Reuters) - The defence minister of the Houthi-run government was killed in an Israeli "
            "air strike on the capital Sanaa on Thursday, the Houthis said on Saturday. Two other ministers were "
            "also killed in the strike, the group's statement said.")
    assert killed(text, published="2025-08-30", resources=resources) == (3, 3, 3)
    # "another woman died" explaining a revised toll is in that toll already
    text = ("KYIV, May 26 (AP) - The number of people killed in a Russian glide bomb strike on a hardware store in "
            "Kharkiv on Saturday has risen to 18, the regional governor said. Another woman died in hospital "
            "overnight, he said.")
    assert killed(text, published="2024-05-26", resources=resources)[1] == 18


def test_a_security_source_speaks_for_a_party(resources):
    # an unnamed security officer counts with the forces that fought: residents' figure is best
    text = ("Ouagadougou, May 4 (Reuters) - Jihadists attacked the town of Djibo in northern Burkina Faso on Saturday. "
            "A security source put the toll at more than 50 dead. Residents said 90 people had been killed in the attack.")
    assert killed(text, published="2024-05-04", resources=resources) == (51, 90, 90)


def test_a_national_agency_is_a_government_voice(resources):
    text = ("Abuja, March 2 (AFP) - A military air strike hit a wedding in the village of Kurmin in Kaduna State on Friday. "
            "The National Disaster Management Agency said 40 people were killed. Amnesty International said at least "
            "70 people were killed in the strike.")
    assert killed(text, published="2024-03-02", resources=resources) == (40, 70, 70)


def test_a_bound_met_by_one_of_its_own_voices(resources):
    # "more than 40, according to residents and the NUG" then "47, the NUG said": one toll, told twice
    text = ("The number of people killed in an army air strike on a village in Magway region has risen to more than "
            "40, according to residents and the National Unity Government. By Friday volunteers had counted 47 "
            "bodies, the NUG said.")
    assert killed(text, published="2024-03-02", resources=resources) == (41, 47, 47)


def test_a_described_voice_then_named_is_one_voice(resources):
    # "a local rights group" in the lead is the group named later: its bound and its count are one toll
    text = ("Soldiers stopped a convoy of fleeing families near Hpruso on Friday and killed more than 40 of them, residents "
            "and a local rights group said. The Karenni Human Rights Group said on Sunday it had counted 44 bodies.")
    assert killed(text, published="2021-12-26", resources=resources) == (41, 44, 44)


def _injured(text, published="2024-08-03", resources=None):
    evs = extract(article(text, published), resources=resources)
    assert evs, "no event"
    k = evs[0].toll.injured
    return (k.low, k.best, k.high) if k else None


def test_officials_in_the_lead_and_the_named_office_are_one_voice(resources):
    text = ("KYIV, Aug 3 (AP) - A Russian missile strike on the city of Dnipro killed six people and wounded more "
            "than 40 on Saturday, officials said. The regional governor said 44 people were wounded, including "
            "three children.")
    assert _injured(text, resources=resources) == (41, 44, 44)
    # two named voices of their own stay two estimates: the lower one stands
    text2 = ("KYIV, Aug 3 (AP) - A Russian missile strike on the city of Dnipro killed six people on Saturday. "
             "The regional governor said more than 40 people were wounded. The city's mayor said 44 were wounded.")
    assert _injured(text2, resources=resources)[1] == 41


def test_wounded_of_an_initial_count_stand_when_only_the_dead_are_revised(resources):
    text = ("Sanaa, Aug 3 (AFP) - Air strikes killed 25 civilians in northern Yemen on Saturday, the United Nations "
            "said. \"Initial reports indicate that 20 civilians were killed and nine others injured in the strikes,\" "
            "a UN official said.")
    assert _injured(text, resources=resources) == (9, 9, 9)
    # an earlier count alone, with no revision of anything, is not promoted
    text2 = ("Pemba, Aug 3 (AFP) - Insurgents attacked the village of Muatide on Saturday, state media said. "
             "Initial reports had spoken of about 20 wounded.")
    assert _injured(text2, resources=resources) is None


def test_lead_figure_far_below_a_later_voice_is_its_own_estimate(resources):
    text = ("Port Sudan, Aug 3 (AFP) - Militiamen killed at least 13 civilians in a village east of Wad Madani "
            "on Saturday. A resident told AFP by telephone that more than 20 bodies had been buried.")
    assert killed(text, resources=resources) == (13, 13, 21)
    # a lead figure near the later one is the same toll told twice
    text2 = ("Port Sudan, Aug 3 (AFP) - Militiamen killed at least 18 civilians in a village east of Wad Madani "
             "on Saturday. A resident told AFP by telephone that 21 bodies had been buried.")
    assert killed(text2, resources=resources)[1] == 21


def test_two_clauses_of_dead_add_up(resources):
    text = ("Aleppo, Aug 3 (SANA) - A policeman was martyred and three members of an ISIS cell were killed on "
            "Saturday during a security operation in Aleppo city, the Ministry of Interior said.")
    assert killed(text, resources=resources)[1] == 4

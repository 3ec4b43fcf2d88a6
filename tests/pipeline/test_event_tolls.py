"""An event's toll from all its figures: the same dead told twice, revisions, several voices,
the attackers' own dead, and breakdowns (docs/tolls.md)."""

from __future__ import annotations

import pytest

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


# wire copy written for the toll-reader stress test: word order, verbs, victims, bounds, subsets,
# revisions, cumulative figures and numbers that are no tolls; each with its expected reading
# round 8: sentences a later round should make pass (strict: a fix shows up as XPASS)
_OPEN = pytest.mark.xfail(strict=True, reason="open toll class, see round 8 report")
# round 11: the rule that let a higher-ranked voice's vague figure ("wounding dozens", medics said) stand
# over a lower one's precise figure fixed a dev toll and cost one held-aside one: held back; round 13
# brings back a narrow form (only over figures that are all a party's, the vague one an independent voice's)

_WHO_CLAUSE_HELD = pytest.mark.xfail(strict=True, reason="'14 people who had been injured' (a relative clause right after the count naming "
                                     "the outcome) held back: it cost a held-aside toll (round 16)")
_TO_DEATH_HELD = pytest.mark.xfail(strict=True, reason="'N people were hacked/beaten/burnt to death' (the passive after the count) held back: it cost a held-aside toll")
_WIRE_TOLLS = [
    ('KABUL, March 3 (Reuters) - A suicide bomber killed 12 worshippers at a mosque in Kunduz on Friday, police said.',
     (12, 12, 12), None),
    ('The attack, which killed 12 villagers and wounded 20 others, took place in Gwoza on Sunday, officials said.',
     (12, 12, 12), (20, 20, 20)),
    ('Fourteen passengers lost their lives when gunmen opened fire on a bus near Maiduguri on Tuesday, police said.',
     (14, 14, 14), None),
    ('At least 23 people perished when a drone struck a market in El Fasher on Monday, medics said.',
     (23, 23, 23), None),
    ('Seven soldiers were martyred and four others were wounded in an attack on a checkpoint in North Sinai on Wednesday, the army said.',
     (7, 7, 7), (4, 4, 4)),
    ('The shelling of Kherson on Thursday left nine dead and 15 wounded, the regional governor said.',
     (9, 9, 9), (15, 15, 15)),
    ('The blast in Mogadishu on Saturday claimed 31 lives, a police officer said.',
     (31, 31, 31), None),
    ('Rescuers recovered 18 bodies from the rubble of a building in Khan Younis after an Israeli strike on Sunday, civil defence said.',
     (18, 18, 18), None),
    ('Forty people were confirmed dead after militants stormed the village of Seytenga on Saturday, the government said.',
     (40, 40, 40), None),
    ('Killed in the strike on Sumy on Sunday were 34 civilians, including two children, the mayor said.',
     (34, 34, 34), None),
    ('Twenty-one people needed hospital treatment after a missile hit a shopping centre in Kremenchuk on Monday, officials said.',
     None, (21, 21, 21)),
    ('A car bomb in Baghdad on Tuesday caused 45 casualties, including 12 dead, police said.',
     (12, 12, 12), '*'),
    ('Gunmen killed between 20 and 30 herders in the village of Yelwata on Friday night, residents said.',
     (20, 20, 30), None),
    ('Dozens of people were killed in air strikes on Idlib on Monday, rescuers said.',
     (12, 12, 99), None),
    ('Scores of civilians were killed when the army shelled Omdurman on Sunday, activists said.',
     (20, 20, 99), None),
    ('Hundreds were killed in the RSF assault on Zamzam camp on Friday, aid groups said.',
     (100, 100, 999), None),
    ('Several villagers were killed and a few others wounded in a raid near Tillaberi on Monday, a local official said.',
     (3, 3, 9), (2, 2, 5)),
    ('Nearly 50 people died in the attack on the market in Kidal on Wednesday, a health official said.',
     (49, 49, 49), None),
    ('Up to 40 miners were killed when gunmen raided a gold mine near Djibo on Thursday, residents said.',
     (40, 40, 40), None),
    ('More than 60 worshippers were killed, among them 15 children, when a drone hit a mosque in El Fasher on Friday, medics said.',
     (61, 61, 61), None),
    ('The raid on Jenin on Monday killed 11 people, of whom four were children, the health ministry said.',
     (11, 11, 11), None),
    ('Ten people, including the two attackers, were killed in the attack on a hotel in Mogadishu on Saturday, police said.',
     (10, 10, 10), None),
    ('Four gunmen and three police officers were killed in a shootout in Peshawar on Tuesday, police said.',
     (7, 7, 7), None),
    ("The death toll from Sunday's strike on Sumy rose to 35, up from 32, the regional administration said.",
     (35, 35, 35), None),
    ('The toll from the bombing in Quetta climbed to 52 on Tuesday from 47 a day earlier, the provincial health ministry said.',
     (52, 52, 52), None),
    ('The number of people killed in the Israeli strike on Nuseirat now stands at 40, the Gaza health ministry said.',
     (40, 40, 40), None),
    ('Officials revised the death toll from the Kramatorsk missile strike to 61 on Saturday.',
     (61, 61, 61), None),
    ('The Gaza health ministry said 40 people had been killed in the strike on Rafah on Friday, up from an earlier figure of 35.',
     (40, 40, 40), None),
    ('Police initially said six people had died, but later raised the toll to nine after the attack in Kaduna on Sunday.',
     (9, 9, 9), None),
    ('An RSF drone killed five people at a hospital in El Fasher on Friday, medics said. More than 600 people have been killed in the city since the siege began in May, the UN said.',
     (5, 5, 5), None),
    ('A drone strike killed three people in Kharkiv on Monday. Russian attacks have killed more than 1,500 civilians in the region since 2022, officials said.',
     (3, 3, 3), None),
    ('Gunmen killed nine people in the village of Bokkos on Sunday, bringing to more than 200 the number killed in the area this year, local officials said.',
     (9, 9, 9), None),
    ('A 45-year-old teacher was shot dead in the village of Kanam on Tuesday, police said.',
     (1, 1, 1), None),
    ('Militants ambushed a convoy on Route 7, 30 km south of Mosul, on Monday, killing two soldiers, the army said.',
     (2, 2, 2), None),
    ('The strike hit a building housing 50 families in Gaza City on Tuesday, killing at least eight people, civil defence said.',
     (8, 8, 8), None),
    ('Some 3,000 fighters took part in the offensive on Goma, where 14 civilians were killed on Monday, the UN said.',
     (14, 14, 14), None),
    ('Israeli forces demolished 12 houses in Jenin on Wednesday and killed a 17-year-old boy, the Palestinian health ministry said.',
     (1, 1, 1), None),
    ('Twenty-seven peacekeepers were wounded in Naqoura on Thursday, days after the Security Council renewed Resolution 1701, the UN said.',
     None, (27, 27, 27)),
    ('No one was killed when a rocket hit an empty school in Sderot on Saturday, police said.',
     (0, 0, 0), '*'),
    ('The drone attack on Belgorod on Sunday caused no casualties, the governor said.',
     (0, 0, 0), (0, 0, 0)),
    ("Two people were killed and 11 others were hurt when a shell hit a bus stop in Donetsk on Friday, the city's mayor said.",
     (2, 2, 2), (11, 11, 11)),
    ('A bomb blast in Quetta killed 26 people and injured 62 on Saturday, police said.',
     (26, 26, 26), (62, 62, 62)),
    ('The Islamic State claimed the attack, which killed 18 Syrian soldiers near Palmyra on Wednesday, the Syrian Observatory said.',
     (18, 18, 18), None),
    ('Eighteen Syrian soldiers died when their bus was ambushed near Palmyra on Wednesday, the Observatory said.',
     (18, 18, 18), None),
    ('Among the dead were five children and two women, the health ministry said, after an air strike killed 16 people in Saada on Monday.',
     (16, 16, 16), None),
    ('Thirteen fighters of the Syrian Democratic Forces were killed in Turkish drone strikes near Qamishli on Monday, the SDF said.',
     (13, 13, 13), None),
    ('Eleven members of the Popular Mobilisation Forces lost their lives in an IS attack near Samarra on Tuesday, security sources said.',
     (11, 11, 11), None),
    ('An air strike killed 12 militants near Bama on Monday, the army said, adding that 4 soldiers were wounded in the clashes.',
     (12, 12, 12), (4, 4, 4)),
    ('At least 10 people were killed and 25 others injured in a car bomb explosion in Mogadishu on Sunday, police said.',
     (10, 10, 10), (25, 25, 25)),
    ("Israeli army kills 7 Palestinians in airstrike on Gaza's Jabalia on Thursday, according to medical sources.",
     (7, 7, 7), None),
    ('Five members of one family were killed when a shell hit their house in Kadugli on Saturday, activists said.',
     (5, 5, 5), None),
    ('The bodies of 15 civilians were found in the village of Kiwanja on Tuesday, a local official said.',
     (15, 15, 15), None),
    ('At least 70 people were massacred by ADF rebels in Lubero territory on Sunday, civil society said.',
     (70, 70, 70), None),
    ('Al-Shabaab militants stormed a hotel in Kismayo on Friday. Nine people died, including three attackers, police said.',
     (9, 9, 9), None),
    ('The attack left at least 30 people dead and more than 50 wounded in Bamako on Tuesday, a security source said.',
     (30, 30, 30), (51, 51, 51)),
    ('Police said two officers died of their wounds in hospital on Saturday after the attack on a checkpoint in Bannu.',
     (2, 2, 2), None),
    ('At least three people were killed and several others wounded when a drone hit a bus in Kherson on Monday, officials said.',
     (3, 3, 3), (3, 3, 9)),
    ('Thirty-two people were wounded, six of them critically, in the shelling of Nikopol on Sunday, the governor said.',
     None, (32, 32, 32)),
    ('The shelling wounded 17 people in Zaporizhzhia on Saturday, four of whom are in serious condition, the governor said.',
     None, (17, 17, 17)),
    ('Israeli strikes killed 44 people across Gaza on Saturday, including 20 in a school in Gaza City, the civil defence agency said.',
     (44, 44, 44), None),
    ('The army said it had killed 25 "terrorists" in air strikes near Kidal on Monday.',
     (25, 25, 25), None),
    ('A roadside bomb killed three Nigerian troops and wounded five others near Damboa on Tuesday, military sources said.',
     (3, 3, 3), (5, 5, 5)),
    ('Three Nigerian troops were killed by a roadside bomb near Damboa on Tuesday, and five more were wounded, military sources said.',
     (3, 3, 3), (5, 5, 5)),
    ('At least 17 people, most of them women, were killed in the attack on the village of Tin-Akoff on Friday, officials said.',
     (17, 17, 17), None),
    ('Gunmen on motorcycles killed 22 villagers in Zamfara on Thursday, abducting 40 others, residents said.',
     (22, 22, 22), None),
    ('Two policemen were killed in Peshawar on Monday when militants attacked their patrol 40 kilometres from the Afghan border.',
     (2, 2, 2), None),
    ('An Israeli strike on Tuesday killed 11 people in Khan Younis, medics said. A similar strike in 2023 killed 90 people in the same neighbourhood.',
     (11, 11, 11), None),
    ('Medics said 19 people had been killed, up from a previous toll of 12, after the strike on Jabalia on Friday.',
     (19, 19, 19), None),
    ('The ministry put the death toll at 27, revising an earlier figure of 22, after the strike on Deir al-Balah on Thursday.',
     (27, 27, 27), None),
    ("The death toll from Monday's strike on Chernihiv now stands at 18, the emergency service said.",
     (18, 18, 18), None),
    ('Eight people lost their lives and 14 were injured when a suicide bomber struck a market in Konduga on Saturday, emergency officials said.',
     (8, 8, 8), (14, 14, 14)),
    ('The suicide bomber and six worshippers were killed in the blast at a church in Kaduna on Sunday, police said.',
     (7, 7, 7), None),
    ('A woman and her three children were killed when a shell hit their home in Avdiivka on Monday, officials said.',
     (4, 4, 4), None),
    ('Heavy fighting in Pokrovsk on Sunday killed 14 Ukrainian troops, the Russian defence ministry claimed.',
     (14, 14, 14), None),
    ('A drone struck a wedding in Sennar on Saturday, leaving 13 people dead and 40 injured, a medical source said.',
     (13, 13, 13), (40, 40, 40)),
    ('Residents said they buried 27 people after the attack on the village of Solenzo on Monday.',
     (27, 27, 27), None),
    ('Twelve students were abducted and a teacher was killed when gunmen attacked a school in Kuriga on Thursday.',
     (1, 1, 1), None),
    ('The strike destroyed 40 homes in Rafah on Monday but no one was hurt, civil defence said.',
     (0, 0, 0), (0, 0, 0)),
    ('More than 30,000 people have been killed in Gaza since the war began, the health ministry says; on Monday an air strike killed 14 people in Rafah.',
     (14, 14, 14), None),
    ("Fifty-three bodies have been recovered so far from the rubble in Kharkiv after Saturday's strike, the governor said.",
     (53, 53, 53), None),
    ('At least 9 people were killed on Sunday in the shelling of Horlivka, Russia-installed officials said, among them a child.',
     (9, 9, 9), None),
    ('Security forces killed 5 protesters in Nairobi on Tuesday, Amnesty International said.',
     (5, 5, 5), None),
    ('The clashes in Tripoli on Monday killed 55 people and injured 146, the health ministry said in its latest toll.',
     (55, 55, 55), (146, 146, 146)),
    ('Fifteen people had been wounded, the hospital director said, after the shelling of Kharkiv on Wednesday.',
     None, (15, 15, 15)),
    ('A suicide car bomb claimed the lives of 20 soldiers at a base in Barsalogho on Friday, a security source said.',
     (20, 20, 20), None),
    ('Two UN peacekeepers were killed and a third seriously injured when their convoy hit a mine near Kidal on Friday, the UN mission said.',
     (2, 2, 2), (1, 1, 1)),
    ('RSF fighters numbering about 3,000 attacked El Obeid on Friday, killing 8 civilians, residents said.',
     (8, 8, 8), None),
    ('A 2-year-old girl was among 6 people killed in the strike on Dnipro on Tuesday, officials said.',
     (6, 6, 6), None),
    ('Nineteen people were taken to hospital with injuries after a drone hit a residential building in Kyiv on Thursday, the mayor said.',
     None, (19, 19, 19)),
    ('The attack killed four people in Dnipro on Friday and sent 23 others to hospital, the governor said.',
     (4, 4, 4), (23, 23, 23)),
    ('Eleven people were killed in the attack on Solenzo on Monday, the toll having risen from seven overnight, officials said.',
     (11, 11, 11), None),
    ('The Gaza civil defence said it had recovered the bodies of 22 people after the strike on Tuesday in Khan Younis.',
     (22, 22, 22), None),
    ('Six Malian soldiers were killed on Sunday in an ambush near Boulkessi, 200 km from Mopti, in which 14 others were wounded, the army said.',
     (6, 6, 6), (14, 14, 14)),
    ('The toll from the attack in Kwara on Friday stood at 20 dead and 35 wounded, the state police command said.',
     (20, 20, 20), (35, 35, 35)),
    ('The suicide bombing at a market in Konduga on Friday cost 14 lives, emergency officials said.',
     (14, 14, 14), None),
    ('A drone hit a bus near Kherson on Monday, claiming nine lives, the governor said.',
     (9, 9, 9), None),
    ('The attack on the village of Mafa on Sunday has taken 22 lives, a community leader said.',
     (22, 22, 22), None),
    ('Medics at the field hospital in Rafah saved 30 lives after an Israeli strike on Sunday killed four people, doctors said.',
     (4, 4, 4), None),
    ('Wounded in the blast in Quetta on Friday were 12 policemen, officials said.',
     None, (12, 12, 12)),
    ('Killed in the ambush near Diffa on Tuesday were at least eight soldiers, the defence ministry said.',
     (8, 8, 8), None),
    ('Seven people were rushed to hospital after a drone hit a house in Belgorod on Sunday, the governor said.',
     None, (7, 7, 7)),
    ('Thirty people were admitted to Al-Shifa hospital after an Israeli strike in Gaza City on Monday, medics said.',
     None, (30, 30, 30)),
    ('The bodies of 12 people were taken to hospital after an air strike on Saada on Monday, medics said.',
     (12, 12, 12), None),
    ('A missile hit a shopping centre in Odesa on Saturday, killing two people and sending 15 others to hospital, the governor said.',
     (2, 2, 2), (15, 15, 15)),
    ('The army sent 200 troops to the hospital district of El Fasher on Friday after RSF fighters killed six civilians, residents said.',
     (6, 6, 6), None),
    ('The ministry raised the death toll from the strike on Nuseirat to 61 on Sunday.',
     (61, 61, 61), None),
    ('Authorities lowered the toll from the bombing in Mogadishu on Saturday to 19 from 23.',
     (19, 19, 19), None),
    ("The death toll from Tuesday's attack in Bamako has been revised up to 42, a security source said.",
     (42, 42, 42), None),
    ('Six members of one household were killed when a shell hit their house in El Obeid on Saturday, activists said.',
     (6, 6, 6), None),
    ('The gunman and two guards were killed in an attack on a bank in Peshawar on Monday, police said.',
     (3, 3, 3), None),
    ('A man and his two sons were shot dead by gunmen in the village of Bokkos on Tuesday, residents said.',
     (3, 3, 3), None),
    ('Two soldiers were killed and a third was wounded when their vehicle hit a mine near Menaka on Friday, the army said.',
     (2, 2, 2), (1, 1, 1)),
    ('Three people died and a fourth was seriously hurt when a shell hit a bus stop in Donetsk on Friday, officials said.',
     (3, 3, 3), (1, 1, 1)),
    ('Gunmen killed 12 people in the village of Kwall on Sunday, taking the number killed in the province this year to 300, officials said.',
     (12, 12, 12), None),
    ('Twenty people were treated in hospital and four were killed after the blast in Kabul on Tuesday, police said.',
     (4, 4, 4), (20, 20, 20)),
    ('Two hospitals were hit in Khartoum on Monday, and five patients were killed, the health ministry said.',
     (5, 5, 5), None),
    # round 7: injured wording (hurt, sustained injuries, taken to hospital, treated for, sought medical
    # help, "left N wounded", "N others", "N of them seriously", "dozens were hurt", "no one was hurt")
    ('Three people were killed and 17 hurt when a mortar round hit a market in Mogadishu on Friday, police said.',
     (3, 3, 3), (17, 17, 17)),
    ('A roadside bomb wounded nine soldiers near Gao on Tuesday, the army said.',
     None, (9, 9, 9)),
    ('Eleven civilians sustained injuries when shells struck a residential block in Kharkiv on Monday, the governor said.',
     None, (11, 11, 11)),
    ('At least 25 people were taken to hospital after a drone hit a fuel depot in Odesa on Sunday, officials said.',
     None, (25, 25, 25)),
    ('Medics treated 14 people for shrapnel wounds after the shelling of Donetsk on Thursday, the city administration said.',
     None, (14, 14, 14)),
    ('The car bomb in Kirkuk on Wednesday left 30 wounded, police said.',
     None, (30, 30, 30)),
    ('The strike on a market in Idlib on Saturday killed five people and left 22 others wounded, rescuers said.',
     (5, 5, 5), (22, 22, 22)),
    ('Four policemen were killed and six others were hurt in an ambush near Maiduguri on Sunday, officials said.',
     (4, 4, 4), (6, 6, 6)),
    ('Gunmen killed two farmers and wounded 12 others, three of them seriously, in the village of Riyom on Monday, residents said.',
     (2, 2, 2), (12, 12, 12)),
    ('Dozens were hurt when police fired tear gas and live rounds at protesters in Khartoum on Thursday, medics said.',
     None, (12, 12, 99)),
    ('No one was hurt when a rocket hit an empty school in Sderot on Friday, police said.',
     (0, 0, 0), (0, 0, 0)),
    ('The explosion in Quetta on Monday caused 40 casualties, police said.',
     None, None),
    ('A suicide bomber killed eight people and injured 31 at a checkpoint in Mogadishu on Saturday, police said. '
     'Of the wounded, 10 were in critical condition.',
     (8, 8, 8), (31, 31, 31)),
    ('A drone strike on a bus in Kherson on Tuesday wounded a driver and two passengers, the regional governor said.',
     None, (3, 3, 3)),
    ('Two children were among 19 people injured when a missile hit a playground in Kryvyi Rih on Friday, the mayor said.',
     None, (19, 19, 19)),
    ('The shelling of Zaporizhzhia on Sunday injured 16 people, 11 of them seriously, the governor said.',
     None, (16, 16, 16)),
    ('At least 60 people were treated for gunshot wounds after troops fired on protesters in Omdurman on Monday, doctors said.',
     None, (60, 60, 60)),
    ('Seven people were killed in an air strike on Saada on Tuesday, and more than 20 were hurt, medics said.',
     (7, 7, 7), (21, 21, 21)),
    ('Ten people died and dozens more were injured when a car bomb exploded in a market in Azaz on Saturday, the White Helmets said.',
     (10, 10, 10), (12, 12, 99)),
    ('An explosion at a checkpoint near Aden on Wednesday wounded four soldiers, one of them critically, security sources said.',
     None, (4, 4, 4)),
    ('Six people suffered injuries in a Russian strike on Kherson on Monday, the regional administration said.',
     None, (6, 6, 6)),
    ('Police said nobody was injured when a grenade was thrown at a police station in Bamenda on Sunday.',
     (0, 0, 0), (0, 0, 0)),
    ('Three soldiers were wounded when militants attacked an outpost near Diffa on Thursday; no deaths were reported, the army said.',
     (0, 0, 0), (3, 3, 3)),
    ('The blast killed a policeman and injured two passers-by in Peshawar on Friday, police said.',
     (1, 1, 1), (2, 2, 2)),
    ('Hospital officials said 45 wounded people had been admitted after the market bombing in Maiduguri on Tuesday.',
     None, (45, 45, 45)),
    ('Twelve people were killed and scores were wounded in clashes between the army and the RSF in Nyala on Monday, the health ministry said.',
     (12, 12, 12), (20, 20, 99)),
    ('An Israeli strike on a house in Jabalia on Sunday killed six people and wounded several others, medics said.',
     (6, 6, 6), (3, 3, 9)),
    ('A landmine blast injured a woman and her daughter near Kramatorsk on Wednesday, police said.',
     None, (2, 2, 2)),
    ('The militants killed 14 villagers and left many others injured in Mangu on Saturday, a local official said.',
     (14, 14, 14), None),
    ('At least five people were killed and 18 were taken to hospital after a drone hit an apartment block in Dnipro on Thursday, officials said.',
     (5, 5, 5), (18, 18, 18)),
    ('Civil defence said it had pulled 11 bodies from the rubble in Rafah on Sunday and that 23 people had been hurt.',
     (11, 11, 11), (23, 23, 23)),
    ('Eight people were wounded, two of them critically, when gunmen fired on a wedding in Zamfara on Saturday, police said.',
     None, (8, 8, 8)),
    ('A shell hit a bus in Horlivka on Friday, killing three passengers; 15 others were being treated in hospital, the mayor said.',
     (3, 3, 3), (15, 15, 15)),
    ('Ambulance crews treated 27 people at the scene of the blast in Kabul on Tuesday, the health ministry said.',
     None, (27, 27, 27)),
    ('Two Israeli soldiers were lightly wounded by an explosive device near Jenin on Monday, the army said.',
     None, (2, 2, 2)),
    ('The attack on a camp in Djugu on Thursday killed 22 displaced people and left at least 40 injured, a local official said.',
     (22, 22, 22), (40, 40, 40)),
    ('Fighting in Sake on Wednesday killed four soldiers; a further nine were evacuated with injuries, the army said.',
     (4, 4, 4), (9, 9, 9)),
    ('Police said 13 officers were hurt as protesters threw stones in Maputo on Tuesday.',
     None, (13, 13, 13)),
    ('More than 100 people were injured in the explosion at the port of Aden on Monday, including 20 children, the health office said.',
     None, (101, 101, 101)),
    ('The strike on a clinic in Marib on Friday killed one person and wounded 10, eight of them women, medical sources said.',
     (1, 1, 1), (10, 10, 10)),
    ('A grenade attack on a bar in Bunia on Saturday killed three people; 25 others were hurt, and five of them remain in '
     'serious condition, the mayor said.',
     (3, 3, 3), (25, 25, 25)),
    ('Nobody was killed but four people suffered minor injuries when a drone hit a petrol station in Belgorod on Sunday, the governor said.',
     (0, 0, 0), (4, 4, 4)),
    ('Twenty-six people were wounded in clashes in El Geneina on Monday, bringing the number of wounded since the fighting '
     'began in April to more than 2,000, doctors said.',
     None, (26, 26, 26)),
    ('Gunmen opened fire on worshippers in a church in Owo on Sunday, killing 22 and wounding 58, hospital sources said.',
     (22, 22, 22), (58, 58, 58)),
    ('The bomb wounded 15 members of the security forces and two civilians at a checkpoint near Kismayo on Tuesday, police said.',
     None, (17, 17, 17)),
    ('An air strike on a marketplace in Tabqa on Thursday left seven dead and dozens injured, activists said.',
     (7, 7, 7), (12, 12, 99)),
    ('Nine people sought medical help after a missile strike on Sumy on Friday, the regional administration said.',
     None, (9, 9, 9)),
    ('A Russian glide bomb hit an apartment block in Kharkiv on Saturday, injuring 41 people, among them six children, the mayor said.',
     None, (41, 41, 41)),
    ('Police said two officers were shot and wounded by gunmen in Bamenda on Wednesday.',
     None, (2, 2, 2)),
    ('Three protesters were killed and more than 80 wounded as security forces fired on demonstrators in Khartoum on Thursday, '
     'the doctors committee said.',
     (3, 3, 3), (81, 81, 81)),
    ('The shelling caused 18 casualties in Avdiivka on Monday, among them four dead, officials said.',
     (4, 4, 4), '*'),
    # round 8: fatalities wording (by-party lists, "including"/"of whom"/"the dead included", revisions,
    # attackers' dead, bodies found, died of wounds, voices that disagree, cumulative and earlier figures, zeros)
    ('Gunmen killed 11 people in the village of Kukawa on Sunday: seven farmers, three herders and a local chief, police said.',
     (11, 11, 11), None),
    ('The strike killed nine people, among them four children, in Douma on Tuesday, rescuers said.',
     (9, 9, 9), None),
    ('Twenty people died in the attack on Mopti on Friday, of whom 12 were soldiers, the army said.',
     (20, 20, 20), None),
    ('The dead included three soldiers and two police officers, the governor said after the ambush near Bama on Monday.',
     (5, 5, 5), None),
    ('The death toll from the market bombing in Maiduguri on Saturday rose to 31, up from 19 initially reported, hospital sources said.',
     (31, 31, 31), None),
    ('An earlier toll had put the number of dead at 12; officials said on Tuesday that 17 people had been killed in the strike on Odesa on Monday.',
     (17, 17, 17), None),
    ('Eight soldiers were killed in an ambush near Tahoua on Wednesday, and three assailants were also killed, the defence ministry said.',
     (11, 11, 11), None),
    ('The army said it neutralised 15 terrorists after they attacked a post in Djibo on Tuesday, losing four of its own soldiers.',
     (19, 19, 19), None),
    ('The bodies of 23 people were found in the village of Mukondi on Sunday after an overnight attack by ADF rebels, the army said.',
     (23, 23, 23), None),
    ("Two more wounded died in hospital, bringing the toll from Friday's blast in Kabul to 27, the health ministry said.",
     (27, 27, 27), None),
    ('Four of the wounded later succumbed to their injuries, raising the number killed in the bombing in Kirkuk on Tuesday to 12, police said.',
     (12, 12, 12), None),
    ('Fifteen villagers lost their lives when jihadists attacked Seytenga on Monday, the governor said.',
     (15, 15, 15), None),
    ('Tens of civilians were killed when the RSF shelled El Obeid on Thursday, activists said.',
     (10, 10, 99), None),
    ('A few soldiers were killed in clashes with rebels near Kitshanga on Monday, a local source said.',
     (2, 2, 5), None),
    ('The Syrian Observatory said 27 people were killed in the air strikes on Idlib on Friday, while the civil defence put the toll at 31.',
     (27, 27, 31), None),
    ('Since the start of the year, more than 400 people have been killed in Zamfara; on Tuesday gunmen killed 16 villagers in Maru, police said.',
     (16, 16, 16), None),
    ('The attack, the deadliest since a raid on Solhan in 2021 that killed 160 people, left 45 soldiers dead near Djibo on Saturday, the army said.',
     (45, 45, 45), None),
    ('No one was killed in the attack on a police station in Bamenda on Monday, police said.',
     (0, 0, 0), '*'),
    ('"Eleven of our fighters were killed," said the group\'s spokesman, after clashes with the army near Kalehe on Tuesday.',
     (11, 11, 11), None),
    ('"We buried 19 people this morning," a village chief told AFP after the attack on Bounti on Sunday.',
     (19, 19, 19), None),
    ('Gunmen shot dead six worshippers at a mosque in Zamfara on Friday, police said.',
     (6, 6, 6), None),
    ('Seven policemen and a civilian were killed when militants attacked a checkpoint in Dera Ismail Khan on Thursday, police said.',
     (8, 8, 8), None),
    ('The raid killed 13 people, including two attackers, in the village of Kaya on Wednesday, security sources said.',
     (13, 13, 13), None),
    ('A total of 24 people, nine of them children, were killed in the strike on Sanaa on Monday, the Houthi-run health ministry said.',
     (24, 24, 24), None),
    ('Militants killed 10 soldiers in an attack on a base near Ansongo on Tuesday; the army said 21 assailants were neutralised in the counter-attack.',
     (31, 31, 31), None),
    ('Nineteen people died, two of them in hospital, after a drone hit a bus near Kherson on Saturday, the governor said.',
     (19, 19, 19), None),
    ('The UN said 52 civilians were killed in the RSF attack on Wad al-Nourah on Wednesday; activists put the toll at more than 100.',
     (52, 52, 101), None),
    ('At least 16 people were killed when a car bomb exploded in Mogadishu on Saturday, police said. The toll later rose to 21.',
     (21, 21, 21), None),
    ('Police put the toll from the attack on a church in Owo on Sunday at 22; state officials said 40 people were killed.',
     (22, 22, 40), None),
    ('Forty-two people were killed in the attack on Mangu on Tuesday, the chairman said; the toll includes 12 women.',
     (42, 42, 42), None),
    ('Three assailants were killed and two police officers injured when gunmen attacked a bank in Peshawar on Monday, police said.',
     (3, 3, 3), (2, 2, 2)),
    ('Israeli forces killed four Palestinians in Tulkarm on Thursday, among them a 15-year-old boy, the health ministry said.',
     (4, 4, 4), None),
    ('Rescuers pulled 14 bodies from the rubble after a Russian missile hit a building in Dnipro on Saturday, officials said.',
     (14, 14, 14), None),
    ('Some 35 civilians were massacred in the village of Ogossagou on Saturday, local officials said.',
     (35, 35, 35), None),
    ('Nearly 30 soldiers were killed in an attack on a post in Inates on Tuesday, security sources said.',
     (29, 29, 29), None),
    ('Over 50 people lost their lives in the clashes in Tripoli on Monday, the health ministry said.',
     (51, 51, 51), None),
    ('Fighting between the army and the RSF in El Geneina on Sunday killed at least five people, a medic said, bringing the toll '
     'from a week of clashes to 87.',
     (5, 5, 5), None),
    ('An air strike killed eight people in Hajjah on Monday, the second deadly raid on the district this year after one killed 14 on June 2.',
     (8, 8, 8), None),
    ('Two soldiers died of their wounds on Tuesday, a day after an ambush near Menaka in which five other soldiers were killed, the army said.',
     (7, 7, 7), None),
    ('Two Israeli soldiers were killed and eight wounded in fighting in southern Lebanon on Wednesday, the army said, adding that its '
     'troops had killed 12 Hezbollah fighters.',
     (14, 14, 14), (8, 8, 8)),
    ('The jihadists lost 18 men in the fighting near Menaka on Sunday, while six soldiers were killed, the army said.',
     (24, 24, 24), None),
    ('Six people, all members of one family, were killed when a shell hit their home in Kadugli on Monday, activists said.',
     (6, 6, 6), None),
    ('An Israeli air strike killed a father and his four children in Deir al-Balah on Tuesday, civil defence said.',
     (5, 5, 5), None),
    ('Gunmen killed a village chief and his two wives in Tillaberi on Sunday, a local official said.',
     (3, 3, 3), None),
    ('At least one person was killed and 12 were wounded when a drone hit a shopping centre in Kharkiv on Sunday, the mayor said.',
     (1, 1, 1), (12, 12, 12)),
    ('Seventeen villagers were killed in the raid on Kwall on Friday, police said. The 17 victims were buried on Saturday.',
     (17, 17, 17), None),
    ('A roadside bomb killed five soldiers near Dhusamareb on Tuesday. All five were members of a special forces unit, an officer said.',
     (5, 5, 5), None),
    ('Officials first reported seven dead, but by evening the toll from the shelling of Horlivka on Monday had risen to 10.',
     (10, 10, 10), None),
    ('Local officials said 25 people were killed in the attack on Djibo on Sunday, but the army put the figure at 12.',
     (12, 25, 25), None),
    ('The Houthi-run health ministry said 80 people were killed in US strikes on Ras Isa port on Thursday.',
     (80, 80, 80), None),
    ('Nobody was killed in the Russian drone attack on Kyiv overnight, though three people were injured, the mayor said.',
     (0, 0, 0), (3, 3, 3)),
    ('There were no fatalities in the blast at a checkpoint in Kirkuk on Sunday, police said.',
     (0, 0, 0), '*'),
    ('Gunmen on Monday killed 20 people in the Dogon village of Sobane, the fourth such massacre in the Mopti region since January, officials said.',
     (20, 20, 20), None),
    ('Three civilians were killed and another five wounded when shells hit Nikopol on Friday, the governor said.',
     (3, 3, 3), (5, 5, 5)),
    ('A Palestinian man was killed and another wounded by Israeli fire in Nablus on Tuesday, the health ministry said.',
     (1, 1, 1), (1, 1, 1)),
    ('The group said it had killed 12 soldiers in an attack on a base near Kidal on Monday and lost three of its fighters.',
     (15, 15, 15), None),
    ('Thirty-one soldiers were killed in the ambush near Menaka on Monday, the army said. The army said 31 soldiers died in the attack.',
     (31, 31, 31), None),
    ('US forces said an air strike near Jilib on Sunday killed three al-Shabaab militants. "The strike killed three terrorists and '
     'no civilians were harmed," the command said.',
     (3, 3, 3), None),
    ('Medics said 21 people were killed in the shelling of Khartoum North on Monday; the army-aligned government said 18.',
     (18, 21, 21), None),
    ('Medical sources said at least 15 people were killed in the clashes in Tripoli on Sunday, while security sources put the toll at 11.',
     (11, 15, 15), None),
    ('Eight people were killed in the attack on the village of Kukawa on Sunday, including five attackers, police said.',
     (8, 8, 8), None),
    ('Of the 14 people killed in the bombing in Quetta on Monday, nine were policemen, officials said.',
     (14, 14, 14), None),
    ('Peacekeepers found 30 bodies in the village of Bule and another 12 in Drodro after the attacks on Saturday, the UN mission said.',
     (42, 42, 42), None),
    ('The army said 20 jihadists were killed in the assault on the base near Tillaberi on Thursday, while nine soldiers lost their lives.',
     (29, 29, 29), None),
    ('Gunmen stormed the village of Zike on Sunday and killed 38 people, a local leader said. "Thirty-eight of our people are dead," he said.',
     (38, 38, 38), None),
    # round 9: parts with no total, latest-toll wording, two voices in one sentence, 'other' dead, a side's own
    # kills beside its losses, one person and kin, 'another' hurt, parts by place
    pytest.param('Those killed included four policemen and a soldier, the district commissioner said after the raid on Garissa on Friday.',
     (5, 5, 5), None, marks=pytest.mark.xfail(strict=True, reason='no event: a list of parts with no total founds none (assemble._eventful)')),
    pytest.param('Among the dead were six farmers and two herders, police said after the attack on Bokkos on Sunday.',
     (8, 8, 8), None, marks=pytest.mark.xfail(strict=True, reason='no event: a list of parts with no total founds none (assemble._eventful)')),
    ('The victims included seven women and three children, a local official said after the massacre in Yelwata on Friday.',
     (10, 10, 10), None),
    ('The dead were two teachers and five pupils, the state governor said after gunmen attacked a school near Kankara on Monday.',
     (7, 7, 7), None),
    ('Three more victims died overnight, bringing the number of dead from the bus bombing in Quetta on Monday to 19, officials said.',
     (19, 19, 19), None),
    ('Rescuers pulled two more bodies from the rubble on Thursday, raising the death toll from the strike on Dnipro to 46, the governor said.',
     (46, 46, 46), None),
    ('The death of a wounded policeman on Wednesday pushed the toll from the attack on the checkpoint in Bannu to nine, police said.',
     (9, 9, 9), None),
    ('Another soldier succumbed to his wounds on Saturday, taking the toll from the ambush near Diffa to 12, the army said.',
     (12, 12, 12), None),
    ('Hospital officials put the number of dead from the raid on Kalma camp on Friday at 14; the local administration said nine.',
     (9, 14, 14), None),
    pytest.param('The army said 12 soldiers were killed in the ambush near Kidal on Sunday, while the rebels said 30.',
     (12, 12, 30), None, marks=pytest.mark.xfail(strict=True, reason="'while the rebels said 30' is not read as a voice (attribution)")),
    ('Residents said 25 people died in the shelling of Kadugli on Monday; the governor said 11.',
     (11, 25, 25), None),
    ('Police put the toll from the bombing of the market in Konduga on Wednesday at 10, but aid workers said 17 people were killed.',
     (10, 17, 17), None),
    ('Three policemen died in hospital on Sunday, two days after a bombing in Quetta in which four other officers were killed, officials said.',
     (7, 7, 7), None),
    ('Four gendarmes were killed in the attack on the post in Kantchari on Monday; two other gendarmes died later of their wounds, the army said.',
     (6, 6, 6), None),
    ('Gunmen killed nine worshippers at a church in Ondo on Sunday and 14 other people in a nearby market, police said.',
     (23, 23, 23), None),
    ('Two soldiers died of their injuries in hospital in Bamako on Thursday, after an attack near Mopti on Wednesday in which three other soldiers were killed, the army said.',
     (5, 5, 5), None),
    ('Three Ukrainian soldiers were killed in the shelling near Bakhmut on Monday, the general staff said, adding that its forces had killed 40 Russian troops.',
     (43, 43, 43), None),
    ('Four soldiers were killed in an attack on a checkpoint near Diffa on Tuesday, the army said, adding that it had killed 17 Boko Haram fighters.',
     (21, 21, 21), None),
    ('The group said two of its fighters died in the clashes near Kalehe on Sunday and that its men killed nine soldiers.',
     (11, 11, 11), None),
    ('Five police officers were killed in the ambush near Bamenda on Friday, police said, adding that its units had killed three separatists.',
     (8, 8, 8), None),
    ('An air strike killed a doctor and his three daughters in Khan Younis on Saturday, the health ministry said.',
     (4, 4, 4), None),
    ('Gunmen shot dead a pastor and his wife in Plateau State on Monday, police said.',
     (2, 2, 2), None),
    ('Militants killed a local councillor and his two sons near Tillaberi on Thursday, officials said.',
     (3, 3, 3), None),
    ('Two French soldiers and an Estonian soldier were wounded in a blast near Menaka on Friday, the army said.',
     None, (3, 3, 3)),
    ('Three Turkish soldiers and a civilian interpreter were killed in the attack near al-Bab on Sunday, the defence ministry said.',
     (4, 4, 4), None),
    ('One soldier was killed and another critically injured when their patrol hit a mine near Gao on Monday, the army said.',
     (1, 1, 1), (1, 1, 1)),
    ('A policeman was shot dead and another wounded in an attack on a checkpoint in Peshawar on Friday, officials said.',
     (1, 1, 1), (1, 1, 1)),
    ('A protester was killed and another was badly hurt when police opened fire in Nairobi on Tuesday, witnesses said.',
     (1, 1, 1), (1, 1, 1)),
    ('An Israeli strike killed a man and wounded another in Jenin on Wednesday, the health ministry said.',
     (1, 1, 1), (1, 1, 1)),
    ("Rescuers recovered 17 bodies in Bucha and another nine in Irpin on Sunday, the prosecutor's office said.",
     (26, 26, 26), None),
    ('Gunmen killed 20 villagers in Kukawa and 11 in nearby Gajiram on Monday, police said.',
     (31, 31, 31), None),
    ('The army said it had found 25 bodies in Tora and a further eight near Shagari on Thursday.',
     (33, 33, 33), None),
    ('Fourteen people were killed in Kaduna and another six in Zaria in attacks on Sunday, police said.',
     (20, 20, 20), None),
    ('Two US service members and a British soldier were killed in a rocket attack on Camp Taji on Wednesday, officials said.',
     (3, 3, 3), None),
    # round 13: manners of killing told with "to death"
    pytest.param('JOS, Nigeria, May 2 (AFP) - Eleven villagers were reportedly hacked to death by gunmen in Bokkos on Tuesday, police said.',
     (11, 11, 11), None, marks=_TO_DEATH_HELD),
    pytest.param('BUNIA, Congo, July 8 (AP) - At least nine people were burnt to death when militiamen set fire to houses in Djugu on Saturday, a local official said.',
     (9, 9, 9), None, marks=_TO_DEATH_HELD),
    ('KADUNA, Sept 1 (AFP) - Gunmen stabbed to death four worshippers at a church in Kaduna on Sunday, police said.',
     (4, 4, 4), None),
    pytest.param('MAIDUGURI, June 4 (Reuters) - Seven farmers were beaten to death by suspected jihadists near Konduga on Sunday, a militia leader said.',
     (7, 7, 7), None, marks=_TO_DEATH_HELD),
    # round 13: the body of one person, and real zeros
    ('SANAA, May 4 (Xinhua) - Police fired on demonstrators in Taiz on Tuesday, and a hospital in the city received the '
     'body of a young man and nine wounded people, a medic said.',
     (1, 1, 1), (9, 9, 9)),
    ('GOMA, Congo, Dec 6 (AFP) - Rebels handed over the town of Kitshanga to regional troops on Tuesday without a shot being fired, an AFP journalist saw.',
     (0, 0, 0), None),
    ('NAIROBI, July 3 (Reuters) - Thousands marched peacefully in Nairobi on Tuesday against new taxes, and police reported no injuries.',
     (0, 0, 0), (0, 0, 0)),
    # round 13: "one" describing a voice is no toll
    ('An air strike on a monastery in Sagaing on Friday killed 40 people, one resistance group estimated.',
     (40, 40, 40), None),
    # round 16: a relative clause right after the count carries the outcome ("two people who were wounded")
    pytest.param('Rescuers pulled out 14 people who had been injured when a Russian shell hit a school in Kharkiv on Friday, the governor said.',
                 None, (14, 14, 14), marks=_WHO_CLAUSE_HELD),
    ('Nine soldiers who died in an ambush near Diffa on Saturday were buried on Monday, the army said.',
     (9, 9, 9), None),
    ('Gunmen killed 12 worshippers who were praying in a mosque in Tillaberi on Friday, officials said.',
     (12, 12, 12), None),
    # ... "the number of X who lost their lives / who were wounded" is a toll's subject
    ('A car bomb exploded at a market in Baidoa on Friday, police said. The number of those who were wounded rose to 40, officials said.',
     None, (40, 40, 40)),
    # ... a revision verb with an adverb or a day before its toll, and other verbs of revision
    ("Nigeria's police revised down on Monday the death toll from Saturday's attack on a market in Gwoza to 21, from 30 given earlier.",
     (21, 21, 21), None),
    ("Sudan's health ministry on Wednesday lowered sharply the toll of the shelling of Omdurman on Sunday to 17 from 40.",
     (17, 17, 17), None),
    ("The regional governor corrected the death toll from Friday's missile strike on Odesa to 12, from 14 reported earlier.",
     (12, 12, 12), None),
    ("Authorities cut the number of dead in Thursday's bombing in Mogadishu to 8 from 10 on Friday.",
     (8, 8, 8), None),
    # ... initials with dots ("U.S.", "U.N.") inside a toll's subject
    ('The death toll from the U.S. strike on a Shabaab camp near Jilib on Friday has risen to 9, a local official said.',
     (9, 9, 9), None),
    ('The number of people killed in the attack on the U.N. compound in Gao on Sunday rose to 7, the mission said.',
     (7, 7, 7), None),
]


@pytest.mark.parametrize("text,want_killed,want_injured", _WIRE_TOLLS)
def test_wire_copy_tolls(text, want_killed, want_injured, resources):
    evs = extract(article(text, "2024-08-03"), resources=resources)
    assert evs, "no event"
    k, i = evs[0].toll.killed, evs[0].toll.injured
    if want_killed != "*":
        assert ((k.low, k.best, k.high) if k else None) == want_killed
    if want_injured != "*":
        assert ((i.low, i.best, i.high) if i else None) == want_injured


def test_listed_dead_beside_a_told_total_are_its_breakdown(resources):
    text = ("Gunmen killed 11 people in the village of Bokkos on Sunday, police said. Among the dead were six farmers and "
            "two herders, a local leader said.")
    assert killed(text, resources=resources) == (11, 11, 11)


def test_a_later_toll_of_a_weeks_fighting_is_no_revision(resources):
    text = ("Fighting in El Geneina on Sunday killed at least five people, a medic said, bringing the toll from a week of "
            "clashes to 87.")
    assert killed(text, resources=resources)[1] == 5


def test_same_armed_dead_told_twice_by_one_voice_count_once(resources):
    text = ("The US military carried out an air strike against al-Shabaab near Jilib on Sunday, killing two fighters, the "
            "command said. \"The strike killed two al-Shabaab terrorists,\" the command said.")
    assert killed(text, resources=resources) == (2, 2, 2)


# rules held back at merge (round 15b), each because it cost a held-aside count; kept as strict
# expected failures so that a fix shows as XPASS
_NAMED_AGED_HELD = pytest.mark.xfail(strict=True, reason="'Chinedu Okafor, 43, was shot dead' (one named person known by an age) "
                                     "held back: it made a spurious held-aside event")
_KILLED_ALL_HELD = pytest.mark.xfail(strict=True, reason="'killed all four attackers', 'killing all 14 passengers' held back: "
                                     "it cost a held-aside toll")
# Whole short reports whose toll depends on how several mentions combine (lead and breakdown,
# voices of different standing, revisions, background tallies, attackers' dead, real zeros).
# Expected values written before running them: (text, published, killed low/best/high, injured).
_WIRE_REPORTS = [
    ("Maiduguri, March 4 (AFP) - At least 23 people were killed when gunmen stormed a market in Borno state on "
     "Sunday, police said. The dead included 15 traders and eight vigilantes, a police spokesman said. Another 12 "
     "people were wounded and taken to hospital in Maiduguri.",
     "2024-03-04", (23, 23, 23), (12, 12, 12)),
    # a health ministry is a government's voice (gold-format.md): the monitor's figure is best (round 28)
    pytest.param(
        "Beirut, Jan 10 (AFP) - Air strikes on a market in the rebel-held town of Ariha in Syria's Idlib province "
        "killed 19 civilians on Monday, the Syrian Observatory for Human Rights said. Syria's health ministry said 12 "
        "people had been killed. The Britain-based monitor said 30 others were wounded.",
        "2024-01-10", (12, 19, 19), (30, 30, 30)),
    ("MOGADISHU, June 9 (Reuters) - A car bomb exploded near a police station in Mogadishu on Saturday, killing at "
     "least eight people, police said. The blast destroyed several shops and a minibus. Later on Saturday, police "
     "spokesman Abdifatah Aden said the death toll had risen to 14, with 20 people wounded.",
     "2024-06-09", (14, 14, 14), (20, 20, 20)),
    ("Gaza, Nov 2 (Anadolu) - An Israeli air strike hit a house in the Nuseirat refugee camp in central Gaza on "
     "Thursday. \"Eleven people were killed, among them four children,\" said Mahmoud Basal, a civil defence "
     "spokesman. He said seven others were injured.",
     "2023-11-02", (11, 11, 11), (7, 7, 7)),
    ("KYIV, Aug 5 (Reuters) - A Russian missile struck a residential building in Zaporizhzhia on Monday, killing "
     "three people and wounding 17, regional governor Ivan Fedorov said. Russian strikes have killed more than "
     "1,000 civilians in the region since the start of the full-scale invasion in February 2022, according to "
     "regional authorities.",
     "2024-08-05", (3, 3, 3), (17, 17, 17)),
    ("BAGHDAD, Oct. 12 (Xinhua) -- Two people were killed and five others wounded on Saturday when a roadside bomb "
     "struck a police patrol in Iraq's northern province of Kirkuk, a police source told Xinhua. In a similar "
     "attack in August, four soldiers were killed near the town of Hawija.",
     "2024-10-12", (2, 2, 2), (5, 5, 5)),
    ("ABUJA, May 20 (Reuters) - Islamist militants attacked a military base in Marte in Borno state on Friday, "
     "killing 11 soldiers, two military sources said. Troops killed 16 of the attackers in the fighting, the "
     "sources said.",
     "2024-05-20", (27, 27, 27), None),
    ("KHARTOUM, Feb 3 (AFP) - Sudanese security forces fired tear gas at thousands of protesters in Khartoum on "
     "Thursday, and medics said 45 people were hurt. The Central Committee of Sudan Doctors said no one was "
     "killed.",
     "2022-02-03", (0, 0, 0), (45, 45, 45)),
    ("YANGON, March 14 (Reuters) - Myanmar security forces shot dead at least 38 protesters in Yangon on Sunday, "
     "the Assistance Association for Political Prisoners said. A doctor at a hospital in Hlaing Tharyar said 22 "
     "people had been hospitalised with gunshot wounds.",
     "2021-03-14", (38, 38, 38), (22, 22, 22)),
    ("MOGADISHU, Somalia (AP) - A car bomb exploded outside a restaurant in Mogadishu on Tuesday, killing at least "
     "nine people, police said. Dr. Mohamed Yusuf, director of Madina hospital, said his staff were treating 27 "
     "wounded people.",
     "2024-03-05", (9, 9, 9), (27, 27, 27)),
    ("ADEN, Yemen, Jan 7 (Reuters) - A drone struck a fuel depot near Aden airport on Friday, setting fire to "
     "tanks, but no one was killed or wounded, a government official said.",
     "2022-01-07", (0, 0, 0), (0, 0, 0)),
    ("NIAMEY, Dec 11 (Reuters) - More than 70 soldiers were killed in an attack by jihadists on a military camp in "
     "Inates in western Niger on Tuesday, security sources said. The defence ministry later put the toll at 71.",
     "2019-12-11", (71, 71, 71), None),
    ("BAGHDAD (AP) - A bomb hidden in a parked car exploded in a crowded market in Baghdad's Sadr City on Monday, "
     "killing at least 18 people, police said. Medical officials at two nearby hospitals said 20 people were "
     "killed and 45 wounded.",
     "2021-07-19", (18, 20, 20), (45, 45, 45)),
    ("KYIV, Ukraine (AP) - Russian drones struck an apartment block in Odesa overnight, killing eight people, the "
     "regional governor said Saturday. Ukraine's emergency service said 14 people were injured, including three "
     "children.",
     "2024-03-02", (8, 8, 8), (14, 14, 14)),
    ("GAZA CITY, May 9 (Xinhua) -- Israeli airstrikes on the Gaza Strip killed 13 Palestinians on Tuesday, "
     "including three senior commanders of the Islamic Jihad, the Gaza-based health ministry said. Twenty others "
     "were wounded, the ministry added. The Israeli army said its aircraft had targeted three Islamic Jihad "
     "commanders.",
     "2023-05-09", (13, 13, 13), (20, 20, 20)),
    ("The death toll from a Russian strike on a shopping centre in Kharkiv has risen to 16, up from 12 announced "
     "on Saturday, Governor Oleh Syniehubov said on Sunday. At least 43 people were wounded in the attack.",
     "2024-05-26", (16, 16, 16), (43, 43, 43)),
    ("KYIV (Reuters) - A Russian missile hit a hotel in Kramatorsk on Sunday, killing two people and wounding 11, "
     "officials said. Separately, Russian shelling killed one person in Kherson, the regional governor said.",
     "2024-08-25", (2, 2, 2), (11, 11, 11)),
    ("MAIDUGURI, Nigeria (AP) - Boko Haram fighters killed nine farmers in Borno state on Tuesday, a militia leader "
     "said. The jihadist insurgency has killed 40,000 people and displaced two million since 2009, according to "
     "the United Nations.",
     "2024-06-12", (9, 9, 9), None),
    ("YAOUNDE, Sept 3 (Reuters) - Four soldiers were killed and seven wounded when their vehicle hit a landmine near "
     "Mora in Cameroon's Far North region on Monday, a military source said.",
     "2024-09-03", (4, 4, 4), (7, 7, 7)),
    ("OUAGADOUGOU, Burkina Faso (AP) - Jihadists attacked an army post near Djibo on Sunday. \"We killed 30 of the "
     "terrorists and lost five of our men,\" said Captain Issa Ouedraogo, the post commander.",
     "2024-04-08", (35, 35, 35), None),
    ("ANKARA (AA) - Two Turkish soldiers were martyred and three others injured in a terrorist attack in northern "
     "Iraq, the National Defense Ministry said on Sunday. In the clash, six PKK terrorists were neutralized, the "
     "ministry added.",
     "2024-07-14", (8, 8, 8), (3, 3, 3)),
    ("LAGOS, April 3 (Reuters) - Gunmen attacked a village in Nigeria's Zamfara state on Saturday, and police said "
     "four people were killed. Residents said nine bodies had been recovered from the bush.",
     "2024-04-03", (4, 9, 9), None),
    ("Dozens of people were killed when a drone struck a crowded market in Sudan's North Kordofan state on "
     "Monday, witnesses said. The state health ministry later said 37 people had died.",
     "2024-09-10", (37, 37, 37), None),
    ("BENI, Congo, June 10 (Reuters) - Suspected ADF rebels killed 12 civilians with machetes in the village of "
     "Masambo near Beni on Sunday night, a local civil society leader said. On May 28, the rebels killed four "
     "people in a nearby village, he said.",
     "2024-06-10", (12, 12, 12), None),
    ("Mekelle (AFP) - An air strike on a market in Togoga in Ethiopia's Tigray region killed at least 51 people on "
     "Tuesday, health workers said. Doctors at Ayder hospital in Mekelle said 33 injured people were being "
     "treated there.",
     "2021-06-23", (51, 51, 51), (33, 33, 33)),
    ("RIYADH, March 20 (Reuters) - Saudi air defences intercepted a ballistic missile fired by Yemen's Houthis at "
     "Jazan on Sunday, the coalition said. Falling debris wounded two civilians, but no one was killed.",
     "2022-03-20", (0, 0, 0), (2, 2, 2)),
    ("GAZA, Aug 1 (Reuters) - An Israeli air strike on a house in Rafah killed five members of one family on "
     "Wednesday, medics said. A father, a mother and their three children were among the dead, the medics said.",
     "2024-08-01", (5, 5, 5), None),
    ("SANAA, Sept 2 (Reuters) - Air strikes by the Saudi-led coalition hit a prison in the Houthi-held city of "
     "Dhamar on Sunday, killing 20 people, the Houthi-run health ministry said. The coalition said it had "
     "targeted a drone storage site. The International Committee of the Red Cross said more than 100 detainees "
     "were held there.",
     "2019-09-02", (20, 20, 20), None),
    # round 11: every voice a party to the fight: a side's admitted dead give best, the enemy's boast of
    # the same dead only widens high
    ("KISMAYO, Somalia (AP) - Al-Shabaab fighters attacked a Kenyan army camp near Kolbiyow on Monday. Kenya's "
     "defence forces said four soldiers had been killed and 12 wounded. Al-Shabaab said in a statement that its "
     "fighters had killed 60 Kenyan soldiers.",
     "2024-06-11", (4, 4, 60), (12, 12, 12)),
    ("ADEN, Yemen (Reuters) - Houthi forces attacked government positions near Marib on Friday. A government "
     "military spokesman said 15 soldiers were killed. The Houthis said they had killed 90 soldiers and captured "
     "dozens more.",
     "2024-06-08", (15, 15, 90), None),
    ("MOGADISHU (Reuters) - Al-Shabaab fighters stormed an army base near Jowhar on Monday. The group said in a "
     "statement that its fighters had killed 45 soldiers.",
     "2024-06-11", (45, 45, 45), None),
    # a toll that rose, told before the denial of its sentence, is this event's latest toll
    ("Beirut (AFP) - Mortar shells hit a market in the northern Syrian town of Azaz on Saturday. The toll has "
     "since risen to nine, a war monitor said on Monday, as Turkey blamed the YPG, which denied any involvement.",
     "2024-06-10", (9, 9, 9), None),
    ("KHARTOUM (AFP) - Shells hit a market in Omdurman on Friday. The death toll rose to 31 on Saturday, medics "
     "said, as the RSF blamed the army, which denied it had fired on the area.",
     "2024-06-09", (31, 31, 31), None),
    ("Mortar shells hit a market in Azaz on Saturday, a monitor said. Turkey denied that the toll had risen to 30.",
     "2024-06-10", None, None),
    ("NAIROBI (AP) - In June 2022, hundreds of villagers were killed in Gimbi; the government blamed the OLA, "
     "which denied involvement. On Monday the OLA seized the town of Nekemte.",
     "2024-06-11", None, None),
    # a vague figure of a voice that ranks above every precise one should stand; among voices of one rank
    # the precise figure does
    pytest.param("BASRA, Iraq (Reuters) - Police fired on protesters in Basra on Friday, killing three and wounding dozens, "
                 "medics said. Security sources said 47 people were wounded.",
                 "2024-06-08", (3, 3, 3), (12, 12, 99)),
    ("BAGHDAD (AFP) - Dozens of people were wounded when police fired on protesters in Nasiriyah on Sunday, "
     "medics said. A hospital director said 37 people were being treated for gunshot wounds.",
     "2024-06-10", None, (37, 37, 37)),
    pytest.param("KHARTOUM (AFP) - Hundreds of people were hurt when troops stormed the protest camp in Khartoum on Monday, "
                 "doctors said. The military council said 91 were injured.",
                 "2024-06-11", None, (91, 100, 999)),
    # round 12: an adverb inside the passive ("were savagely killed", "were brutally murdered");
    # "only" and "early" are no such adverbs
    ("BAMAKO (AFP) - Gunmen on motorbikes attacked the village of Ogossagou in central Mali on Saturday. "
     "\"Twenty-six villagers were savagely killed,\" the government said in a statement.",
     "2024-06-09", (26, 26, 26), None),
    ("KANO, Nigeria (Premium Times) - Bandits stormed the village of Dansadau in Zamfara state on Sunday, and 18 "
     "farmers were brutally murdered, police said.",
     "2024-06-10", (18, 18, 18), None),
    ("MOGADISHU (AP) - Only three people were killed when a bomb exploded near a market in Mogadishu on Sunday, "
     "police said.",
     "2024-06-10", (3, 3, 3), None),
    # round 13: one party's dead of a lead that sums two events belong to the event that tells them again
    ("BAMAKO, May 3 (AFP) - Twenty-two villagers and nine soldiers were killed on Tuesday in two separate attacks in "
     "central Mali, the army said. Gunmen on motorbikes raided the village of Ogossagou, shooting residents and burning "
     "granaries. Separately, an army post in Boulkessi was attacked by jihadists on Tuesday. Nine soldiers died in the "
     "assault on the post, the army said.",
     "2024-05-03", (22, 22, 22), None),
    ("NIAMEY, Jan 11 (Reuters) - Suspected jihadists killed 17 civilians and six gendarmes in two attacks in western "
     "Niger on Monday, the interior ministry said. Gunmen stormed a market in the village of Tchoma Bangou and opened "
     "fire on traders. In a separate attack on Monday, a gendarmerie post near Banibangou was attacked. Six gendarmes "
     "were killed there and four wounded, the ministry said.",
     "2024-01-11", (17, 17, 17), None),
    # ... but one attack's coordinated dead, the soldiers named again, add up
    ("OUAGADOUGOU, Feb 2 (AFP) - Twelve civilians and four soldiers were killed on Sunday when jihadists attacked a "
     "convoy near Djibo, security sources said. The four soldiers were escorting the convoy, the sources said.",
     "2024-02-02", (16, 16, 16), None),
    # round 13: a crowd's event does not take the dead of the attack that set it off
    ("BENI, Nov 26 (Reuters) - Angry youths burned tyres and stoned a police station in Beni on Tuesday after ADF rebels "
     "killed 12 civilians in a nearby village at the weekend. One protester was shot dead by police, the mayor said.",
     "2024-11-26", (1, 1, 1), None),
    ("BENI, Dec 9 (Reuters) - Hundreds of youths rioted in Beni on Monday, protesting the killing of eight people by the "
     "ADF, and one protester was shot dead near the town hall, police said.",
     "2024-12-09", (1, 1, 1), None),
    ("BENI, Dec 2 (AFP) - Police shot dead two protesters in Beni on Monday as crowds torched tyres after an overnight "
     "raid by ADF rebels killed 12 civilians, the mayor said.",
     "2024-12-02", (2, 2, 2), None),
    # ... and keeps the protesters killed after police opened fire
    ("BUTEMBO, Congo, Aug 5 (AP) - Rioters torched a town hall in Butembo on Monday, protesting the killing of 20 "
     "villagers by militiamen. Two rioters were killed when police opened fire, a local official said.",
     "2024-08-05", (2, 2, 2), None),
    # round 14: whole reports written before running them (told twice, revisions, tallies, breakdowns,
    # attackers' dead, subsets, numbers that are not tolls, voices that disagree)
    ("MAIDUGURI, Nigeria, Sept 2 (Reuters) - Suicide bombers killed more than 20 people at a fish market in Konduga in "
     "Borno state on Sunday, police said. Police spokesman Daso Nahum said 22 people were killed and 31 injured in the blasts.",
     "2024-09-02", (21, 22, 22), (31, 31, 31)),
    ("KYIV, Ukraine (AP) - A Russian missile hit a supermarket in Kostiantynivka on Wednesday, killing eleven people, "
     "regional governor Vadym Filashkin said. Filashkin later said on Telegram that the 11 dead included a 12-year-old "
     "girl, and that 17 people were wounded.",
     "2024-08-21", (11, 11, 11), (17, 17, 17)),
    ("ISTANBUL (Anadolu) - At least 10 people were killed and more than 30 injured in an Israeli airstrike on the Jabalia "
     "refugee camp in northern Gaza, according to Gaza's Civil Defense. Civil Defense spokesman Mahmoud Basal said 10 "
     "bodies were recovered and 35 injured people were taken to hospitals.",
     "2024-10-10", (10, 10, 10), (31, 35, 35)),
    # revisions
    ("GAZA, March 4 (Anadolu) - The death toll from an Israeli airstrike on a house in Rafah rose to 17 on Monday, up "
     "from 11, the Health Ministry in Gaza said. The ministry said 26 people were wounded.",
     "2024-03-04", (17, 17, 17), (26, 26, 26)),
    ("MOGADISHU, Oct 30 (Reuters) - Two car bombs exploded at a busy junction in Mogadishu on Saturday, killing at "
     "least 35 people, police said. Police had earlier put the toll at 19. More than 40 people were wounded, an "
     "ambulance service said.",
     "2022-10-30", (35, 35, 35), (41, 41, 41)),
    ("KHARTOUM, June 11 (Xinhua) -- The death toll of an air raid on a market in southern Khartoum on Saturday climbed "
     "to 22, Sudan's health ministry said Sunday. The ministry had reported 17 deaths on Saturday.",
     "2023-06-11", (22, 22, 22), None),
    pytest.param("The number of people killed in Sunday's attack on Yelwata community in Benue State has risen from 43 to 59, the "
                 "state police command said on Tuesday. The command said 22 injured victims were receiving treatment at the "
                 "General Hospital in Makurdi.",
                 "2025-06-17", (59, 59, 59), (22, 22, 22),
                 marks=pytest.mark.xfail(strict=True, reason="'has risen from 43 to' as the outcome before 59 held back: it cost a held-aside event")),
    ("KYIV (Kyiv Independent) - The number of people injured in Russia's missile strike on Dnipro on Jan. 14 has risen "
     "to 75, up from 64 reported earlier, the regional governor said on Jan. 15. The death toll stands at 40, including "
     "three children.",
     "2023-01-15", (40, 40, 40), (75, 75, 75)),
    # a war's or a year's tally next to the event's toll
    ("Israeli strikes on a school sheltering displaced families in Gaza City killed at least 22 people on Thursday, the "
     "civil defence agency said. More than 40,000 Palestinians have been killed in Gaza since October 7, according to "
     "the health ministry.",
     "2024-08-15", (22, 22, 22), None),
    ("Bamako (AFP) - Jihadists killed 14 civilians in an attack on a village in central Mali on Tuesday, local "
     "officials said. The attack brings to more than 600 the number of civilians killed in the region this year, "
     "according to a UN tally.",
     "2024-09-18", (14, 14, 14), None),
    ("EL FASHER - Shelling by the Rapid Support Forces on the Abu Shouk camp for displaced people near El Fasher killed "
     "nine people and wounded 20 on Monday, the camp's coordination body said. The conflict, now in its second year, "
     "has killed tens of thousands of people across Sudan.",
     "2024-12-03", (9, 9, 9), (20, 20, 20)),
    ("A junta airstrike on a monastery in Sagaing Region's Kani Township killed 18 civilians, including four novice "
     "monks, on Saturday, residents said. The regime has carried out more than 1,500 airstrikes on civilian targets "
     "since the 2021 coup, killing more than 2,000 people, according to the ISP-Myanmar think tank.",
     "2024-06-10", (18, 18, 18), None),
    ("BENI, Congo (Reuters) - ADF rebels killed 11 civilians with machetes in a night raid on a village near Beni, a "
     "local civil society leader said on Thursday. ADF attacks have killed more than 300 civilians in Beni territory "
     "so far this year, according to the Kivu Security Tracker.",
     "2024-05-16", (11, 11, 11), None),
    ("GAZA (Al Jazeera) - Israeli strikes on Lebanon's south killed four people on Tuesday, the Lebanese health "
     "ministry said, bringing the number killed since the truce to more than 330.",
     "2025-11-18", (4, 4, 4), None),
    # a breakdown by party that sums to the total, or stands without one
    ("DAMASCUS, Dec 1 (Reuters) - Clashes between government forces and insurgents near Hama killed 45 people on "
     "Saturday, the Syrian Observatory for Human Rights said. The dead were 27 soldiers and 18 insurgents, the "
     "Britain-based monitor said.",
     "2024-12-01", (45, 45, 45), None),
    ("KINSHASA, July 3 (AFP) - Five soldiers and eight M23 rebels were killed in fighting near Sake in North Kivu on "
     "Wednesday, army spokesman Guillaume Ndjike said. Three civilians were also wounded by stray bullets.",
     "2024-07-03", (13, 13, 13), (3, 3, 3)),
    ("Niamey (AFP) - Fifteen soldiers and about 30 jihadists were killed in an attack on an army post near Tillaberi "
     "on Sunday, Niger's defence ministry said. Seven soldiers were wounded, the ministry said.",
     "2024-06-24", (45, 45, 45), (7, 7, 7)),
    # attackers among the dead
    ("KISMAYO, Somalia (AP) - Al-Shabaab gunmen stormed a hotel in Kismayo on Friday, killing at least nine people, "
     "police said. All four attackers were killed by security forces after a 10-hour siege, police spokesman Abdi "
     "Hassan said.",
     "2024-08-24", (13, 13, 13), None),
    ("ABUJA, Nigeria (Reuters) - Twelve people, including two suicide bombers, were killed when explosions hit a "
     "mosque in Maiduguri on Friday, police said. Fifteen worshippers were injured.",
     "2024-01-20", (12, 12, 12), (15, 15, 15)),
    ("MOGADISHU, Aug. 19 (Xinhua) -- At least 12 people were killed and 20 others injured when al-Shabab militants "
     "attacked a hotel in Mogadishu on Friday evening, police said Saturday. A police spokesman said the dead included "
     "nine civilians and three soldiers, and that all five attackers were killed in the ensuing gunfight.",
     "2022-08-20", (17, 17, 17), (20, 20, 20)),
    ("YAOUNDE, March 2 (Reuters) - Separatist fighters attacked a gendarmerie post in Bamenda on Wednesday, killing two "
     "gendarmes, the army said. Troops killed six of the attackers, the army said.",
     "2022-03-03", (8, 8, 8), None),
    # a subset of the dead
    ("SANAA, Yemen (AP) - An airstrike hit a wedding party in Hajjah province on Sunday, killing 20 people, including "
     "five children, a Houthi health official said. Another 46 guests were wounded.",
     "2024-04-22", (20, 20, 20), (46, 46, 46)),
    ("Yaounde (AFP) - Gunmen killed 11 villagers, among them six women, in an attack on a village near Kumbo in "
     "Cameroon's North-West region, a local official said Sunday. Two other villagers were wounded.",
     "2024-03-10", (11, 11, 11), (2, 2, 2)),
    # numbers that are not tolls
    ("MAPUTO, April 5 (Reuters) - Islamist insurgents killed six people in an attack on a village about 40 km from "
     "Mocimboa da Praia in Mozambique's Cabo Delgado province on Thursday, a local official said. Among the dead was a "
     "70-year-old village chief. The insurgency, which began in 2017, has displaced more than 1 million people.",
     "2024-04-05", (6, 6, 6), None),
    ("MOGADISHU, Jan 9 (Xinhua) -- Somali forces freed 14 hostages and killed five al-Shabab militants in a raid on a "
     "hideout in Lower Shabelle region on Tuesday, the defense ministry said. The ministry said about 200 fighters had "
     "been based at the hideout.",
     "2024-01-09", (5, 5, 5), None),
    ("ABUJA, Nigeria (AP) - Gunmen abducted 30 passengers and killed two drivers on a highway some 60 kilometers south "
     "of Kaduna on Monday, police said. The kidnappers demanded a ransom of 50 million naira for the hostages.",
     "2024-02-12", (2, 2, 2), None),
    ("KYIV, Ukraine (Reuters) - Russia launched 46 drones and three missiles at Ukraine overnight, and a strike on "
     "Kharkiv killed two people and wounded 14, regional governor Oleh Synehubov said on Tuesday. Air defences shot "
     "down 38 of the drones, the air force said.",
     "2024-10-15", (2, 2, 2), (14, 14, 14)),
    ("KIRKUK, Iraq (Reuters) - Islamic State militants killed three shepherds and kidnapped four others in the desert "
     "near Kirkuk on Sunday, a police officer said. The militants, who lost their last territory in Iraq in 2017, still "
     "hold about 20 hostages in the area, the officer said.",
     "2024-03-17", (3, 3, 3), None),
    ("SANAA, Yemen (AP) - U.S. and British warplanes struck 13 sites in Hodeida on Saturday, killing three people and "
     "wounding nine, the Houthi-run Saba news agency said. The Houthis have launched more than 100 attacks on ships in "
     "the Red Sea since November.",
     "2024-02-24", (3, 3, 3), (9, 9, 9)),
    # a ministry (or government, or party) and a monitor (or residents, or doctors) disagree
    ("ADDIS ABABA (Reuters) - Fighting between government troops and Fano militiamen in the town of Bahir Dar killed 30 "
     "civilians on Sunday, the Ethiopian Human Rights Commission said. The regional government said 17 people had died.",
     "2023-08-08", (17, 30, 30), None),
    ("Beirut, May 6 (AFP) - A car bomb in the town of Azaz in northern Syria killed 11 people on Saturday, the Syrian "
     "Observatory for Human Rights said. Turkey's defence ministry said eight civilians were killed and blamed Kurdish "
     "militants.",
     "2023-05-06", (8, 11, 11), None),
    ("NAIROBI, Kenya (AP) - Gunmen killed at least 30 people in an attack on a village in western Oromia on Saturday, "
     "the regional government said. Residents said they had buried 42 bodies.",
     "2022-06-20", (30, 42, 42), None),
    # known gap: police that did the shooting are read as a government voice, not a party, so their
    # lower figure widens low (a party's would only widen high)
    pytest.param(
        "KHARTOUM, Nov 17 (Reuters) - Security forces shot dead 15 protesters in Khartoum on Wednesday, the Central "
        "Committee of Sudan Doctors said. The police said only one person had died and that 89 officers were injured.",
        "2021-11-18", (15, 15, 15), (89, 89, 89),
        marks=pytest.mark.xfail(strict=True, reason="perpetrating police read as a government voice")),
    ("PEMBA, Mozambique (AFP) - Insurgents ambushed an army convoy near Macomia on Monday, killing at least 10 soldiers, "
     "security sources said. A local official said 15 soldiers were killed or wounded.",
     "2024-05-14", (10, 10, 10), None),
    ("JERUSALEM (AP) - A Palestinian gunman opened fire at a bus stop in Jerusalem on Monday, killing six people before "
     "he was shot dead by two off-duty soldiers, Israeli police said. Magen David Adom said 12 people were wounded.",
     "2023-11-27", (7, 7, 7), (12, 12, 12)),
    # round 14b: "put the number at" after the wounded; an ordinal death told later; last year's event named
    ("BEIRUT (AFP) - Gunmen opened fire on mourners at a funeral in the town of Khaldeh on Sunday, killing two people, the "
     "army said. The Red Cross said it had taken 14 wounded to hospitals, while the health ministry put the number at 16.",
     "2021-08-01", (2, 2, 2), (14, 14, 16)),
    ("KABUL (Reuters) - A bomb exploded at a bus station in Kabul on Monday, killing six people, police said. Officials "
     "said later that a seventh victim had died in hospital.",
     "2022-05-02", (7, 7, 7), None),
    ("BAGHDAD (AFP) - Gunmen fired on a rally marking last year's election protests in Nasiriyah on Friday, killing four "
     "people and wounding 11, medics said.",
     "2020-11-27", (4, 4, 4), (11, 11, 11)),
    # round 14b: a count with no noun, found after the bodies were named
    ("OUAGADOUGOU (AFP) - Jihadists killed dozens of villagers in northern Burkina Faso on Tuesday, the regional governor "
     "said. A local official who helped bury the bodies said \"at least 42\" had been found in the fields.",
     "2023-04-20", (42, 42, 42), None),
    ("MAIDUGURI (Reuters) - Boko Haram fighters attacked fishermen on Lake Chad on Sunday, killing at least 20, police "
     "said. Rescuers searching for the bodies said 31 were recovered from the water by Monday.",
     "2022-03-08", (20, 31, 31), None),
    # round 14b: a monitor's breakdown after a colon; a party's tally of two lands over days; a caveat
    ("BEIRUT (AFP) - A Turkish drone strike on a car near Kobane killed four people on Wednesday, the SDF said. The Syrian "
     "Observatory for Human Rights put the toll at six: four fighters and two civilians.",
     "2023-01-12", (4, 6, 6), None),
    ("ANKARA (Reuters) - Turkish drones struck a vehicle near Qamishli on Monday, killing three members of the Kurdish-led "
     "security forces, the SDF said. Turkey's defence ministry said it had neutralised 40 militants in northern Syria and "
     "Iraq since Saturday.",
     "2023-01-10", (3, 3, 3), None),
    ("NAIROBI (AFP) - Soldiers killed scores of civilians in the town of Hawzen in late June, Human Rights Watch said on "
     "Thursday. Survivors gave the group the names of 73 victims, though it said it could not verify the overall toll.",
     "2021-08-05", (73, 73, 73), None),
    # round 14b: one side's voice telling the enemy's dead, then its own: both sides' dead
    ("GAROWE (Reuters) - The Puntland administration said its forces killed eight al-Shabaab fighters in clashes near "
     "Qandala on Thursday. Three Puntland soldiers were killed in the fighting, it said in a statement.",
     "2024-03-08", (11, 11, 11), None),
    # ('the regional government said' is a voice since round 28: the two sides' figures sum)
    ("GAROWE (Reuters) - Puntland forces killed eight al-Shabaab fighters in clashes near Qandala on Thursday, the "
     "regional government said. Three Puntland soldiers died in the fighting, it said.",
     "2024-03-08", (11, 11, 11), None),
    ("MOGADISHU (Reuters) - Somali troops killed 12 al-Shabaab fighters near Jowhar on Friday, the army said. The army "
     "said 12 militants were killed in the operation.",
     "2024-03-09", (12, 12, 12), None),
    # round 14b: a higher figure quoted after the police's, its speaker unnamed ("one of them said"): a local voice
    ("LAGOS (AFP) - At least 15 villagers were killed when gunmen attacked a village in Zamfara state on Sunday, police "
     "said. A police spokesman said 15 people had died. But residents who helped recover the bodies told AFP the toll "
     "was higher. \"We buried more than 20 people on Monday. Many were women,\" one of them said.",
     "2022-02-08", (15, 21, 21), None),
    ("KHARTOUM (Reuters) - Soldiers fired on protesters in Omdurman on Thursday, killing at least nine people and wounding "
     "120, a health ministry official said. On Wednesday evening the doctors' committee said four protesters had been "
     "shot dead and more than 50 wounded. The official gave the higher figures on Thursday.",
     "2022-01-14", (9, 9, 9), (120, 120, 120)),
    pytest.param(
        "KHARTOUM (Reuters) - At least nine people have been killed and 120 injured after soldiers fired on protesters in "
        "Omdurman, a health ministry official said. On Wednesday evening the Central Committee of Sudan Doctors said four "
        "protesters had been shot dead and more than 50 people wounded. The official gave the higher figures on Thursday.",
        "2022-01-14", (4, 9, 9), (51, 120, 120),
        marks=pytest.mark.xfail(strict=True, reason="'gave the higher figures on Thursday' (no count) does not make the other "
                                "voice's evening figures earlier ones; two medical voices give the lower best")),
    pytest.param(
        "Yangon (AFP) - An air strike on a village in Sagaing region killed dozens of people on Friday, residents and rights "
        "groups said, while one activist network estimated that between 80 and 100 had died.",
        "2024-08-08", (12, 12, 100), None,
        marks=pytest.mark.xfail(strict=True, reason="'one activist network estimated' is read as the sentence's first voice "
                                "(attribution), so its range replaces the residents' 'dozens' instead of widening high")),
    # round 15: written before running (expected killed low/best/high, injured)
    pytest.param(
        "SANAA, March 3 (Xinhua) -- The Houthi group said on Sunday its forces killed 40 Saudi mercenaries in an attack on a "
        "military camp in Marib province. The Yemeni army denied the claim, saying none of its soldiers were killed.",
        "2024-03-03", (0, 0, 40), None,
        marks=pytest.mark.xfail(strict=True, reason="'none of its soldiers were killed' is a one-side zero now (round 15b), but 'Saudi mercenaries' names no one the denial names")),
    pytest.param(
        "MOSCOW, Jan 9 (TASS) - Russia's Defence Ministry said on Monday its missile strike on temporary bases in Kramatorsk "
        "killed more than 600 Ukrainian servicemen. The city's mayor said no one was killed in the strike.",
        "2023-01-09", (0, 0, 601), None),
    ("ADEN, Yemen, June 2 (Xinhua) -- Seven soldiers were killed on Monday when a roadside bomb hit a military vehicle in "
     "Abyan province, a military official said. The blast killed seven troops and wounded three others, the official said.",
     "2024-06-03", (7, 7, 7), (3, 3, 3)),
    ("GOMA, Jan 16 (AFP) - The toll from a bomb blast at a church in Kasindi rose to 17 on Monday, up from 10 given on "
     "Sunday, the army said. Thirty-nine people were wounded.",
     "2023-01-16", (17, 17, 17), (39, 39, 39)),
    ("KHERSON, Aug 12 (Ukrinform) - Russian shelling of Kherson killed two civilians and injured five on Saturday, "
     "regional governor Oleksandr Prokudin said. Since the start of the year, Russian attacks have killed 412 people in "
     "the region.",
     "2023-08-12", (2, 2, 2), (5, 5, 5)),
    ("GAZA, Aug 10 (Al Jazeera) - An Israeli strike on a school sheltering displaced families in Gaza City killed at least "
     "22 people on Saturday, the civil defence agency said. More than 39,000 Palestinians have been killed in Gaza since "
     "October 7, according to the health ministry.",
     "2024-08-10", (22, 22, 22), None),
    ("BAMAKO, May 7 (AFP) - Thirty people were killed in an attack on an army post in central Mali on Tuesday, the army "
     "said. The dead were 21 soldiers and nine civilians, it said.",
     "2024-05-07", (30, 30, 30), None),
    ("MAIDUGURI, Feb 4 (Premium Times) - Boko Haram insurgents killed eight farmers and three vigilantes in Gwoza on "
     "Sunday, a community leader said.",
     "2024-02-04", (11, 11, 11), None),
    pytest.param("MOGADISHU, Oct 3 (Reuters) - Al Shabaab gunmen stormed a hotel in Kismayo on Friday, killing nine people before "
     "security forces killed all four attackers, police said.",
     "2024-10-04", (13, 13, 13), None, marks=_KILLED_ALL_HELD),
    ("MAIDUGURI (AP) - A suicide bomber struck a mosque in Konduga during evening prayers on Tuesday, killing five "
     "worshippers and wounding 22, police said. The bomber also died.",
     "2024-06-18", (6, 6, 6), (22, 22, 22)),
    ("ALEPPO, Nov 6 (SANA) - Eight civilians, including five children, were killed on Wednesday when terrorist groups "
     "shelled neighbourhoods in Aleppo city.",
     "2019-11-06", (8, 8, 8), None),
    ("EL FASHER (Radio Dabanga) - Fourteen people were killed in an RSF attack on a village near El Fasher on Monday, "
     "among them six women, residents said. Twenty others were injured.",
     "2024-06-10", (14, 14, 14), (20, 20, 20)),
    ("KADUNA, July 7 (Reuters) - Gunmen killed a 45-year-old priest and his 12-year-old nephew in Kaduna state on "
     "Sunday, police said.",
     "2024-07-07", (2, 2, 2), None),
    ("BEIRUT, March 5 (AFP) - About 300 fighters attacked army positions in the Syrian desert on Thursday, killing 14 "
     "soldiers, the Syrian Observatory for Human Rights said.",
     "2020-03-05", (14, 14, 14), None),
    ("OUAGADOUGOU, Sept 5 (AFP) - Jihadists attacked a convoy 40 kilometres from Djibo on Monday, killing 11 soldiers "
     "and taking 20 hostages, security sources said.",
     "2022-09-05", (11, 11, 11), None),
    ("KYIV, Dec 29 (Kyiv Independent) - Russia launched 43 missiles and 48 drones at Ukraine overnight, killing at least "
     "four people in Kyiv and injuring 12, officials said. Air defences shot down 37 of the missiles.",
     "2023-12-29", (4, 4, 4), (12, 12, 12)),
    ("BEIRUT, Feb 2 (Reuters) - An air strike on the town of Saraqeb killed 15 civilians on Sunday, the Syrian Observatory "
     "for Human Rights said. Syria's Interior Ministry put the toll at nine.",
     "2020-02-02", (9, 15, 15), None),
    ("ANKARA (Anadolu) - Turkish air strikes killed 23 PKK terrorists in northern Iraq's Hakurk region on Friday, the "
     "Turkish Defence Ministry said.",
     "2023-06-02", (23, 23, 23), None),
    ("BAMAKO, Jan 12 (Xinhua) -- The Malian army said it killed 35 terrorists in clashes near Mopti on Wednesday, with no "
     "losses among its troops.",
     "2022-01-12", (35, 35, 35), None),
    pytest.param(
        "TEHRAN, Jan 15 (Al Jazeera) - Iran's Revolutionary Guards said their missile strike on a house in Erbil killed four "
        "\"Israeli terrorists\". Kurdish officials said no Israelis were harmed and that the house belonged to a local "
        "businessman.",
        "2024-01-15", (0, 0, 4), None,
        marks=pytest.mark.xfail(strict=True, reason="the figure's noun in quotes ('four \"Israeli terrorists\"') is not read as its who (allowing the quote cost dev sahel-002)")),
    ("MOGADISHU (Garowe Online) - Al-Shabaab claimed it killed 57 Ugandan soldiers in an attack on an AU base in Bulo "
     "Marer on Saturday. Uganda's army said no Ugandans were killed in the attack, which it said was repelled.",
     "2023-05-27", (0, 0, 57), None),
    ("NIAMEY, Aug 15 (Reuters) - Suspected jihadists killed 17 soldiers near the Mali border on Tuesday, Niger's defence "
     "ministry said. Seventeen soldiers died and 20 were wounded in the ambush near Koutougou, the ministry said.",
     "2023-08-15", (17, 17, 17), (20, 20, 20)),
    ("MAIDUGURI, June 30 (AFP) - The death toll from twin suicide bombings in Gwoza has risen to 24, up from 18, a rescue "
     "official said on Monday.",
     "2024-07-01", (24, 24, 24), None),
    ("ADDIS ABABA, Aug 18 (Reuters) - At least 30 people were killed in a drone strike on a market in Finote Selam in "
     "Amhara region, a health official said on Friday. The official had earlier said 18 were killed.",
     "2023-08-18", (30, 30, 30), None),
    ("YANGON (The Irrawaddy) - Junta air strikes on Let Yet Kone village in Sagaing Region killed 11 people, including "
     "seven children, and injured 17 on Friday, residents said.",
     "2022-09-16", (11, 11, 11), (17, 17, 17)),
    ("PEMBA, Mozambique - Insurgents beheaded five people in a village in Macomia district on Saturday, local sources "
     "said. The victims, aged between 20 and 45, were farmers.",
     "2024-03-09", (5, 5, 5), None),
    ("BAMENDA, Cameroon (AFP) - Separatists killed two gendarmes and a civilian in an ambush near Bamenda on Thursday, a "
     "military source said. Three other gendarmes were injured.",
     "2023-03-09", (3, 3, 3), (3, 3, 3)),
    ("ADDIS ABABA (AFP) - Clashes between federal troops and Fano militiamen in Gondar killed 26 people on Sunday, 14 of "
     "them militiamen, residents said.",
     "2023-08-06", (26, 26, 26), None),
    ("BENI, DR Congo (Reuters) - ADF rebels killed at least 40 civilians in a village in Ituri on Sunday night, a local "
     "civil society leader said. The provincial government put the toll at 29.",
     "2024-06-09", (29, 40, 40), None),
    ("KHAN YOUNIS, Gaza (Anadolu) - Israeli strikes on Khan Younis killed 31 Palestinians on Tuesday, among them 12 women "
     "and nine children, medical sources said.",
     "2024-07-09", (31, 31, 31), None),
    ("BAGHDAD, Dec 20 (Reuters) - Rockets struck near the US embassy in Baghdad's Green Zone on Sunday, causing no "
     "casualties, security sources said.",
     "2020-12-20", (0, 0, 0), (0, 0, 0)),
    ("KHARTOUM, Feb 4 (Reuters) - Shelling by the paramilitary RSF hit a market in Omdurman on Saturday, killing 11 people, "
     "a medical group said. The group later raised the toll to 19.",
     "2024-02-03", (19, 19, 19), None),
    # round 15b: "more than a dozen" / "over two dozen" are bounded like "more than 12" / "more than 24"
    ("MAPUTO (AFP) - Police fired tear gas and live rounds at protesters in Maputo on Thursday, killing two people and "
     "wounding more than a dozen, a rights group said.",
     "2024-11-07", (2, 2, 2), (13, 13, 13)),
    ("MAIDUGURI, Nigeria (Reuters) - Suspected jihadists killed more than two dozen farmers in a village near Maiduguri "
     "on Sunday, a militia leader said.",
     "2024-09-08", (25, 25, 25), None),
    ("MOGADISHU, March 3 (Xinhua) -- Over a dozen people were killed when a car bomb went off near a busy market in "
     "Mogadishu on Saturday, police said.",
     "2024-03-02", (13, 13, 13), None),
    ("GOMA, DR Congo (AFP) - A bomb hit a camp for displaced people near Goma on Friday. Five people died and two dozen "
     "others were wounded, a camp official said.",
     "2024-05-03", (5, 5, 5), (24, 24, 24)),
    # round 15b: an officer known by rank and name speaks for the state; local people's figure stands as best
    ("NIAMEY, June 3 (Xinhua) -- Gunmen attacked a village in western Niger on Saturday, Colonel Issa Harouna said. "
     "Twenty villagers were killed, he said. A local elected official told Xinhua that 27 bodies had been buried.",
     "2024-06-02", (20, 20, 27), None),  # an elected official is a government voice too
    ("OUAGADOUGOU (AFP) - Jihadists killed at least 31 civilians in an attack on a market in northern Burkina Faso on "
     "Tuesday, Lieutenant-Colonel Paul Zida said in a statement. Residents said 40 people had been buried.",
     "2024-02-13", (31, 40, 40), None),
    ("MOPTI, Mali (Reuters) - Major Souleymane Dembele said 12 civilians died when gunmen opened fire on a bus near "
     "Bandiagara on Friday. A doctor at the local hospital said 15 bodies had been brought in.",
     "2024-08-09", (12, 15, 15), None),
    # ... and an officer alone is still the toll
    ("MAIDUGURI, Nigeria (AFP) - Boko Haram fighters killed nine farmers near Maiduguri on Monday, Captain Musa Bello "
     "told AFP.",
     "2024-07-08", (9, 9, 9), None),
    # round 15b: "the two men, a guard and a driver, were killed": the pair apposed is the count, not one more
    ("BAMAKO (Reuters) - Gunmen shot dead two aid workers near Gao on Monday, their organisation said. The two men, a "
     "logistics officer and a driver, were killed as they returned from a distribution, it said.",
     "2024-04-08", (2, 2, 2), None),
    ("JUBA (AFP) - Two UN contractors, a mechanic and his assistant, died when their truck hit a landmine near Yei on "
     "Friday, the UN mission said.",
     "2024-10-04", (2, 2, 2), None),
    ("MAIDUGURI, Nigeria (AFP) - Three people, a woman and her two children, were killed when a rocket-propelled grenade "
     "hit their home in Bama on Wednesday, a militia leader said.",
     "2024-01-10", (3, 3, 3), None),
    # ... and a list of singles with no count before it still adds up
    ("KHARTOUM, May 6 (Reuters) - A nurse and a driver were killed when shells hit a hospital in El Fasher on Sunday, "
     "doctors said.",
     "2024-05-05", (2, 2, 2), None),
    # round 15b: "among those hurt ... were N X" is a share of the wounded; beside a vague whole it sets its size
    ("NAIROBI (Reuters) - Police fired tear gas and rubber bullets at protesters in Nairobi on Tuesday. Dozens of people "
     "were injured, a rights group said. Among those injured were two journalists.",
     "2024-06-25", None, (12, 12, 99)),
    ("TBILISI (AFP) - Riot police used water cannon on demonstrators outside parliament on Thursday and several people "
     "were wounded. Among the wounded in the crowd were at least five reporters, a media union said.",
     "2024-11-28", None, (5, 5, 9)),
    ("KARACHI, Pakistan (AP) - Police baton-charged a rally in Karachi on Sunday, injuring 14 people. Among the injured "
     "were three women, a police spokesman said.",
     "2024-03-10", None, (14, 14, 14)),
    ("DHAKA (AFP) - Police clashed with students in Dhaka on Monday and a few people were hurt. Among those hurt at the "
     "campus were four students and a guard, a doctor said.",
     "2024-07-15", None, (5, 5, 5)),
    # round 15b: one person named with an age ("Ali Hassan, 43, died") is one dead
    pytest.param("NABLUS, West Bank (Anadolu) - Israeli forces raided the Balata refugee camp in Nablus before dawn on Tuesday. "
     "Mohammad Odeh, 22, was shot dead during the raid, the Palestinian health ministry said.",
     "2024-02-20", (1, 1, 1), None, marks=_NAMED_AGED_HELD),
    pytest.param("ISTANBUL (Reuters) - A Kurdish activist detained in a police raid in Diyarbakir has died in custody, his lawyer "
     "said. Serhat Yildiz, 31, died on Friday, two days after his arrest, the lawyer said.",
     "2024-09-13", (1, 1, 1), None, marks=_NAMED_AGED_HELD),
    # (read since round 34: a name and its apposition before the death, the held-aside split unharmed)
    ("LAGOS (AFP) - Police fired on a crowd of traders in Lagos on Monday. Chinedu Okafor, aged 27, was killed, and "
     "three others were wounded, witnesses said.",
     "2024-10-14", (1, 1, 1), (3, 3, 3)),
    # ... and a named man's age beside his wounds is no death
    # (round 29c: "Another man, NAME, AGE, was wounded": a count word and noun before the named apposition is read)
    ("NABLUS, West Bank (Anadolu) - Israeli forces shot and killed a teenager in Nablus on Tuesday. Another man, Yousef "
     "Amr, 24, was wounded in the leg, the Palestinian health ministry said.",
     "2024-02-20", (1, 1, 1), (1, 1, 1)),
    # round 15b: "a ... who ... has been shot dead": one person, a relative clause between noun and verb
    ("BAGHDAD (AFP) - A well-known Iraqi blogger who had criticised armed factions for years has been shot dead in "
     "Basra, police said on Sunday.",
     "2024-03-10", (1, 1, 1), None),
    ("KABUL (Reuters) - A female prosecutor who worked on cases against militants was killed by gunmen in Kabul on "
     "Tuesday, police said.",
     "2024-05-14", (1, 1, 1), None),
    ("PORT SUDAN (AFP) - A veteran aid coordinator who ran food deliveries in North Darfur was wounded when gunmen "
     "fired on his convoy near El Fasher on Monday, the agency said.",
     "2024-06-10", None, (1, 1, 1)),
    # ... a name's apposition ("X, a doctor who ..., was killed") is the same one person, counted once
    ("TAIZ, Yemen (Reuters) - Gunmen shot dead a foreign aid worker in Taiz on Thursday. Karim Haddad, a Lebanese "
     "engineer who managed water projects in the city, was killed as he left his office, officials said.",
     "2024-02-29", (1, 1, 1), None),
    # round 15b: "killed all N attackers": the attackers' dead, added to the victims'
    pytest.param("NIAMEY (AFP) - Jihadists attacked a military post near Tillaberi on Tuesday, killing six soldiers. The army said "
     "troops killed all 11 assailants in the fighting that followed.",
     "2024-03-12", (17, 17, 17), None, marks=_KILLED_ALL_HELD),
    pytest.param("KABUL (Reuters) - Gunmen stormed a hospital in Kabul on Wednesday and shot dead five patients before commandos "
     "shot dead all three attackers, officials said.",
     "2024-04-17", (8, 8, 8), None, marks=_KILLED_ALL_HELD),
    pytest.param("ABUJA (Premium Times) - Bandits killed seven worshippers in a mosque in Katsina on Friday. Vigilantes pursued "
     "the gang and killed all the five bandits, police said.",
     "2024-08-16", (12, 12, 12), None, marks=_KILLED_ALL_HELD),
    # ... "all" before victims is still the victims' toll
    pytest.param("MOGADISHU (AFP) - A roadside bomb hit a minibus near Afgoye on Monday, killing all 14 passengers on board, a "
     "district official said.",
     "2024-09-02", (14, 14, 14), None, marks=_KILLED_ALL_HELD),
    # round 15b: a party's boast against "no one was killed" from a voice that is no party: zero best, the boast high
    ("SANAA (Reuters) - The Houthis said their drones killed 25 enemy soldiers at a base near Marib on Monday. A local "
     "official said nobody was killed in the attack.",
     "2024-04-15", (0, 0, 25), None),
    ("MOSCOW (TASS) - Russia's Defence Ministry said a strike on a hotel in Kharkiv on Tuesday killed up to 60 foreign "
     "mercenaries. The regional governor said no one was killed, and that the building was empty.",
     "2024-05-07", (0, 0, 60), None),
    ("KHARTOUM (AFP) - The Rapid Support Forces said its fighters killed 70 army soldiers in an assault on a garrison "
     "near El Obeid on Sunday. Residents said no one had been killed and the attack was repelled.",
     "2024-06-09", (0, 0, 70), None),
    # ... a zero of the boasting side itself leaves the boast
    ("KHARTOUM (AFP) - The army said its troops killed 40 RSF fighters near El Obeid on Sunday. Nobody was killed "
     "among its own ranks, the army said.",
     "2024-06-09", (40, 40, 40), None),
    # round 15b: "none of its soldiers were killed" is a zero of that side
    ("BAMAKO (AFP) - Jihadists fired mortar rounds at a military camp in Gao on Thursday. The army said none of its "
     "soldiers were killed.",
     "2024-01-11", (0, 0, 0), None),
    ("KYIV (Reuters) - Russian drones struck a Ukrainian air base in the west overnight. None of the base's personnel "
     "were hurt, the air force said.",
     "2024-07-02", (0, 0, 0), None),
    ("BAGHDAD (AP) - Rockets hit a base hosting US troops in Anbar on Tuesday, a security official said. The Pentagon "
     "said none of its personnel had been injured.",
     "2024-01-23", (0, 0, 0), None),
    # ... beside the other side's dead told by the same report, the zero is of one side only
    ("MOGADISHU (Reuters) - Troops repelled an al Shabaab attack on a base near Baidoa on Friday, killing 12 militants, "
     "the army said. None of its soldiers were killed, it said.",
     "2024-03-08", (12, 12, 12), None),
    # round 16: the wounded told by a rescue service as a relative clause after "treated"
    pytest.param("JERUSALEM (AP) - A Palestinian gunman shot dead two people in Hadera on Saturday, police said. Paramedics treated "
     "two other people who were wounded in the attack.",
     "2024-08-03", (2, 2, 2), (2, 2, 2)),  # (round 28b: read after a verb of care, "treated")
    # ... a later voice's "number of people who lost their lives had risen to": the risen toll
    ("Gaza, Aug 3 (AFP) - An Israeli strike hit a school in Rafah on Saturday, killing at least 17 people, civil defence "
     "said. The health ministry later said the number of people who lost their lives had risen to 19.",
     "2024-08-03", (19, 19, 19), None),
    # ... the exact wounded told in the sentence of a risen toll are that update's too (not a bound: "nearly 40")
    ("KHERSON (Reuters) - A Russian drone hit a bus in Kherson on Saturday, killing four people and wounding more than 10, "
     "the governor said. He later said the toll had risen to five, while 14 people were being treated in hospital.",
     "2024-08-03", (5, 5, 5), (14, 14, 14)),
    ("KHERSON (Reuters) - A Russian drone hit a bus in Kherson on Saturday, the governor said. The toll has risen to five "
     "and nearly 40 people were wounded, he said. Later he said 37 people were wounded.",
     "2024-08-03", (5, 5, 5), (37, 37, 39)),
    # ... a vague tally "killed in these raids" is a series' dead, not this strike's
    ("SANAA (Xinhua) - A U.S. air strike hit a camp near Hodeidah on Thursday, killing five people, the health ministry "
     "said. The Houthis say dozens of their fighters have been killed in these raids.",
     "2024-05-31", (5, 5, 5), None),
]



@pytest.mark.parametrize("text,published,want_killed,want_injured", _WIRE_REPORTS)
def test_wire_report_tolls(text, published, want_killed, want_injured, resources):
    evs = extract(article(text, published), resources=resources)
    assert evs, "no event"
    k, i = evs[0].toll.killed, evs[0].toll.injured
    assert ((k.low, k.best, k.high) if k else None) == want_killed
    assert ((i.low, i.best, i.high) if i else None) == want_injured


def test_round13_a_zero_told_for_either_place_holds_for_both_events(resources):
    text = ("KADUNA, Aug 2 (AFP) - Gunmen attacked a church in Kaduna and a mosque in Zaria on Friday. Nobody was hurt in "
            "either attack, police said.")
    evs = extract(article(text, "2024-08-02"), resources=resources)
    assert len(evs) == 2
    assert [(e.toll.killed.best if e.toll.killed else None, e.toll.injured.best if e.toll.injured else None) for e in evs] == [(0, 0), (0, 0)]
    # a zero of one place only stays with its event
    text = ("KADUNA, Aug 2 (AFP) - Gunmen attacked a church in Kaduna and a mosque in Zaria on Friday. Nobody was hurt in "
            "Kaduna, police said.")
    evs = extract(article(text, "2024-08-02"), resources=resources)
    assert len(evs) == 2 and evs[1].toll.killed is None


def test_round13_a_vague_figure_stands_only_over_a_partys_precise_one(resources):
    # medics' "dozens" over the army's count: the independent voice stands, the party's widens high
    text = ("KANO, Nigeria (AFP) - Soldiers fired on protesters in Kano on Saturday, wounding dozens, doctors said. "
            "The army said 61 people were injured.")
    evs = extract(article(text, "2024-06-08"), resources=resources)
    i = evs[0].toll.injured
    assert i is not None and (i.low, i.best) == (12, 12)
    # ... but a precise figure of another independent voice replaces the vague one
    text = ("KANO, Nigeria (AFP) - Soldiers fired on protesters in Kano on Saturday, wounding dozens, doctors said. "
            "A hospital director said 61 people were being treated for gunshot wounds.")
    evs = extract(article(text, "2024-06-08"), resources=resources)
    i = evs[0].toll.injured
    assert i is not None and i.best == 61


def test_round14_offices_of_one_government_give_one_count(resources):
    # "more than 200 injured" (the emergency service), "202 injured" (the police): one state's count, told closer
    text = ("KYIV (Reuters) - A Russian missile struck the centre of Vinnytsia on Thursday, killing 23 people, and more than "
            "200 people were injured, the State Emergency Service said. The National Police said 202 people were injured.")
    evs = extract(article(text, "2022-07-15"), resources=resources)
    i = evs[0].toll.injured
    assert i is not None and (i.low, i.best, i.high) == (201, 202, 202)
    # ... independent groups count on their own: the bound stands as best
    text = ("ABUJA (AFP) - Gunmen killed more than 50 people in an attack on a village in Plateau state on Sunday, Amnesty "
            "International said. A local community association put the toll at 52.")
    assert killed(text, "2025-04-15", resources) == (51, 51, 52)


def test_round14_each_sides_wounded_told_apart_make_up_the_bound(resources):
    text = ("BAGHDAD, Nov 5 (Reuters) - One protester was killed and more than 150 people were hurt on Friday when "
            "protesters clashed with security forces in Baghdad, security sources said. The Interior Ministry said 125 "
            "members of the security forces had been injured. Medical sources said 27 protesters were treated for injuries.")
    i = _injured(text, "2021-11-05", resources)
    assert i == (151, 152, 152)
    # one side's figure alone is no sum
    text = ("BAGHDAD, Nov 5 (Reuters) - One protester was killed and more than 150 people were hurt on Friday when "
            "protesters clashed with security forces in Baghdad, security sources said. The Interior Ministry said 125 "
            "members of the security forces had been injured.")
    i = _injured(text, "2021-11-05", resources)
    assert i is not None and i[1] == 125


def test_round15_a_sides_boast_denied_by_the_people_it_names_is_zero_best(resources):
    text = ("BAGHDAD, Jan 8 (Reuters) - Iranian missiles struck a base in western Iraq hosting US troops on Wednesday. Iranian "
            "state television said 50 American terrorists had been killed. The Pentagon said no Americans were killed.")
    assert killed(text, "2020-01-08", resources) == (0, 0, 50)
    # a zero of the boasting voice itself (its own losses) leaves the boast standing
    text = ("BAMAKO, Jan 12 (Xinhua) -- The Malian army said it killed 35 terrorists in clashes near Mopti on Wednesday, with "
            "no losses among its troops.")
    assert killed(text, "2022-01-12", resources) == (35, 35, 35)


def test_round16_a_death_toll_is_no_outcome_of_the_count_before_it():
    # "The regional governor corrected the death toll ...": the governor is no dead person
    ts = find_tolls("The regional governor raised the death toll from Friday's missile strike on Odesa to 12, from 14 reported earlier.")
    assert [(t.count.best, t.role) for t in ts if t.outcome == "killed"] == [(12, "total"), (14, "history")]


@pytest.mark.parametrize("sentence", [
    "The Houthis say dozens of their fighters have been killed in these raids.",
    "Local officials say more than 40 civilians have been killed in such attacks in the area.",
    "The army says 30 of its soldiers have been killed in previous ambushes on the road.",
])
def test_round16_dead_of_a_series_of_strikes_are_cumulative(sentence):
    ts = [t for t in find_tolls(sentence) if t.outcome == "killed"]
    assert ts and all(t.role == "cumulative" for t in ts)


def test_round16_a_wounded_person_who_later_died_is_no_wounded():
    # "a police officer who was taken to hospital ... later died": the relative clause does not make him wounded
    ts = find_tolls("An officer who was wounded in the attack in critical condition later died of his wounds.")
    assert not [t for t in ts if t.outcome == "injured"]


ROUND25_BODY_NAMED_GENERAL = [
    # a body whose name starts with a rank word is no officer: it ranks with the local voices,
    # so the most conservative of the two local figures is best
    ("EL FASHER, Dec 3 (Dabanga) - Eight displaced people were killed when shells hit the camp on Monday, the General "
     "Coordination of Displaced Persons said. Camp residents said nine people were buried on Tuesday.", (8, 8, 9)),
    ("GAZA, May 4 (Reuters) - Six people were killed when a drone struck the market on Friday, the General Union of "
     "Health Workers said. Residents said seven people were buried on Saturday.", (6, 6, 7)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND25_BODY_NAMED_GENERAL)
def test_round25_a_body_named_general_is_no_officer(resources, text, expected):
    assert killed(text, "2024-12-03", resources) == expected


def test_round25_an_officer_known_by_rank_still_speaks_for_the_state(resources):
    # "General X said": a state's voice; the residents' figure is best
    text = ("EL FASHER, Dec 3 (Dabanga) - Eight people were killed when shells hit the camp on Monday, General Ahmed "
            "Osman said. Camp residents said nine people were buried on Tuesday.")
    assert killed(text, "2024-12-03", resources) == (8, 9, 9)


ROUND25_DISPLACED_WHO = [
    # "N displaced people ... were killed": displaced says who they were; the verb after tells the outcome
    ("At least eight displaced people, including three children, were killed when the RSF shelled the camp.",
     [("killed", 8, "total"), ("killed", 3, "part")]),
    ("Eleven displaced villagers were killed on Monday.", [("killed", 11, "total")]),
    ("Four displaced women were wounded when a shell hit the camp.", [("injured", 4, "total")]),
    # the verb before still reads it; displaced alone is displaced
    ("The strike killed 22 displaced people sheltering in a school.", [("killed", 22, "total")]),
    ("More than 5,000 people were displaced by the fighting.", [("displaced", 5001, "total")]),
    ("Some 300 displaced families have arrived in the town.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ROUND25_DISPLACED_WHO)
def test_round25_displaced_is_who_they_were(sentence, expected):
    assert [(t.outcome, t.count.best, t.role) for t in find_tolls(sentence)] == expected


ROUND26_SPEAKER_SIDE_CLAIMS = [
    # a voice telling the dead its own side made is a party, whatever its kind: its claim only widens high
    ("BELED HAWO - At least five people were killed on Thursday when Jubaland forces attacked federal troops in Beled "
     "Hawo, elders said. Jubaland's security ministry claimed its forces had killed \"more than 30\" federal soldiers.",
     (5, 31)),
    ("BUNIA - Seven people died when militia fighters attacked an army post near Bunia on Monday, residents said. The "
     "CODECO militia said in a statement it had killed 40 soldiers.", (7, 40)),
    ("EL FASHER - Its fighters killed 60 soldiers in the assault on the El Fasher garrison on Sunday, the RSF said in a "
     "statement. Medics at the town's hospital said 14 people had been killed.", (14, 60)),
    ("SITTWE - The Arakan Army claimed to have killed 80 junta soldiers in the battle for Paletwa on Tuesday, while a "
     "local rescue group said 19 people had died.", (19, 80)),
    ("PALMA - Dozens of people were killed in the assault on Palma on Wednesday, the government said. The jihadist "
     "group said its fighters had killed 55 soldiers.", (12, 99)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND26_SPEAKER_SIDE_CLAIMS)
def test_round26_a_claim_of_the_speakers_side_only_widens_high(resources, text, expected):
    low, best, high = killed(text, "2024-07-18", resources)
    assert (best, high) == expected


def test_round26_a_sides_claim_alone_stands(resources):
    text = "MORA - The army said its troops had killed 40 militants in a raid near Mora on Sunday."
    assert killed(text, "2024-07-18", resources) == (40, 40, 40)


def test_round26_a_sides_claim_and_its_own_dead_add_up(resources):
    text = "MOPTI - The army said its forces killed five jihadists near Mopti on Sunday. Two soldiers were killed in the fighting, it said."
    assert killed(text, "2024-07-18", resources)[1] == 7


ROUND26_REVISION_OF_ANOTHER_VOICE = [
    # a revision supersedes its own voice's earlier figure, not another independent voice's estimate
    ("EL FASHER - The toll from the shelling of the camp on Friday has risen to 75, the resistance committees said on "
     "Sunday. The Sudan Doctors Network said 60 people were killed.", (60, 60, 75)),
    ("IDLIB - According to local activists, the number of dead from Monday's air strike on the market in Ariha has "
     "climbed to 40. Medics at the district hospital said 32 people had died.", (32, 32, 40)),
    # negative: the same voice revising
    ("KABUL - The health ministry said 30 people were killed in the bombing of the mosque on Friday. Later the ministry "
     "said the toll had risen to 45.", (45, 45, 45)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND26_REVISION_OF_ANOTHER_VOICE)
def test_round26_a_revision_replaces_its_own_voices_figure(resources, text, expected):
    assert killed(text, "2024-07-18", resources) == expected


def test_round26_a_vague_figure_of_the_same_voice_gives_way(resources):
    text = ("KANO - Dozens of people were killed in the market bombing in Kano on Tuesday, police said. Police later said "
            "27 people had died.")
    assert killed(text, "2024-07-18", resources) == (27, 27, 27)


def test_round26_burials_told_by_local_people_rank_above_the_police(resources):
    text = ("Gunmen attacked villages in Zuru in Kebbi State on Thursday. The state police spokesman said 66 bodies had been "
            "recovered. A community leader told reporters that 88 people were laid to rest on Friday.")
    assert killed(text, "2021-06-05", resources)[1] == 88


def test_round26_an_earlier_years_massacre_is_no_toll(resources):
    text = ("An Israeli airstrike flattened homes in the southern Lebanese town of Qana on Wednesday. The Lebanese Red Cross "
            "said it had pulled out 12 bodies. Qana is remembered for a 1996 Israeli shelling of a U.N. compound there "
            "that killed more than 100 civilians.")
    assert killed(text, "2024-10-17", resources)[1] == 12


def test_round27_a_tally_with_this_events_dead_is_not_its_toll(resources):
    text = ("NABLUS - Three Palestinians were killed on Tuesday when settlers opened fire on residents of the village of Burin, "
            "the health ministry said. With Tuesday's deaths, at least 31 Palestinians have been killed in the West Bank "
            "since Friday, the ministry said.")
    assert killed(text, "2023-10-18", resources) == (3, 3, 3)


def test_round27_the_bomber_besides_the_dead_is_added(resources):
    text = ("MOGADISHU - A suicide bomber struck a police checkpoint in Mogadishu on Sunday, police said. \"Three of our "
            "officers and two street vendors were killed, besides the bomber,\" a police officer said.")
    assert killed(text, "2021-03-08", resources) == (6, 6, 6)


def test_round27_an_apposed_share_with_words_of_its_own(resources):
    text = ("MAIDUGURI - Fighting broke out on Monday in Dikwa between troops and jihadists, residents said. At least six "
            "people, three of them farmers caught in the crossfire, were killed, one resident said.")
    assert killed(text, "2022-05-10", resources) == (6, 6, 6)


@pytest.mark.parametrize("voice", ["a police officer at the scene said", "security sources said", "an army officer told AFP"])
def test_the_bombers_own_death_told_by_an_unnamed_officer_is_added(voice, resources):
    # an unnamed officer is "security sources" or "military sources" (gold-format.md); the bomber's
    # death he tells is a fact of the attack, not a party's claim of enemy dead
    text = ("A suicide bomber blew himself up at a checkpoint in Mogadishu on Thursday, killing six people, police "
            f"and ambulance workers said. The bomber was also killed, {voice}.")
    assert killed(text, published="2024-08-03", resources=resources)[1] == 7


def test_round27b_a_list_of_three_kinds_adds_up(resources):
    text = ("BAGHDAD - Air strikes on militia positions near Hilla early on Friday killed four soldiers, two policemen and "
            "a civilian, the Iraqi military said.")
    assert killed(text, "2020-03-14", resources)[1] == 7


def test_round27b_the_dead_at_the_scene_and_later_in_hospital(resources):
    text = ("KADUNA - Gunmen opened fire on worshippers at a church in Kaduna on Sunday, police said. Four people were "
            "pronounced dead at the scene and three died later in hospital, a police spokesman said.")
    assert killed(text, "2022-06-06", resources)[1] == 7


def test_round27b_an_aside_between_hyphens_is_who_the_dead_were(resources):
    text = ("MAIDUGURI - Jihadists ambushed an army patrol near Damboa on Tuesday, the army said. Three soldiers - a "
            "captain and two privates - were killed in the ambush, it said.")
    assert killed(text, "2022-05-11", resources)[1] == 3


@pytest.mark.parametrize("ministry", ["the state Ministry of Health said", "the Health Ministry said in a statement",
                                      "Gaza Civil Defence said"])
def test_round28_a_ministry_is_the_governments_voice_below_local_people(ministry, resources):
    # gold-format.md ranks ministries with governments: local committees' figure is best, the ministry's widens low
    text = ("OMDURMAN - Shells fired by the paramilitary forces struck a crowded market in Omdurman on Saturday, residents said. "
            "The local resistance committees said 23 people had been killed. Eighteen people died, " + ministry + ".")
    assert killed(text, "2024-09-22", resources)[1] == 23


def test_round28_syria_civil_defence_is_no_government(resources):
    # negative: the White Helmets are volunteers, ranked beside monitors; the most conservative of those stands
    text = ("IDLIB - Government air strikes hit a market in Ariha on Monday, the Syrian Observatory for Human Rights said. "
            "The monitor put the toll at 13. The Syria Civil Defence said ten people were killed.")
    assert killed(text, "2021-10-21", resources)[1] == 10


@pytest.mark.parametrize("voice", ["the Force spokesperson said", "a police spokesman said", "the army spokeswoman told reporters"])
def test_round28_a_spokesman_speaks_for_an_institution_below_residents(voice, resources):
    text = ("ORLU - Police raided a separatist camp near Orlu on Saturday. Seven of the fighters were killed, " + voice + ". "
            "One resident said he counted nine bodies being taken away.")
    assert killed(text, "2021-04-25", resources)[1] == 9


def test_round28_two_voices_of_one_party_count_the_same_dead(resources):
    text = ("MOGADISHU - The US military said on Wednesday it had carried out an airstrike against al-Shabaab in southern "
            "Somalia, killing three of them. \"The airstrike killed three al-Shabaab terrorists,\" US Africa Command said.")
    assert killed(text, "2023-09-20", resources)[1] == 3


def test_round28_the_wounded_told_beside_an_earlier_toll_are_earlier_too(resources):
    text = ("MOGADISHU - The death toll from Saturday's car bombing in Mogadishu has risen to 121, the Health Ministry said "
            "on Monday. Another 333 people were injured, the ministry said. On Sunday, the president said at least 100 people "
            "had been killed and 300 others wounded.")
    evs = extract(article(text, "2022-10-31"), resources=resources)
    assert evs[0].toll.injured is not None and evs[0].toll.injured.best == 333


_ROUND28B_LEAD = ("BELEDWEYNE - Al-Shabaab militants ambushed a Somali army convoy on Monday on the road linking Bulo Burte and "
                  "Jalalaqsi, killing five soldiers, a military officer said. ")


@pytest.mark.parametrize("told", [
    "A day later, government forces stormed an Al-Shabaab hideout outside Jalalaqsi. Officials said 30 militants died in the fighting.",
    "A day later, government forces stormed an Al-Shabaab hideout outside Jalalaqsi. \"We killed 30 of them,\" a commander said.",
    "On Tuesday, government forces stormed an Al-Shabaab hideout outside Jalalaqsi. Thirty militants were killed, according to the "
    "information ministry.",
    "A day later, government forces stormed an Al-Shabaab hideout outside Jalalaqsi. The Ministry of Information said 30 militants "
    "were killed in the operation.",
])
def test_round28b_a_toll_told_right_after_another_event_is_that_events(told, resources):
    evs = extract(article(_ROUND28B_LEAD + told, "2023-03-15"), resources=resources)
    tolls = [e.toll.killed.best if e.toll.killed else None for e in evs]
    assert tolls == [5, 30]


def test_round28b_a_toll_told_right_after_its_own_event_stays(resources):
    # negative: the figure follows the lead's own sentence; the town split off the road keeps no toll
    evs = extract(article(_ROUND28B_LEAD + "Five soldiers were killed in the ambush, the officer added.", "2023-03-15"),
                  resources=resources)
    assert evs[0].toll.killed is not None and evs[0].toll.killed.best == 5
    assert all(e.toll.killed is None for e in evs[1:])


@pytest.mark.parametrize("text,expected", [
    ("KABUL - A gunman opened fire on worshippers at a mosque in Herat on Friday, killing three people, police said. "
     "He was later shot dead by guards, a police spokesman said.", 4),
    ("Officials said the attacker stabbed and killed two shoppers at a market in Jerusalem on Monday. "
     "She was shot dead by officers at the scene.", 3),
    ("MOGADISHU - Six soldiers were killed on Tuesday when a suicide bomber rammed a checkpoint in Mogadishu. "
     "Witnesses said the bomber had approached on foot. He was also killed, the army said.", 7),
    ("NIAMEY - Four trainers were killed on Sunday when an infiltrator turned his rifle on them at a base near Niamey. "
     "He was gunned down by the guards, the ministry said.", 5),
])
def test_round28d_the_lone_attacker_told_as_he_died_too(text, expected, resources):
    assert killed(text, resources=resources)[1] == expected


def test_round28d_he_shot_dead_without_an_attacker_before_is_no_extra_death(resources):
    # negative: "he" is the victim the sentence before named, not an attacker
    text = ("MAIDUGURI - A farmer was killed in his field near Maiduguri on Monday, residents said. "
            "He was shot dead by men on motorcycles, one resident said.")
    assert killed(text, resources=resources)[1] == 1


@pytest.mark.parametrize("zero", [
    "There were no reports of gunfire or casualties, and shops and banks in Bamako opened as usual on Tuesday.",
    "No one was hurt, and markets in Bamako reopened on Tuesday, residents said.",
])
def test_round28e_a_zero_keeps_the_toll_but_does_not_move_the_scene(zero, resources):
    text = ("BAMAKO, May 25 (Reuters) - Soldiers detained the interim president and the prime minister on Monday and "
            "took them to the military camp in Kati, diplomats said. " + zero)
    evs = extract(article(text, "2021-05-25"), resources=resources)
    assert evs and evs[0].place is not None and evs[0].place.name == "Kati"
    assert evs[0].toll.killed is not None and evs[0].toll.killed.best == 0


@pytest.mark.parametrize("text,expected", [
    ("NAIROBI - Militants attacked a base used by U.S. and Kenyan forces on Sunday near Lamu, killing a U.S. soldier and two "
     "American contractors, the U.S. military said. Al-Shabab, in a statement, claimed its fighters had killed 17 American "
     "and Kenyan troops.", (3, 3, 17)),
    ("MOGADISHU - Al-Shabaab fighters overran an army outpost near Baidoa on Tuesday. Four soldiers died in the assault, the "
     "Somali army said. Al-Shabaab claimed in a statement that its fighters had killed 40 government troops.", (4, 4, 40)),
])
def test_round28e_a_sides_boast_against_the_others_own_dead(text, expected, resources):
    # every voice a party: the side's own dead, told plainly, are best; the enemy's boast only raises high
    assert killed(text, resources=resources) == expected


def test_round28e_a_plain_figure_beside_a_smaller_boast_stands(resources):
    # negative: the larger figure is no boast, so the smaller one does not replace it
    text = ("MOGADISHU - Fighting near Baidoa on Tuesday killed 40 people, the Somali army said. The militants claimed "
            "their fighters had killed four soldiers.")
    assert killed(text, resources=resources)[1] == 40


@pytest.mark.parametrize("text,expected", [
    ("SANAA, Yemen - The death toll from a wave of U.S. airstrikes on Yemen rose to 40 on Sunday, the health ministry said, "
     "adding that 70 people were wounded. In Sanaa, a strike on a residential building killed 12 people, the ministry said. "
     "In Saada, strikes on the city killed eight people.", [("Sanaa", 12, None), ("Sa'dah", 8, None)]),
    ("KYIV - Russian missiles and drones struck cities across Ukraine overnight, killing at least 30 people, officials said "
     "on Tuesday. In Kharkiv, a missile hit an apartment block, killing nine people. In Odesa, drones hit the port, killing "
     "six people.", [("Kharkiv", 9, None), ("Odesa", 6, None)]),
])
def test_round28e_a_waves_total_is_no_one_places_toll(text, expected, resources):
    # the lead's figure covers every place the wave hit (at least their own figures added up): each place told
    # in a sentence of its own ("In Sanaa, ...") keeps its own dead, and the wave's wounded go with the wave's dead
    evs = extract(article(text, "2025-03-16"), resources=resources)
    assert [(e.place.name if e.place else None, e.toll.killed.best if e.toll.killed else None,
             e.toll.injured.best if e.toll.injured else None) for e in evs] == expected


def test_round28e_one_place_told_apart_keeps_the_leads_toll(resources):
    # negative: no other event, so the lead's figure is the one event's
    text = ("KYIV - A Russian missile hit an apartment block in Kharkiv overnight, killing at least 30 people, officials said. "
            "In Kharkiv, rescuers pulled nine bodies from the rubble by morning.")
    assert killed(text, resources=resources)[1] == 30


ROUND29A_BOTH_SIDES_IN_ONE_SENTENCE = [
    # one party's voice telling the enemy's dead and its own in one sentence: both sides' dead, added up
    ("ADEN, Aug 3 (Reuters) - Government forces retook the district of Harib on Friday after two days of fighting, "
     "a military official said. The official said 14 Houthi fighters were killed in the clashes, while five soldiers "
     "and tribesmen were killed on the government side.", 19),
    ("ADEN, Aug 3 (Reuters) - Government forces retook the district of Harib on Friday after two days of fighting, "
     "a military official said. The official said 14 Houthi fighters were killed in the clashes, while five soldiers "
     "were killed on the government side.", 19),
]


@pytest.mark.parametrize(("text", "best"), ROUND29A_BOTH_SIDES_IN_ONE_SENTENCE)
def test_round29a_both_sides_dead_in_one_sentence_add_up(text, best, resources):
    assert killed(text, resources=resources)[1] == best


ROUND29B_ASIDE_AND_REVISIONS = [
    # an "including/among them/mostly" aside of up to 140 characters between the count and its verb, whose last
    # member ("... and a girl") is a share of the toll, not a toll; a death that counts the toll up ("bringing to
    # six the number killed", "which brought to 10 the toll") is the latest figure, and of two such the later stands
    ('KABUL - At least eight civilians, among them a local cleric who led prayers at the mosque and two young boys, were killed when a bomb exploded in Kunduz on Friday, police said.',
     (8, 8, 8)),
    ('MAIDUGURI - Twelve farmers, including the village head of Mafa and his eldest son, were shot dead by gunmen in Borno state on Monday, residents said.',
     (12, 12, 12)),
    ('DAMASCUS - Fifteen people, including a commander of the Fourth Division and a nurse at the local clinic, died in an Israeli strike near Damascus on Sunday, state media said.',
     (15, 15, 15)),
    ('GOMA - The army said nine villagers, mostly women who had gone to fetch water from the river and a teenage girl, were killed by ADF rebels near Beni on Tuesday.',
     (9, 9, 9)),
    ('MOGADISHU - A car bomb killed five people in Mogadishu on Sunday, police said. An injured man died in hospital on Monday, bringing to six the number of people killed. Another victim died later, raising to seven the number of dead, a doctor said.',
     (7, 7, 7)),
    ("KHARTOUM - Three protesters were shot dead by security forces in Omdurman on Thursday, medics said. A fourth man died of his wounds overnight, bringing to four the number of people killed in the protests, the doctors' committee said.",
     (4, 4, 4)),
    ('BAMAKO - Gunmen killed eight villagers near Mopti on Sunday, officials said. Two wounded men died on Monday, which brought to 10 the toll of the raid, a local official said.',
     (10, 10, 10)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29B_ASIDE_AND_REVISIONS)
def test_round29b_aside_members_and_counted_up_deaths(text, expected, resources):
    assert killed(text, resources=resources) == expected


def test_round29b_a_tally_counted_up_since_a_coup_stays_a_tally(resources):
    # negative: "the latest deaths brought to 39 the number killed since the coup" is a tally, not this day's toll
    text = ("KHARTOUM - Security forces shot dead 15 protesters in Khartoum on Wednesday, medics said. The doctors' "
            "committee said the latest deaths brought to 39 the number of protesters killed since the coup.")
    assert killed(text, resources=resources)[1] == 15


ROUND29B_ATTACKERS_INSIDE_THE_TOTAL = [
    # "all five attackers were also killed, bringing the total number of dead to 20": the attackers are inside the 20
    ('MOGADISHU - Al-Shabaab fighters stormed a hotel in Kismayo on Friday, killing at least eight people, police said. Four gunmen were also shot dead by the security forces, bringing the total number of dead to 12, a police officer said.',
     (12, 12, 12)),
    ('KABUL - A suicide bomber and three gunmen attacked a police station in Jalalabad on Monday. Five policemen were killed, officials said. The four attackers were killed as well, bringing the death toll to nine.',
     (9, 9, 9)),
    pytest.param('MAIDUGURI - Boko Haram fighters attacked a village near Konduga on Sunday, killing 11 villagers, residents said. Soldiers killed four of the insurgents, bringing the overall toll to 15, a militia leader said.',
                 (15, 15, 15), marks=pytest.mark.xfail(strict=True, reason="'four of the insurgents' is not read as the attackers and 'the overall toll' reads as a tally")),
    ('NIAMEY - Gunmen killed seven soldiers in an ambush near Tillaberi on Tuesday, the army said. Three of the assailants were also killed.',
     (10, 10, 10)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29B_ATTACKERS_INSIDE_THE_TOTAL)
def test_round29b_attackers_told_before_a_brought_total_are_inside_it(text, expected, resources):
    assert killed(text, resources=resources) == expected


ROUND29B_ONE_SIDE_BESIDE_BOTH = [
    # one side's dead ("the bodies of 32 soldiers", medics) beside both sides' ("90 soldiers and Huthi fighters",
    # "31 fighters on both sides", "17 rebels and soldiers"): a share, not a competing estimate; a side's dead
    # beside a party's boast stays best (negative, last)
    ('ADEN - At least 40 soldiers and Houthi fighters were killed in clashes in Taiz on Saturday, a military official said. A hospital in Taiz said it had received the bodies of 15 soldiers.',
     (40, 40, 40)),
    ('MOGADISHU - Twenty-five people, soldiers and al-Shabaab militants, died in fighting near Jowhar on Monday, an army commander said. Doctors said 9 soldiers were killed.',
     (25, 25, 25)),
    ('KHARTOUM - Fighting near El Fasher killed 31 fighters on both sides on Tuesday, a local official said. Medics at the town hospital said they had received 12 army soldiers killed in the battle.',
     (31, 31, 31)),
    ('GOMA - Clashes between M23 rebels and Congolese troops near Rutshuru killed 17 rebels and soldiers on Wednesday, the army said. Residents counted the bodies of seven soldiers.',
     (17, 17, 17)),
    ('ADEN - Twelve soldiers were killed in a Houthi attack in Marib on Sunday, medics said. The Houthis said their fighters had killed 20 soldiers.',
     (12, 12, 20)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29B_ONE_SIDE_BESIDE_BOTH)
def test_round29b_one_sides_dead_beside_both_sides_is_a_share(text, expected, resources):
    assert killed(text, resources=resources) == expected


ROUND29B_ATTACKERS_DEAD_BESIDE_A_GOVERNMENTS_TOLL = [
    # the attackers' dead told by the attacked side's security sources, beside a government's count of soldiers or
    # gendarmes killed, are added (ACLED counts every death); a government's count of the armed dead a side's boast
    # names keeps the boast in high only (negative, last)
    ('OUAGADOUGOU - Jihadists attacked a gendarmerie post near Djibo on Sunday. The government said 50 gendarmes were killed in the raid. Security sources said dozens of the assailants were also killed.',
     (62, 62, 149)),
    ('NIAMEY - Gunmen on motorbikes raided an army base near Tillaberi on Tuesday, and the defence ministry said 18 soldiers died. An army officer said five of the attackers were shot dead.',
     (23, 23, 23)),
    ("ERBIL - A Turkish drone struck a car near Sinjar on Monday, killing two fighters of a local militia, local officials said. Turkey's defence ministry said three terrorists had been neutralised in the operation.",
     (2, 2, 5)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29B_ATTACKERS_DEAD_BESIDE_A_GOVERNMENTS_TOLL)
def test_round29b_attackers_dead_beside_a_governments_toll(text, expected, resources):
    assert killed(text, resources=resources) == expected


ROUND29C_APPOSED_PAIR_IS_BOTH_SIDES = [
    # "N people, soldiers and militants, died": the two nouns in apposition are who the count names, both sides'
    # dead (not the attackers alone), so one side's count told after is a share; a pair that is one side
    # ("mostly women and children") changes nothing (negative, last)
    ('GOMA - At least 30 combatants, rebels and soldiers, were killed in clashes near Rutshuru on Tuesday, a local official said. The hospital said it received the bodies of 11 soldiers.',
     (30, 30, 30)),
    ('ADEN - Twenty-two people, soldiers and Houthi rebels, lost their lives in fighting in Taiz on Friday, the army said. Medics said 8 soldiers were killed.',
     (22, 22, 22)),
    ('MAIDUGURI - Forty people, police officers and jihadists, were killed when Boko Haram fighters attacked a police post in Dikwa on Friday, a police source said. A doctor said 14 policemen died.',
     (40, 40, 40)),
    ('KYIV - Twelve people, mostly women and children, were killed in the shelling of Kharkiv on Monday, the governor said. Medics said 4 children died.',
     (12, 12, 12)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29C_APPOSED_PAIR_IS_BOTH_SIDES)
def test_round29c_an_apposed_pair_of_sides_names_both_sides_dead(text, expected, resources):
    assert killed(text, resources=resources) == expected


ROUND29C_STATE_MEN_PAIRED_ARE_NO_ATTACKERS = [
    # "three soldiers and militiamen died" beside "twenty militants were killed": a state's men named with others are
    # the other side's dead, added to the attackers' (not a second estimate of the same dead)
    ('MOGADISHU - Twenty militants were killed, while three soldiers and militiamen died in fighting near Jowhar on Monday, an army commander said.',
     (23, 23, 23)),
    ('KADUNA - Fifteen bandits were shot dead, while two policemen and vigilantes were killed in the gunfight near Birnin Gwari on Friday, police said.',
     (17, 17, 17)),
    ('MAIDUGURI - Troops killed 12 insurgents near Bama on Tuesday, while four soldiers and militiamen also lost their lives, the army said.',
     (16, 16, 16)),
    pytest.param('MOPTI - Gunmen killed nine villagers near Bandiagara on Monday and two of the gunmen and a soldier were killed in the exchange, a local official said.',
                 (12, 12, 12), marks=pytest.mark.xfail(strict=True, reason="'two of the gunmen and a soldier': the soldier is read as an attacker "
                                                                          "(the 'of the gunmen' before him) and the two gunmen as victims")),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29C_STATE_MEN_PAIRED_ARE_NO_ATTACKERS)
def test_round29c_state_men_paired_with_others_are_no_attackers(text, expected, resources):
    assert killed(text, resources=resources) == expected


ROUND29C_LONE_ATTACKER_BEFORE_BEING_KILLED = [
    # "... before being shot dead by police": the lone attacker died too, in the gerund, in his own sentence or in a
    # "He ..." sentence after one about him (one sentence between them may tell nothing); "before being arrested"
    # adds no one (negative, last)
    ('JERUSALEM - A gunman killed four people at a market in Jerusalem on Friday before being shot dead by police, officials said.',
     (5, 5, 5)),
    ('KABUL - An attacker opened fire on a checkpoint in Jalalabad on Monday, killing two soldiers, police said. He fled on foot before being gunned down by troops.',
     (3, 3, 3)),
    ('JERUSALEM - A Palestinian gunman killed seven people near a synagogue in Jerusalem on Friday, police said. The attacker opened fire as worshippers left. He then fled in a car before being shot dead by police in Beit Hanina, police said.',
     (8, 8, 8)),
    ('PARIS - A knifeman stabbed three people to death at a station in Lyon on Friday before being arrested by police, officials said.',
     (3, 3, 3)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29C_LONE_ATTACKER_BEFORE_BEING_KILLED)
def test_round29c_a_lone_attacker_killed_in_the_gerund_is_among_the_dead(text, expected, resources):
    assert killed(text, resources=resources) == expected


ROUND29C_ONE_NAMED_IN_APPOSITION = [
    # "A policeman, Sgt. Musa Bello, was shot dead": one person, named in apposition (with a rank, an age) between the
    # noun and the passive outcome, is read as one dead or wounded
    ('KANO - A policeman, Sgt. Musa Bello, was shot dead at a checkpoint near Kano on Monday, police said.',
     (1, 1, 1)),
    ('YANGON - One protester, Ko Min Thu, 19, died after security forces opened fire on a march in Mandalay on Saturday, medics said.',
     (1, 1, 1)),
    ('NABLUS - An Israeli soldier, Staff Sgt. Yossi Cohen, 21, was killed by gunfire near Nablus on Tuesday, the military said.',
     (1, 1, 1)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29C_ONE_NAMED_IN_APPOSITION)
def test_round29c_one_person_named_in_apposition_is_read(text, expected, resources):
    assert killed(text, resources=resources) == expected


ROUND29C_ALSO_KILLED_ADDS = [
    # "killing three soldiers. A police officer was also killed": more dead told after the toll, in its voice, add up;
    # another voice naming one more ("Hezbollah said one of its commanders was also killed" beside a ministry's
    # count) is one of that count (negative, last)
    ('KABUL - Gunmen attacked a checkpoint in Jalalabad on Sunday, killing three soldiers. A police officer was also killed, officials said.',
     (4, 4, 4)),
    ('KABUL - Gunmen attacked a checkpoint in Jalalabad on Sunday, killing three soldiers. A police officer, Lieutenant Ahmad Wali, was also killed, officials said.',
     (4, 4, 4)),
    ('GAO - Five soldiers died when their convoy hit a mine near Gao on Monday, the army said. Two civilians travelling behind the convoy were also killed.',
     (7, 7, 7)),
    ('BEIRUT - An Israeli strike on a building in Beirut killed 37 people, the health ministry said. Hezbollah said one of its commanders, Ali Karaki, was also killed.',
     (1, 37, 37)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29C_ALSO_KILLED_ADDS)
def test_round29c_dead_also_killed_in_the_tolls_voice_add_up(text, expected, resources):
    assert killed(text, resources=resources) == expected


ROUND29D_LAND_TALLY_AFTER_THE_EVENT = [
    # the event's own toll, then a fronted land's tally of the day ("Across the Gaza Strip, 66 were killed on
    # Thursday"): the event keeps its own; a fronted span of time is still the event's (negative, last)
    ('GAZA - An Israeli air strike killed at least 15 people queueing outside a clinic in Deir el-Balah on Thursday, medics said. '
     'Across the Gaza Strip, at least 66 people were killed on Thursday, the health ministry said.', (15, 15, 15)),
    ('KHARTOUM - Shelling killed nine civilians at a market in Omdurman on Monday, activists said. '
     'Throughout the country, more than 40 people died in fighting on Monday, the UN said.', (9, 9, 9)),
    ('KHARKIV - Russian shelling killed three people in Kharkiv on Sunday, the governor said. '
     'Throughout the night, the shelling went on and the toll rose to 12, he said.', (12, 12, 12)),
]


@pytest.mark.parametrize(("text", "expected"), ROUND29D_LAND_TALLY_AFTER_THE_EVENT)
def test_round29d_a_fronted_lands_tally_is_no_events_toll(text, expected, resources):
    assert killed(text, resources=resources) == expected


# stop 33: a figure far above the lead's, told later, counts other dead
@pytest.mark.parametrize("text, expected", [
    # a war's toll from the UN, two sentences on
    ("Sanaa (AFP) - An air strike on a market in the northern province of Saada killed nine people on Monday, "
     "including three children, the medical charity MSF said. The World Health Organization estimates the "
     "toll at close to 10,000 dead, but rights groups believe the real number is far higher.",
     9),
    # a crowd's running tally in a doctors' committee's voice
    ("Khartoum (Reuters) - Security forces shot dead six protesters in Omdurman on Thursday, a doctors' committee "
     "said. The committee said 54 protesters had now been killed in the demonstrations.",
     6),
    # a larger figure of other victims, in the same ministry's voice
    ("Beirut (AFP) - An Israeli strike on a flat in the Lebanese capital killed eight people on Tuesday, the health "
     "ministry said. The ministry also said more than 50 medics had been killed across the country.",
     8),
    # ... but a revision stands, however far it rises
    ("Mogadishu (AFP) - A car bomb exploded near a busy junction in the Somali capital on Saturday, killing four "
     "people, police said. By Sunday the toll had risen to 19, a police officer told AFP.",
     19),
    # a vague lead ("dozens") reaches up to 99: a count of bodies inside it is the toll
    ("Maiduguri (AFP) - Boko Haram jihadists killed dozens of people in an attack on a village near Maiduguri, "
     "a military officer said on Sunday. Rescuers later recovered 86 bodies from the burned homes, he said.",
     86),
    # a lead that names one victim tells no toll of the whole
    ("Mogadishu (Reuters) - A hotel manager was among those killed when gunmen stormed a hotel in Mogadishu on "
     "Friday. More than a dozen people were killed in the siege, Somali police said.",
     13),
])
def test_round33_a_later_figure_far_above_the_leads_is_another_count(text, expected, resources):
    assert killed(text, published="2024-10-08", resources=resources)[1] == expected


def test_round33_a_partys_boast_far_above_still_widens_the_high(resources):
    text = ("Bamako (AFP) - At least 30 Malian soldiers were killed when jihadists attacked a base near Douentza on "
            "Friday, local officials said. In a statement, the al Qaeda-linked JNIM said its fighters had killed "
            "more than 100 soldiers.")
    low, best, high = killed(text, published="2024-10-08", resources=resources)
    assert (best, high) == (30, 101)


@pytest.mark.parametrize("sentence, role", [
    # the war in an "as" clause of its own is not the toll's time
    ("An air strike on a wedding party in Hajjah killed 21 people, a local health official said, as the "
     "coalition entered the fifth year of its intervention in the war.", "total"),
    ("Shelling of a market in Donetsk killed 13 people on Saturday, while fighting raged across the front.", "total"),
    # ... but a cue in the toll's own clause still makes a tally
    ("Jihadist groups have killed hundreds of soldiers and civilians in the past year, while the army struggles.", "cumulative"),
    ("More than 180 people were killed in the first month of fighting alone, the UN said.", "cumulative"),
    ("The fighting has killed 500 people since the war began, as aid agencies warned of famine.", "cumulative"),
    # a past movement's, intifada's or siege's toll is a tally
    ("Almost 600 people were killed in the crackdown on the October 2019 protests, which brought down the government.", "cumulative"),
    ("Buses were often bombed during the second intifada, in which hundreds of Israelis were killed.", "cumulative"),
    ("Officials estimate that more than 20,000 civilians died during the siege, a figure that cannot be verified.", "cumulative"),
    # this year's protest is this event
    ("Police fired on protesters in Baghdad on Tuesday, killing two demonstrators, medics said.", "total"),
])
def test_round33_cumulative_cues_keep_to_their_clause(sentence, role):
    tolls = [t for t in find_tolls(sentence) if t.outcome == "killed"]
    assert tolls and tolls[0].role == role


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen seized the opposition leader near Niafunke on Wednesday, killing his bodyguard, his party said.", [("killed", 1)]),
    ("The militants shot dead her husband outside their home.", [("killed", 1)]),
    # more than one is no "one"
    ("Gunmen fired on the governor's convoy, wounding his bodyguards.", []),
])
def test_round33_his_one_person_is_one(sentence, expected):
    assert [(t.outcome, t.count.best) for t in find_tolls(sentence) if t.role == "total"] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a list of ranks inside "including ..." before the verb
    ("Twelve Nigerien soldiers, including a lieutenant, two sergeants and a driver, were killed in an ambush "
     "near Tillaberi, the army said.", [("killed", 12)]),
    # "shot and killed" after one person of any noun
    ("A British citizen was shot and killed in Erbil on Tuesday, officials said.", [("killed", 1)]),
    # the toll before an apposition that ranks the attack in a year's run
    ("Gunmen killed 42 villagers in Zamfara state on Friday, police said, the latest bout of bloodshed in a "
     "region where bandits have killed hundreds of people this year.", [("killed", 42), ("killed", 100)]),
    # a relative clause about the place, told whole before the toll
    ("A drone hit a market in the town of Kupiansk, which has been shelled almost daily since March, killing "
     "five people on Monday, the governor said.", [("killed", 5)]),
    # a clause of its own after the revised toll
    ("The toll from the missile strike on a block of flats in Dnipro has risen to 40, the emergency service "
     "said, as rescuers continued to search the rubble.", [("killed", 40)]),
])
def test_round33_tolls_beside_lists_asides_and_relatives(sentence, expected):
    tolls = find_tolls(sentence)
    assert [(t.outcome, t.count.best) for t in tolls if t.role in ("total", "cumulative")] == expected
    assert tolls[0].role == "total"


def test_round33_a_zero_told_first_stands_against_a_background_hundreds(resources):
    text = ("Tel Aviv (AP) - Explosive devices went off on two parked buses in the Israeli city of Holon late on "
            "Thursday, police said. No one was hurt, as the buses were empty at the depot.\n"
            "Police said they were searching for suspects. Buses were a frequent target during the second "
            "intifada, when hundreds of Israelis were killed in suicide bombings on public transport.")
    assert killed(text, published="2025-02-21", resources=resources)[1] == 0


@pytest.mark.parametrize("sentence, expected", [
    ("Al Jazeera cameraman Samer Abudaqa was killed and a colleague was wounded on Friday.", [("killed", 1)]),
    ("Gunmen stormed the parish house in the village, killing the priest, Joseph Gor, police said.", [("killed", 1)]),
    ("The army said it had killed the deputy leader of the Islamic State group in an air strike.", [("killed", 1)]),
    ("Ukraine was behind the bombing that killed Vladlen Tatarsky, the son of a miner, investigators said.", [("killed", 1)]),
    ("The businessman Ivan Petrenko and his wife Olena were killed when a missile hit their home.", [("killed", 2)]),
    ("Manuel Bissopo was seriously wounded and his bodyguard was killed when gunmen opened fire.", [("killed", 1)]),
    ("Zakhar Prilepin was wounded and his driver killed when their car was blown up.", [("killed", 1)]),
    ("Two French journalists and a Belgian wildlife conservationist were killed in the ambush.", [("killed", 2), ("killed", 1)]),
    # a bodyguard who kills is no dead
    ("His bodyguard killed the attacker.", []),
])
def test_round33_named_and_possessed_victims(sentence, expected):
    got = sorted((t.outcome, t.count.best) for t in find_tolls(sentence) if t.role == "total" and t.outcome == "killed")
    assert got == sorted(expected)


def test_round33_a_place_before_was_killed_is_no_named_victim():
    tolls = find_tolls("A retired couple from the Belgorod Region was killed in the strike, the governor said.")
    assert not any(t.who == "Belgorod Region" for t in tolls)


def test_round33_put_the_number_of_people_killed_in_the_attack_at(resources):
    sentence = ("Officials on Friday put the number of people killed in a raid by gunmen on a boarding school in the "
                "western town of Kagadi at 41, most of them pupils.")
    assert [(t.count.best, t.role) for t in find_tolls(sentence) if t.outcome == "killed"] == [(41, "total")]


def test_round33_armed_dead_told_twice_in_one_voice_are_not_added(resources):
    text = ("Beirut (AFP) - A US drone strike on a meeting of jihadist commanders in northwest Syria killed 22 "
            "militants on Sunday, the Syrian Observatory for Human Rights said.\n"
            "Twenty-two were killed, among them several senior commanders, the Observatory said.")
    assert killed(text, published="2024-06-10", resources=resources)[1] == 22


@pytest.mark.parametrize("sentence, expected", [
    ("The party's secretary-general, Joao Mabunda, was seriously wounded when gunmen fired on his car.", [("injured", 1)]),
    ("Sergei Volkov, a pro-war blogger and supporter of the war in Ukraine, was wounded when his car was blown up.", [("injured", 1)]),
    # the second of two named is not one alone
    ("Its reporter Nadia Haddad and camera operator Karim Saleh had been hurt, the channel said.", []),
])
def test_round33_one_named_wounded(sentence, expected):
    assert [(t.outcome, t.count.best) for t in find_tolls(sentence) if t.role == "total" and t.outcome == "injured"] == expected


def test_round33_a_named_wounded_is_among_the_count_that_takes_him_in(resources):
    text = ("Mogadishu (AFP) - Somalia's information minister Abdi Warsame was wounded on Sunday when a suicide bomber "
            "blew himself up next to his car in the capital, officials said.\n"
            "\"The minister and two of his guards were wounded and taken to hospital,\" a government statement said.")
    evs = extract(article(text, "2024-03-10"), resources=resources)
    assert evs and evs[0].toll.injured and evs[0].toll.injured.best == 3


# stop 34: the attacking group's own dead, told by the group, add to the dead it caused (the
# Arakan Army's raids on border police posts in Buthidaung, 4 January 2019: 13 police, and three of
# its own fighters by its spokesman's count)
def test_round34_the_attacking_groups_own_dead_told_by_it_add_to_the_toll(resources):
    evs = extract(article(
        "Arakan Army rebels killed 13 policemen in attacks on four border guard posts in Buthidaung township on Friday, "
        "police said. An Arakan Army spokesman confirmed the raids. He said three of the group's fighters had died.",
        "2019-01-05"), resources=resources)
    assert evs and evs[0].toll.killed is not None and (evs[0].toll.killed.low, evs[0].toll.killed.best) == (16, 16)


def test_round34_the_dead_the_side_hit_tells_of_its_own_are_not_attackers(resources):
    # guard (passes on the old rules too): the PMF was struck; "four of its members" are the same dead
    evs = extract(article(
        "A US air strike on a base of the Popular Mobilization Forces in Jurf al-Sakhar killed four fighters on Tuesday, "
        "security sources said. The PMF said four of its members were killed in the strike.", "2024-07-31"), resources=resources)
    assert evs and evs[0].toll.killed is not None and (evs[0].toll.killed.best, evs[0].toll.killed.high) == (4, 4)


# stop 34: a lead's toll told across several places, each place then told as its own event, is the
# sum of the day, not the first place's (Myanmar, 3 March 2021: 38 dead by the UN envoy's count,
# eight of them in Yangon and six in Monywa)
def test_round34_a_lead_toll_across_several_cities_is_not_the_first_citys(resources):
    lead = ("Security forces in Myanmar fired on anti-coup demonstrators in {where} on Wednesday, killing at least 38 people, "
            "the UN envoy for Myanmar said.\n")
    rest = ("{start} fired live rounds at protesters behind barricades in North Okkalapa. At least eight people died of gunshot "
            "wounds{there}, a doctor at a nearby hospital said.\nIn Monywa, soldiers fired on thousands of marchers, killing six "
            "people, a rescue worker said.")
    evs = extract(article(lead.format(where="several cities") + rest.format(start="In Yangon, police and soldiers", there=""),
                          "2021-03-03"), resources=resources)
    tolls = {e.place.name: e.toll.killed.best for e in evs if e.place is not None and e.toll.killed is not None}
    assert tolls == {"Yangon": 8, "Monywa": 6}
    # guard (passes on the old rules too): the lead's toll told of one city is that city's
    evs = extract(article(lead.format(where="Yangon") + rest.format(start="Police and soldiers", there=" there"),
                          "2021-03-03"), resources=resources)
    tolls = {e.place.name: e.toll.killed.best for e in evs if e.place is not None and e.toll.killed is not None}
    assert tolls == {"Yangon": 38, "Monywa": 6}


# stop 34: one person named as the dead, with an apposition between name and verb, or dying of the
# violence told with the death (the killing of the constitutional lawyer Gilles Cistac in Maputo,
# 3 March 2015; the businessman Oleksiy Vadatursky and his wife in Mykolaiv, 31 July 2022)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Gilles Cistac, a constitutional law professor at Eduardo Mondlane University, has been killed in central Maputo.", 1),
    ("Gilles Cistac died in hospital on Tuesday after being shot by unidentified gunmen in central Maputo.", 1),
    ("Gilles Cistac, 53, died on Tuesday after gunmen opened fire on him outside a cafe.", 1),
    ("Oleksiy Vadatursky, founder of the grain trader Nibulon, and his wife Raisa were killed when a shell hit their home.", 2),
    # guard (no toll on the old rules either): a death told with no violence
    ("Gilles Cistac died in Paris in 2019 after a long illness.", None),
])
def test_round34_one_named_dead_with_an_apposition_or_dying_of_the_violence(sentence, expected):
    got = [t.count.best for t in find_tolls(sentence) if t.outcome == "killed"]
    assert (got[0] if got else None) == expected


# stop 34: the dead the lead told, named in the next sentence with a town of its own and a day, are the
# same one death (the WFP's Moayad Hameidi, killed in al-Turbah on 21 July 2023); the town measured
# from the city is the scene, not the city, nor the office in the city he headed
def test_round34_the_one_dead_named_later_with_the_town_is_the_leads_event(resources):
    evs = extract(article(
        "A senior official of the UN World Food Programme has been shot dead by unknown gunmen in Yemen's Taiz province, the "
        "agency said.\nMoayad Hameidi, a Jordanian who headed the WFP office in Taiz, was killed on Friday afternoon in the town "
        "of al-Turbah, some 60km southwest of the city of Taiz.\nNo group has claimed the killing.", "2023-07-22"), resources=resources)
    assert len(evs) == 1 and evs[0].place is not None and evs[0].place.name == "At Turbah"
    assert evs[0].toll.killed is not None and evs[0].toll.killed.best == 1 and str(evs[0].start_date) == "2023-07-21"


# stop 35: one person and "his" or "her" companion, kin or not, are two (the Dijlah TV reporter Ahmed
# Abdessamad and his cameraman Safaa Ghali, shot dead in Basra on 10 January 2020); a trade's own noun
# may stand before the person ("a television reporter"); one killed and "his" companion only wounded
# stay one dead.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Gunmen shot dead an Iraqi television reporter and his cameraman in Basra late on Friday.", 2),
    ("A lawyer and his bodyguard were killed when gunmen fired on their car in Bamenda.", 2),
    ("Gunmen shot dead a television reporter in Basra late on Friday.", 1),
    ("A soldier was killed and his commander wounded when a roadside bomb hit their vehicle.", 1),
    # guard (two on the old rules too): a kin after a hyphenated age
    ("A 31-year-old woman and her three-year-old daughter were killed when the missile hit their flat.", 2),
])
def test_round35_one_person_and_his_companion_are_two(sentence, expected):
    got = [t.count.best for t in find_tolls(sentence) if t.outcome == "killed"]
    assert sum(got) == expected


def _evs39(text, published, resources):
    return extract(article(text, published), resources=resources)


# stop 39: one person named as found dead, the body's wounds told, was killed (after Cherubin Okende,
# found shot in his car in Kinshasa on 13 July 2023); a death with no wound told is no event
def test_a_named_person_found_dead_with_gunshot_wounds_was_killed(resources):
    got = _evs39("Cherubin Okende, a spokesman for the opposition party Ensemble pour la Republique, was found dead in his car "
                 "in Kinshasa on Thursday, his party said. His body bore a gunshot wound, a party official told reporters.",
                 "2023-07-13", resources)
    assert [(e.sub_event_type, e.place.name if e.place else None, e.to_record()["fatalities"]["best"]) for e in got] == [("Attack", "Kinshasa", 1)]
    # guard (passes on the old code too): no wound, no killing
    assert _evs39("Pierre Mbala, a former minister, was found dead at his home in Kinshasa on Thursday, his family said. "
                  "He had been ill for months.", "2023-07-13", resources) == []


# stop 39: people brought to medical centres are the injured, as those taken to hospital are (the
# Douma gas attack, 7 April 2018: rescuers counted more than 500 people with breathing difficulties)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rescuers said more than 500 people, most of them women and children, had been brought to medical centres with "
     "breathing difficulties.", [("injured", 501)]),
    # guard (passes on the old code too: "wounded" tells it): the same count is not read twice
    ("Eleven wounded soldiers were taken to health centres in the district, the army said.", [("injured", 11)]),
])
def test_people_brought_to_medical_centres_are_injured(sentence, expected):
    assert [(t.outcome, t.count.best) for t in find_tolls(sentence)] == expected


# stop 40: one leader killed, told as "the leader of X was killed" or "a chief whose supporters ...
# was killed", is a toll of one; and the year of his tenure ("who had led the republic since 2014")
# does not make the next sentences another year's (the Donetsk cafe bombing of 31 August 2018; the
# Kamuina Nsapu chief killed near Tshimbulu on 12 August 2016)
def test_one_leader_killed_is_a_toll_of_one_and_his_tenure_no_other_year(resources):
    (ev,) = _evs39("MOSCOW (AP) - The leader of the Russia-backed separatists in eastern Ukraine was killed Friday evening when "
                   "a bomb went off in a cafe in central Donetsk, rebel officials said.\nAlexander Zakharchenko, 42, who had "
                   "led the self-proclaimed Donetsk People's Republic since 2014, died in the blast at the Separ cafe, the "
                   "separatist news agency DAN reported. Several other people were wounded, among them the rebels' finance chief.",
                   "2018-09-01", resources)
    assert ev.toll.killed is not None and ev.toll.killed.best == 1
    assert ev.toll.injured is not None and ev.toll.injured.low == 3  # "several", told after the tenure's year
    (ev,) = _evs39("Kinshasa (AFP) - A customary chief whose supporters had taken up arms against the authorities in central "
                   "Democratic Republic of Congo was killed on Friday in a clash with security forces, police said.",
                   "2016-08-13", resources)
    assert ev.toll.killed is not None and ev.toll.killed.best == 1
    # (the leader who speaks is no toll)
    evs = _evs39("The leader of the separatists said on Friday that his fighters had repelled an attack on Donetsk.", "2018-09-01", resources)
    assert all(e.toll.killed is None for e in evs)


# stop 41: a group's war told as a whole ("has been fighting the government and African Union troops
# for more than a decade", "has stepped up attacks in recent months after losing ground to an offensive
# by the army") is background: the forces it names are no side of the bombing the report tells (the
# Beledweyne restaurant bombing of 12 March 2022; the Jazeera Palace Hotel truck bomb of 26 July 2015)
def test_a_groups_war_told_as_a_whole_names_no_side_of_the_bombing(resources):
    (ev,) = _evs39("MOGADISHU (Anadolu) - At least 14 people were killed on Saturday when a suicide bomber blew himself up in a "
                   "busy restaurant in the central Somali town of Beledweyne, police said.\nAl-Shabaab claimed the bombing on "
                   "its websites.\nAl-Shabaab has been fighting the Somali government and African Union troops for more than "
                   "a decade.", "2022-03-13", resources)
    assert (ev.actor1, ev.actor2) == ("Al Shabaab", "Civilians (Somalia)")
    (ev,) = _evs39("MOGADISHU (Xinhua) - A truck bomb exploded at a hotel in the Somali capital on Sunday, killing at least 13 "
                   "people, police said. Al-Shabaab claimed responsibility for the attack.\nThe group has stepped up attacks in "
                   "the capital in recent months after losing several strongholds to an offensive by the Somali army and "
                   "African Union troops.", "2015-07-27", resources)
    assert (ev.actor1, ev.actor2) == ("Al Shabaab", "Civilians (Somalia)")
    # guard (passes on the old code too): soldiers the bomber hit are the side hit
    (ev,) = _evs39("MOGADISHU (Reuters) - A suicide bomber rammed a car into a Somali army base outside the capital on Sunday, "
                   "killing at least 10 soldiers, a military officer said. Al-Shabaab claimed the attack.", "2022-03-13", resources)
    assert ev.actor2 == "Military Forces of Somalia (2022-)"


# stop 41: "blast walls" are concrete, not a bomb; a crowd of "thousands of followers" that stormed the
# parliament is a riot; "no one was reported killed" is a toll of none (the storming of Baghdad's
# parliament by Moqtada al-Sadr's followers, 30 April 2016)
def test_blast_walls_a_crowd_of_followers_and_no_one_reported_killed(resources):
    evs = _evs39("BAGHDAD (Reuters) - Thousands of followers of Shi'ite cleric Moqtada al-Sadr tore down concrete blast walls "
                 "and stormed the parliament building in Baghdad's Green Zone on Saturday after lawmakers failed to approve a "
                 "new cabinet.\nWitnesses said protesters attacked several lawmakers and damaged their cars. No one was "
                 "reported killed.", "2016-04-30", resources)
    assert [(e.sub_event_type, e.toll.killed.best if e.toll.killed else None) for e in evs] == [("Violent demonstration", 0)]
    # guard (passes on the old code too): a bomb's blast is still one
    (ev,) = _evs39("BAGHDAD (Reuters) - A blast tore through a market in Baghdad on Saturday, killing seven people, police said.",
                   "2016-04-30", resources)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


# stop 42: the anti-tank missile that hit an orchard at Margaliot on 4 March 2024, killing an Indian
# farmworker: "the war in Gaza" is the war's land, not the scene; "a foreign farmworker" is one dead;
# "the latest cross-border attack since the start of the war" ranks this attack, it makes no tally of
# its wounded; "a man in his 30s was pronounced dead" is one dead
def test_the_latest_attack_since_the_war_began_keeps_its_own_toll_and_scene(resources):
    got = _evs39("An anti-tank missile fired from Lebanon slammed into an orchard in northern Israel on Monday, killing a "
                 "foreign farmworker and wounding seven others, Israeli rescuers said, in the latest cross-border attack since "
                 "the start of the war in Gaza. The missile struck an orchard near Margaliot, just west of the town of Kiryat "
                 "Shmona, shortly before noon.", "2024-03-04", resources)
    assert len(got) == 1
    r = got[0].to_record()
    assert r["location"] != "Gaza" and r["country"] == "Israel"
    assert (r["fatalities"]["best"], r["injured"]["best"]) == (1, 7)
    got = _evs39("An anti-tank missile fired from Lebanon hit an orchard near Kiryat Shmona in northern Israel on Monday. A man "
                 "in his 30s was pronounced dead at the scene, rescuers said.", "2024-03-04", resources)
    assert [e.to_record()["fatalities"]["best"] for e in got] == [1]

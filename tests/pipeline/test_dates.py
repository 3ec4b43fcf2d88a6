"""Dates relative to the published date, absolute forms, precision."""

import datetime as dt

import pytest

from sitrep.pipeline.dates import find_dates

PUB = dt.date(2024, 11, 28)  # a Thursday


def first(text, published=PUB):
    found = find_dates(text, published)
    return found[0] if found else None


def test_yesterday_weekday():
    d = first("launched an operation yesterday, Wednesday, targeting")
    assert d.date == dt.date(2024, 11, 27) and d.precision == 1


def test_weekdays_resolve_to_the_latest_such_day():
    assert first("on Sunday night").date == dt.date(2024, 11, 24)
    assert first("early on Thursday").date == PUB
    assert first("late Friday").date == dt.date(2024, 11, 22)
    # "last Thursday" in a Thursday's report is the week before; "last Monday" is this week's
    assert first("announced last Thursday that").date == dt.date(2024, 11, 21)
    assert first("said last Monday that").date == dt.date(2024, 11, 25)


def test_relative_words():
    assert first("overnight").date == dt.date(2024, 11, 28)  # the night into the report's day
    assert first("last night").date == dt.date(2024, 11, 27)
    assert first("earlier today").date == PUB
    assert first("yesterday").date == dt.date(2024, 11, 27)


def test_absolute_forms():
    assert first("on November 27").date == dt.date(2024, 11, 27)
    assert first("on 27 November 2024").date == dt.date(2024, 11, 27)
    assert first("Nov. 27, 2024").date == dt.date(2024, 11, 27)
    # a December date in a January report is last year's
    assert first("on December 30", dt.date(2025, 1, 2)).date == dt.date(2024, 12, 30)


def test_precision_of_weeks_and_months():
    assert first("last week").precision == 2
    assert first("earlier this month").precision == 3
    span = first("over the past three days")  # Tuesday to Thursday, the report's day counted
    assert span.date == dt.date(2024, 11, 26) and span.end_date == PUB


def test_background_years_are_marked():
    d = first("the zone established in 2019 by Russia")
    assert d.rule == "year" and d.years_ago == 5


def test_no_published_date_means_no_guess():
    d = first("on Sunday", published=None)
    assert d.date is None and "published" in d.reason


def test_impossible_dates_are_ignored():
    assert first("on February 30, 2024") is None


def test_month_and_year_after_between_from_until():
    got = find_dates("Between November 2023 and January 2025, the rebels fired on ships.", dt.date(2025, 3, 8))
    assert [(d.date, d.precision) for d in got] == [(dt.date(2023, 11, 1), 3), (dt.date(2025, 1, 1), 3)]
    assert find_dates("The rebels and may be seen", dt.date(2025, 3, 8)) == []  # "and may" is no month


def test_last_month_name_is_the_latest_such_month():
    assert first("Last August, jihadists killed hundreds in Barsalogho.", dt.date(2025, 5, 13)).date == dt.date(2024, 8, 1)
    assert first("last March the army withdrew", dt.date(2025, 5, 13)).date == dt.date(2025, 3, 1)


def test_a_day_and_month_well_after_the_report_month_is_last_year():
    # "Hamas's October 7 attack" in a report of August 2024 is October 2023
    assert first("Hamas's October 7 attack on southern Israel", dt.date(2024, 8, 15)).date == dt.date(2023, 10, 7)
    assert first("talks due on September 2", dt.date(2024, 8, 15)).date == dt.date(2024, 9, 2)


def _start(text, published, resources):
    from sitrep.pipeline import extract
    from sitrep.read import make_article

    evs = extract(make_article(text, published=published), resources=resources)
    assert evs, text
    return evs[0].start_date


def test_a_day_inside_the_month_the_lead_names_is_the_events_day(resources):
    # "in late January" in the lead, "on Jan. 22" below: the day of that same event, not an earlier one
    pub = dt.date(2024, 3, 5)
    for text in ("Soldiers killed at least 30 civilians in a town in Ethiopia's Amhara region in late January, a rights "
                 "body said on Tuesday. The Ethiopian Human Rights Commission said the killings took place on Jan. 22 in Gondar.",
                 "At least 30 civilians were shot dead by troops in Amhara in January, the commission said Tuesday. "
                 "Amnesty International said the soldiers opened fire on January 22 in Gondar."):
        assert _start(text, pub, resources) == dt.date(2024, 1, 22), text


def test_the_leads_day_is_the_one_beside_its_event_word(resources):
    # "died on Friday ... after he was wounded in a bombing last week": the bombing's day, told below
    pub = dt.date(2024, 10, 11)
    text = ("A district commissioner died on Friday in a hospital in Nairobi, where he had been flown after he was "
            "wounded in a suicide bombing in Mogadishu last week, officials said. He was hurt on October 3 when a "
            "bomber blew himself up at his office in Mogadishu, Somalia.")
    assert _start(text, pub, resources) == dt.date(2024, 10, 3)
    # the lead's own day stays the event's when it is told beside the event word
    text = ("A suicide bomber killed five people at a market in Mogadishu on Friday, a week after a bombing in "
            "Baidoa, police said. The Baidoa blast on October 3 killed two people, Somalia.")
    assert _start(text, pub, resources) == dt.date(2024, 10, 11)


def test_a_weekday_given_as_a_mans_name_is_no_date():
    # West African given names: "the chairman, Monday Adeyemi,", "Governor Sunday Okoro"
    for text in ("the local government chairman, Monday Adeyemi, said the village was attacked",
                 "Rivers Governor Sunday Okoro visited the scene",
                 "a youth leader, Friday Ochonu, told reporters"):
        assert not [d for d in find_dates(text, PUB) if d.rule == "weekday"], text
    # a day it stays: after a verb, before a common noun, or with a preposition
    assert first("police said Monday Boko Haram fighters had attacked").date == dt.date(2024, 11, 25)
    assert first("worshippers gathered for Sunday Mass in the village").date == dt.date(2024, 11, 24)
    assert first("On Monday, Adeyemi said").date == dt.date(2024, 11, 25)


def test_overnight_into_a_named_day_is_that_day():
    assert [d.date for d in find_dates("the drones Russia launched overnight into Tuesday", PUB)] == [dt.date(2024, 11, 26)]
    assert [d.date for d in find_dates("strikes hit the city overnight on Monday", PUB)] == [dt.date(2024, 11, 25)]
    assert first("shelling overnight, officials said").date == PUB


def test_the_day_of_the_aftermath_in_the_lead_is_not_the_events(resources):
    # rescuers, mourners, funerals told on the day of the lead; the strike's day is told below
    pub = dt.date(2024, 11, 26)  # a Tuesday
    for text in ("Rescuers dug through the rubble of an apartment block in Dnipro on Tuesday as the death toll from a "
                 "Russian missile strike rose to 14. The missile hit the building on Monday evening, officials said.",
                 "Hundreds of mourners gathered in Dnipro on Tuesday to bury nine people killed by a Russian missile. "
                 "The missile struck a market on Monday afternoon, the regional governor said.",
                 "Funerals were held in Dnipro on Tuesday for the victims of a Russian missile strike. The missile "
                 "slammed into a block of flats on Monday, killing 11 people, officials said."):
        assert _start(text, pub, resources) == dt.date(2024, 11, 25), text
    # the lead's day is the event's when it is told in the event's own clause
    text = ("A Russian missile struck an apartment block in Dnipro on Tuesday as rescuers were still searching for "
            "survivors of Monday's strike, officials said.")
    assert _start(text, pub, resources) == dt.date(2024, 11, 26)


def test_the_day_named_in_a_possessive_is_the_events(resources):
    # "the toll from Saturday's attack rose": a toll's clause, but the day is the attack's
    pub = dt.date(2024, 11, 26)  # a Tuesday
    for text, day in (("The death toll from Saturday's suicide bombing at a market in Maiduguri has risen to 30, the "
                       "police said on Tuesday.", dt.date(2024, 11, 23)),
                      ("The number of people killed in Sunday night's attack on a village near Maiduguri rose to 18, "
                       "officials said Monday.", dt.date(2024, 11, 24)),
                      ("The toll from the Nov. 22 bomb attack on a market in Maiduguri climbed to 25, the police "
                       "spokesman said on Tuesday.", dt.date(2024, 11, 22))):
        assert _start(text, pub, resources) == day, text
        # a later day told below does not take the place of the day the lead names
        later = text + " A second bomb went off near the same market in Maiduguri on Monday, the police said."
        assert _start(later, pub, resources) == day, later


def test_a_day_after_keeps_the_day_named_beside_the_event_word(resources):
    pub = dt.date(2024, 11, 26)  # a Tuesday
    # the strike is told before "a day after": its day is the one named
    for text in ("A Russian missile strike on Odesa killed eight people on Monday, officials said, a day after a "
                 "missile hit an apartment block in Sumy.",
                 "Russian drones struck the port of Izmail on Monday, a day after a missile attack on Odesa."):
        assert _start(text, pub, resources) == dt.date(2024, 11, 25), text
    # the day named is the reporting's, or the event word follows: the day before
    for text in ("The toll rose to 12 on Tuesday, a day after a Russian missile strike on Odesa, officials said.",
                 "On Monday, a day after a missile struck an apartment block in Odesa, rescuers found two more bodies."):
        assert _start(text, pub, resources) == dt.date(2024, 11, 24 if "On Monday" in text else 25), text


def test_a_weekend_in_the_lead_does_not_stand_in_for_the_events_day(resources):
    pub = dt.date(2024, 11, 26)  # a Tuesday
    text = ("Militiamen killed 12 civilians in a village near Wad Madani after the army retook the city at the "
            "weekend, a rights group said on Tuesday. The gunmen raided the village on Sunday, shooting residents. "
            "Troops had entered Wad Madani on Saturday.")
    assert _start(text, pub, resources) == dt.date(2024, 11, 24)


def test_overnight_from_one_day_to_the_next_is_the_second_day():
    pub = dt.date(2021, 11, 23)  # a Tuesday
    for text in ("The attack took place overnight from Saturday to Sunday in Drodro.",
                 "Militiamen raided the camp overnight between Saturday and Sunday.",
                 "Drones hit the depot overnight from Saturday into Sunday, officials said."):
        found = [d for d in find_dates(text, pub) if d.date]
        assert [d.date for d in found] == [dt.date(2021, 11, 21)], text
    # a range that is no night keeps both days
    assert len(find_dates("Fighting raged from Saturday to Monday around the town.", pub)) == 2


def test_overnight_on_a_date_named_is_that_date():
    pub = dt.date(2025, 6, 18)
    for text in ("Russia's missile attack on Kyiv overnight on June 17 killed 28 people.",
                 "the drone strike overnight on 17 June", "shelling overnight into June 17"):
        assert [d.date for d in find_dates(text, pub)] == [dt.date(2025, 6, 17)], text
    assert first("A drone hit the depot overnight, officials said.", pub).date == pub


def test_a_fire_still_burning_is_the_aftermath_not_the_events_day(resources):
    pub = dt.date(2024, 7, 21)  # a Sunday
    for later in ("Firefighters were still battling the blaze on Sunday, residents said.",
                  "The fuel tanks were still burning on Sunday, witnesses said.",
                  "The depot was still ablaze on Sunday, residents said."):
        text = ("The death toll from Israeli air strikes on the port of Hodeidah rose to six, the health ministry said on "
                "Sunday, up from three reported on Saturday. " + later)
        assert _start(text, pub, resources) == dt.date(2024, 7, 20), later


def test_a_massacre_reported_months_later_keeps_its_own_days(resources):
    pub = dt.date(2021, 2, 26)
    for text in ("Eritrean soldiers killed hundreds of civilians in Axum over two days in late November, Amnesty "
                 "International said on Friday. The massacre took place on November 28 and 29, the group said.",
                 "Soldiers shot dead 40 villagers in Kunyinkwe in early December, Human Rights Watch said on Friday. The "
                 "massacre was carried out on December 3, witnesses told the group."):
        assert _start(text, pub, resources) in (dt.date(2020, 11, 28), dt.date(2020, 12, 3)), text
    # with no day of the event, the day it was reported
    text = "Soldiers shot dead 40 villagers in Kunyinkwe, Human Rights Watch said on Friday."
    assert _start(text, pub, resources) == pub


def test_a_fight_that_went_on_starts_on_the_day_it_broke_out(resources):
    pub = dt.date(2024, 3, 11)  # a Monday
    text = ("Fighting between the army and Fano militiamen erupted in Gondar on Friday and continued into Sunday, "
            "residents said.")
    assert _start(text, pub, resources) == dt.date(2024, 3, 8)
    # the day it went on to, or the night it went on through, is not its start
    text = ("Heavy fighting broke out in Gondar and went on overnight. Fano fighters entered the town late on "
            "Saturday and exchanged fire with soldiers.")
    assert _start(text, pub, resources) == dt.date(2024, 3, 9)


def test_the_day_a_span_of_fighting_ended_is_not_its_start(resources):
    pub = dt.date(2024, 3, 11)  # a Monday
    for later in ("The government imposed a curfew on Friday after days of clashes in the region.",
                  "Authorities closed schools on Friday following weeks of clashes in the region."):
        text = ("Heavy fighting broke out in Kadugli and continued into the night. Rebel fighters entered the town "
                "late on Saturday and exchanged fire with soldiers. " + later)
        assert _start(text, pub, resources) == dt.date(2024, 3, 9), later
    # the event's own clause before "after three days of fighting" is the span's last day; it began
    # two days before (docs/gold-format.md)
    text = ("The rebels said in a statement that their fighters had taken \"full control\" of the district on "
            "Monday after three days of fighting.")
    assert _start(text, pub, resources) == pub - dt.timedelta(days=2)


def test_hours_later_is_the_day_of_the_event_told_before(resources):
    pub = dt.date(2024, 3, 14)  # a Thursday
    from sitrep.pipeline import extract
    from sitrep.read import make_article

    text = ("U.S. forces shot down two drones that targeted the Ain al-Asad air base in Anbar on Tuesday, officials said. "
            "Hours later, an explosives-laden drone struck near the Harir base in Erbil province, causing no casualties, "
            "Kurdish security sources said.")
    evs = extract(make_article(text, published=pub), resources=resources)
    assert [e.start_date for e in evs] == [dt.date(2024, 3, 12)] * 2, [(e.sub_event_type, e.start_date) for e in evs]
    # with no word tying it to the event before, a second event keeps the report's own date
    text = text.replace("Hours later, an", "An")
    evs = extract(make_article(text, published=pub), resources=resources)
    assert [e.start_date for e in evs] == [dt.date(2024, 3, 12), pub], [(e.sub_event_type, e.start_date) for e in evs]


def test_the_day_a_crowd_gathered_told_after_the_lead_dates_the_protest(resources):
    pub = dt.date(2024, 3, 14)  # a Thursday
    text = ("Security forces broke up a protest in Idlib, beating demonstrators with batons, witnesses said. Hundreds of "
            "people had gathered on Tuesday afternoon near the clock tower in the city centre, chanting against the "
            "group's leader.")
    assert _start(text, pub, resources) == dt.date(2024, 3, 12)
    # people gathered for no protest do not date it
    text = ("Security forces broke up a protest in Idlib, beating demonstrators with batons, witnesses said. Relatives "
            "gathered outside the hospital on Tuesday to wait for news of the wounded.")
    assert _start(text, pub, resources) == pub


def test_the_day_in_a_parenthesised_dateline_is_the_filing_day(resources):
    pub = dt.date(2024, 3, 12)  # a Tuesday
    text = "GAO (12 March 2024) - Gunmen killed five villagers near Gao on Monday, local officials said."
    assert _start(text, pub, resources) == dt.date(2024, 3, 11)
    # with no other day, the filing day stands
    assert _start(text.replace(" on Monday", ""), pub, resources) == pub
    # a day in brackets inside the story is the event's
    text = "Gunmen killed five villagers near Gao (on 10 March 2024) and burned their homes, local officials said on Tuesday."
    assert _start(text, pub, resources) == dt.date(2024, 3, 10)


def test_an_overnight_attack_told_in_the_small_hours_of_the_day_before(resources):
    pub = dt.date(2024, 3, 11)  # a Monday
    lead = "Rebels shelled Kadugli overnight, killing four civilians, residents said on Monday."
    assert _start(lead + " The shells began falling before dawn on Sunday near the market, they said.", pub,
                  resources) == dt.date(2024, 3, 10)
    # "overnight" alone, or another hour of the day before, keeps the report's morning
    assert _start(lead, pub, resources) == pub
    assert _start(lead + " The shelling had also hit the town on Sunday afternoon, they said.", pub, resources) == pub


def _starts(text, published, resources):
    from sitrep.pipeline import extract
    from sitrep.read import make_article

    return [e.start_date for e in extract(make_article(text, published=published), resources=resources)]


def test_an_undated_event_told_after_a_dated_one_is_of_its_day(resources):
    # "In Kaduna, hundreds marched ...", "Further east, ...": no day of its own, told beside Saturday's event
    pub = dt.date(2024, 3, 10)  # a Sunday
    sat = dt.date(2024, 3, 9)
    for text in ("KANO, Nigeria, March 10 (Reuters) - Police fired tear gas at protesters in Kano on Saturday, witnesses "
                 "said.\nIn Kaduna, hundreds of people marched peacefully through the city centre chanting against fuel prices.",
                 "Gunmen killed six villagers in an attack on Kauru in Kaduna state on Saturday, police said on Sunday. In "
                 "Zamfara, bandits abducted 20 farmers from their fields near Gusau, residents said.",
                 "Syrian government forces shelled villages south of Idlib on Saturday, killing three civilians, the "
                 "Observatory said. Further east, Turkish-backed fighters clashed with Kurdish forces near Manbij, the monitor said."):
        assert _starts(text, pub, resources) == [sat, sat], text
    # with no fronted place or turn tying it to the event before, the report's own date stays
    text = ("Gunmen killed six villagers in an attack on Kauru in Kaduna state on Saturday, police said on Sunday. "
            "Bandits abducted 20 farmers from their fields near Gusau in Zamfara, residents said.")
    assert _starts(text, pub, resources) == [sat, pub]
    # a second event with a day of its own keeps it
    text = ("Gunmen killed six villagers in an attack on Kauru in Kaduna state on Saturday, police said. In Zamfara, "
            "bandits abducted 20 farmers from their fields near Gusau on Sunday morning, residents said.")
    assert _starts(text, pub, resources) == [sat, pub]


def test_the_day_a_statement_was_given_is_not_the_events(resources):
    # "in a communique issued on Monday", "in a statement read on state radio late Monday": the
    # statement's day, however many words tell how it was given; the event's day is told beside it
    pub = dt.date(2024, 6, 11)  # a Tuesday
    sun = dt.date(2024, 6, 9)
    for text in ("In a communique issued on Monday, the army said jihadists had killed 12 soldiers in an ambush near "
                 "Djibo on Sunday.",
                 "In a statement broadcast on national television on Monday evening, the junta said 12 soldiers died "
                 "when jihadists attacked their post in Djibo on Sunday.",
                 "In a statement read on state radio late Monday, the governor said gunmen cowardly killed 40 farmers "
                 "in Kukawa on Sunday.",
                 "Twelve soldiers were killed in an ambush near Djibo, the army said Monday, adding that the attack took "
                 "place on Sunday."):
        assert _start(text, pub, resources) == sun, text
    # the statement's day stands when no other is told, and a day told beside the deed stays the event's
    assert _start("In a statement on Monday, the army said 12 soldiers were killed in an ambush near Djibo.", pub,
                  resources) == dt.date(2024, 6, 10)
    assert _start("Jihadists ambushed a convoy near Djibo on Monday, killing 12 soldiers, the army said in a statement "
                  "on Tuesday.", pub, resources) == dt.date(2024, 6, 10)


def test_a_count_of_days_or_years_ago_is_counted_back_from_the_report(resources):
    d = first("A roadside bomb killed two soldiers near Gao three days ago.")
    assert d is not None and d.rule == "ago" and d.date == PUB - dt.timedelta(days=3) and d.precision == 1
    d = first("the railway station, where a missile strike killed 50 people a year ago")
    assert d is not None and d.date is not None and d.years_ago == 1 and d.precision == 3
    assert first("Two weeks ago, gunmen stormed the village.").precision == 2
    # an age is no date
    assert first("A drone struck a one-year-old clinic in Sumy.") is None
    assert first("a girl of two years, ago or not") is None
    pub = dt.date(2024, 5, 10)
    assert _start("Two soldiers were killed by a roadside bomb near Gao three days ago, the army said on Friday.", pub,
                  resources) == dt.date(2024, 5, 7)
    # the day told beside the deed wins over a strike recalled from years before
    assert _starts("Russian missiles hit Sloviansk on Thursday, killing five people, officials said. It lies north of "
                   "Kramatorsk, where a missile strike on the railway station killed more than 50 people two years ago.",
                   pub, resources) == [dt.date(2024, 5, 9)]


def test_the_day_of_a_tally_or_a_finding_is_not_the_events(resources):
    pub = dt.date(2022, 7, 13)
    # "as of ... on July 13": the day the bodies were counted; the strike's day is told later
    assert _start("The death toll from a Russian missile strike on a block of flats in Kramatorsk has risen to 30, the "
                  "emergency service said. As of 09:00 on July 13, 30 bodies had been recovered from the rubble, it "
                  "said. The missile hit the building late on Saturday, July 9.", pub, resources) == dt.date(2022, 7, 9)
    # "a strike in April ... a UN inquiry concluded on Tuesday": the day of the finding
    assert _start("A drone strike in central Mali in April killed eight villagers, a UN inquiry concluded on Tuesday. The "
                  "strike hit a wedding near Douentza on April 20, it found.", pub, resources) == dt.date(2022, 4, 20)
    # negative: a strike told the same day stays on that day
    assert _start("A Russian missile strike on a block of flats in Kramatorsk killed 30 people on Wednesday, the "
                  "emergency service said.", pub, resources) == pub


def test_a_month_day_after_the_report_without_a_year_is_last_years():
    pub = dt.date(2024, 9, 12)
    # a day weeks after the report is last year's, even in the next month
    assert first("Some 41,000 people have died since the war broke out on Oct. 7.", pub).date == dt.date(2023, 10, 7)
    assert first("The siege of the town, which began on 2 October, goes on.", pub).date == dt.date(2023, 10, 2)
    assert first("Rebels have held the district since September 30.", pub).date == dt.date(2023, 9, 30)
    # negative: a day before the report, or a day or two after it (a dateline ahead), stays this year's
    assert first("Gunmen stormed the village on Sept. 10.", pub).date == dt.date(2024, 9, 10)
    assert first("The talks resume on September 14.", pub).date == dt.date(2024, 9, 14)
    assert first("The raid of October 7, 2024 was foiled.", pub).date == dt.date(2024, 10, 7)
    # negative: a day told as ahead ("due", "set for", "will") keeps this year
    assert first("Elections are set for Oct. 7 across the north.", pub).date == dt.date(2024, 10, 7)
    assert first("The ceasefire will expire on 30 September.", pub).date == dt.date(2024, 9, 30)


def _span(text, published, resources):
    from sitrep.pipeline import extract
    from sitrep.read import make_article

    evs = extract(make_article(text, published=published), resources=resources)
    assert evs, text
    return evs[0].start_date, evs[0].end_date


# a span of N days that ended on the day named began N - 1 days before it (docs/gold-format.md):
# the day beside "after N days of fighting", "a N-day offensive that ended on", "ended a N-day siege"
SPAN_STRESS = [
    ("Rebels seized the town of Kadugli on Saturday after three days of fighting, residents said.", (7, 9)),
    ("After a two-day assault that ended on Sunday, the army recaptured the base near Djibo, officials said.", (9, 10)),
    ("Security forces ended a two-day siege of a hotel in Mogadishu on Saturday, killing all the gunmen.", (8, 9)),
    ("Fano militiamen withdrew from Gondar on Sunday following four days of heavy clashes with the army.", (7, 10)),
    ("On Saturday, after two days of heavy fighting, government troops retook the town of Bama.", (8, 9)),
    ("The town of Kitshanga was captured by M23 rebels on Sunday after a three-day offensive, the army said.", (8, 10)),
    ("Soldiers liberated villages near Jowhar after a two-day offensive against al-Shabaab, which ended on "
     "Saturday, officials said on Sunday.", (8, 9)),
]


def test_a_span_of_days_that_ended_on_a_day_named_starts_before_it(resources):
    pub = dt.date(2024, 3, 11)  # a Monday
    for text, (first_day, last_day) in SPAN_STRESS:
        start, end = _span(text, pub, resources)
        assert (start, end) == (dt.date(2024, 3, first_day), dt.date(2024, 3, last_day)), text
    # negative: no count of days ("several days of fighting"), or days of talks: the day named
    assert _span("M23 took the town of Kitshanga on Sunday after several days of fighting, residents said.", pub,
                 resources) == (dt.date(2024, 3, 10), None)
    assert _start("The two sides signed a ceasefire in Jeddah on Sunday after ten days of talks, mediators said.", pub,
                  resources) == dt.date(2024, 3, 10)


# a weekday pinned to the calendar week before the report's: "on Thursday last week"
WEEK_STRESS = [
    "Gunmen killed four farmers near Gusau on Thursday last week, residents said on Friday.",
    "A drone struck a fuel depot in Kosti on Thursday of last week, the army said.",
    "Last week, on Thursday, jihadists ambushed a convoy near Djibo, killing six soldiers.",
    "Russian shells hit a market in Kherson on Thursday night last week, killing two people.",
    "The Irrawaddy learned that a junta jet bombed a village in Monywa on Thursday the week before.",
]


def test_a_weekday_of_last_week_is_that_day_of_the_week_before(resources):
    pub = dt.date(2024, 3, 15)  # a Friday
    for text in WEEK_STRESS:
        assert _start(text, pub, resources) == dt.date(2024, 3, 7), text
    # negative: "this week" keeps the latest such day; a bare weekday too; "last week's" is another date
    assert first("gunmen struck on Thursday this week", pub).date == dt.date(2024, 3, 14)
    assert first("gunmen struck on Thursday, last week's raid aside", pub).date == dt.date(2024, 3, 14)
    assert _start("Gunmen killed four farmers near Gusau on Thursday, residents said.", pub, resources) == dt.date(2024, 3, 14)


# a state or a sequel told with its own day in the main clause, the event behind "after" with an
# earlier day of its own: the event's day is the latter
STATE_STRESS = [
    "Residents of Kosti remained without electricity on Tuesday after a drone strike on the city's power station "
    "on Thursday last week.",
    "Schools in Kramatorsk stayed closed on Monday following a Russian missile attack on the city centre on Saturday.",
    "Traffic resumed on the Maiduguri-Damboa road on Monday after a roadside bomb hit a military convoy there on "
    "Saturday.",
    "Shops in Bunia reopened on Monday, two days after CODECO militiamen attacked a camp for displaced people on "
    "Saturday.",
    "Thousands of families in Taiz were still without water on Tuesday following Houthi shelling of the main pumping "
    "station on Saturday, a local official said.",
]


def test_a_state_told_on_a_later_day_than_the_event_behind_after(resources):
    pub = dt.date(2024, 3, 12)  # a Tuesday
    for text in STATE_STRESS:
        day = dt.date(2024, 3, 7) if "last week" in text else dt.date(2024, 3, 9)
        assert _start(text, pub, resources) == day, text
    # negative: the main clause tells the event ("retook"), or the event behind "after" has no day of its own
    assert _start("The army retook the town of Bama on Monday after a rebel attack on its base on Saturday.", pub,
                  resources) == dt.date(2024, 3, 11)
    assert _start("Residents of Kosti remained without electricity on Tuesday after a drone strike on the city's power "
                  "station.", pub, resources) == pub


# a day counted back from the day named before it ("said on Monday ... the previous day"), or,
# fronted, from the report's day ("Three days after a strike flattened the market, ...")
BACK_STRESS = [
    "Gunmen stormed a village near Gusau the day before yesterday, killing nine people, residents said.",
    "Police said on Monday that bandits had killed nine villagers near Gusau the previous day.",
    "The army said on Monday that jihadists had attacked a post near Djibo a day earlier, killing four soldiers.",
    "Officials said on Monday that the militants overran the base at Bama the day before, killing four soldiers.",
    "Two days after an air strike flattened the market in Kosti, residents were still searching the rubble for the "
    "missing, a local official said.",
]


def test_a_day_counted_back_from_the_day_named_or_the_report(resources):
    pub = dt.date(2024, 3, 12)  # a Tuesday
    for text in BACK_STRESS:
        assert _start(text, pub, resources) == dt.date(2024, 3, 10), text
    # negative: an earlier figure's day, a day ahead of another thing, or a day spent before doing something
    assert [d.rule for d in find_dates("The toll rose to 20 on Monday, up from 12 the previous day.", pub)] == ["weekday"]
    assert [d.rule for d in find_dates("Troops deployed on Monday, a day before the vote.", pub)] == ["weekday"]
    assert [d.rule for d in find_dates("They held the barracks on Monday for most of the day before withdrawing.", pub)] == ["weekday"]
    # the main clause tells an event of its own, dated: its day stays
    assert _start("Russian forces shelled Nikopol again on Monday, two days after a drone strike killed a man in the "
                  "city, the governor said.", pub, resources) == dt.date(2024, 3, 11)


def test_a_weekday_told_as_ahead_is_no_day_of_the_past():
    pub = dt.date(2023, 1, 28)  # a Saturday
    for text in ("Blinken is due to visit Israel and the West Bank on Monday, officials said.",
                 "Talks between the two sides will resume on Monday in Jeddah.",
                 "The minister is expected to travel to Goma on Monday.",
                 "The two sides meet again next Monday."):
        assert [d.date for d in find_dates(text, pub)] == [dt.date(2023, 1, 30)], text
    # negative: a past day, however the sentence goes on
    for text in ("Gunmen killed five people on Monday.", "The village was set on fire on Monday by gunmen.",
                 "Five were killed by gunmen on Monday."):
        assert [d.date for d in find_dates(text, pub)] == [dt.date(2023, 1, 23)], text


def test_the_day_of_a_claim_or_of_speaking_is_a_day_of_the_reporting(resources):
    pub = dt.date(2021, 3, 29)  # a Monday
    # "IS claimed on Monday it had seized the town": the claim's day; the assault's is told below
    assert _start("Dozens of people were killed in a jihadist assault on Palma, the government said, as the Islamic "
                  "State group claimed on Monday it had seized the town. Militants stormed Palma from three directions "
                  "on Wednesday afternoon, witnesses said.", pub, resources) == dt.date(2021, 3, 24)
    assert _start("Militants stormed Palma on Wednesday afternoon, witnesses said. Speaking to reporters in Maputo on "
                  "Sunday, a defence ministry spokesman said dozens of people had been killed.", pub,
                  resources) == dt.date(2021, 3, 24)
    # a claim that is all the report gives: its day; "today" in the claimant's quote is the claimant's day
    pub = dt.date(2023, 5, 21)  # a Sunday
    assert _start("The head of Wagner claimed Saturday that his forces had taken full control of Bakhmut. \"Today at "
                  "noon, Bakhmut was completely taken,\" he said in a video. Speaking in Hiroshima on Sunday, Zelenskyy "
                  "said the city was not occupied.", pub, resources) == dt.date(2023, 5, 20)


# left for other modules: the day is told where the date code never sees it as the event's
def test_a_military_post_is_no_post_on_social_media(resources):
    # both days are read as the reporting's, and the event spans Saturday to Monday
    assert _span("Five soldiers were killed when jihadists attacked their post near Djibo on Saturday, the army said on "
                 "Monday.", dt.date(2024, 3, 12), resources) == (dt.date(2024, 3, 9), None)


def test_the_day_the_violence_broke_out_told_below_the_lead(resources):
    assert _start("Several people were killed when security forces opened fire on worshippers at a church in Shashemene, "
                  "church sources said on Sunday. The violence broke out on Saturday when faithful gathered to block the "
                  "installation of a bishop.", dt.date(2023, 2, 5), resources) == dt.date(2023, 2, 4)


@pytest.mark.parametrize("text, pub, day", [
    # the day of a death from wounds is not the day of the event that caused them
    ("A young man died on Thursday of wounds sustained when police fired live rounds during rioting in Tripoli "
     "late on Wednesday, a security source said.", "2021-01-28", "2021-01-27"),
    ("A policeman succumbed on Sunday to injuries he suffered when a bomb exploded in Peshawar on Friday.",
     "2024-05-19", "2024-05-17"),
    ("A protester died on Monday from his wounds, two days after soldiers fired on a march in Omdurman on Saturday.",
     "2024-05-20", "2024-05-18"),
    # negatives: a death that is the event keeps its day
    ("Two soldiers died on Sunday when their vehicle hit a landmine near Gao, the army said.", "2024-05-20", "2024-05-19"),
    ("Gunmen killed a farmer on Monday in Zamfara state, police said.", "2024-05-21", "2024-05-20"),
])
def test_the_day_of_a_death_from_wounds_is_not_the_event_day(text, pub, day, resources):
    assert _start(text, dt.date.fromisoformat(pub), resources) == dt.date.fromisoformat(day)


# round 27, third pass: days told where the event's own sentences give none, or give the day of
# the words about it
DAY_TOLD_STRESS = [
    # a day told only in a statement or a denial of the event is its day, before any reporting day
    ("A soldier has shot dead a taxi driver in the Cameroonian city of Bamenda, prompting angry protests.\n\n"
     "The driver was on his way to the market on Sunday when the soldier opened fire after he refused to pay a "
     "bribe, witnesses said.", "2024-05-15", "2024-05-12"),
    ("LAGOS, Nigeria (AP) - Nigerian soldiers opened fire on demonstrators in Lagos late Tuesday, killing at least "
     "12 people, Amnesty International said Wednesday, while the army denied its troops were involved.\n"
     "Amnesty said soldiers and police killed at least 12 protesters at the toll gate.", "2020-10-21", "2020-10-20"),
    # the day between the subject and its verb of claiming or admitting is the day it spoke
    ("KINSHASA, Oct. 17 (Xinhua) -- The Islamic State on Wednesday claimed responsibility for an attack that "
     "killed 11 civilians in a village near Beni on Tuesday night.", "2024-10-17", "2024-10-15"),
    ("Cameroon's army on Tuesday acknowledged that troops had shot dead seven villagers near Wum last week.\n"
     "Troops on patrol shot the villagers in Missong on June 1 after coming under fire, the army said.",
     "2022-06-08", "2022-06-01"),
    ("ADEN - AQAP on Thursday claimed a bombing that killed four soldiers in Abyan province. The soldiers died on "
     "Wednesday when an explosive device hit their patrol vehicle in Mudiyah, a military source said.",
     "2023-06-15", "2023-06-14"),
    ("Al Shabaab, in a statement on Friday, claimed the attack. The militants stormed the hotel in Kismayo on "
     "Thursday evening, killing nine people, police said.", "2024-05-18", "2024-05-16"),
    # the day of a video or footage shared is the day it was shown
    ("Separatist fighters have claimed the killing of two gendarmes in Mbengwi. In a video shared on social media "
     "on Wednesday, fighters showed the weapons of the two officers, who were ambushed on Tuesday at a "
     "checkpoint.", "2022-03-17", "2022-03-15"),
    # the day a toll was revised, told before the toll's noun
    ("BAMAKO, June 11 (Reuters) - Mali's government revised down on Tuesday the death toll from an attack on the "
     "village of Sobane Da to 35.\nGunmen surrounded the village late on Sunday and set houses on fire, "
     "survivors said.", "2019-06-11", "2019-06-09"),
    # a post held by a force is no post on social media
    ("Gunmen attacked a police post in Kaduna on Saturday, killing three officers.", "2024-03-12", "2024-03-09"),
    # negatives: the day told beside the act keeps it; a day said on X stays a day of the reporting
    ("Gunmen killed five villagers in Zamfara state on Monday, police said on Wednesday.", "2024-05-15", "2024-05-13"),
    ("In a post on X on Sunday, the WHO chief said a hospital in El Fasher had been hit by a drone on Friday, "
     "killing 70 people.", "2025-01-26", "2025-01-24"),
]


@pytest.mark.parametrize("text, pub, day", DAY_TOLD_STRESS)
def test_the_day_told_of_the_event_not_of_the_words(text, pub, day, resources):
    assert _start(text, dt.date.fromisoformat(pub), resources) == dt.date.fromisoformat(day)


def test_days_counted_on_from_a_day_named_before():
    pub = dt.date(2024, 3, 14)  # a Thursday
    found = find_dates("Gunmen attacked the post on Monday and two days later ambushed a patrol.", pub)
    assert [d.date for d in found] == [dt.date(2024, 3, 11), dt.date(2024, 3, 13)]
    assert [d.date for d in find_dates("attacked on Monday; the next day, troops hit back", pub)][-1] == dt.date(2024, 3, 12)
    # with no day before it in the sentence: left to the event told before, never the report's day
    d = find_dates("The following morning, police fired tear gas at the crowd.", pub)[0]
    assert d.date is None and d.rule == "later:1"
    assert find_dates("Three days later, rebels seized the town.", pub)[0].rule == "later:3"
    # negative: "later than" is no count of days
    assert not find_dates("no more than two days later than planned", pub)


DAYS_LATER_STRESS = [
    # a sentence that opens on the day after and names a town is an act of that day
    ("BELEDWEYNE, Somalia - Al-Shabaab militants ambushed a Somali army convoy on Monday on the road linking Bulo "
     "Burte and Jalalaqsi, killing five soldiers, an officer said.\nA day later, government forces stormed an "
     "Al-Shabaab hideout outside Jalalaqsi, killing 30 militants.", "2023-03-15", ["2023-03-13", "2023-03-14"]),
]


@pytest.mark.parametrize("text, pub, days", DAYS_LATER_STRESS)
def test_a_day_counted_on_from_the_event_told_before(text, pub, days, resources):
    assert [d.isoformat() for d in _starts(text, dt.date.fromisoformat(pub), resources)] == days


def test_the_next_day_in_an_event_of_its_own(resources):
    assert _starts("Gunmen attacked a police post in Kaduna on Monday, killing three officers. The next day, troops "
                   "raided a bandit camp outside Zaria, killing 12 militants.", dt.date(2024, 3, 14),
                   resources) == [dt.date(2024, 3, 11), dt.date(2024, 3, 12)]


def test_a_day_a_statement_declares_is_not_the_events_day(resources):
    # a statement's day governed by "on"/"late" may date the event when nothing else does; a bare
    # day it declares ("declared Saturday a day of mourning") is no day of the event
    pub = dt.date(2024, 3, 15)
    text = ("A Russian missile strike on Odesa killed 21 people, among them a paramedic, the regional governor "
            "said on Friday. The governor declared Saturday a day of mourning in the region.")
    assert _start(text, pub, resources) != dt.date(2024, 3, 9)


def test_a_fight_begun_on_a_day_told_behind_after():
    pub = dt.date(2020, 8, 24)  # a Monday
    found = find_dates("took the area on Sunday, after an offensive launched on Wednesday", pub)
    span = [d for d in found if d.rule == "span-start"]
    assert [(d.date, d.end_date) for d in span] == [(dt.date(2020, 8, 19), dt.date(2020, 8, 23))]
    # negative: a ceasefire that began is no fight
    assert not [d for d in find_dates("shelled it on Sunday after a truce that began on Wednesday", pub) if d.rule == "span-start"]


def test_soon_afterwards_is_the_day_of_the_event_told_before():
    pub = dt.date(2024, 5, 8)
    d = find_dates("Soon afterwards, protesters torched the governor's office.", pub)[0]
    assert d.date is None and d.rule == "later:0"
    assert find_dates("Shortly after the blast, police sealed off the area.", pub)[0].rule == "later:0"
    # with a day before it in the sentence: that day
    assert find_dates("Gunmen struck on Sunday and hours later set the market ablaze.", pub)[-1].date == dt.date(2024, 5, 5)
    # negatives: "came hours after X" counts from X, not from the event told before; "shortly after dawn" is a time
    assert not find_dates("The attack came hours after troops shelled the town.", pub)
    assert not find_dates("Shortly after dawn, troops stormed the camp.", pub)


def test_overnight_from_one_weekday_to_the_next_without_from():
    pub = dt.date(2025, 1, 30)  # a Thursday
    days = [d.date for d in find_dates("repelled an attack overnight Tuesday to Wednesday", pub)]
    assert days == [dt.date(2025, 1, 29)]


DAY_OF_THE_ACT_STRESS = [
    # a span that began on a day told behind "after an offensive launched on X" (begun, started, opened)
    ("Huthi forces took control of the Qayfa area north of Rada on Sunday, after an offensive launched on "
     "Wednesday, a rebel spokesman said.", "2020-08-24", [("2020-08-19", "2020-08-23")]),
    ("The army retook the town of Kafr Nabuda on Friday following a counter-offensive that began on Tuesday, "
     "state media said.", "2019-05-25", [("2019-05-21", "2019-05-24")]),
    ("After an assault that started on Monday, jihadists overran the army camp in Boulkessi on Thursday, the "
     "army said.", "2024-05-10", [("2024-05-06", "2024-05-09")]),
    ("The town of Sake was captured by M23 rebels on Saturday after a push they had launched on Wednesday, "
     "residents said.", "2024-05-13", [("2024-05-08", "2024-05-11")]),
    ("Troops shelled the town of Sake on Sunday after a ceasefire that began on Wednesday collapsed, residents "
     "said.", "2024-05-13", [("2024-05-12", None)]),
    # the day of a state that lasts ("still missing", "remained", "were being held") with the act behind
    # "after" undated: the act's own day, told in a sentence of its own
    ("Two aid workers were still missing on Thursday after gunmen seized them near Gao. The gunmen abducted them "
     "from their vehicle on Wednesday evening, a local official said.", "2024-05-09", [("2024-05-08", None)]),
    ("The town of Kosti remained without power on Tuesday after a drone struck its main station. The drone hit "
     "the power station late on Sunday, the state utility said.", "2024-05-07", [("2024-05-05", None)]),
    ("Residents were burying their dead on Monday after gunmen raided the village of Kwall in Plateau state. The "
     "attackers stormed the village on Saturday night, killing 20 people, police said.", "2024-05-06",
     [("2024-05-04", None)]),
    ("Hundreds of families fled the town of Kosti on Tuesday after a drone struck its main power station, "
     "officials said.", "2024-05-08", [("2024-05-07", None)]),
    # the day talks or a conference opened is not the day of the deal made there
    ("The two sides signed a ceasefire agreement on Thursday at peace talks held in Kunming, which began on "
     "Wednesday, a spokeswoman said.", "2024-01-12", [("2024-01-11", None)]),
    ("Sudan's army and the RSF signed a ceasefire agreement in Jeddah on Saturday after negotiations that started "
     "on Monday, mediators said.", "2023-05-22", [("2023-05-20", None)]),
    ("The government and the rebels signed a ceasefire on Friday at a conference in Addis Ababa that opened on "
     "Tuesday, the mediators said.", "2024-05-11", [("2024-05-10", None)]),
    ("At talks in Doha that got under way on Monday, the two sides signed a prisoner exchange agreement on "
     "Wednesday, Qatar said.", "2024-05-10", [("2024-05-08", None)]),
    # an act told "soon afterwards", "shortly after", "not long afterwards": the day of the event told before
    ("Gunmen stormed a police post in the town of Kaduna on Sunday, killing three officers, police said. Soon "
     "afterwards, protesters torched the governor's office in the city, residents said.", "2024-05-08",
     [("2024-05-05", None), ("2024-05-05", None)]),
    ("Militants attacked an army base in the town of Mueda on Saturday, killing five soldiers, the army said on "
     "Tuesday. Soon after, the militants abducted twenty villagers in nearby Nangade, residents said.",
     "2024-05-08", [("2024-05-04", None), ("2024-05-04", None)]),
    ("Police fired tear gas at protesters in Nairobi on Tuesday. Shortly after, a crowd set fire to a police "
     "station in Kisumu, witnesses said.", "2024-05-10", [("2024-05-07", None), ("2024-05-07", None)]),
    # "overnight Tuesday to Wednesday", with or without "from": the night that ended on the second day
    ("Niger's army repelled an attack on an air base in Niamey overnight Tuesday to Wednesday, killing 20 "
     "assailants, the junta said.", "2025-01-30", [("2025-01-29", None)]),
    ("Gunmen raided the village of Kwall in Plateau state overnight Saturday into Sunday, killing 12 people, police "
     "said.", "2024-05-07", [("2024-05-05", None)]),
    ("Overnight Monday to Tuesday, jihadists attacked an army post in Djibo, killing six soldiers, the army said.",
     "2024-05-09", [("2024-05-07", None)]),
]


@pytest.mark.parametrize("text, pub, want", DAY_OF_THE_ACT_STRESS)
def test_the_day_of_the_act_itself(text, pub, want, resources):
    from sitrep.pipeline import extract
    from sitrep.read import make_article

    evs = extract(make_article(text, published=dt.date.fromisoformat(pub)), resources=resources)
    got = [(e.start_date.isoformat(), e.end_date.isoformat() if e.end_date else None) for e in evs]
    assert got == [tuple(w) for w in want]


# an act told "not long afterwards", in a town of its own, is an event of its own (its day is right either way)
def test_soon_after_told_as_an_act_of_its_own(resources):
    assert len(_starts("A Saudi-led air strike hit a market in Saada on Thursday, killing 12 people, medics said. Not long "
                       "afterwards, Houthi fighters fired a missile at the Saudi city of Jazan, the coalition said.",
                       dt.date(2024, 5, 11), resources)) == 2


# the day told behind "in response to", "in retaliation for", "their answer to", "in revenge for" is the
# answered act's, not the event's: the event word lies before that phrase, or after the day
ANSWERED_ACT_STRESS = [
    # (text, published, the event's start date)
    ("Fighters of the Islamic State group killed 11 soldiers in an ambush near Menaka, the army said on Monday, in "
     "retaliation for a drone strike last week.", "2024-03-11", "2024-03-11"),
    ("Houthi rebels said Wednesday they had fired missiles at a merchant ship in the Red Sea, their answer to U.S. "
     "strikes on Hodeidah earlier this week.", "2024-03-13", "2024-03-13"),
    ("Hamas fighters fired rockets at Sderot on Sunday in response to an Israeli strike in Gaza earlier this week, "
     "the group said.", "2024-03-11", "2024-03-10"),
    ("Ukrainian drones struck an oil depot in Belgorod, Russian officials said on Thursday, calling it revenge for a "
     "Russian strike on Kharkiv on Tuesday.", "2024-03-14", "2024-03-14"),
]


@pytest.mark.parametrize("text, pub, want", ANSWERED_ACT_STRESS)
def test_the_answered_acts_day_is_not_the_events(text, pub, want, resources):
    assert [d.isoformat() for d in _starts(text, dt.date.fromisoformat(pub), resources)] == [want]


def test_a_day_told_before_the_answer_phrase_stays_the_events(resources):
    # negative: the day is the event's own, told before "in response to" (and a day after the phrase
    # with the event word between them is the event's too)
    assert [d.isoformat() for d in _starts(
        "Hamas fighters fired rockets at Sderot on Sunday in response to an Israeli strike in Gaza, the group said.",
        dt.date(2024, 3, 13), resources)] == ["2024-03-10"]
    assert [d.isoformat() for d in _starts(
        "In response to the killing of a commander, militants ambushed an army convoy near Menaka on Saturday, the "
        "army said.", dt.date(2024, 3, 13), resources)] == ["2024-03-09"]


# a span of N days that ended on the day named, the day told before the deed ("forces on Friday took
# control of X after two days of fighting", "On Monday, the army retook X following three days of clashes"):
# it began N - 1 days before (docs/gold-format.md); a day of reporting before it links nothing
SPAN_DAY_BEFORE_THE_DEED_STRESS = [
    ("Government forces on Friday took control of the town of Ataq from separatists after two days of fighting, "
     "officials said.", "2019-08-24", "2019-08-22"),
    ("On Monday, the army retook the town of Ngala from jihadists following three days of heavy clashes, the "
     "governor said.", "2024-03-13", "2024-03-09"),
    ("Rebels on Monday seized the border post at Bunagana after three days of fighting with government troops, "
     "residents said.", "2024-03-13", "2024-03-09"),
    # negative: "said on Monday that ..." is the day of the reporting, no end of the span
    ("The army said on Monday that troops had retaken the town of Ngala, after three days of clashes with "
     "jihadists.", "2024-03-13", "2024-03-11"),
]


@pytest.mark.parametrize("text, pub, want", SPAN_DAY_BEFORE_THE_DEED_STRESS)
def test_a_span_whose_end_day_is_told_before_the_deed(text, pub, want, resources):
    assert [d.isoformat() for d in _starts(text, dt.date.fromisoformat(pub), resources)] == [want]


def test_span_deed_before_links_in_find_dates():
    found = find_dates("Government forces on Friday took control of Ataq after two days of fighting.", dt.date(2019, 8, 24))
    span = [d for d in found if d.rule == "span-start"]
    assert span and span[0].date == dt.date(2019, 8, 22) and span[0].end_date == dt.date(2019, 8, 23)
    said = find_dates("Officials on Friday said troops took Ataq after two days of fighting.", dt.date(2019, 8, 24))
    assert not [d for d in said if d.rule == "span-start"]


# a day that names an election, a vote or a referendum ("who claims he won the Feb. 21 run-off", "results of
# the December 27 presidential election") is that occasion's, not the day of the violence told with it; a day
# governed by "during" or "on" the vote ("attacked a polling station during the February 25 vote") is the event's
ELECTION_DAY_STRESS = [
    # (text, published, the event's start date)
    ("Police in Conakry arrested 40 people as protests over the results of the October 18 election went on for a "
     "second day on Wednesday, a government spokesman said.", "2020-10-23", "2020-10-21"),
    ("Two people were killed and dozens arrested in riots in Niamey, the interior minister said.\nThe riots, which "
     "broke out on Tuesday, continued into Wednesday as supporters of the candidate who says he won the Feb. 21 "
     "run-off burned tyres and looted shops.", "2021-02-25", "2021-02-23"),
    ("Police fired tear gas on Monday at crowds in Kinshasa disputing the results of the December 30 presidential "
     "election, killing two people.", "2019-01-09", "2019-01-07"),
    ("On Saturday, a mob protesting the outcome of the 3 March referendum stormed the electoral commission's office "
     "in Bangui, the police said.", "2024-03-11", "2024-03-09"),
    ("Rioters angry over the July 24 polls, which the ruling party says it won, set fire to a police station in "
     "Lilongwe on Thursday, officials said.", "2024-07-27", "2024-07-25"),
    # negative: the vote's day is the event's when the event happened during or on it
    ("Gunmen attacked a polling station in Kano during the February 25 vote, killing two election officials, "
     "police said.", "2023-02-27", "2023-02-25"),
]


@pytest.mark.parametrize("text, pub, want", ELECTION_DAY_STRESS)
def test_an_elections_day_is_not_the_events(text, pub, want, resources):
    assert [d.isoformat() for d in _starts(text, dt.date.fromisoformat(pub), resources)] == [want]


# a day told behind "claimed control of X", "claimed the capture of X" is the day of the claim, not of the
# capture: the capture's own day, told elsewhere ("the town had fallen on Jan. 12"), is the event's; a claim
# with no other day keeps its day
CLAIMED_CONTROL_STRESS = [
    ("Russia's defence ministry said on Friday that Soledar had fallen on the evening of Jan. 12.\nWagner fighters "
     "had claimed control of the town on Tuesday, but Kyiv said fighting went on.", "2023-01-13", "2023-01-12"),
    ("Islamic State fighters claimed control of the district centre on Sunday, the group's news agency said.\nLocal "
     "officials said the militants had overrun the town late on Nov. 10 after government troops withdrew.",
     "2023-11-14", "2023-11-10"),
    ("Al-Shabaab claimed the capture of the army base at Bulo Marer on Monday, but the army said it had repelled "
     "the assault.", "2024-03-13", "2024-03-11"),
    # negative: a capture told with its day is that day's, and so is a fight's day behind "after"
    ("Rebels took control of the town of Bunagana on Tuesday, residents said.", "2024-03-14", "2024-03-12"),
    ("The rebels said on Monday they had claimed control of Bamba after heavy fighting on Sunday.", "2023-10-02",
     "2023-10-01"),
]


@pytest.mark.parametrize("text, pub, want", CLAIMED_CONTROL_STRESS)
def test_a_claimed_captures_day_is_the_claims(text, pub, want, resources):
    assert [d.isoformat() for d in _starts(text, dt.date.fromisoformat(pub), resources)] == [want]


# "over the past two days", "in the last three days": a counted span that ends on the report's day, that
# day counted (docs/gold-format.md), as "after three days of fighting" ends on the day named
PAST_DAYS_STRESS = [
    # (text, published, the event's start date)
    ("At least 16 aid workers have been detained by police in Addis Ababa over the past two days, a UN "
     "spokesman said on Tuesday.", "2021-11-09", "2021-11-08"),
    ("Security forces have arrested 40 opposition supporters in Conakry in the past two days, a rights group "
     "said.", "2020-10-23", "2020-10-22"),
    ("Houthi rebels detained dozens of activists in Sanaa during the last two days, witnesses told the BBC.",
     "2023-09-27", "2023-09-26"),
]


@pytest.mark.parametrize("text, pub, want", PAST_DAYS_STRESS)
def test_the_past_n_days_count_the_reports_day(text, pub, want, resources):
    assert [d.isoformat() for d in _starts(text, dt.date.fromisoformat(pub), resources)] == [want]


def test_the_past_n_days_in_find_dates():
    two = first("were detained over the past two days")
    assert two.date == dt.date(2024, 11, 27) and two.end_date == PUB and two.precision == 1
    weeks = first("killed in the past two weeks")
    assert weeks.date == dt.date(2024, 11, 15) and weeks.precision == 2


# stop 36: a month or a day with "last year" after it is of the year before the report's ("this year"
# passes on the old code too)
@pytest.mark.parametrize("text,published,expected", [
    ("which first struck in October last year when gunmen attacked police posts", dt.date(2018, 10, 3), dt.date(2017, 10, 1)),
    ("the army retook the town in March of last year", dt.date(2018, 10, 3), dt.date(2017, 3, 1)),
    ("gunmen attacked the base on March 5 last year", dt.date(2018, 10, 3), dt.date(2017, 3, 5)),
    ("the offensive began on 2 February this year", dt.date(2018, 10, 3), dt.date(2018, 2, 2)),
    ("the talks are due in January next year", dt.date(2018, 10, 3), dt.date(2019, 1, 1)),
])
def test_a_year_said_after_the_month(text, published, expected):
    assert first(text, published).date == expected


@pytest.mark.parametrize("text,published,want", [
    # stop 45: a day told as the time a measure takes effect is ahead of the report, not last year's
    ("The ceasefire will take effect at midnight on Aug. 4, the presidency said.", dt.date(2024, 7, 31), dt.date(2024, 8, 4)),
    ("The curfew comes into effect on 3 March, officials said.", dt.date(2024, 2, 27), dt.date(2024, 3, 3)),
    # negative: a day after the report with no word of the future is last year's (a guard)
    ("The war began on Oct. 7 when gunmen crossed the border.", dt.date(2024, 9, 12), dt.date(2023, 10, 7)),
])
def test_a_day_a_measure_takes_effect_is_ahead(text, published, want):
    assert [d.date for d in find_dates(text, published) if d.rule == "absolute"] == [want]

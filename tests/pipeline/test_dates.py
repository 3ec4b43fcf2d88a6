"""Dates relative to the published date, absolute forms, precision."""

import datetime as dt

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
    span = first("over the past three days")
    assert span.date == dt.date(2024, 11, 25) and span.end_date == PUB


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

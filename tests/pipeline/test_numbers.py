"""Count expressions and their bounds (docs/tolls.md)."""

import pytest

from sitrep.pipeline.numbers import find_counts, to_int


@pytest.mark.parametrize("text,low,best,high", [
    ("132 people", 132, 132, 132),
    ("sixty-five fighters", 65, 65, 65),
    ("two hundred and ten civilians", 210, 210, 210),
    ("1,200 people", 1200, 1200, 1200),
    ("more than 130 people", 131, 131, 131),
    ("over 40 people", 41, 41, 41),
    ("at least 18 people", 18, 18, 18),
    ("18 or more people", 18, 18, 18),
    ("up to 40 people", 40, 40, 40),
    ("nearly 50 people", 49, 49, 49),
    ("almost 50 people", 49, 49, 49),
    ("between 20 and 30 people", 20, 20, 30),
    ("20 to 30 people", 20, 20, 30),
    ("around 100 people", 100, 100, 100),
    ("a dozen soldiers", 12, 12, 12),
    ("dozens of civilians", 12, 12, 99),
    ("scores of people", 20, 20, 99),
    ("hundreds of people", 100, 100, 999),
    ("several villagers", 3, 3, 9),
])
def test_bounds(text, low, best, high):
    c = find_counts(text)[0]
    assert (c.low, c.best, c.high) == (low, best, high)


def test_words_and_digits_mix():
    assert to_int("sixty-five") == 65
    assert to_int("one hundred and five") == 105
    assert to_int("2 million") == 2_000_000
    assert to_int("dozens") is None


def test_several_counts_in_order_with_offsets():
    text = "killing three and wounding ten"
    cs = find_counts(text)
    assert [c.best for c in cs] == [3, 10]
    assert text[cs[0].start:cs[0].end] == "three"


def test_not_part_of_a_word():
    assert find_counts("the M23 rebels") == []
    # a number after a name is found as a number; whether it is a toll is for tolls to decide
    assert [c.best for c in find_counts("Operation 1027")] == [1027]
    from sitrep.pipeline.tolls import find_tolls
    assert find_tolls("Operation 1027 was launched by three armed groups.") == []


def test_round14_a_figure_changed_from_one_to_another_is_two_figures():
    # "risen from 43 to 59": an earlier and a later figure, not a range
    assert [(c.low, c.best, c.high) for c in find_counts("the toll has risen from 43 to 59")] == [(43, 43, 43), (59, 59, 59)]
    assert [c.best for c in find_counts("the count was revised from 12 to 15 on Monday")] == [12, 15]
    assert [c.best for c in find_counts("the number of dead climbed from 8 to 11")] == [8, 11]
    # ... a range stays a range
    assert [(c.low, c.high) for c in find_counts("gunmen killed from 10 to 15 villagers")] == [(10, 15)]
    assert [(c.low, c.high) for c in find_counts("between 20 and 30 people")] == [(20, 30)]


def test_round15b_dozens_take_their_qualifier():
    def bounds(s):
        c = find_counts(s)[0]
        return (c.low, c.best, c.high)
    assert bounds("more than a dozen people were wounded") == (13, 13, 13)
    assert bounds("over a dozen were killed") == (13, 13, 13)
    assert bounds("more than two dozen soldiers") == (25, 25, 25)
    assert bounds("two dozen villagers") == (24, 24, 24)
    assert bounds("half a dozen guards") == (6, 6, 6)
    assert bounds("at least a dozen") == (12, 12, 12)
    # a bare "a dozen" stays the vague convention
    c = find_counts("a dozen houses")[0]
    assert c.vague and c.best == 12


# stop 37: "one million" is a million, not one ("a civil war that left about one million people dead")
@pytest.mark.parametrize("text,best", [
    ("left about one million people dead", 1_000_000),
    ("a million people have fled", 1_000_000),
    ("two million displaced", 2_000_000),
    ("1.5 million people", 1_500_000),  # guards (pass on the old code too): digits, and one alone
    ("one soldier was killed", 1),
])
def test_millions_in_words(text, best):
    assert find_counts(text)[0].best == best

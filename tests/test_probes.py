"""The probe sets (eval/probes): short reports, each exercising one hard decision in new wording.

They are not part of the gold corpus and not scored in the ratchet: odd ids are the half rules may be
written from, even ids the half held out to check that a rule carries (docs/evaluation.md, "Probe sets").
"""

import re
from pathlib import Path

import pytest

from sitrep import evaluate as ev

PROBES = Path(__file__).resolve().parent.parent / "eval" / "probes"
DECISIONS = ("sides", "blame", "types", "places", "tolls", "actors", "places2", "dates", "tolls2", "actors2", "places3",
             "grouping", "noevent", "tolls3", "actors3", "scene", "types2", "types3", "tolls4")
# sets whose decision is whether there is an event at all: about half their probes carry none
NO_EVENT_SETS = ("noevent",)


@pytest.mark.parametrize("decision", DECISIONS)
def test_probe_set_loads_and_has_both_halves(decision):
    reps = ev.load_gold([PROBES / f"{decision}.jsonl"])
    assert len(reps) >= 16
    numbers = [int(m.group(1)) for r in reps if (m := re.fullmatch(rf"{decision}-(\d{{3}})", r.id))]
    assert len(numbers) == len(reps) == len(set(numbers))  # ids named for the decision, none twice
    odd = sum(n % 2 for n in numbers)
    assert odd >= 8 and len(numbers) - odd >= 8  # rules see the odd half; the even half is held out
    if decision in NO_EVENT_SETS:
        # both halves hold reports with and without an event, so each half tests both answers
        for half in (1, 0):
            kept = [r for r, n in zip(reps, numbers, strict=True) if n % 2 == half]
            assert any(r.events for r in kept) and any(not r.events for r in kept)
    else:
        assert all(r.events for r in reps)  # each probe carries an event: the decision is about it
    assert len({r.id.split("-")[0] for r in reps}) == 1


def test_probe_sets_span_the_theatres():
    assert {p.stem for p in PROBES.glob("*.jsonl")} == set(DECISIONS)
    countries = {e["country"] for r in ev.load_gold(sorted(PROBES.glob("*.jsonl"))) for e in r.events}
    assert len(countries) >= 14  # the events happen across the theatres, not in one

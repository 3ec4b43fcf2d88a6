"""The bundled gold corpus: every field stays at or above the floor it reached (eval/ratchet.json).

Raise the floor with `sitrep evaluate --raise-ratchet` after an improvement; it is never lowered.
"""

import pytest

from sitrep import evaluate as ev


@pytest.fixture(scope="module")
def corpus():
    return ev.load_gold([ev.default_corpus()])


@pytest.mark.parametrize("split", ["dev", "test"])
def test_no_field_falls_below_its_floor(corpus, split, resources):
    reps = [r for r in corpus if r.split == split]
    assert len(reps) >= 25
    res = ev.evaluate(reps)
    assert ev.check_ratchet(split, res.scores) == []


def test_corpus_shape(corpus):
    jsonl = [r for r in corpus if r.publisher != "ACLED"]
    assert len(jsonl) >= 80
    conflicts = {r.id.rsplit("-", 1)[0] for r in jsonl}
    assert len(conflicts) >= 8
    assert sum(1 for r in jsonl if r.split == "test") >= len(jsonl) // 4
    assert any(not r.events for r in jsonl)  # reports with no event are in it


def test_gold_actors_resolve_in_the_dictionary(corpus, actor_dict):
    known = set(actor_dict.by_name)
    patterns = ("Civilians (", "Protesters (", "Rioters (", "Unidentified Armed Group (", "Police Forces of", "Military Forces of")
    missing = {e[side] for r in corpus for e in r.events for side in ("actor1", "actor2")
               if e.get(side) and e[side] not in known and not e[side].startswith(patterns)}
    assert not missing, missing

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
    """Every named actor of the gold is a dictionary actor, by name or alias."""
    import re

    patterns = ("Civilians (", "Protesters (", "Rioters (", "Unidentified Armed Group (", "Police Forces of", "Military Forces of")
    missing = set()
    for r in corpus:
        for e in r.events:
            for side in ("actor1", "actor2"):
                name = e.get(side)
                if not name or name in actor_dict.by_name or name.startswith(patterns):
                    continue
                bare = re.sub(r"\s*\([^)]*\)\s*$", "", name)
                hits = actor_dict.find(bare)
                if not (hits and hits[0].start == 0 and hits[0].end == len(bare) and any(t[0] == "actor" for t in hits[0].targets)):
                    missing.add(name)
    assert not missing, missing

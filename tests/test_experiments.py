"""The scripts of eval/experiments read the pipeline's internals and the corpus: keep them in step."""

import datetime as dt
import importlib.util
from pathlib import Path

from sitrep.pipeline import extract
from sitrep.read import make_article


def _script(name):
    """An experiment script loaded as a module (eval/experiments is no package)."""
    path = Path(__file__).resolve().parents[1] / "eval" / "experiments" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lc = _script("learned_choice")
lp = _script("learned_place")
uc = _script("unseen_copy")

TEXT = ("MOGADISHU (Reuters) - Al Shabaab fighters attacked a military base in Somalia's Lower Shabelle region "
        "on Tuesday, killing 12 soldiers, a military officer said. Residents said at least 15 people died.")


def _event():
    evs = extract(make_article(TEXT, published=dt.date(2024, 3, 12), publisher="Reuters"))
    assert evs
    return evs[0]


def test_actor_candidates_carry_how_each_actor_is_named_and_what_the_rules_chose():
    e = _event()
    cands = dict(lc.actor_candidates(e))
    assert "Al Shabaab" in cands
    f = cands["Al Shabaab"]
    assert f["rules:actor1"] == float(e.actor1 == "Al Shabaab")
    assert f["before_event_word"] > 0 and f["bias"] == 1
    assert any(k.startswith("kind=") for k in f)


def test_toll_candidates_are_the_killed_figures_read_with_the_rules_choice_marked():
    e = _event()
    cands = dict(lc.toll_candidates(e))
    assert {12, 15} <= set(cands)
    chosen = [v for v, f in cands.items() if f["rules:chosen"]]
    assert chosen == [e.toll.killed.best]
    assert cands[15]["largest"] == 1 and cands[12]["smallest"] == 1


PLACE_TEXT = ("BAIDOA, Somalia (Reuters) - Al Shabaab fighters stormed a military base near Afgooye, about 30 km "
              "northwest of Mogadishu, on Tuesday, killing 12 soldiers, a military officer said.")


def test_place_candidates_are_the_places_of_the_events_sentences_with_the_rules_choice_marked():
    art = make_article(PLACE_TEXT, published=dt.date(2024, 3, 12), publisher="Reuters")
    e = extract(art)[0]
    cands = lp.place_candidates(e, art.body, ["SO"], {"SO"})
    names = [p.name for p, _f in cands]
    assert "Afgooye" in names and len(names) == len(set(names))
    chosen = [p for p, f in cands if f.get("rules:chosen")]
    assert len(chosen) == 1 and chosen[0].name == e.place.name
    f = cands[names.index(chosen[0].name)][1]
    assert f["in_claims"] == 1 and any(k.startswith("via=") for k in f)



def test_every_blind_batch_of_the_corpus_has_the_code_that_read_it_blind():
    from sitrep.evaluate import default_corpus, load_gold

    batches = {uc.batch_of(r.id) for r in load_gold([default_corpus()])} - {None}
    assert batches == set(uc.BATCHES)
    assert uc.batch_of("syria-2304") == "23" and uc.batch_of("syria-304") is None and uc.batch_of("gil-1302") is None

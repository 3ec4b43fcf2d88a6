"""eval/experiments/learned_choice.py reads the pipeline's internals: keep it in step with them."""

import datetime as dt
import importlib.util
from pathlib import Path

from sitrep.pipeline import extract
from sitrep.read import make_article

_PATH = Path(__file__).resolve().parents[1] / "eval" / "experiments" / "learned_choice.py"
_spec = importlib.util.spec_from_file_location("learned_choice", _PATH)
assert _spec is not None and _spec.loader is not None
lc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lc)

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


_PLACE_PATH = Path(__file__).resolve().parents[1] / "eval" / "experiments" / "learned_place.py"
_pspec = importlib.util.spec_from_file_location("learned_place", _PLACE_PATH)
assert _pspec is not None and _pspec.loader is not None
lp = importlib.util.module_from_spec(_pspec)
_pspec.loader.exec_module(lp)

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


_UNSEEN_PATH = Path(__file__).resolve().parents[1] / "eval" / "experiments" / "unseen_copy.py"
_uspec = importlib.util.spec_from_file_location("unseen_copy", _UNSEEN_PATH)
assert _uspec is not None and _uspec.loader is not None
uc = importlib.util.module_from_spec(_uspec)
_uspec.loader.exec_module(uc)


def test_every_blind_batch_of_the_corpus_has_the_code_that_read_it_blind():
    from sitrep.evaluate import default_corpus, load_gold

    batches = {uc.batch_of(r.id) for r in load_gold([default_corpus()])} - {None}
    assert batches == set(uc.BATCHES)
    assert uc.batch_of("syria-2304") == "23" and uc.batch_of("syria-304") is None and uc.batch_of("gil-1302") is None

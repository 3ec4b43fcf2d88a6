"""`sitrep evaluate` on tiny gold whose scores are known by hand, and the ratchet."""

import csv
import json

import pytest

from sitrep import evaluate as ev
from sitrep.evaluate import GoldReport, evaluate, load_gold

AFP = ("Damascus, Nov 30 (AFP) - An air strike killed 12 civilians in the town of Saraqib in Idlib province "
       "on Saturday, the Syrian Observatory for Human Rights said.")


def gold_event(**kw):
    base = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "start_date": "2024-11-30",
            "country": "Syria", "admin1": "Idlib", "location": "Saraqib", "latitude": 35.8647, "longitude": 36.8059,
            "actor1": "Military Forces of Syria (2000-2024)", "actor2": "Civilians (Syria)",
            "fatalities": {"low": 12, "best": 12, "high": 12}, "injured": None,
            "sources": ["Syrian Observatory for Human Rights"]}
    base.update(kw)
    return base


def fake_extract(records):
    class E:
        def __init__(self, r):
            self.r = r

        def to_record(self):
            return self.r

    return lambda _art: [E(r) for r in records]


def report(events):
    import datetime as dt
    return GoldReport(id="r1", text=AFP, published=dt.date(2024, 11, 30), publisher="AFP", events=events)


def test_perfect_prediction_scores_one():
    g = gold_event()
    p = dict(g, sources=[{"name": "Syrian Observatory for Human Rights", "kind": "ngo"}])
    res = evaluate([report([g])], extract_fn=fake_extract([p]))
    for k in ("event_precision", "event_recall", "event_f1", "fatalities_exact", "location_25km", "admin1_exact",
              "start_date_exact", "actor_match", "sources_recall", "event_type_acc"):
        assert res.scores[k] == 1.0, k


def test_wrong_toll_and_spurious_event_lower_the_scores():
    g = gold_event()
    wrong = dict(g, fatalities={"low": 14, "best": 14, "high": 14}, sources=[])
    spurious = dict(g, start_date="2024-11-20", location="Aleppo", latitude=36.2, longitude=37.16)
    res = evaluate([report([g])], extract_fn=fake_extract([wrong, spurious]))
    assert res.scores["event_precision"] == 0.5 and res.scores["event_recall"] == 1.0
    assert res.scores["fatalities_exact"] == 0.0
    assert res.scores["fatalities_within10"] == 0.0  # 14 vs 12 is 17 % off
    assert res.scores["sources_recall"] == 0.0
    assert any(m.kind == "spurious" for m in res.misses)


def test_place_far_away_is_no_match():
    g = gold_event()
    far = dict(g, latitude=33.51, longitude=36.29)  # Damascus, > 50 km
    res = evaluate([report([g])], extract_fn=fake_extract([far]))
    assert res.scores["event_recall"] == 0.0 and res.scores["event_precision"] == 0.0


def test_no_event_report_and_false_alarm():
    res = evaluate([report([])], extract_fn=fake_extract([gold_event()]))
    assert res.scores["event_precision"] == 0.0


def test_alias_normalisation_of_actors():
    g = gold_event(actor1="HTS", actor2=None)
    p = dict(gold_event(actor1="Hayat Tahrir al-Sham", actor2=None), sources=[])
    res = evaluate([report([g])], extract_fn=fake_extract([p]))
    assert res.scores["actor_match"] == 1.0


def test_acled_csv_gold(tmp_path):
    f = tmp_path / "acled.csv"
    with open(f, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location",
                    "latitude", "longitude", "fatalities", "notes"])
        w.writerow(["2024-06-29", "Explosions/Remote violence", "Suicide bomb", "Islamic State (West Africa)",
                    "Civilians (Nigeria)", "Borno", "Gwoza", "11.0833", "13.6953", "18",
                    "On 29 June 2024, suicide bombers attacked a wedding in Gwoza (Borno), killing 18 people."])
    reps = load_gold([f])
    assert len(reps) == 1 and reps[0].published.isoformat() == "2024-06-29"
    assert reps[0].events[0]["fatalities"]["best"] == 18
    res = evaluate(reps)
    assert res.scores["n_reports"] == 1 and res.counts["gold_events"] == 1


def test_bad_gold_is_a_clear_error(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text('{"id": "x"}\n')
    with pytest.raises(ev.EvaluationError, match="not a gold record"):
        load_gold([f])


def test_ratchet_never_lowers(tmp_path):
    p = tmp_path / "ratchet.json"
    ev.raise_ratchet("dev", {"event_f1": 0.5}, p)
    ev.raise_ratchet("dev", {"event_f1": 0.4}, p)
    assert json.loads(p.read_text())["dev"]["event_f1"] == 0.5
    assert ev.check_ratchet("dev", {"event_f1": 0.45}, p)
    assert not ev.check_ratchet("dev", {"event_f1": 0.5}, p)


def test_a_raised_floor_never_exceeds_the_score_it_came_from(tmp_path):
    p = tmp_path / "ratchet.json"
    ev.raise_ratchet("test", {"event_f1": 2 / 3, "fatalities_exact": 0.86247}, p)
    floor = json.loads(p.read_text())["test"]
    assert floor["event_f1"] == 0.6666 and floor["fatalities_exact"] == 0.8624
    assert not ev.check_ratchet("test", {"event_f1": 2 / 3, "fatalities_exact": 0.86247}, p)


def test_admin1_in_two_transliterations_is_one_division():
    nm = ev.Normaliser()
    assert nm.admin1("Galgaduud", "Somalia") == nm.admin1("Galgadud", "Somalia")
    assert nm.admin1("Galgaduud", "Somalia") != nm.admin1("Banadir", "Somalia")


def _claim(actors=(), tolls=()):
    return {"text": "", "actors": [{"name": a, "written": a, "kind": None} for a in actors],
            "tolls": [{"outcome": o, "low": n, "best": n, "high": n} for o, n in tolls]}


def test_anatomy_sorts_each_actor_miss_by_where_it_went_wrong():
    g = gold_event(actor1="Military Forces of Syria (2000-2024)", actor2="Civilians (Syria)")
    # the sides swapped: both actors found, each on the other side
    swapped = dict(g, actor1="Civilians (Syria)", actor2="Military Forces of Syria (2000-2024)", sources=[])
    res = evaluate([report([g])], extract_fn=fake_extract([swapped]))
    assert res.anatomy["actor_match"]["on_the_other_side"] == 2 and res.anatomy["actor_match"]["right"] == 0
    # the army named in the sentence, HTS chosen: the choice went wrong
    chosen = dict(g, actor1="Hayat Tahrir al-Sham", sources=[],
                  claims=[_claim(["Military Forces of Syria (2000-2024)", "Hayat Tahrir al-Sham"])])
    res = evaluate([report([g])], extract_fn=fake_extract([chosen]))
    assert res.anatomy["actor_match"] == {**dict.fromkeys(ev.ANATOMY["actor_match"], 0), "right": 1, "named_not_chosen": 1}
    # nothing in the event names the army: the reading never found it
    unread = dict(g, actor1="Hayat Tahrir al-Sham", sources=[], claims=[_claim(["Hayat Tahrir al-Sham"])])
    res = evaluate([report([g])], extract_fn=fake_extract([unread]))
    assert res.anatomy["actor_match"]["never_recognised"] == 1 and res.anatomy["actor_match"]["named_not_chosen"] == 0


def test_anatomy_tells_a_toll_read_but_not_chosen_from_one_never_read():
    g = gold_event()  # 12 killed
    other = dict(g, fatalities={"low": 30, "best": 30, "high": 30}, sources=[],
                 claims=[_claim(tolls=[("killed", 12), ("killed", 30), ("injured", 5)])])
    res = evaluate([report([g])], extract_fn=fake_extract([other]))
    assert res.anatomy["fatalities_exact"]["read_other_chosen"] == 1
    # 12 read only as the injured count: the killed figure was never read
    unread = dict(other, claims=[_claim(tolls=[("killed", 30), ("injured", 12)])])
    res = evaluate([report([g])], extract_fn=fake_extract([unread]))
    assert res.anatomy["fatalities_exact"]["never_read"] == 1 and res.anatomy["fatalities_exact"]["read_other_chosen"] == 0
    none_given = dict(g, fatalities=None, sources=[], claims=[])
    res = evaluate([report([g])], extract_fn=fake_extract([none_given]))
    assert res.anatomy["fatalities_exact"]["no_toll_given"] == 1
    # 12 read but no toll written at all: no other figure won, so it is "no toll given"
    read_not_given = dict(none_given, claims=[_claim(tolls=[("killed", 12)])])
    res = evaluate([report([g])], extract_fn=fake_extract([read_not_given]))
    assert res.anatomy["fatalities_exact"]["no_toll_given"] == 1 and res.anatomy["fatalities_exact"]["read_other_chosen"] == 0
    res = evaluate([report([gold_event(fatalities=None)])], extract_fn=fake_extract([dict(g, sources=[])]))
    assert res.anatomy["fatalities_exact"]["toll_where_gold_has_none"] == 1


def test_every_scored_side_and_toll_lands_in_one_anatomy_class():
    g = gold_event()
    res = evaluate([report([g, gold_event(start_date="2024-11-29", location="Aleppo", latitude=36.2, longitude=37.16)])],
                   extract_fn=fake_extract([dict(g, actor2="Hayat Tahrir al-Sham", sources=[])]))
    assert sum(res.anatomy["actor_match"].values()) == res.counts["n_actor_match"] == 2
    assert sum(res.anatomy["fatalities_exact"].values()) == res.counts["n_fatalities_exact"] == 1


def _events(res):
    return {k: v for k, v in res.anatomy["event_f1"].items() if v}


def test_event_anatomy_says_why_a_gold_event_matched_nothing():
    g = gold_event()  # an air strike in Saraqib on 30 November
    # read as a protest: the family differs, so the record is the other half of the near miss
    protest = dict(g, event_type="Protests", sub_event_type="Peaceful protest", sources=[])
    res = evaluate([report([g])], extract_fn=fake_extract([protest]))
    assert _events(res) == {"missed_read_as_other_family": 1, "spurious_near_miss": 1}
    # dated a week late
    late = dict(g, start_date="2024-11-23", sources=[])
    assert _events(evaluate([report([g])], extract_fn=fake_extract([late]))) == {"missed_date_off": 1, "spurious_near_miss": 1}
    # placed in Hama, about 80 km away
    hama = dict(g, location="Hama", latitude=35.1318, longitude=36.7578, admin1="Hama", sources=[])
    assert _events(evaluate([report([g])], extract_fn=fake_extract([hama]))) == {"missed_place_off": 1, "spurious_near_miss": 1}
    # nothing read at all
    assert _events(evaluate([report([g])], extract_fn=fake_extract([]))) == {"missed_no_event_read": 1}
    # two gold strikes in Saraqib the same day read as one record: the second is folded into the first
    twin = gold_event(fatalities={"low": 3, "best": 3, "high": 3})
    assert _events(evaluate([report([g, twin])], extract_fn=fake_extract([dict(g, sources=[])]))) == \
        {"matched": 1, "missed_folded_into_another": 1}
    # wrong on two counts at once: nothing close
    far_and_late = dict(hama, start_date="2024-11-23")
    assert _events(evaluate([report([g])], extract_fn=fake_extract([far_and_late]))) == \
        {"missed_nothing_close": 1, "spurious_not_in_gold": 1}


def test_event_anatomy_says_why_a_record_matched_nothing():
    g = gold_event()
    rec = dict(g, sources=[])
    # a report the gold says tells no event
    assert _events(evaluate([report([])], extract_fn=fake_extract([rec]))) == {"spurious_report_has_no_event": 1}
    # one strike written as two records
    assert _events(evaluate([report([g])], extract_fn=fake_extract([rec, dict(rec)]))) == \
        {"matched": 1, "spurious_one_event_split": 1}


def test_every_gold_event_and_record_lands_in_one_event_class():
    g = gold_event()
    other = gold_event(start_date="2024-11-29", location="Hama", latitude=35.1318, longitude=36.7578, admin1="Hama")
    preds = [dict(g, sources=[]), dict(g, event_type="Protests", sources=[]), dict(g, start_date="2024-11-01", sources=[])]
    res = evaluate([report([g, other]), report([])], extract_fn=fake_extract(preds))
    ana = res.anatomy["event_f1"]
    missed = sum(v for k, v in ana.items() if k.startswith("missed_"))
    spurious = sum(v for k, v in ana.items() if k.startswith("spurious_"))
    assert ana["matched"] == res.counts["matched"]
    assert ana["matched"] + missed == res.counts["gold_events"]
    assert ana["matched"] + spurious == res.counts["predicted_events"]


def test_intervals_resample_reports_and_hold_the_score():
    # ten reports: eight read right, two whose toll is wrong; the interval of the toll score must
    # hold 0.8, lie within [0, 1], widen below 1 (some resamples draw both wrong reports) and be
    # the same on a second run (seeded); detection is perfect in every resample
    import datetime as dt

    reps, preds = [], {}
    for i in range(10):
        text = AFP.replace("12 civilians", f"{12 + i} civilians")
        g = gold_event(fatalities={"low": 12 + i, "best": 12 + i, "high": 12 + i})
        reps.append(GoldReport(id=f"r{i}", text=text, published=dt.date(2024, 11, 30), publisher="AFP", events=[g]))
        p = dict(g, sources=[{"name": "Syrian Observatory for Human Rights", "kind": "ngo", "party": False}])
        preds[text] = [p if i < 8 else dict(p, fatalities={"low": 5, "best": 5, "high": 5})]

    def extract_fn(art):
        return fake_extract(preds[art.body])(art)

    res = evaluate(reps, extract_fn=extract_fn, resamples=300)
    lo, hi = res.intervals["fatalities_exact"]
    assert res.scores["fatalities_exact"] == 0.8
    assert 0.0 <= lo < 0.8 < hi <= 1.0
    assert res.intervals["event_f1"] == (1.0, 1.0)
    assert evaluate(reps, extract_fn=extract_fn, resamples=300).intervals == res.intervals
    assert evaluate(reps, extract_fn=extract_fn).intervals == {}


def test_ci_flag_prints_intervals_beside_the_scores(tmp_path):
    from click.testing import CliRunner

    from sitrep.cli import main

    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "r1", "text": AFP, "published": "2024-11-30", "publisher": "AFP",
                                "events": [gold_event()]}) + "\n")
    out = CliRunner().invoke(main, ["evaluate", str(gold), "--ci", "--format", "json"])
    assert out.exit_code == 0, out.output
    got = json.loads(out.output)
    assert set(got["intervals"]["gold"]) >= {"event_f1", "fatalities_exact", "actor_match"}
    lo, hi = got["intervals"]["gold"]["event_f1"]
    assert lo <= got["event_f1"] <= hi

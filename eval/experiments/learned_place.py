"""Can a learned model choose an event's place better than the rules do?

`sitrep evaluate` sorts the misses (the "where it comes from" table): the largest class of held-aside
events missed is "place off", a record that agrees with a gold event on family and date but is coded
more than 50 km from it, and in about half of them the gold place is among the places the event's own
sentences name: the choice between them went wrong. This experiment asks whether a model over those
candidate places, trained on the gold, chooses the scene better than the hand-written chooser
(`sitrep.pipeline.assemble._place` and the passes after it), and whether it carries to copy the rules
never saw. It follows `learned_choice.py`, which asked the same of the sides and the toll.

Each gold event is paired with the record of its report that agrees on family and date (within a
day) and whose place is nearest, one to one, whatever the distance. The candidates are every
distinct place read in that record's sentences (`Event.claims[*].places`) and the record's own
place; a candidate is right when it lies within 25 km of the gold point. An event none of whose
candidates is right is "unreachable": no chooser can mend it, and it is counted apart.

Trained on the dev split and the odd (train) half of the probe sets; the regularisation and the
boosting settings, and which groups of features to use, are chosen by 5-fold cross-validation
over those reports alone; scored once on
the held-aside test split and the even (held-out) half of the probes. Choosers per event:

- rules: the place `sitrep extract` writes today;
- model: a logistic regression on features of the candidates alone (feature kind, how the
  gazetteer reading was qualified, population, country, sentence, where it stands to the event
  word, the preposition before it and the word after it), never told what the rules chose;
- boosted: gradient-boosted trees on the same features (interactions such as a rule's mark with
  the kind of place);
- stacked: each of the two plus "the rules chose this one" as a feature.

Each chooser takes the candidate of highest probability. Beside the counts of right choices the
table gives what a chooser does to the whole event match (family, date within a day, within 50
km): gold events it newly matches, and ones it loses, against the rules.

    pip install -e '.[experiments]'
    python eval/experiments/learned_place.py            # about 4 minutes on 2 cores

It prints the tables; nothing here is used by the pipeline.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from sitrep.evaluate import _agreement, default_corpus, load_gold, make_article, pair_events
from sitrep.geo import haversine_km
from sitrep.pipeline import Trace, extract
from sitrep.pipeline.places import country_mentions

sys.path.insert(0, str(Path(__file__).resolve().parent))  # eval/experiments is no package
from learned_choice import training_and_held  # noqa: E402  (the same training and held sets as the sides' model)

PROBES = Path(__file__).resolve().parents[1] / "probes"
RIGHT_KM = 25.0
_W = re.compile(r"[a-z]+")
_PREPS = ("in", "at", "near", "from", "to", "of", "outside", "into", "on", "around", "across", "inside", "over",
          "towards", "toward", "between", "and", "the", "by", "for", "against")
_NOUNS = ("region", "province", "state", "district", "city", "town", "village", "county", "governorate",
          "division", "area", "township", "camp", "border", "municipality", "department", "locality", "neighbourhood")


def _words(s: str) -> list[str]:
    return _W.findall(s.lower())


def _point(p: Any) -> tuple[float, float] | None:
    if p is None or p.latitude is None or p.longitude is None:
        return None
    return p.own_point if p.own_point else (p.latitude, p.longitude)


def _key(p: Any) -> Any:
    return p.gazetteer_id if p.gazetteer_id is not None else (p.name or p.written, p.feature)


def _mentions(body: str, written: set[str]) -> int:
    return sum(len(re.findall(r"(?<!\w)" + re.escape(w) + r"(?!\w)", body)) for w in written if w)


def place_candidates(e: Any, body: str, ranked: list[str], named: set[str]) -> list[tuple[Any, dict[str, float]]]:
    """Every distinct place an event's sentences read, and the event's own place, with what is
    known of how each was read: (the place, its features)."""
    feats: dict[Any, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    first: dict[Any, Any] = {}
    written: dict[Any, set[str]] = defaultdict(set)
    weights = [c.trigger_weight for c in e.claims]
    top_weight = max(weights) if weights else 0

    def add(p: Any) -> dict[str, float]:
        k = _key(p)
        if k not in first:
            first[k] = p
        written[k].add(p.written)
        return feats[k]

    for ci, c in enumerate(e.claims):
        ti = c.trigger_at
        for p in c.places:
            if _point(p) is None:
                continue
            f = add(p)
            f["n_in_event"] += 1
            f["in_claims"] = 1
            parts = (p.rule or "").split("+")
            f["via=" + parts[0].split(":")[-1]] = 1
            for part in parts[1:]:
                f["mark=" + part] = 1
            if len(parts) == 1:
                f["mark=none"] = 1
            f[f"precision={p.precision}"] = 1
            if ci == 0:
                f["first_claim"] = 1
            if c.sentence == 0:
                f["lead_sentence"] = 1
            f["min_sentence"] = min(f.get("min_sentence", 9.0), float(min(c.sentence, 8)))
            if c.background:
                f["background_claim"] += 1
            else:
                f["foreground_claim"] += 1
            if c.tolls:
                f["claim_has_toll"] = 1
            if c.trigger_weight == top_weight and top_weight > 0:
                f["claim_top_trigger"] = 1
            if c.source is not None and c.source.party:
                f["party_source"] = 1
            if p.span is None:
                f["no_span"] = 1
                continue
            at = p.span.start - c.span.start
            if ti >= 0:
                gap = abs(at - ti)
                f["before_event_word" if at < ti else "after_event_word"] += 1
                f["gap=" + ("<20" if gap < 20 else "<60" if gap < 60 else "<150" if gap < 150 else "far")] = 1
            else:
                f["no_event_word"] = 1
            before = c.text[max(0, at - 40):at]
            left = _words(before)[-2:]
            if not left:
                f["L0=<start>"] = 1
            elif left[-1] in _PREPS:
                f["L0=" + left[-1]] = 1
                if len(left) > 1 and left[-2] in _NOUNS:
                    f["L1=noun"] = 1  # "the town of X", "the city of X"
            else:
                f["L0=other"] = 1
            if re.search(r"['’]s\s+$", before):
                f["L0='s"] = 1  # "Nigeria's Borno state"
            after = c.text[at + len(p.written):at + len(p.written) + 30]
            right = _words(after)[:1]
            if right and right[0] in _NOUNS:
                f["R0=" + right[0]] = 1
            if re.match(r"\s*,", after):
                f["R0=comma"] = 1
            if re.match(r"['’]s\b", after):
                f["R0='s"] = 1  # "Kharkiv's governor", "Gaza's health ministry"
    chosen = e.place if _point(e.place) is not None else None
    if chosen is not None:
        f = add(chosen)
        f["rules:chosen"] = 1
        if "in_claims" not in f:
            f["not_in_claims"] = 1
            parts = (chosen.rule or "").split("+")
            f["via=" + parts[0].split(":")[-1]] = 1
            for part in parts[1:]:
                f["mark=" + part] = 1
            f[f"precision={chosen.precision}"] = 1
    out = []
    for i, (k, p) in enumerate(first.items()):
        f = feats[k]
        f["bias"] = 1
        f[f"kind={p.feature}"] = 1
        f[f"order={min(i, 4)}"] = 1
        f["log_population"] = math.log10(1 + (p.population or 0)) / 7
        rank = ranked.index(p.iso2) if p.iso2 in ranked else 3
        f[f"country_rank={min(rank, 3)}"] = 1
        if p.iso2 and p.iso2 in named:
            f["country_named"] = 1
        f["min_sentence"] = f.get("min_sentence", 9.0) / 9
        f["n_in_event"] = min(f["n_in_event"], 3) / 3
        f["n_in_report"] = min(_mentions(body, written[k]), 5) / 5
        for b in ("before_event_word", "after_event_word", "background_claim", "foreground_claim"):
            if b in f:
                f[b] = min(f[b], 3) / 3
        out.append((p, dict(f)))
    return out


def collect(reports: list[Any]) -> list[dict[str, Any]]:
    """One row per report: its gold events, records, and for each gold event paired on family and
    date the candidate places of its record."""
    rows = []
    for rep in reports:
        art = make_article(rep.text, published=rep.published, publisher=rep.publisher, url=rep.url, title=rep.title)
        trace = Trace()
        evs = extract(art, trace=trace)
        preds = [e.to_record() for e in evs]
        named = {cc for _s, _e, cc, is_name in country_mentions(art.body) if is_name}
        scored = []
        for gi, g in enumerate(rep.events):
            if g.get("latitude") is None:
                continue
            for pi, p in enumerate(preds):
                family, d, km = _agreement(g, p)
                if family and d is not None and d <= 1:
                    scored.append((km, d, gi, pi))
        used_g: set[int] = set()
        used_p: set[int] = set()
        events = []
        for _km, _d, gi, pi in sorted(scored):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g = rep.events[gi]
            gold = (g["latitude"], g["longitude"])
            cands = place_candidates(evs[pi], art.body, trace.countries, named)
            events.append({
                "gi": gi, "pi": pi,
                "cands": [(_point(p), p.iso2, p.country, f) for p, f in cands],
                "labels": [int(haversine_km(_point(p), gold) <= RIGHT_KM) for p, _f in cands],  # type: ignore[arg-type]
                "rule": next((i for i, (_p, f) in enumerate(cands) if f.get("rules:chosen")), None),
            })
        rows.append({"id": rep.id, "split": rep.split, "gold": rep.events, "preds": preds, "events": events})
    return rows


# groups of features the cross-validation may leave out
GROUPS = {"words": ("L0=", "L1=", "R0="), "position": ("before_", "after_", "gap=", "no_event_word"),
          "country": ("country_",), "counts": ("n_in_",)}


def _strip(feats: list[dict[str, float]], stacked: bool, drop: tuple[str, ...] = ()) -> list[dict[str, float]]:
    gone = tuple(p for g in drop for p in GROUPS[g]) + (() if stacked else ("rules:",))
    return [{k: v for k, v in f.items() if not k.startswith(gone)} for f in feats]


def _fit(kind: str, params: dict[str, Any], X: list[dict[str, float]], y: list[int], stacked: bool) -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    params = dict(params)
    drop = params.pop("drop")
    if kind == "logistic":
        est = make_pipeline(DictVectorizer(), LogisticRegression(max_iter=5000, **params))
    else:
        est = make_pipeline(DictVectorizer(sparse=False), HistGradientBoostingClassifier(random_state=0, **params))
    est.fit(_strip(X, stacked, drop), y)
    est.drop = drop
    return est


def _train_set(rows: list[dict[str, Any]]) -> tuple[list[dict[str, float]], list[int]]:
    X = [c[3] for r in rows for ev in r["events"] if any(ev["labels"]) for c in ev["cands"]]
    y = [lab for r in rows for ev in r["events"] if any(ev["labels"]) for lab in ev["labels"]]
    return X, y


def choose(model: Any, rows: list[dict[str, Any]], stacked: bool) -> dict[tuple[str, int], int]:
    """The candidate of highest probability for each paired event: {(report, gold index): candidate}."""
    feats = [c[3] for r in rows for ev in r["events"] for c in ev["cands"]]
    proba = list(model.predict_proba(_strip(feats, stacked, model.drop))[:, 1]) if feats else []
    out = {}
    k = 0
    for r in rows:
        for ev in r["events"]:
            n = len(ev["cands"])
            if n:
                ps = proba[k:k + n]
                out[r["id"], ev["gi"]] = max(range(n), key=ps.__getitem__)
            k += n
    return out


def rules_choice(rows: list[dict[str, Any]]) -> dict[tuple[str, int], int]:
    return {(r["id"], ev["gi"]): ev["rule"] for r in rows for ev in r["events"] if ev["rule"] is not None}


def right(rows: list[dict[str, Any]], picks: dict[tuple[str, int], int]) -> int:
    """Reachable events whose chosen candidate lies within 25 km of the gold point."""
    return sum(ev["labels"][picks[r["id"], ev["gi"]]] for r in rows for ev in r["events"]
               if any(ev["labels"]) and (r["id"], ev["gi"]) in picks)


def flips(rows: list[dict[str, Any]], base: dict[tuple[str, int], int], picks: dict[tuple[str, int], int]) -> tuple[int, int]:
    """Events ``picks`` gets right that ``base`` got wrong, and the other way round."""
    won = lost = 0
    for r in rows:
        for ev in r["events"]:
            k = r["id"], ev["gi"]
            a = k in base and ev["labels"][base[k]]
            b = k in picks and ev["labels"][picks[k]]
            won += bool(b and not a)
            lost += bool(a and not b)
    return won, lost


def matched(rows: list[dict[str, Any]], picks: dict[tuple[str, int], int]) -> set[tuple[str, int]]:
    """Gold events matched (family, date, 50 km; `pair_events`) once each paired record is moved
    to the chosen place."""
    out = set()
    for r in rows:
        preds = [dict(p) for p in r["preds"]]
        for ev in r["events"]:
            i = picks.get((r["id"], ev["gi"]))
            if i is None:
                continue
            (lat, lon), iso2, country, _f = ev["cands"][i]
            preds[ev["pi"]].update(latitude=lat, longitude=lon, country=country)
        out |= {(r["id"], gi) for gi, _pi in pair_events(r["gold"], preds)}
    return out


def cross_validate(train: list[dict[str, Any]], kind: str, grid: list[dict[str, Any]], folds: int = 5) -> tuple[dict[str, Any], list[str]]:
    """The settings of ``grid`` with most right choices over ``folds`` folds of the training reports
    (each report in one fold; the model, never told the rules' choice)."""
    ids = sorted({r["id"] for r in train})
    fold = {rid: i % folds for i, rid in enumerate(ids)}
    scores = []
    for params in grid:
        total = 0
        for k in range(folds):
            fit_rows = [r for r in train if fold[r["id"]] != k]
            held = [r for r in train if fold[r["id"]] == k]
            X, y = _train_set(fit_rows)
            total += right(held, choose(_fit(kind, params, X, y, False), held, False))
        scores.append((total, params))
    best = max(scores, key=lambda s: s[0])[1]
    return best, [f"{kind} {p}: {s}" for s, p in scores]


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    train, held = training_and_held(collect(load_gold([default_corpus()])), collect(load_gold(sorted(PROBES.glob("*.jsonl")))))

    grids = {
        "logistic": [{"C": c, "drop": drop} for drop in ((), ("words",), ("position",), ("country", "counts"))
                     for c in (0.1, 0.3, 1.0, 3.0, 10.0)],
        "boosted": [{"learning_rate": lr, "max_iter": it, "max_leaf_nodes": leaves, "min_samples_leaf": 20, "drop": drop}
                    for drop in ((), ("words",)) for lr in (0.05, 0.1) for it in (100, 300) for leaves in (7, 15)],
    }
    models: dict[str, Any] = {}
    X, y = _train_set(train)
    print(f"trained on {len(y)} candidates of {sum(1 for r in train for ev in r['events'] if any(ev['labels']))} reachable "
          "events; settings by 5-fold cross-validation over the training reports (right choices):")
    print(f"    rules (written looking at the dev split): {right(train, rules_choice(train))}")
    for kind, grid in grids.items():
        best, lines = cross_validate(train, kind, grid)
        print("\n".join("    " + s for s in lines))
        print(f"  chosen: {kind} {best}")
        for stacked in (False, True):
            models[kind, stacked] = _fit(kind, best, X, y, stacked)

    choosers = {"rules": None, "model": ("logistic", False), "stacked": ("logistic", True),
                "boosted": ("boosted", False), "boosted stacked": ("boosted", True)}
    head = " | ".join(choosers)
    lines = ["", "Right choices (chosen place within 25 km of the gold point) on events some candidate reaches; "
             "(+ events right where the rules were wrong / - the other way round):", "",
             f"| held set | paired | unreachable | reachable | {head} |", "|---|---:|---:|---:|" + "---:|" * len(choosers)]
    match_lines = ["", "Whole-event matches (family, date within a day, within 50 km) if each paired record took the chosen place:",
                   "", "| held set | gold events | " + head + " |", "|---|---:|" + "---:|" * len(choosers)]
    for name, rows in held.items():
        picks = {c: rules_choice(rows) if m is None else choose(models[m], rows, m[1]) for c, m in choosers.items()}
        paired = sum(len(r["events"]) for r in rows)
        reach = sum(1 for r in rows for ev in r["events"] if any(ev["labels"]))
        cells = [str(right(rows, picks["rules"]))]
        for c in list(choosers)[1:]:
            won, lost = flips(rows, picks["rules"], picks[c])
            cells.append(f"{right(rows, picks[c])} (+{won} / -{lost})")
        lines.append(f"| {name} | {paired} | {paired - reach} | {reach} | " + " | ".join(cells) + " |")
        base = matched(rows, picks["rules"])
        cells = [str(len(base))]
        for c in list(choosers)[1:]:
            m = matched(rows, picks[c])
            cells.append(f"{len(m)} (+{len(m - base)} / -{len(base - m)})")
        match_lines.append(f"| {name} | {sum(len(r['gold']) for r in rows)} | " + " | ".join(cells) + " |")
    print("\n".join(lines + match_lines))


if __name__ == "__main__":
    main()

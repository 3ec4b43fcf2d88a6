"""Can a learned model choose the sides and the toll better than the rules do?

`sitrep evaluate` sorts the misses (the "where it comes from" table): most held-aside actor
misses, and many toll misses, are a wrong CHOICE among actors or figures the pipeline did read.
This experiment asks whether a logistic regression over those candidates, trained on the gold,
chooses better than the hand-written rules, and whether it carries to copy the rules never saw.

Trained on the dev split and the odd (train) half of the probe sets; scored on the held-aside
test split and the even (held-out) half of the probes. Three choosers per decision:

- rules: what `sitrep extract` writes today;
- model: the regression on features of the candidates alone (how each actor is named, where,
  next to which words; each figure's role, rule, source, place in the report), never told
  what the rules chose;
- stacked: the same plus "the rules chose this one" as a feature.

    pip install -e '.[experiments]'
    python eval/experiments/learned_choice.py            # about 4 minutes on 2 cores

It prints one table; docs/evaluation.md records the result and what it means. Nothing here is
used by the pipeline.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from sitrep.evaluate import Normaliser, default_corpus, load_gold, make_article, pair_events
from sitrep.pipeline import extract

PROBES = Path(__file__).resolve().parents[1] / "probes"
_W = re.compile(r"[a-z]+")


def _words(s: str) -> list[str]:
    return _W.findall(s.lower())


def actor_candidates(e: Any) -> list[tuple[str, dict[str, float]]]:
    """Every actor an event's sentences name, with what is known of how it is named."""
    feats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    order: list[str] = []

    def add(name: str) -> dict[str, float]:
        if name not in feats:
            order.append(name)
        return feats[name]

    for ci, c in enumerate(e.claims):
        ti = c.trigger_at
        for a in c.actors:
            f = add(a.name)
            f["n_mentions"] += 1
            f[f"kind={a.kind}"] = 1
            f[f"kind={a.kind}|etype={e.event_type}"] = 1
            f[f"resolved={a.resolved}"] = 1
            f["how=" + (a.rule or "").split(":")[0].split("|")[0]] = 1
            at = a.span.start - c.span.start
            if ti >= 0:
                f["before_event_word" if at < ti else "after_event_word"] += 1
            if c.initiator is not None and c.initiator.name == a.name:
                f["initiator"] += 1
            if c.target is not None and c.target.name == a.name:
                f["target"] += 1
            for i, w in enumerate(reversed(_words(c.text[max(0, at - 30):at])[-2:])):
                f[f"L{i}={w}"] = 1
            for i, w in enumerate(_words(c.text[at + len(a.written):at + len(a.written) + 30])[:2]):
                f[f"R{i}={w}"] = 1
            if ci == 0:
                f["first_sentence"] = 1
        for a in c.source_actors:
            add(a.name)["as_source"] += 1
        for m in c.tolls:
            if m.party:
                add(m.party)[f"toll_party_{m.outcome}"] = 1
    for name in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2):
        if name:
            add(name)
    out = []
    for i, name in enumerate(order):
        f = feats[name]
        f[f"order={min(i, 4)}"] = 1
        f["bias"] = 1
        for tag in ("civilians", "unidentified", "protesters", "rioters", "military forces", "police forces"):
            if name.lower().startswith(tag):
                f["generic=" + tag] = 1
        for k in ("n_mentions", "initiator", "target", "before_event_word", "after_event_word", "as_source"):
            if k in f:
                f[k] = min(f[k], 3) / 3
        f["rules:actor1"] = float(name == e.actor1)
        f["rules:actor2"] = float(name == e.actor2)
        out.append((name, dict(f)))
    return out


def toll_candidates(e: Any) -> list[tuple[int, dict[str, float]]]:
    """Every killed figure an event's sentences give, and the event's own toll."""
    feats: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    ms = [(c, m) for c in e.claims for m in c.tolls if m.outcome == "killed"]
    values = sorted({m.count.best for _c, m in ms if m.count.best is not None})
    for k, (c, m) in enumerate(ms):
        v = m.count.best
        if v is None:
            continue
        f = feats[v]
        f["n_told"] += 1
        f[f"role={m.role}"] = 1
        f[f"rule={m.rule.split(':')[0]}"] = 1
        f[f"source={c.source.kind if c.source else None}"] = 1
        f[f"party_source={bool(c.source and c.source.party)}"] = 1
        f[f"bounded={m.count.low != m.count.high}"] = 1
        f["attackers"] = max(f["attackers"], float(m.perpetrator))
        f["civilian"] = max(f["civilian"], float(m.civilian))
        f["has_party"] = max(f["has_party"], float(bool(m.party)))
        f["last_told"] = float(k == len(ms) - 1)
        f["first_sentence"] = max(f["first_sentence"], float(c.sentence == 0))
        for w in _words(m.who or "")[:3]:
            f[f"who={w}"] = 1
    rule = e.toll.killed.best if e.toll.killed else None
    if rule is not None:
        feats[rule]["sum_or_rule_only"] = float(rule not in values)
    out = []
    for v, f in feats.items():
        f["bias"] = 1
        f["largest"] = float(bool(values) and v == values[-1])
        f["smallest"] = float(bool(values) and v == values[0])
        f["n_told"] = min(f["n_told"], 3) / 3
        f["rules:chosen"] = float(v == rule)
        out.append((v, dict(f)))
    return out


def collect(reports: list[Any], nm: Normaliser) -> list[dict[str, Any]]:
    rows = []
    for rep in reports:
        art = make_article(rep.text, published=rep.published, publisher=rep.publisher, url=rep.url, title=rep.title)
        evs = extract(art)
        preds = [e.to_record() for e in evs]
        for gi, pi in pair_events(rep.events, preds):
            g, e = rep.events[gi], evs[pi]
            rows.append({
                "id": rep.id, "split": rep.split,
                "gold_a1": nm.actor(g.get("actor1")), "gold_a2": nm.actor(g.get("actor2")),
                "rule_a1": nm.actor(e.actor1), "rule_a2": nm.actor(e.actor2),
                "actors": [(nm.actor(n), f) for n, f in actor_candidates(e)],
                "gold_killed": (g.get("fatalities") or {}).get("best"),
                "rule_killed": e.toll.killed.best if e.toll.killed else None,
                "tolls": toll_candidates(e),
            })
    return rows


def _fit(X: list[dict[str, float]], y: list[int], stacked: bool) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    keep = [f if stacked else {k: v for k, v in f.items() if not k.startswith("rules:")} for f in X]
    return make_pipeline(DictVectorizer(), LogisticRegression(C=1.0, max_iter=3000)).fit(keep, y)


def _proba(model: Any, feats: list[dict[str, float]], stacked: bool) -> list[float]:
    keep = [f if stacked else {k: v for k, v in f.items() if not k.startswith("rules:")} for f in feats]
    return list(model.predict_proba(keep)[:, 1])


def score(train: list[dict[str, Any]], held: dict[str, list[dict[str, Any]]]) -> list[str]:
    lines = ["| decision | held set | rules | model | stacked |", "|---|---|---:|---:|---:|"]
    models = {}
    for stacked in (False, True):
        X = [f for r in train for _n, f in r["actors"]]
        models["a1", stacked] = _fit(X, [int(bool(n) and n == r["gold_a1"]) for r in train for n, _f in r["actors"]], stacked)
        models["a2", stacked] = _fit(X, [int(bool(n) and n == r["gold_a2"]) for r in train for n, _f in r["actors"]], stacked)
        T = [f for r in train for _v, f in r["tolls"]]
        models["k", stacked] = _fit(T, [int(v == r["gold_killed"]) for r in train for v, _f in r["tolls"]], stacked)
    for name, rows in held.items():
        sides = {"rules": 0, "model": 0, "stacked": 0}
        tolls = {"rules": 0, "model": 0, "stacked": 0}
        for r in rows:
            sides["rules"] += (r["rule_a1"] == r["gold_a1"]) + (r["rule_a2"] == r["gold_a2"])
            tolls["rules"] += r["rule_killed"] == r["gold_killed"]
            for stacked, key in ((False, "model"), (True, "stacked")):
                a1 = a2 = ""
                if r["actors"]:
                    names = [n for n, _f in r["actors"]]
                    feats = [f for _n, f in r["actors"]]
                    p1 = _proba(models["a1", stacked], feats, stacked)
                    p2 = _proba(models["a2", stacked], feats, stacked)
                    a1 = names[max(range(len(names)), key=p1.__getitem__)]
                    rest = [(p2[i], names[i]) for i in range(len(names)) if names[i] != a1]
                    a2 = max(rest)[1] if rest and max(rest)[0] > 0.3 else ""
                sides[key] += (a1 == r["gold_a1"]) + (a2 == r["gold_a2"])
                killed = None
                if r["tolls"]:
                    pk = _proba(models["k", stacked], [f for _v, f in r["tolls"]], stacked)
                    killed = r["tolls"][max(range(len(pk)), key=pk.__getitem__)][0]
                tolls[key] += killed == r["gold_killed"]
        n = len(rows)
        lines.append(f"| actor sides | {name} ({2 * n}) | " + " | ".join(str(sides[k]) for k in ("rules", "model", "stacked")) + " |")
        lines.append(f"| fatalities best | {name} ({n}) | " + " | ".join(str(tolls[k]) for k in ("rules", "model", "stacked")) + " |")
    return lines


def training_and_held(corpus: list[dict[str, Any]], probes: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """The rows a model is trained on (the dev split and the odd-numbered probes) and the sets it is
    scored on (the test split, the even-numbered probes, and dev itself); learned_place.py uses the same."""
    def odd(r: dict[str, Any]) -> bool:
        m = re.search(r"(\d+)$", r["id"])
        return m is not None and int(m.group(1)) % 2 == 1

    train = [r for r in corpus if r["split"] == "dev"] + [r for r in probes if odd(r)]
    held = {"test split": [r for r in corpus if r["split"] == "test"], "held-out probes": [r for r in probes if not odd(r)],
            "dev (trained on)": [r for r in corpus if r["split"] == "dev"]}
    return train, held


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    nm = Normaliser()
    train, held = training_and_held(collect(load_gold([default_corpus()]), nm), collect(load_gold(sorted(PROBES.glob("*.jsonl"))), nm))
    print(f"trained on {len(train)} matched events; counts of right choices:")
    print("\n".join(score(train, held)))


if __name__ == "__main__":
    main()

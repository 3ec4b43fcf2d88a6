"""Evaluate: score sitrep against gold, field by field, the way an ACLED or UCDP coder would.

Gold comes as JSON Lines (docs/gold-format.md) or as an ACLED-style CSV export, whose
``notes`` serve as the report text and ``event_date`` as the published date.

An extracted event matches a gold event of the same report when their type families agree
(political violence: Battles, Explosions/Remote violence, Violence against civilians;
demonstrations: Protests, Riots; strategic developments), their start dates are at most one
day apart, and their places are at most 50 km apart (or, when either has no coordinates, their
countries agree). Matching is one-to-one, closest first. Field scores are computed on matched
pairs; detection precision and recall count every event.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import EvaluationError
from .geo import record_km
from .read import make_article

METRICS = (
    "n_reports", "event_precision", "event_recall", "event_f1", "event_type_acc", "sub_event_type_acc",
    "fatalities_exact", "fatalities_within10", "injured_exact", "location_25km", "admin1_exact",
    "start_date_exact", "actor_match", "sources_recall",
)
FAMILY = {
    "Battles": "violence", "Explosions/Remote violence": "violence", "Violence against civilians": "violence",
    "Protests": "demonstrations", "Riots": "demonstrations", "Strategic developments": "strategic",
}


@dataclass(slots=True)
class GoldReport:
    id: str
    text: str
    published: dt.date | None
    publisher: str | None
    events: list[dict[str, Any]]
    split: str = "dev"
    title: str | None = None
    url: str | None = None


@dataclass(slots=True)
class Miss:
    report: str
    kind: str  # missed | spurious | field
    field: str
    gold: Any
    predicted: Any
    text: str


@dataclass(slots=True)
class Result:
    scores: dict[str, float]
    misses: list[Miss] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    anatomy: dict[str, dict[str, int]] = field(default_factory=dict)  # see ANATOMY
    # 95 % intervals by resampling the reports (``evaluate(..., resamples=N)``): metric -> (low, high)
    intervals: dict[str, tuple[float, float]] = field(default_factory=dict)


# Where a field's misses come from, so that a user knows what to mend: a side "never_recognised"
# wants an alias or a group in the actor dictionary; one "named_not_chosen" was read and the choice
# between the sides went wrong; a toll "never_read" is a phrasing no toll rule reads, one
# "read_other_chosen" was read and another figure won. A gold event that matched nothing
# ("missed_...") was either never read, read as another family of event, read with its date or
# place too far off, or folded into a record that matched another gold event; a record that
# matched nothing ("spurious_...") is an event where the gold has none, one event split in two,
# the other half of a near miss (already counted on the gold side), or something the gold does
# not code.
ANATOMY: dict[str, tuple[str, ...]] = {
    "event_f1": ("matched", "missed_no_event_read", "missed_read_as_other_family", "missed_date_off",
                 "missed_place_off", "missed_folded_into_another", "missed_nothing_close",
                 "spurious_report_has_no_event", "spurious_one_event_split", "spurious_near_miss",
                 "spurious_not_in_gold"),
    "actor_match": ("right", "on_the_other_side", "named_not_chosen", "named_in_another_event", "never_recognised",
                    "side_not_in_gold"),
    "fatalities_exact": ("right", "read_other_chosen", "read_for_another_event", "never_read", "no_toll_given",
                         "toll_where_gold_has_none"),
}


def default_corpus() -> Path:
    here = Path(__file__).resolve()
    for base in (here.parents[2], Path.cwd()):
        p = base / "eval" / "gold"
        if p.is_dir():
            return p
    raise EvaluationError("gold_format", path="eval/gold", line=0, detail="the bundled corpus was not found; run from the repository")


def load_gold(paths: Iterable[Path | str]) -> list[GoldReport]:
    out: list[GoldReport] = []
    for p in paths:
        path = Path(p)
        files = sorted(path.glob("*.jsonl")) + sorted(path.glob("*.csv")) if path.is_dir() else [path]
        for f in files:
            if f.suffix.lower() == ".csv":
                out.extend(_load_csv(f))
            else:
                out.extend(_load_jsonl(f))
    return out


def _load_jsonl(path: Path) -> list[GoldReport]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                out.append(GoldReport(
                    id=str(r.get("id") or f"{path.stem}-{n}"), text=r["text"],
                    published=dt.date.fromisoformat(r["published"]) if r.get("published") else None,
                    publisher=r.get("publisher"), events=list(r.get("events") or []),
                    split=r.get("split", "dev"), title=r.get("title"), url=r.get("url"),
                ))
            except (KeyError, ValueError, TypeError) as e:
                raise EvaluationError("gold_format", path=str(path), line=n, detail=str(e)) from None
    return out


def _load_csv(path: Path) -> list[GoldReport]:
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            try:
                date = dt.date.fromisoformat(row["event_date"].strip()[:10])
                fat = int(row.get("fatalities") or 0)
                lat = float(row["latitude"]) if row.get("latitude") else None
                lon = float(row["longitude"]) if row.get("longitude") else None
                ev = {
                    "event_type": row["event_type"], "sub_event_type": row.get("sub_event_type"),
                    "start_date": date.isoformat(), "country": row.get("country") or None,
                    "admin1": row.get("admin1") or None, "location": row.get("location") or None,
                    "latitude": lat, "longitude": lon, "actor1": row.get("actor1") or None,
                    "actor2": row.get("actor2") or None,
                    "fatalities": {"low": fat, "best": fat, "high": fat},
                }  # ACLED exports carry neither injuries nor named sources: those are not scored
                out.append(GoldReport(id=f"{path.stem}-{n}", text=row["notes"], published=date,
                                      publisher="ACLED", events=[ev], split="dev"))
            except (KeyError, ValueError) as e:
                raise EvaluationError("gold_format", path=str(path), line=n, detail=f"ACLED CSV row: {e}") from None
    return out


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _agreement(g: dict[str, Any], p: dict[str, Any]) -> tuple[bool, int | None, float]:
    """How ``p`` stands to gold ``g``: same family of event, days apart (None if either is
    undated), km apart (49 when either has no point but the countries agree, infinite when they
    differ)."""
    family = FAMILY.get(g.get("event_type", "")) == FAMILY.get(p.get("event_type", ""))
    d = _days(g.get("start_date"), p.get("start_date"))
    km = record_km(g, p)
    if km is None:
        km = math.inf if g.get("country") and p.get("country") and _norm(g["country"]) != _norm(p["country"]) else 49.0
    return family, d, km


def matches(g: dict[str, Any], p: dict[str, Any]) -> float | None:
    """Distance-like score if ``p`` matches gold ``g`` (smaller is better), else None."""
    family, d, km = _agreement(g, p)
    if not family or d is None or d > 1 or km > 50:
        return None
    return km + 10 * d


def pair_events(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Match gold to predicted events one to one, closest pairs first (see ``matches``): the
    (gold index, predicted index) of each matched pair."""
    scored = sorted((s, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                    if (s := matches(g, p)) is not None)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _s, gi, pi in scored:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _norm(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).strip()


class Normaliser:
    """Actor, admin1 and source names compared after alias resolution."""

    def __init__(self) -> None:
        from .gazetteer.index import shared as gz
        from .pipeline.actors import shared as actors

        self.actors = actors()
        self.gz = gz()

    def actor(self, name: str | None) -> str:
        if not name:
            return ""
        base = re.sub(r"\s*\([^)]*\)\s*$", "", name)
        hits = self.actors.find(name)
        if hits and hits[0].end - hits[0].start >= len(name) * 0.6:
            canon, _a, _r = self.actors.resolve(hits[0].targets, [], None)
            if canon and not canon.startswith(("Civilians", "Unidentified", "Protesters")):
                base = re.sub(r"\s*\([^)]*\)\s*$", "", canon)
        return _norm(base)

    def admin1(self, name: str | None, country: str | None) -> str:
        if not name:
            return ""
        entries = [e for e in self.gz.find(name) if e.feature == "admin1"]
        if not entries:
            # one division in two transliterations ("Galgaduud", "Galgadud"): the same skeleton
            entries = [e for e in self.gz.find_skeleton(name) if e.feature == "admin1"]
            if country:
                entries = [e for e in entries if _norm(self.gz.countries.get(e.cc, (None, None, None))[1]) == _norm(country)] or entries
        if entries:
            return f"{entries[0].cc}.{entries[0].admin1}"
        return _norm(name)

    def _source_actor(self, name: str) -> str:
        """The armed actor a source speaks for: the one the dictionary finds by name in it
        ("al-Qaida-linked group JNIM", "the Israeli military")."""
        base = re.sub(r"\s*\([^)]*\)\s*$", "", name)
        named = {self.actors.resolve(h.targets, [], None)[0] for h in self.actors.find(base)
                 if any(t[0] == "actor" for t in h.targets)}
        if len(named) == 1:
            return _norm(re.sub(r"\s*\([^)]*\)\s*$", "", named.pop()))
        return ""

    def source_found(self, gold: str, predicted: list[str]) -> bool:
        from rapidfuzz import fuzz

        from .pipeline.attribution import _key, known_sources

        ks = known_sources()
        g = ks.get(_key(gold))
        gname = _norm(g.name if g else gold)
        gtok = _content_tokens(gname)
        gactor = self._source_actor(gold)
        for p in predicted:
            if gactor and self._source_actor(p) == gactor:
                return True  # "Congolese army" and the gold's "Military Forces of the DRC": one voice
            pk = ks.get(_key(p))
            pname = _norm(pk.name if pk else p)
            if pname == gname or fuzz.token_set_ratio(pname, gname) >= 85:
                return True
            if gtok and gtok <= _content_tokens(pname):  # "security sources" in "a security source and ..."
                return True
        return False


_STOP = frozenset("the a an of and in for on at to by local".split())


def _content_tokens(name: str) -> frozenset[str]:
    return frozenset(t[:-1] if t.endswith("s") and len(t) > 3 else t for t in name.split() if t not in _STOP)


def evaluate(reports: list[GoldReport], *, extract_fn: Any = None, worst: int = 15, resamples: int = 0) -> Result:
    """Score ``reports`` (see the module docstring). With ``resamples``, each score also gets a 95 %
    interval from that many bootstrap resamples of the reports (``Result.intervals``)."""
    from .pipeline import extract

    ext = extract_fn or extract
    nm = Normaliser()
    tp = fp = fn = 0
    field_hits: dict[str, list[float]] = {m: [] for m in METRICS if m not in ("n_reports", "event_precision", "event_recall", "event_f1")}
    misses: list[Miss] = []
    anatomy: dict[str, dict[str, int]] = {f: dict.fromkeys(ks, 0) for f, ks in ANATOMY.items()}
    tallies: list[_Tally] = []
    for rep in reports:
        had = {k: len(v) for k, v in field_hits.items()}
        art = make_article(rep.text, published=rep.published, publisher=rep.publisher, url=rep.url, title=rep.title)
        try:
            preds = [e.to_record() for e in ext(art)]
        except Exception as e:  # an extraction failure is a miss of every gold event, not a crash
            preds = []
            misses.append(Miss(rep.id, "error", "extract", None, str(e), rep.text[:160]))
        pairs = pair_events(rep.events, preds)
        used_g = {gi for gi, _pi in pairs}
        used_p = {pi for _gi, pi in pairs}
        matched = [(rep.events[gi], preds[pi]) for gi, pi in pairs]
        tp += len(matched)
        fn += len(rep.events) - len(matched)
        fp += len(preds) - len(matched)
        for gi, g in enumerate(rep.events):
            if gi not in used_g:
                misses.append(Miss(rep.id, "missed", "event", _brief(g), [_brief(p) for p in preds], rep.text[:200]))
        for pi, p in enumerate(preds):
            if pi not in used_p:
                misses.append(Miss(rep.id, "spurious", "event", None, _brief(p), rep.text[:200]))
        for g, p in matched:
            _score_pair(rep, g, p, nm, field_hits, misses)
            _anatomy(g, p, preds, nm, anatomy)
        _event_anatomy(rep.events, preds, pairs, anatomy["event_f1"])
        tallies.append((len(matched), len(preds) - len(matched), len(rep.events) - len(matched),
                        {k: (sum(v[had[k]:]), len(v) - had[k]) for k, v in field_hits.items() if len(v) > had[k]}))
    scores: dict[str, float] = {"n_reports": len(reports), **_scores(tallies, list(field_hits))}
    order = {"missed": 0, "error": 0, "spurious": 1, "field": 2}
    misses.sort(key=lambda m: (order.get(m.kind, 3), m.field, m.report))
    return Result(scores={k: round(v, 4) for k, v in scores.items()}, misses=misses[:worst] if worst else misses,
                  counts={"gold_events": tp + fn, "predicted_events": tp + fp, "matched": tp,
                          **{f"n_{k}": len(v) for k, v in field_hits.items()}},
                  anatomy=anatomy, intervals=_bootstrap(tallies, list(field_hits), resamples) if resamples else {})


# one report's part of the scores: (matched, spurious, missed, {field metric: (sum of hits, pairs scored)})
_Tally = tuple[int, int, int, dict[str, tuple[float, int]]]


def _scores(tallies: list[_Tally], fields: list[str]) -> dict[str, float]:
    """Detection precision, recall and F1 over all records, and each field's mean over the pairs
    scored (1.0 where none was)."""
    tp = sum(t[0] for t in tallies)
    fp = sum(t[1] for t in tallies)
    fn = sum(t[2] for t in tallies)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {"event_precision": precision, "event_recall": recall, "event_f1": f1}
    for k in fields:
        hit = sum(t[3][k][0] for t in tallies if k in t[3])
        n = sum(t[3][k][1] for t in tallies if k in t[3])
        out[k] = hit / n if n else 1.0
    return out


def _bootstrap(tallies: list[_Tally], fields: list[str], resamples: int, seed: int = 0) -> dict[str, tuple[float, float]]:
    """95 % percentile intervals of every score over ``resamples`` draws of as many reports, with
    replacement (a report's events, hits and misses go together, as they are not independent). The
    draws are seeded, so the same corpus gives the same intervals."""
    if not tallies:
        return {}
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {}
    for _ in range(resamples):
        sample = [tallies[rng.randrange(len(tallies))] for _ in tallies]
        for k, v in _scores(sample, fields).items():
            draws.setdefault(k, []).append(v)
    out = {}
    for k, vs in draws.items():
        vs.sort()
        out[k] = (round(vs[int(0.025 * (len(vs) - 1))], 4), round(vs[int(math.ceil(0.975 * (len(vs) - 1)))], 4))
    return out


def _brief(e: dict[str, Any]) -> str:
    fat = (e.get("fatalities") or {}).get("best")
    return f"{e.get('event_type')}/{e.get('sub_event_type')} {e.get('start_date')} {e.get('location')} ({e.get('admin1')}) {e.get('actor1')} v {e.get('actor2')} killed={fat}"


def _score_pair(rep: GoldReport, g: dict[str, Any], p: dict[str, Any], nm: Normaliser,
                hits: dict[str, list[float]], misses: list[Miss]) -> None:
    def record(metric: str, ok: bool, gold: Any, pred: Any) -> None:
        hits[metric].append(1.0 if ok else 0.0)
        if not ok:
            misses.append(Miss(rep.id, "field", metric, gold, pred, rep.text[:200]))

    record("event_type_acc", g.get("event_type") == p.get("event_type"), g.get("event_type"), p.get("event_type"))
    if g.get("sub_event_type"):
        record("sub_event_type_acc", g.get("sub_event_type") == p.get("sub_event_type"), g.get("sub_event_type"), p.get("sub_event_type"))
    gf = (g.get("fatalities") or {}).get("best") if g.get("fatalities") is not None else None
    pf = (p.get("fatalities") or {}).get("best") if p.get("fatalities") is not None else None
    record("fatalities_exact", gf == pf, gf, pf)
    within = gf == pf or (gf is not None and pf is not None and abs(gf - pf) <= 0.1 * gf)
    hits["fatalities_within10"].append(1.0 if within else 0.0)
    gi = (g.get("injured") or {}).get("best") if g.get("injured") else None
    pi = (p.get("injured") or {}).get("best") if p.get("injured") else None
    if "injured" in g and (gi is not None or pi is not None):
        record("injured_exact", gi == pi, gi, pi)
    if g.get("latitude") is not None:
        km = record_km(g, p)
        record("location_25km", km is not None and km <= 25, f"{g.get('location')} {g.get('latitude')},{g.get('longitude')}",
               f"{p.get('location')} {p.get('latitude')},{p.get('longitude')}")
    if g.get("admin1"):
        record("admin1_exact", nm.admin1(g["admin1"], g.get("country")) == nm.admin1(p.get("admin1"), p.get("country")),
               g.get("admin1"), p.get("admin1"))
    record("start_date_exact", g.get("start_date") == p.get("start_date"), g.get("start_date"), p.get("start_date"))
    for side in ("actor1", "actor2"):
        ok = nm.actor(g.get(side)) == nm.actor(p.get(side))
        record("actor_match", ok, f"{side}={g.get(side)}", p.get(side))
    preds = [s["name"] for s in p.get("sources") or []]
    for s in g.get("sources") or []:
        record("sources_recall", nm.source_found(s, preds), s, preds)


def _named(record: dict[str, Any], nm: Normaliser) -> set[str]:
    """The actors a predicted event's sentences name, and its associated actors, normalised."""
    names = {a.get("name") for c in record.get("claims") or [] for a in c.get("actors") or []}
    names.update(record.get("assoc_actor_1") or [])
    names.update(record.get("assoc_actor_2") or [])
    return {nm.actor(n) for n in names if n}


def _figures(record: dict[str, Any], outcome: str) -> set[int]:
    return {t["best"] for c in record.get("claims") or [] for t in c.get("tolls") or []
            if t.get("outcome") == outcome and t.get("best") is not None}


def _anatomy(g: dict[str, Any], p: dict[str, Any], preds: list[dict[str, Any]], nm: Normaliser,
             out: dict[str, dict[str, int]]) -> None:
    """Sort a matched pair's actor sides and toll into the ANATOMY classes."""
    sides = out["actor_match"]
    named = _named(p, nm)
    for side, other in (("actor1", "actor2"), ("actor2", "actor1")):
        gold, pred = nm.actor(g.get(side)), nm.actor(p.get(side))
        if gold == pred:
            sides["right"] += 1
        elif not gold:
            sides["side_not_in_gold"] += 1
        elif gold == nm.actor(p.get(other)):
            sides["on_the_other_side"] += 1
        elif gold in named:
            sides["named_not_chosen"] += 1
        elif any(gold in _named(q, nm) for q in preds if q is not p):
            sides["named_in_another_event"] += 1
        else:
            sides["never_recognised"] += 1
    tolls = out["fatalities_exact"]
    gf = (g.get("fatalities") or {}).get("best")
    pf = (p.get("fatalities") or {}).get("best")
    if gf == pf:
        tolls["right"] += 1
    elif not gf:
        tolls["toll_where_gold_has_none"] += 1
    elif pf is None:
        tolls["no_toll_given"] += 1
    elif gf in _figures(p, "killed"):
        tolls["read_other_chosen"] += 1
    elif any(gf in _figures(q, "killed") for q in preds if q is not p):
        tolls["read_for_another_event"] += 1
    else:
        tolls["never_read"] += 1


def _near(g: dict[str, Any], p: dict[str, Any]) -> tuple[bool, bool, bool]:
    """Whether ``p`` agrees with gold ``g`` on (family, date within a day, place within 50 km),
    each alone; ``matches`` wants all three."""
    family, d, km = _agreement(g, p)
    return family, d is not None and d <= 1, km <= 50


def _event_anatomy(gold: list[dict[str, Any]], preds: list[dict[str, Any]], pairs: list[tuple[int, int]],
                   out: dict[str, int]) -> None:
    """Sort one report's unmatched gold events and unmatched records into the ANATOMY classes."""
    out["matched"] += len(pairs)
    used_g = {gi for gi, _pi in pairs}
    used_p = {pi for _gi, pi in pairs}
    free = [pi for pi in range(len(preds)) if pi not in used_p]
    counterparts: set[int] = set()
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        if not preds:
            out["missed_no_event_read"] += 1
            continue
        near = {pi: _near(g, preds[pi]) for pi in free}
        why = None
        for cls, want in (("missed_read_as_other_family", (False, True, True)),
                          ("missed_date_off", (True, False, True)), ("missed_place_off", (True, True, False))):
            hit = next((pi for pi, n in near.items() if n == want and pi not in counterparts), None)
            if hit is not None:
                why = cls
                counterparts.add(hit)
                break
        if why is None and any(matches(g, preds[pi]) is not None for pi in used_p):
            why = "missed_folded_into_another"
        out[why or "missed_nothing_close"] += 1
    for pi in free:
        if not gold:
            out["spurious_report_has_no_event"] += 1
        elif pi in counterparts:
            out["spurious_near_miss"] += 1
        elif any(matches(gold[gi], preds[pi]) is not None for gi in used_g):
            out["spurious_one_event_split"] += 1
        else:
            out["spurious_not_in_gold"] += 1


def format_anatomy(results: dict[str, Result]) -> str:
    """Where the actor and toll misses come from, per split, as counts."""
    names = list(results)
    lines = ["| where it comes from | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for f, classes in ANATOMY.items():
        for k in classes:
            lines.append(f"| {f}: {k} | " + " | ".join(str(results[n].anatomy.get(f, {}).get(k, 0)) for n in names) + " |")
    return "\n".join(lines)


def format_table(results: dict[str, Result]) -> str:
    """The scores per split, with each one's 95 % interval beside it where it was computed."""
    names = list(results)
    lines = ["| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for m in METRICS:
        vals = []
        for n in names:
            v = results[n].scores.get(m)
            cell = str(int(v)) if m == "n_reports" and v is not None else f"{v:.3f}" if v is not None else "-"
            if (iv := results[n].intervals.get(m)) is not None:
                cell += f" [{iv[0]:.3f}, {iv[1]:.3f}]"
            vals.append(cell)
        lines.append(f"| {m} | " + " | ".join(vals) + " |")
    return "\n".join(lines)


def format_misses(result: Result) -> str:
    out = []
    for m in result.misses:
        if m.kind == "field":
            out.append(f"- [{m.report}] {m.field}: gold={m.gold!r} predicted={m.predicted!r}\n    {m.text[:160]!r}")
        elif m.kind == "missed":
            out.append(f"- [{m.report}] MISSED {m.gold}\n    predicted: {m.predicted}\n    {m.text[:160]!r}")
        else:
            out.append(f"- [{m.report}] {m.kind.upper()} {m.predicted}\n    {m.text[:160]!r}")
    return "\n".join(out)


def default_scenario() -> Path | None:
    p = default_corpus().parent / "scenario"
    return p if (p / "reports.jsonl").exists() and (p / "expected.json").exists() else None


def evaluate_reconciliation(folder: Path) -> dict[str, float]:
    """Ingest a scenario's reports into a scratch store, reconcile, and score the events after
    reconciliation against ``expected.json``: how many events, how many match (type family,
    date within a day, 50 km), tolls exact, and whether summed fatalities equal the gold sum
    (no double counting across reports of one event)."""
    from .ingest import ingest
    from .read import read
    from .store import Store

    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    with Store(":memory:") as store:
        ingest(read([folder / "reports.jsonl"]), store)
        got = list(store.events())
    pairs = pair_events(expected, got)
    exact = 0
    for gi, pi in pairs:
        gb = (expected[gi].get("fatalities") or {}).get("best")
        pb = (got[pi].get("fatalities") or {}).get("best")
        exact += gb == pb
    gold_sum = sum((e.get("fatalities") or {}).get("best") or 0 for e in expected)
    pred_sum = sum((e.get("fatalities") or {}).get("best") or 0 for e in got)
    return {
        "reconciled_events_expected": len(expected), "reconciled_events": len(got),
        "reconciled_matched": len(pairs), "reconciled_fatalities_exact": round(exact / len(expected), 4) if expected else 1.0,
        "reconciled_fatalities_sum_gold": gold_sum, "reconciled_fatalities_sum": pred_sum,
    }


RATCHET = "ratchet.json"


def ratchet_path() -> Path:
    return default_corpus().parent / RATCHET


def check_ratchet(split: str, scores: dict[str, float], path: Path | None = None) -> list[str]:
    """Fields that fell below the stored floor (empty when all hold)."""
    p = path or ratchet_path()
    if not p.exists():
        return []
    floor = json.loads(p.read_text()).get(split, {})
    return [f"{k}: {scores.get(k, 0):.4f} < floor {v:.4f}" for k, v in floor.items()
            if k != "n_reports" and scores.get(k, 0) + 1e-9 < v]


def raise_ratchet(split: str, scores: dict[str, float], path: Path | None = None) -> dict[str, float]:
    """Raise the stored floor to ``scores`` where they are higher; never lowers a floor."""
    p = path or ratchet_path()
    data = json.loads(p.read_text()) if p.exists() else {}
    floor = data.get(split, {})
    for k in METRICS:
        if k == "n_reports":
            continue
        # rounded down: a floor rounded up past the score it came from would fail at once
        floor[k] = max(floor.get(k, 0.0), math.floor(scores.get(k, 0.0) * 10000) / 10000)
    data[split] = floor
    p.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    return floor

"""Exports: JSON Lines, JSON, ACLED-style CSV, UCDP-style CSV, GeoJSON.

All exporters take event records (the output contract) and write to a text stream, lazily,
so an export of a large store never holds it in memory at once (JSON excepted).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

FORMATS = ("jsonl", "json", "csv", "acled-csv", "ucdp-csv", "geojson")

# ACLED's export columns (the ones sitrep can fill); extra sitrep columns follow them.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
SITREP_COLUMNS = ["fatalities_low", "fatalities_high", "injured_best", "end_date", "publishers", "n_articles"]
UCDP_COLUMNS = [
    "id", "year", "type_of_violence", "side_a", "side_b", "source_article", "source_office",
    "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "country",
    "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "best", "high", "low",
]
_INTER = {  # ACLED interaction codes by actor kind
    "state forces": 1, "rebel group": 2, "political militia": 3, "identity militia": 4,
    "rioters": 5, "protesters": 6, "civilians": 7, "external forces": 8, "other": 8,
}
_DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}


def _inter(actor: str | None) -> int | str:
    if not actor:
        return ""
    if actor.startswith("Civilians"):
        return 7
    if actor.startswith("Protesters"):
        return 6
    if actor.startswith("Rioters"):
        return 5
    if actor.startswith(("Military Forces of", "Police Forces of")):
        return 1
    from .pipeline.actors import shared

    d = shared()
    i = d.by_name.get(actor)
    if i is None:
        return 3 if actor.startswith("Unidentified") else ""
    return _INTER.get(d.actors[i].kind, 8)


def acled_row(r: dict[str, Any]) -> dict[str, Any]:
    fat = r.get("fatalities") or {}
    i1, i2 = _inter(r.get("actor1")), _inter(r.get("actor2"))
    interaction: int | str = ""
    if isinstance(i1, int):
        interaction = int(f"{min(i1, i2)}{max(i1, i2)}") if isinstance(i2, int) else i1 * 10
    return {
        "event_id_cnty": r["event_id"], "event_date": r.get("start_date") or "",
        "year": (r.get("start_date") or "")[:4], "time_precision": r.get("time_precision") or "",
        "disorder_type": _DISORDER.get(r["event_type"], ""), "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"], "actor1": r.get("actor1") or "",
        "assoc_actor_1": "; ".join(r.get("assoc_actor_1") or []), "inter1": i1,
        "actor2": r.get("actor2") or "", "assoc_actor_2": "; ".join(r.get("assoc_actor_2") or []),
        "inter2": i2, "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if (r.get("actor2") or "").startswith("Civilians") else "",
        "iso": r.get("iso3") or "", "region": "", "country": r.get("country") or "",
        "admin1": r.get("admin1") or "", "admin2": r.get("admin2") or "", "admin3": "",
        "location": r.get("location") or "", "latitude": r.get("latitude") if r.get("latitude") is not None else "",
        "longitude": r.get("longitude") if r.get("longitude") is not None else "",
        "geo_precision": r.get("geo_precision") or "",
        "source": "; ".join(s["name"] for s in r.get("sources") or []),
        "source_scale": "", "notes": r.get("notes") or "",
        "fatalities": fat.get("best", 0) if fat else 0, "tags": "", "timestamp": "",
        "fatalities_low": fat.get("low", "") if fat else "", "fatalities_high": fat.get("high", "") if fat else "",
        "injured_best": (r.get("injured") or {}).get("best", ""), "end_date": r.get("end_date") or "",
        "publishers": "; ".join(r.get("publishers") or []), "n_articles": len(r.get("article_ids") or []),
    }


def ucdp_row(r: dict[str, Any]) -> dict[str, Any]:
    fat = r.get("fatalities") or {"low": 0, "best": 0, "high": 0}
    by = {p["actor"]: p["best"] for p in r.get("fatalities_by_party") or []}
    a, b = r.get("actor1"), r.get("actor2")
    civ = sum(v for k, v in by.items() if k.startswith("Civilians"))
    da, db = by.get(a or "", 0), by.get(b or "", 0)
    tov = 3 if (b or "").startswith("Civilians") else (1 if (a or "").startswith("Military Forces") or (b or "").startswith("Military Forces") else 2)
    return {
        "id": r["event_id"], "year": (r.get("start_date") or "")[:4], "type_of_violence": tov,
        "side_a": a or "", "side_b": b or "", "source_article": "; ".join(r.get("publishers") or []),
        "source_office": "; ".join(s["name"] for s in r.get("sources") or []),
        "where_prec": {1: 1, 2: 2, 3: 4}.get(r.get("geo_precision") or 0, 6),
        "where_coordinates": r.get("location") or "", "adm_1": r.get("admin1") or "", "adm_2": r.get("admin2") or "",
        "latitude": r.get("latitude") if r.get("latitude") is not None else "",
        "longitude": r.get("longitude") if r.get("longitude") is not None else "",
        "country": r.get("country") or "", "date_prec": {1: 1, 2: 3, 3: 4}.get(r.get("time_precision") or 0, 5),
        "date_start": r.get("start_date") or "", "date_end": r.get("end_date") or r.get("start_date") or "",
        "deaths_a": da, "deaths_b": db, "deaths_civilians": civ,
        "deaths_unknown": max(0, fat["best"] - da - db - civ) if by else fat["best"],
        "best": fat["best"], "high": fat["high"], "low": fat["low"],
    }


def write(records: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write records in ``fmt``; returns how many were written."""
    n = 0
    if fmt == "jsonl":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        rs = list(records)
        json.dump(rs, out, ensure_ascii=False, indent=2)
        out.write("\n")
        n = len(rs)
    elif fmt in ("csv", "acled-csv"):
        w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + SITREP_COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in records:
            w.writerow(acled_row(r))
            n += 1
    elif fmt == "ucdp-csv":
        w = csv.DictWriter(out, fieldnames=UCDP_COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in records:
            w.writerow(ucdp_row(r))
            n += 1
    elif fmt == "geojson":
        out.write('{"type": "FeatureCollection", "features": [\n')
        first = True
        for r in records:
            if r.get("latitude") is None or r.get("longitude") is None:
                continue
            props = {k: v for k, v in r.items() if k not in ("claims", "revisions")}
            feat = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
                    "properties": props}
            out.write(("" if first else ",\n") + json.dumps(feat, ensure_ascii=False))
            first = False
            n += 1
        out.write("\n]}\n")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return n

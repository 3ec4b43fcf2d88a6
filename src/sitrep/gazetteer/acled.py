"""Learn places from an ACLED (or UCDP GED) export the user already holds.

Most villages where events happen are missing from cities500, but ACLED exports carry every
coded location with its first-level division and coordinates. Importing one adds those
locations to the index, so the next report that names them is geocoded to the same point
ACLED used. Columns read: ``location`` (UCDP: ``where_coordinates``), ``latitude``,
``longitude``, ``country``, and ``admin1`` (UCDP: ``adm_1``) when present. Rows without
coordinates are skipped; a location seen many times is imported once.
"""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ..errors import GeocodingError
from .index import _name_rows
from .names import norm


def _place_id(location: str, cc: str) -> int:
    """A stable id that cannot collide with a GeoNames id (those are positive)."""
    return -int(hashlib.sha1(f"{cc}|{norm(location)}".encode()).hexdigest()[:12], 16)


def import_acled(path: Path, index: Path, *, progress: Callable[[str], None] | None = None) -> int:
    say = progress or (lambda _m: None)
    con = sqlite3.connect(index)
    try:
        countries = {norm(name): cc for cc, name in con.execute("SELECT cc, name FROM countries")}
        from ..pipeline.places import country_terms

        countries.update({norm(t): cc for t, cc in country_terms().items()})
        admin1 = {(cc, norm(name)): code for cc, code, name in con.execute("SELECT cc, code, name FROM admin1")}
        for key, cc, code in con.execute(
            "SELECT n.key, p.cc, p.admin1 FROM names n JOIN places p ON p.id = n.place WHERE p.feature='admin1' AND n.kind=0"
        ):
            admin1.setdefault((cc, key), code)
        seen: set[int] = set()
        places, names = [], []
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            cols = set(reader.fieldnames or [])
            loc_col = "location" if "location" in cols else "where_coordinates"
            adm_col = "admin1" if "admin1" in cols else "adm_1"
            if not {loc_col, "latitude", "longitude", "country"} <= cols:
                raise GeocodingError("acled_format", path=str(path),
                                     detail=f"missing columns; found {', '.join(sorted(cols))[:120]}")
            for row in reader:
                try:
                    lat, lon = float(row["latitude"]), float(row["longitude"])
                except (TypeError, ValueError):
                    continue
                location = (row.get(loc_col) or "").split(",")[0].strip()
                cc = countries.get(norm(row.get("country") or ""))
                if not location or not cc:
                    continue
                pid = _place_id(location, cc)
                if pid in seen:
                    continue
                seen.add(pid)
                code = admin1.get((cc, norm(row.get(adm_col) or "")))
                places.append((pid, location, lat, lon, cc, code, None, 0, "place"))
                names.extend(_name_rows(pid, [location]))
        with con:
            con.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
            con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
        say(f"{len(places)} locations")
    except (OSError, UnicodeDecodeError, csv.Error, sqlite3.Error) as e:
        raise GeocodingError("acled_format", path=str(path), detail=str(e)) from None
    finally:
        con.close()
    from . import index as index_mod

    index_mod._shared.clear()
    return len(places)

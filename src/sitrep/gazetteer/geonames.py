"""Import a GeoNames dump (SY.zip, allCountries.zip, or the .txt inside) into the index.

Dumps: https://download.geonames.org/export/dump/ (CC BY 4.0). Format: tab-separated, 19
columns: geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
feature code, country code, cc2, admin1, admin2, admin3, admin4, population, elevation, dem,
timezone, modification date. Populated places (class P) are imported; so are first-level
divisions (A/ADM1) that the index lacks. Re-importing the same file changes nothing.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import GeocodingError
from .index import _name_rows

BATCH = 20_000


def _lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not names:
                raise GeocodingError("geonames_format", path=str(path), detail="no .txt inside the zip")
            with z.open(names[0]) as fh:
                yield from io.TextIOWrapper(fh, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            yield from fh


def import_dump(path: Path, index: Path, *, progress: Callable[[str], None] | None = None) -> int:
    say = progress or (lambda _m: None)
    con = sqlite3.connect(index)
    n = 0
    places: list[tuple] = []
    names: list[tuple[str, int, int]] = []
    try:
        for lineno, line in enumerate(_lines(path), 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 19:
                raise GeocodingError("geonames_format", path=str(path), detail=f"line {lineno} has {len(cols)} columns, not 19")
            if cols[6] != "P":  # feature class: populated places only
                continue
            try:
                gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
                pop = int(cols[14] or 0)
            except ValueError as e:
                raise GeocodingError("geonames_format", path=str(path), detail=f"line {lineno}: {e}") from None
            places.append((gid, cols[1], lat, lon, cols[8], cols[10] or None, cols[11] or None, pop, "place"))
            alts = [a for a in cols[3].split(",") if a]
            names.extend(_name_rows(gid, [cols[1], cols[2], *alts]))
            n += 1
            if len(places) >= BATCH:
                _flush(con, places, names)
                say(f"{n} places")
        _flush(con, places, names)
        con.commit()
    except UnicodeDecodeError as e:
        raise GeocodingError("geonames_format", path=str(path), detail=f"not UTF-8 ({e.reason})") from None
    except zipfile.BadZipFile as e:
        raise GeocodingError("geonames_format", path=str(path), detail=str(e)) from None
    finally:
        con.close()
    from . import index as index_mod

    index_mod._shared.clear()
    return n


def _flush(con: sqlite3.Connection, places: list[tuple], names: list[tuple[str, int, int]]) -> None:
    # places already in the index keep their row (cities500 and a dump agree on ids)
    con.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
    places.clear()
    names.clear()

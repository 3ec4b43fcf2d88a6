"""The SQLite store: idempotent adds, whole-article transactions, atomic event swaps, lookups."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import article
from sitrep import store as store_mod
from sitrep.errors import StorageError
from sitrep.pipeline import extract
from sitrep.reconcile import Thresholds, reconcile
from sitrep.store import SCHEMA_VERSION, Store

JABALIA = (
    "Israeli airstrikes on the Jabalia refugee camp in northern Gaza killed at least 35 people on "
    "Saturday, the Gaza health ministry said.\n"
    "The Israeli military said it had struck Hamas militants operating from a school compound in "
    "the camp."
)


@pytest.fixture
def seed(seed_article, resources):
    return seed_article, extract(seed_article, resources=resources)


@pytest.fixture
def jabalia(resources):
    a = article(JABALIA, published="2024-10-20", publisher="Reuters")
    return a, extract(a, resources=resources)


@pytest.fixture(params=["memory", "file"])
def store(request, tmp_path):
    s = Store(":memory:" if request.param == "memory" else tmp_path / "sub" / "sitrep.db")
    yield s
    s.close()


def test_add_stores_the_article_and_its_events(store, seed):
    art, events = seed
    assert len(events) == 1
    assert store.add(art, events) is True
    assert store.has_article(art.id)
    assert store.counts() == {"articles": 1, "raw_events": 1, "events": 0}
    row = store.article(art.id)
    assert row["publisher"] == "ANA-MPA" and row["published"] == "2024-11-28"
    assert row["body"] == art.body and row["n_events"] == 1 and row["duplicate_of"] is None
    assert row["content_hash"] == art.content_hash
    [raw] = store.raw_events()
    assert raw["event_id"] == events[0].event_id
    assert raw["published"] == "2024-11-28"
    assert raw["fatalities"]["best"] == 132


def test_add_is_idempotent(store, seed):
    art, events = seed
    assert store.add(art, events) is True
    before = store.counts()
    assert store.add(art, events) is False
    assert store.add(art, []) is False  # even with other events: the stored copy stands
    assert store.counts() == before == {"articles": 1, "raw_events": 1, "events": 0}
    assert store.article(art.id)["n_events"] == 1


def test_same_text_from_another_publisher_is_another_article(store, seed, resources):
    art, events = seed
    store.add(art, events)
    copy = article(art.body, published="2024-11-28", publisher="AFP")
    assert copy.id != art.id and copy.content_hash == art.content_hash
    assert store.find_by_hash(copy.content_hash) == art.id
    assert store.add(copy, extract(copy, resources=resources), duplicate_of=art.id) is True
    assert store.counts()["articles"] == 2
    assert store.article(copy.id)["duplicate_of"] == art.id


def test_article_with_no_events(store):
    a = article("Heavy rain is expected across southern England on Thursday, the Met Office said.")
    assert store.add(a, []) is True
    assert store.article(a.id)["n_events"] == 0
    assert store.counts() == {"articles": 1, "raw_events": 0, "events": 0}
    assert store.article("0000000000000000") is None


def test_minhash_is_kept_with_the_article(store, seed):
    art, events = seed
    sig = bytes(range(64))
    store.add(art, events, minhash=sig)
    assert list(store.minhashes()) == [(art.id, sig)]


# --------------------------------------------------------------------------------------------
# failures leave no half-written article


def test_a_failing_database_write_raises_storage_error_and_keeps_nothing(store, seed):
    art, events = seed
    # the raw-event insert fails inside the article's transaction, as a full disk would
    store.con.execute("CREATE TRIGGER no_room BEFORE INSERT ON raw_events "
                      "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    with pytest.raises(StorageError) as ei:
        store.add(art, events)
    e = ei.value
    assert e.code == "store_write" and e.exit_code == 6
    assert str(e) == f"{store.path}: writing failed (database or disk is full); nothing from this batch was stored."
    assert not store.has_article(art.id)
    assert store.article(art.id) is None
    assert store.counts() == {"articles": 0, "raw_events": 0, "events": 0}
    # once the cause is gone, the same article goes in whole
    store.con.execute("DROP TRIGGER no_room")
    assert store.add(art, events) is True
    assert store.counts()["raw_events"] == 1


def test_a_record_that_cannot_be_serialised_leaves_no_article(store, seed, monkeypatch):
    art, events = seed
    monkeypatch.setattr(store_mod, "_with_published", lambda e: {"event_id": e.event_id, "bad": object()})
    with pytest.raises((StorageError, TypeError)):
        store.add(art, events)
    assert store.article(art.id) is None
    assert store.counts()["articles"] == 0


def test_a_record_that_cannot_be_serialised_is_a_storage_error(store, seed, monkeypatch):
    art, events = seed
    monkeypatch.setattr(store_mod, "_with_published", lambda e: {"event_id": e.event_id, "bad": object()})
    with pytest.raises(StorageError):
        store.add(art, events)


def test_adding_to_a_closed_store_is_a_storage_error(tmp_path, seed):
    art, events = seed
    s = Store(tmp_path / "closed.db")
    s.close()
    with pytest.raises(StorageError):
        s.add(art, events)


def test_a_failed_write_in_a_file_db_is_not_visible_after_reopening(tmp_path, seed, jabalia):
    path = tmp_path / "s.db"
    art, events = seed
    with Store(path) as s:
        s.add(*jabalia)
        s.con.execute("CREATE TRIGGER no_room BEFORE INSERT ON raw_events "
                      f"WHEN NEW.article_id = '{art.id}' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
        with pytest.raises(StorageError):
            s.add(art, events)
    with Store(path) as s:
        assert s.has_article(jabalia[0].id)
        assert not s.has_article(art.id)
        assert s.counts() == {"articles": 1, "raw_events": 1, "events": 0}


# --------------------------------------------------------------------------------------------
# reconciled events


def _reconciled(store):
    return reconcile(store.raw_events(), Thresholds())


def test_replace_events_swaps_in_the_reconciled_events(store, seed, jabalia):
    store.add(*seed)
    store.add(*jabalia)
    recs = _reconciled(store)
    assert store.replace_events(recs) == 2
    got = list(store.events())
    assert [r["start_date"] for r in got] == sorted(r["start_date"] for r in got)  # by date
    assert {r["location"] for r in got} == {"Aleppo", "Jabalya"}
    # replacing again is a swap, not an append
    assert store.replace_events(recs) == 2
    assert store.counts()["events"] == 2
    assert store.replace_events([]) == 0
    assert list(store.events()) == []


def test_replace_events_is_atomic(store, seed, jabalia):
    store.add(*seed)
    store.add(*jabalia)
    recs = _reconciled(store)
    store.replace_events(recs[:1])
    before = list(store.events())
    # two records with one id: the second insert fails after the old rows were deleted
    with pytest.raises(StorageError) as ei:
        store.replace_events([recs[1], recs[1]])
    assert ei.value.code == "store_write"
    assert list(store.events()) == before  # the delete was rolled back with the insert


def test_event_finds_raw_and_reconciled_events(store, seed, jabalia):
    art, events = seed
    store.add(art, events)
    store.add(*jabalia)
    raw_id = events[0].event_id
    raw = store.event(raw_id)  # not reconciled yet: the raw record
    assert raw is not None and raw["event_id"] == raw_id
    assert raw["published"] == "2024-11-28" and "merged_from" not in raw
    recs = _reconciled(store)
    store.replace_events(recs)
    for r in recs:
        got = store.event(r["event_id"])
        assert got is not None and "merged_from" in got  # the reconciled record wins
        assert got["fatalities"] == r["fatalities"]
    aleppo = next(r for r in recs if r["location"] == "Aleppo")
    assert store.event(aleppo["event_id"])["article_ids"] == [art.id]
    assert store.event("SR000000000000") is None


def test_event_falls_back_to_a_raw_event_merged_under_another_id(store, seed):
    art, events = seed
    store.add(art, events)
    [rec] = _reconciled(store)
    renamed = dict(rec, event_id="SRMERGED000001")
    store.replace_events([renamed])
    assert store.event("SRMERGED000001")["merged_from"] == rec["merged_from"]
    assert store.event(events[0].event_id)["published"] == "2024-11-28"  # the raw one


# --------------------------------------------------------------------------------------------
# files


def test_reopening_a_file_db_keeps_everything(tmp_path, seed, jabalia):
    path = tmp_path / "nested" / "dir" / "sitrep.db"
    with Store(path) as s:
        s.add(*seed)
        s.add(*jabalia, minhash=b"\x01" * 256)
        s.replace_events(_reconciled(s))
        counts = s.counts()
        events = list(s.events())
    assert path.is_file()
    with Store(path) as s:
        assert s.counts() == counts == {"articles": 2, "raw_events": 2, "events": 2}
        assert list(s.events()) == events
        assert s.has_article(seed[0].id) and s.has_article(jabalia[0].id)
        assert s.add(*seed) is False
        assert dict(s.minhashes()) == {jabalia[0].id: b"\x01" * 256}
        assert s.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_memory_stores_are_independent(seed):
    with Store(":memory:") as a, Store(":memory:") as b:
        a.add(*seed)
        assert b.counts()["articles"] == 0


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Shelling hit Kherson overnight, wounding two people.\n" * 200)
    with pytest.raises(StorageError) as ei:
        Store(path)
    assert ei.value.code == "store_open" and ei.value.exit_code == 6
    assert str(ei.value).startswith(f"{path}: cannot open the database (")


def test_a_database_from_a_newer_sitrep(tmp_path):
    path = tmp_path / "future.db"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(StorageError) as ei:
        Store(path)
    assert ei.value.code == "store_open"
    assert f"schema version {SCHEMA_VERSION + 1} is newer than this sitrep" in str(ei.value)

"""The store: SQLite by default (a file, ``sitrep.db``). Nothing else in sitrep touches SQL.

Tables: ``articles`` (one row per copy received, keyed by the article id), ``raw_events``
(what extraction read from each article), and ``events`` (the reconciled events, rebuilt from
``raw_events`` by ``reconcile``). Each article is written in one transaction together with its
raw events, so an interrupted ingest leaves whole articles or nothing, and re-ingesting an
article already stored changes nothing. ``PRAGMA user_version`` carries the schema version.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import StorageError
from .model import Article, Event

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  url TEXT, publisher TEXT, published TEXT, title TEXT, origin TEXT,
  language TEXT, body TEXT NOT NULL,
  n_events INTEGER NOT NULL,
  duplicate_of TEXT,              -- an earlier article with the same or nearly the same text
  ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
CREATE TABLE IF NOT EXISTS raw_events (
  event_id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  start_date TEXT, event_type TEXT, record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS raw_events_article ON raw_events (article_id);
CREATE TABLE IF NOT EXISTS events (
  event_id TEXT PRIMARY KEY,
  event_type TEXT, sub_event_type TEXT, start_date TEXT, country TEXT, admin1 TEXT,
  location TEXT, fatalities_best INTEGER, n_articles INTEGER,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events (start_date);
CREATE TABLE IF NOT EXISTS minhashes (article_id TEXT PRIMARY KEY, signature BLOB NOT NULL);
"""


class Store:
    """An open sitrep database. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | os.PathLike[str] = "sitrep.db") -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.con = sqlite3.connect(self.path)
            self.con.execute("PRAGMA journal_mode=WAL" if self.path != ":memory:" else "PRAGMA journal_mode=MEMORY")
            self.con.execute("PRAGMA synchronous=NORMAL")
            version = self.con.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise StorageError("store_open", path=self.path, detail=f"schema version {version} is newer than this sitrep")
            self.con.executescript(SCHEMA)
            self.con.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self.con.commit()
        except sqlite3.DatabaseError as e:
            raise StorageError("store_open", path=self.path, detail=str(e)) from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # articles -----------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def find_by_hash(self, content_hash: str) -> str | None:
        row = self.con.execute("SELECT id FROM articles WHERE content_hash=? ORDER BY ingested_at LIMIT 1", (content_hash,)).fetchone()
        return row[0] if row else None

    def add(self, article: Article, events: list[Event], *, duplicate_of: str | None = None,
            minhash: bytes | None = None) -> bool:
        """Store an article with its events in one transaction; False if it was already stored."""
        try:
            if self.has_article(article.id):
                return False
            with self.con:
                self.con.execute(
                    "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article.id, article.content_hash, article.url, article.publisher,
                     article.published.isoformat() if article.published else None, article.title,
                     article.origin, article.language, article.body, len(events), duplicate_of,
                     dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
                )
                self.con.executemany(
                    "INSERT OR REPLACE INTO raw_events VALUES (?,?,?,?,?)",
                    [(e.event_id, article.id, e.start_date.isoformat() if e.start_date else None, e.event_type,
                      json.dumps(_with_published(e), ensure_ascii=False)) for e in events],
                )
                if minhash is not None:
                    self.con.execute("INSERT OR REPLACE INTO minhashes VALUES (?,?)", (article.id, minhash))
        except (sqlite3.Error, TypeError, ValueError) as e:  # the transaction was rolled back whole
            detail = str(e) if isinstance(e, sqlite3.Error) else f"{type(e).__name__}: {e}"
            raise StorageError("store_write", path=self.path, detail=detail) from None
        return True

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        yield from self.con.execute("SELECT article_id, signature FROM minhashes")

    def article(self, article_id: str) -> dict[str, Any] | None:
        cur = self.con.execute("SELECT * FROM articles WHERE id=?", (article_id,))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cur.description], row, strict=True))

    def counts(self) -> dict[str, int]:
        q = self.con.execute
        return {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "raw_events": q("SELECT count(*) FROM raw_events").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
        }

    # events -------------------------------------------------------------------------------
    def raw_events(self) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.con.execute("SELECT record FROM raw_events ORDER BY start_date, event_id")]

    def replace_events(self, records: Iterable[dict[str, Any]]) -> int:
        """Swap in the reconciled events, atomically."""
        rows = [
            (r["event_id"], r["event_type"], r["sub_event_type"], r["start_date"], r["country"], r["admin1"],
             r["location"], (r["fatalities"] or {}).get("best"), len(r.get("article_ids") or []),
             json.dumps(r, ensure_ascii=False))
            for r in records
        ]
        try:
            with self.con:
                self.con.execute("DELETE FROM events")
                self.con.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        except sqlite3.DatabaseError as e:
            raise StorageError("store_write", path=self.path, detail=str(e)) from None
        return len(rows)

    def events(self) -> Iterator[dict[str, Any]]:
        for (rec,) in self.con.execute("SELECT record FROM events ORDER BY start_date, event_id"):
            yield json.loads(rec)

    def event(self, event_id: str) -> dict[str, Any] | None:
        row = self.con.execute("SELECT record FROM events WHERE event_id=?", (event_id,)).fetchone()
        if row is None:
            row = self.con.execute("SELECT record FROM raw_events WHERE event_id=?", (event_id,)).fetchone()
        return json.loads(row[0]) if row else None


def _with_published(e: Event) -> dict[str, Any]:
    r = e.to_record()
    r["published"] = e.published.isoformat() if e.published else None
    return r

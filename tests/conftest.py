"""Shared fixtures: the gazetteer index is built once per machine (about 20 s) and reused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.model import Article
from sitrep.pipeline import Resources
from sitrep.read import make_article

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed" / "ana-mpa-aleppo-2024-11-28.txt"


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources.default()


@pytest.fixture(scope="session")
def gazetteer(resources: Resources):
    return resources.gazetteer


@pytest.fixture(scope="session")
def actor_dict(resources: Resources):
    return resources.actors


@pytest.fixture
def seed_article() -> Article:
    return make_article(SEED.read_text(encoding="utf-8"), published=dt.date(2024, 11, 28), publisher="ANA-MPA")


def article(text: str, published: str | None = "2024-11-28", publisher: str | None = "AFP") -> Article:
    return make_article(text, published=dt.date.fromisoformat(published) if published else None, publisher=publisher)

"""Fixtures for the tips core: a migrated database (SQLite, or PostgreSQL in CI), a fake clock, a service."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.kb.model import Entry, Source
from bot.kb.service import KnowledgeService
from bot.permissions import Actor, Level
from bot.settings import Settings
from bot.store.engine import Database, open_database
from bot.tips.model import Reporter, TipForm
from bot.tips.service import TipService
from tests.dbfixtures import database_url  # noqa: F401  (per-test URL: SQLite file or PostgreSQL)

MEMBER = Reporter(user_id=111111111111111111, display_name="Quiet Observer")
MOD = Actor(user_id=222222222222222222, level=Level.MODERATOR, display_name="mod-ana")
MOD2 = Actor(user_id=333333333333333333, level=Level.MODERATOR, display_name="mod-ben")
NOBODY = Actor(user_id=444444444444444444, level=Level.MEMBER, display_name="member")


def form(**kw: str) -> TipForm:
    base = {
        "what": "A contract for a city-wide facial recognition system was signed in March.",
        "vendor": "Acme Vision",
        "country": "Examplestan",
        "when": "March 2025",
        "source": "https://news.example.org/acme-contract",
        "extra": "",
    }
    base.update(kw)
    return TipForm(**base)


def kb_entries() -> list[Entry]:
    return [
        Entry(
            id="idemia",
            kind="vendor",
            title="IDEMIA (formerly Morpho)",
            aliases=["Morpho", "OT-Morpho"],
            summary="French biometrics company that supplied identification systems.",
            status="established",
            countries=["France", "China"],
            sources=[Source(publisher="Amnesty", title="Report", date="2020")],
            last_reviewed="2026-01-01",
        )
    ]


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per session; each test gets a copy (migrating ~150 tests is slow)."""
    import asyncio

    path = tmp_path_factory.mktemp("tips-template") / "template.db"

    async def build() -> None:
        database = await open_database(f"sqlite+aiosqlite:///{path}")
        await database.dispose()

    asyncio.run(build())
    return path


@pytest.fixture
async def db(database_url: str, migrated_sqlite: Path) -> AsyncIterator[Database]:  # noqa: F811
    """A migrated database: a copy of the template on SQLite, a fresh one on PostgreSQL (CI)."""
    if database_url.startswith("sqlite"):
        shutil.copyfile(migrated_sqlite, database_url.split(":///", 1)[1])
        database = await open_database(database_url, run_migrations=False)
    else:
        database = await open_database(database_url)
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        tip_cooldown_seconds=0,
        tip_max_open_per_member=0,
        tip_min_length=30,
        knowledge_dir=tmp_path / "knowledge",
        drafts_dir=tmp_path / "drafts",
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def tips(db: Database, settings: Settings, clock: FakeClock) -> TipService:
    return TipService(db, settings, clock, KnowledgeService.from_entries(kb_entries()))

"""Database fixtures shared by the whole suite, for SQLite and PostgreSQL alike.

By default each test gets its own SQLite file. With `TEST_DATABASE_URL` set to a PostgreSQL
server (as `.ci/run` does for its second pass), each test gets a fresh database on that server,
dropped afterwards, so the same tests prove both backends.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.store.engine import Database, open_database

POSTGRES_URL_ENV = "TEST_DATABASE_URL"


def postgres_admin_url() -> str | None:
    url = os.environ.get(POSTGRES_URL_ENV, "").strip()
    return url or None


def _dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


async def create_postgres_database(admin_url: str) -> str:
    """Create an empty database named for one test and return its SQLAlchemy URL."""
    import asyncpg

    name = f"ew_test_{uuid.uuid4().hex[:12]}"
    conn = await asyncpg.connect(_dsn(admin_url))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    base = admin_url.rsplit("/", 1)[0]
    return f"{base}/{name}"


async def drop_postgres_database(admin_url: str, url: str) -> None:
    import asyncpg

    name = url.rsplit("/", 1)[1]
    conn = await asyncpg.connect(_dsn(admin_url))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


@pytest.fixture
async def database_url(tmp_path: Path) -> AsyncIterator[str]:
    """A URL to an empty database of the backend under test."""
    admin = postgres_admin_url()
    if admin is None:
        yield f"sqlite+aiosqlite:///{tmp_path / 'exportwatch.db'}"
        return
    url = await create_postgres_database(admin)
    try:
        yield url
    finally:
        await drop_postgres_database(admin, url)


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    """An open, migrated database."""
    database = await open_database(database_url)
    try:
        yield database
    finally:
        await database.dispose()

"""The async database engine and sessions, SQLite by default and PostgreSQL via `DATABASE_URL`.

The schema is only ever changed by Alembic; `open_database` brings it up to date at start so the
bot, the CLI and the tests always run against the current schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.store.urls import engine_args

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# An arbitrary constant: PostgreSQL advisory lock that serialises migrations across processes.
_MIGRATION_LOCK_ID = 0x45585057


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Create the engine with settings that suit each backend.

    `hide_parameters` keeps statement values (a tip's text, a question) out of database errors,
    which end up in logs.
    """
    kwargs.setdefault("hide_parameters", True)
    sa_url, connect_args = engine_args(url)  # ?sslmode=, ?mode=ro... in the drivers' own terms
    if is_sqlite(url):
        engine = create_async_engine(sa_url, connect_args={"timeout": 30, **connect_args}, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            # WAL lets readers work while a tip is written; foreign keys are off by default in SQLite.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 20)
    return create_async_engine(sa_url, connect_args=connect_args, **kwargs)


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _upgrade(connection: Connection, revision: str) -> None:
    if connection.dialect.name == "postgresql":
        # Several bot processes may start together; only one may migrate at a time.
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK_ID})
    command.upgrade(alembic_config(connection), revision)


def _downgrade(connection: Connection, revision: str) -> None:
    command.downgrade(alembic_config(connection), revision)


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema to `revision` (Alembic runs synchronously on the async connection)."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(_downgrade, revision)


@dataclass
class Database:
    """An engine and its session factory: the one handle the core's services take."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    async def dispose(self) -> None:
        await self.engine.dispose()


async def open_database(url: str, *, run_migrations: bool = True, **kwargs: Any) -> Database:
    """Connect, migrate to head, and return the handle the services share."""
    engine = make_engine(url, **kwargs)
    if run_migrations:
        try:
            await migrate(engine)
        except BaseException:
            await engine.dispose()  # no pool left behind when the database is unreachable
            raise
    return Database(engine, async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False))

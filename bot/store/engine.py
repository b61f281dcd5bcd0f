"""The async database engine and sessions, SQLite by default and PostgreSQL via `DATABASE_URL`.

The schema is only ever changed by Alembic; `open_database` brings it up to date at start so the
bot, the CLI and the tests always run against the current schema. Every way into the database
(`Database.sessions`, `.begin`, `.connect`, `open_database`) turns a lost or refused connection
into the one core error `StoreUnavailable`, so no service or face translates driver errors itself.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.errors import StoreUnavailable
from bot.store.urls import engine_args

_T = TypeVar("_T")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# An arbitrary constant: PostgreSQL advisory lock that serialises migrations across processes.
_MIGRATION_LOCK_ID = 0x45585057
# Database files hold tips and the ids of tipsters who asked to be contacted: owner only.
PRIVATE_MODE = 0o600

log = logging.getLogger(__name__)


def _driver_outages() -> tuple[type[BaseException], ...]:
    """asyncpg raises these at connect time untranslated (SQLAlchemy wraps only DB-API errors)."""
    try:
        from asyncpg import exceptions as pg
    except ImportError:  # pragma: no cover - asyncpg is a dependency, but SQLite needs none of it
        return ()
    return (pg.PostgresConnectionError, pg.CannotConnectNowError, pg.TooManyConnectionsError)


_DRIVER_OUTAGES = _driver_outages()
_OUTAGES: tuple[type[BaseException], ...] = (
    ConnectionError,
    TimeoutError,
    sa_exc.OperationalError,
    sa_exc.InterfaceError,
    sa_exc.TimeoutError,
    *_DRIVER_OUTAGES,
)


def is_outage(error: BaseException) -> bool:
    """A lost, refused or timed-out database connection (an outage to wait out, not a bug)."""
    if isinstance(error, sa_exc.DBAPIError):
        if error.connection_invalidated:
            return True
        # A connection dropped while being opened reaches us as a generic DBAPIError (asyncpg's
        # adapter maps ConnectionDoesNotExistError to the generic DB-API Error, and there was no
        # connection to invalidate): the driver's own error behind the adapter's says what it was.
        adapted = error.orig
        if adapted is not None and any(isinstance(e, _DRIVER_OUTAGES) for e in (adapted, adapted.__cause__)):
            return True
    return isinstance(error, _OUTAGES)


@asynccontextmanager
async def outages_translated(*, opening: bool = False) -> AsyncIterator[None]:
    """Raise `StoreUnavailable` for an outage inside the block, chained to the driver's error.

    `opening`: while connecting and migrating at start, any database or OS error means the store
    cannot be used (a bad path, a refused login), so all of them count.
    """
    try:
        yield
    except StoreUnavailable:
        raise
    except Exception as err:
        broad = opening and isinstance(err, OSError | sa_exc.SQLAlchemyError)
        if broad or is_outage(err):
            raise StoreUnavailable(type(err).__name__) from err
        raise


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
        private_sqlite_files(url)
        engine = create_async_engine(sa_url, connect_args={"timeout": 30, **connect_args}, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            # WAL lets readers work while a tip is written; foreign keys are off by default in SQLite.
            # synchronous=FULL: in WAL mode each commit syncs the WAL, so a confirmed tip survives a
            # power cut (NORMAL only syncs at checkpoints). Filings are group-committed, so that is
            # one sync per burst. secure_delete=ON: deleted or overwritten rows are zeroed, not left
            # in free pages (it is a compile-time default some builds have and others lack).
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA secure_delete=ON")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 20)
    return create_async_engine(sa_url, connect_args=connect_args, **kwargs)


def private_sqlite_files(url: str) -> None:
    """Create the SQLite file owner-only before SQLite does, and tighten existing ones.

    SQLite creates its -wal and -shm files with the main file's permissions, so those follow.
    """
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if not path.exists() and path.parent.is_dir():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_MODE))  # an empty file is a new database
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            if file.exists() and file.stat().st_mode & 0o077:
                file.chmod(PRIVATE_MODE)
        except OSError:  # another user's file: SQLite will say so when it opens it
            pass


async def scrub_after_delete(db: Database, tables: Sequence[str]) -> None:
    """After a purge, put deleted text out of reach of whoever copies the database files.

    SQLite (secure_delete is on, so freed pages are zeroed): checkpoint the WAL and truncate it, since
    the WAL still holds the pages as they were before the delete. PostgreSQL: VACUUM FULL the tables
    (outside a transaction); a plain VACUUM only marks the dead tuples' space reusable and leaves
    their bytes in the file. What PostgreSQL still keeps (WAL segments, archives, the old file's
    disk blocks) is in docs/threat-model.md.
    """
    if db.dialect == "sqlite":
        async with db.connect() as conn:
            busy = (await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")).first()
            if busy is not None and busy[0]:
                log.warning("WAL checkpoint after a purge was blocked by a reader; it completes later")
    elif db.dialect == "postgresql":
        async with db.connect() as conn:
            auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await _outlive_older_snapshots(auto)
            for name in tables:
                await auto.exec_driver_sql(f'VACUUM (FULL) "{name}"')


# How long a purge waits for transactions older than its delete to end before it rewrites anyway.
SCRUB_WAIT_SECONDS = 60.0
# Other sessions in this database holding a snapshot or transaction id from before `cutoff`.
_OLDER_SNAPSHOTS = text(
    "SELECT count(*) FROM pg_stat_activity"
    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
    " AND (age(backend_xmin) > age(CAST(CAST(:cutoff AS xid8) AS xid))"
    " OR age(backend_xid) > age(CAST(CAST(:cutoff AS xid8) AS xid)))"
)


async def _outlive_older_snapshots(auto: AsyncConnection) -> None:
    """Wait until no other session in this database can still see the deleted rows.

    VACUUM FULL copies every row version some open transaction may still see ("recently dead") into
    the new file, text and all. A reader elsewhere in the bot, a CLI, or autovacuum's ANALYZE that
    took its snapshot before the delete committed would make the rewrite keep the purged tip on disk.
    Every transaction that starts after this point sees the delete, so once those older ones end,
    VACUUM FULL drops the rows. The wait is bounded so a stuck session cannot stall retention.
    """
    cutoff = (await auto.exec_driver_sql("SELECT pg_snapshot_xmax(pg_current_snapshot())")).scalar_one()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SCRUB_WAIT_SECONDS
    while (await auto.execute(_OLDER_SNAPSHOTS, {"cutoff": cutoff})).scalar():
        if loop.time() >= deadline:
            log.warning(
                "A session older than the purge is still open after %.0f s; the purged rows may stay"
                " in the table files until the next purge",
                SCRUB_WAIT_SECONDS,
            )
            return
        await asyncio.sleep(0.2)


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
    """An engine and its session factory: the one handle the core's services take.

    Services go through `sessions()`, `begin()` and `connect()`, never `engine` directly, so an
    outage reaches them as `StoreUnavailable` (tests may still read rows through `engine`).
    """

    engine: AsyncEngine
    maker: async_sessionmaker[AsyncSession]

    def sessions(self) -> AbstractAsyncContextManager[AsyncSession]:
        """A session (ORM or Core) whose outages become `StoreUnavailable`."""
        return self._translated(self.maker())

    def begin(self) -> AbstractAsyncContextManager[AsyncConnection]:
        """A connection in a transaction committed on exit; outages become `StoreUnavailable`."""
        return self._translated(self.engine.begin())

    def connect(self) -> AbstractAsyncContextManager[AsyncConnection]:
        """A plain connection; outages become `StoreUnavailable`."""
        return self._translated(self.engine.connect())

    @staticmethod
    @asynccontextmanager
    async def _translated(inner: AbstractAsyncContextManager[_T]) -> AsyncIterator[_T]:
        async with outages_translated(), inner as value:
            yield value

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
    async with outages_translated(opening=True):
        engine = make_engine(url, **kwargs)
        if run_migrations:
            try:
                await migrate(engine)
            except BaseException:
                await engine.dispose()  # no pool left behind when the database is unreachable
                raise
    return Database(engine, async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False))

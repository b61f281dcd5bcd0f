"""A lost database connection is an outage to wait out, not a bug: the store turns every driver's
outage into one `StoreUnavailable`, members get "try again" without a reference code, and the log
gets a WARNING rather than an ERROR with a traceback."""

from __future__ import annotations

import logging

import pytest
from asyncpg import exceptions as pg
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_dbapi

from bot.chat.errors import message_for
from bot.errors import STORE_DOWN, StoreUnavailable
from bot.store.engine import open_database, outages_translated


def _dropped_while_connecting() -> sa_exc.DBAPIError:
    """What SQLAlchemy hands over when PostgreSQL drops a connection being opened (a restart or
    failover under load; seen in CI's outage test): asyncpg's ConnectionDoesNotExistError, which its
    adapter maps to the generic DB-API `Error`, which the pool wraps in a generic `DBAPIError` that
    says nothing of a connection (none existed to invalidate)."""
    driver = pg.ConnectionDoesNotExistError("connection was closed in the middle of operation")
    adapted = AsyncAdapt_asyncpg_dbapi.Error(str(driver))
    adapted.__cause__ = driver
    return sa_exc.DBAPIError(None, None, adapted)


OUTAGES = [
    ConnectionRefusedError(111, "Connect call failed"),
    ConnectionResetError(),
    sa_exc.OperationalError("SELECT 1", {}, Exception("server closed the connection")),
    sa_exc.InterfaceError("SELECT 1", {}, Exception("connection is closed")),
    sa_exc.TimeoutError("QueuePool limit reached"),
    _dropped_while_connecting(),
]


@pytest.mark.parametrize("error", OUTAGES)
async def test_database_outages_are_polite(error: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    with pytest.raises(StoreUnavailable) as raised:
        async with outages_translated():
            raise error
    assert raised.value.cause == type(error).__name__ and raised.value.__cause__ is error
    text_ = message_for(raised.value, "component tipnew")
    assert text_ == STORE_DOWN and "ref" not in text_
    assert [r.levelname for r in caplog.records] == ["WARNING"]


async def test_a_refused_postgresql_connection_reaches_services_as_one_error() -> None:
    """A real driver, a real refusal (nothing listens on port 1): no raw asyncpg or OS error escapes."""
    db = await open_database("postgresql+asyncpg://nobody@127.0.0.1:1/none", run_migrations=False)
    try:
        with pytest.raises(StoreUnavailable):
            async with db.sessions() as session:
                await (await session.connection()).execute(text("SELECT 1"))
        with pytest.raises(StoreUnavailable):
            async with db.begin() as conn:
                await conn.execute(text("SELECT 1"))
    finally:
        await db.dispose()


async def test_an_unopenable_database_is_unavailable_not_a_traceback(tmp_path) -> None:
    with pytest.raises(StoreUnavailable):
        await open_database(f"sqlite+aiosqlite:///{tmp_path}/missing/dir/ew.db")


async def test_a_bug_inside_a_session_is_not_called_an_outage(db) -> None:
    with pytest.raises(ZeroDivisionError):
        async with db.sessions():
            _ = 1 / 0


@pytest.mark.allow_error_logs
def test_other_errors_still_get_a_reference(caplog: pytest.LogCaptureFixture) -> None:
    text_ = message_for(FileNotFoundError("drafts/x.md"), "/triage draft")
    assert "ref " in text_
    assert [r.levelname for r in caplog.records] == ["ERROR"]

"""Backups keep every row and run while the database serves; the health check tells the truth."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.errors import InvalidInput
from bot.ops.backup import backup
from bot.ops.health import check_database
from bot.settings import ROOT
from bot.store.engine import downgrade, open_database


async def test_sqlite_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'live.db'}"
    db = await open_database(url)
    now = datetime.now(UTC)
    async with db.engine.begin() as conn:
        for i in range(50):
            await conn.execute(
                text(
                    "INSERT INTO question_log (asked_at, question, source, answered, confidence) "
                    "VALUES (:at, :q, 'cli', false, 0.0)"
                ),
                {"at": now, "q": f"question {i}"},
            )
    seen: list[tuple[int, int]] = []
    target = await backup(url, tmp_path / "copy" / "backup.db", lambda d, t: seen.append((d, t)))
    await db.dispose()

    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT count(*) FROM question_log").fetchone()[0] == 50
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()
    assert seen and seen[-1][0] == seen[-1][1], "progress ends at 100%"


async def test_backup_of_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="No database file"):
        await backup(f"sqlite+aiosqlite:///{tmp_path / 'absent.db'}", tmp_path / "out.db")


async def test_health_reports_schema_behind_head(database_url: str) -> None:
    db = await open_database(database_url)
    assert (await check_database(database_url)).ok
    await downgrade(db.engine, "base")
    await db.dispose()
    check = await check_database(database_url)
    assert not check.ok
    assert "expected" in check.detail


async def test_health_reports_unreachable_database() -> None:
    check = await check_database("postgresql+asyncpg://nobody@127.0.0.1:1/none", limit=3)
    assert not check.ok
    assert check.name == "database"


async def test_health_of_shipped_knowledge() -> None:
    from bot.ops.health import check_knowledge

    check = await check_knowledge(ROOT / "knowledge")
    assert check.ok, check.detail


async def test_postgres_backup_with_pg_dump(database_url: str, tmp_path: Path) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL only (set TEST_DATABASE_URL)")
    db = await open_database(database_url)
    await db.dispose()
    target = await backup(database_url, tmp_path / "pg.dump")
    data = target.read_bytes()
    assert data.startswith(b"PGDMP"), "a pg_dump custom-format archive"
    assert b"question_log" in data

"""Every summary query is an index range, never a walk over a whole table (checked on SQLite).

This is what keeps the summary fast however many tips and questions pile up; a query that
falls back to a full scan fails here long before anyone notices a slow weekly post.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from bot.clock import FakeClock
from bot.settings import Settings
from bot.summary.service import SummaryService
from tests.summary.dataset import NOW, TZ, WEEK, StubKB, seed


async def test_no_summary_query_scans_a_whole_table(db):
    if db.dialect != "sqlite":
        pytest.skip("query plans are checked on SQLite")
    await seed(db)
    statements: list[tuple[str, tuple]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, tuple(parameters or ())))

    event.listen(db.engine.sync_engine, "before_cursor_execute", record)
    try:
        service = SummaryService(db, FakeClock(NOW), Settings(_env_file=None, summary_timezone=TZ), StubKB())
        await service.report(WEEK)
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", record)
    assert len(statements) >= 15

    path = db.engine.url.database
    con = sqlite3.connect(path)
    try:
        # No ANALYZE: on this tiny dataset statistics would favour scans; without them SQLite plans
        # as for large tables, which is the case that matters.
        scans = []
        for statement, params in statements:
            for row in con.execute("EXPLAIN QUERY PLAN " + statement, params):
                detail = row[-1]
                if detail.startswith("SCAN") and ("tips" in detail or "question_log" in detail):
                    scans.append(f"{detail}  <-  {' '.join(statement.split())[:160]}")
    finally:
        con.close()
    assert not scans, "full table scans:\n" + "\n".join(scans)

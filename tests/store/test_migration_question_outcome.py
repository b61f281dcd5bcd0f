"""Migration 0008 on a question log that has lived: each row's outcome is what it said before
(answered -> "answer", otherwise "refused"), so past weekly summaries read as they did, and a later
downgrade drops only the new column — on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from bot.store.engine import downgrade, make_engine, migrate

AT = datetime(2026, 11, 18, 10, tzinfo=UTC)
ROW = (
    "INSERT INTO question_log (asked_at, question, source, answered, entry_id, confidence)"
    " VALUES (:at, :q, 'discord', :answered, :entry, 0.5)"
)


async def test_logged_questions_keep_what_they_said(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        await migrate(engine, "0007_tip_numbers")
        async with engine.begin() as conn:
            await conn.execute(
                text(ROW), {"at": AT, "q": "who makes pegasus", "answered": True, "entry": "nso"}
            )
            await conn.execute(text(ROW), {"at": AT, "q": "acme bananas", "answered": False, "entry": None})
        await migrate(engine)
        async with engine.connect() as conn:
            rows = (await conn.execute(text("SELECT question, outcome FROM question_log ORDER BY id"))).all()
        assert [tuple(r) for r in rows] == [("who makes pegasus", "answer"), ("acme bananas", "refused")]
        await downgrade(engine, "0007_tip_numbers")
        async with engine.connect() as conn:
            count = (await conn.execute(text("SELECT count(*) FROM question_log"))).scalar_one()
        assert count == 2
    finally:
        await engine.dispose()

"""The week the question-log tests ask in, and what the coordinators' weekly summary and the log then
hold: for the tests that ask through the App and read the summary (the `clock` and `app` fixtures
in conftest.py stand on this week)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.app import App
from bot.clock import FakeClock
from bot.store.tables import QuestionLog
from bot.summary.model import QuestionFigures
from bot.summary.service import SummaryService

# A Wednesday in week 2026-W47 (UTC), summarised on the Monday after.
ASKED = datetime(2026, 11, 18, 10, tzinfo=UTC)
WEEK = "2026-W47"


async def logged(app: App) -> list[Any]:
    """Every row of the question log, oldest first, once the App's writer has written what was asked."""
    await app.question_writer.drain()
    async with app.db.engine.connect() as conn:
        return list((await conn.execute(select(QuestionLog.__table__).order_by(QuestionLog.id))).all())


async def week_questions(app: App, clock: FakeClock) -> QuestionFigures:
    """The questions part of the weekly summary of WEEK, as a coordinator's /summary builds it."""
    clock.set(ASKED + timedelta(days=5))
    summary = SummaryService(app.db, clock, app.settings, app.kb)
    return (await summary.build(summary.period(WEEK), verbatim=True)).questions

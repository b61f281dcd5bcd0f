"""A list the member got is an answer, not a knowledge gap (issue 10): the question log records what
the member got (an entry's card, a list, one entry's list, or a refusal; small talk is not logged)
and the coordinators' weekly summary lists only refusals as knowledge gaps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.app import App
from bot.clock import FakeClock
from bot.settings import Settings
from bot.store.tables import QuestionLog
from bot.summary.service import SummaryService
from tests.chat.entries import sample_knowledge

ASKED = datetime(2026, 11, 18, 10, tzinfo=UTC)  # a Wednesday in 2026-W47
WEEK = "2026-W47"

LIST = "which vendors sell cameras?"  # several entries, though the engine alone refuses
ONE_ITEM_LIST = "which rules cover exports?"  # the only rule, though the engine alone refuses
ANSWER = "who sold interception kit to Ruritania?"
REFUSAL = "acme pricing of bananas"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(ASKED)


@pytest.fixture
def app(db, clock) -> App:
    return App(settings=Settings(_env_file=None), kb=sample_knowledge(), db=db, clock=clock)


async def week_questions(app: App, clock: FakeClock):
    clock.set(ASKED + timedelta(days=5))
    summary = SummaryService(app.db, clock, app.settings, app.kb)
    return (await summary.build(summary.period(WEEK), verbatim=True)).questions


async def test_the_member_got_a_list_so_the_weekly_summary_lists_no_gap(app: App, clock: FakeClock) -> None:
    got = {}
    for question in (LIST, ONE_ITEM_LIST, ANSWER, REFUSAL, "thanks"):
        got[question] = (await app.ask(question, source="discord")).result
    # what the member saw: two lists (the engine itself refused both), a card, a refusal, small talk
    assert got[LIST].as_list and len(got[LIST].items) > 1 and not got[LIST].answered
    assert got[ONE_ITEM_LIST].as_list and len(got[ONE_ITEM_LIST].items) == 1
    assert not got[ONE_ITEM_LIST].answered
    assert got[ANSWER].answered and got[REFUSAL].items == [] and not got[REFUSAL].answered
    questions = await week_questions(app, clock)
    assert [g.question for g in questions.gaps] == [REFUSAL]
    assert (questions.gap_groups, questions.gap_asks) == (1, 1)
    assert (questions.asked, questions.answered) == (4, 3)  # small talk is not an ask


async def test_the_log_records_what_the_member_got(app: App) -> None:
    for question in (LIST, ONE_ITEM_LIST, ANSWER, REFUSAL, "hi"):
        await app.ask(question, source="discord")
    await app.question_writer.drain()
    async with app.db.engine.connect() as conn:
        rows = (await conn.execute(select(QuestionLog.__table__).order_by(QuestionLog.id))).all()
    assert [(r.question, r.outcome) for r in rows] == [
        (LIST, "list"),
        (ONE_ITEM_LIST, "list"),
        (ANSWER, "answer"),
        (REFUSAL, "refused"),
    ]

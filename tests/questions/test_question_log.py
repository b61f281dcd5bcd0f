"""The question log: recording, one rating per question, text retention, and App.ask logging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.clock import FakeClock
from bot.errors import InvalidInput, NotFound
from bot.questions.service import QuestionLogService
from bot.settings import Settings
from bot.store.tables import QuestionLog

START = datetime(2026, 11, 16, 9, tzinfo=UTC)


@pytest.fixture
def clock():
    return FakeClock(START)


@pytest.fixture
def log(db, clock):
    return QuestionLogService(db, clock, Settings(_env_file=None, question_log_days=90))


async def rows(db):
    async with db.engine.connect() as conn:
        return (await conn.execute(select(QuestionLog.__table__).order_by(QuestionLog.id))).all()


async def test_record_keeps_what_was_asked_and_no_member(db, log):
    qid = await log.record("  who sold pegasus?  ", answered=True, entry_id="nso-group", confidence=0.82)
    (row,) = await rows(db)
    assert row.id == qid
    assert (row.question, row.answered, row.entry_id, row.confidence, row.source) == (
        "who sold pegasus?",
        True,
        "nso-group",
        0.82,
        "discord",
    )
    assert row.rating is None
    assert not any("member" in c or "user" in c for c in (col.name for col in QuestionLog.__table__.columns))


async def test_unanswered_has_no_entry_and_long_text_is_cut(db, log):
    await log.record("x" * 5000, answered=False, entry_id="nso-group", source="console")
    (row,) = await rows(db)
    assert row.entry_id is None and row.source == "console" and len(row.question) == 2000


async def test_rating_latest_wins(db, log, clock):
    qid = await log.record("q", answered=True, entry_id="e")
    await log.rate(qid, True)
    clock.advance(hours=1)
    await log.rate(qid, False)
    (row,) = await rows(db)
    assert row.rating == -1
    assert row.rated_at.replace(tzinfo=UTC) == START + timedelta(hours=1)


async def test_rating_unknown_question_is_polite(log):
    with pytest.raises(NotFound):
        await log.rate(12345, True)
    with pytest.raises(InvalidInput):
        await log.rate(0, True)


async def test_purge_drops_only_old_text(db, log, clock):
    await log.record("old question", answered=False)
    clock.advance(days=89)
    await log.record("recent question", answered=True, entry_id="e")
    clock.advance(days=2)  # the first is now 91 days old
    assert await log.purge_text() == 1
    assert [(r.question, r.answered) for r in await rows(db)] == [(None, False), ("recent question", True)]
    assert await log.purge_text() == 0  # idempotent


class _Result:
    def __init__(self, answered, entry_id):
        self.answered = answered
        self.confidence = 0.7 if answered else 0.1
        self.entry = type("E", (), {"id": entry_id})() if entry_id else None
        self.talk = None  # a question, not small talk
        self.as_list = False  # an entry's card or a refusal, not a list


class _KB:
    def search(self, question, filters=None):
        return _Result("pegasus" in question, "nso-group" if "pegasus" in question else None)

    def entries(self):
        return []


async def test_app_ask_logs_every_question_and_rates(db, clock):
    app_module = pytest.importorskip("bot.app")
    app = app_module.App(settings=Settings(_env_file=None), kb=_KB(), db=db, clock=clock)
    answered = await app.ask("who makes pegasus", source="console")
    unanswered = await app.ask("something else")
    assert answered.question_id and unanswered.question_id
    await app.rate(answered.question_id, True)
    got = [(r.question, r.answered, r.entry_id, r.source, r.rating) for r in await rows(db)]
    assert got == [
        ("who makes pegasus", True, "nso-group", "console", 1),
        ("something else", False, None, "discord", None),
    ]


@pytest.mark.parametrize("blank", ["", "   ", "\n\t "])
async def test_a_blank_question_is_refused_by_the_core_and_not_logged(db, clock, blank):
    """Whichever face forgets to check (a new one, a mention path): nothing is searched or logged,
    and the member reads what to type."""
    app_module = pytest.importorskip("bot.app")
    app = app_module.App(settings=Settings(_env_file=None), kb=_KB(), db=db, clock=clock)
    with pytest.raises(InvalidInput, match="Please type a question"):
        await app.ask(blank, source="console")
    assert await rows(db) == []


async def test_a_question_and_its_rating_are_stored_to_the_hour_only(db, clock):
    """A question asked in a DM at 03:12:45 while one member was online names that member to whoever
    holds the database and saw the server's presence; tips are stored to the hour for that reason."""
    log = QuestionLogService(db, clock, Settings(_env_file=None))
    clock.set(START + timedelta(minutes=12, seconds=45, microseconds=123))
    qid = await log.record("is pegasus on my phone?", answered=True)  # a refusal is not rated
    clock.advance(minutes=3)
    await log.rate(qid, False)
    (row,) = await rows(db)
    assert row.asked_at.replace(tzinfo=UTC) == START
    assert row.rated_at.replace(tzinfo=UTC) == START


async def test_the_core_refuses_to_rate_a_refusal(db, clock) -> None:
    """A refusal already reaches the coordinators as a knowledge gap; rated, it would count in the
    summary's helpful figures as if it were an answer. A list is an answer and is rated."""
    log = QuestionLogService(db, clock, Settings(_env_file=None))
    refused = await log.record("what did Ruritania buy in 2031?", answered=False)
    listed = await log.record("which vendors sell cameras?", answered=True, outcome="list")
    with pytest.raises(InvalidInput):
        await log.rate(refused, False)
    await log.rate(listed, True)  # a list is an answer
    ratings = {row.id: row.rating for row in await rows(db)}
    assert ratings == {refused: None, listed: 1}

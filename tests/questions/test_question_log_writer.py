"""Group commit of the question log: a burst shares statements, every id is its own question's,
a clean shutdown writes everything already asked, and a public /ask answer does not wait for it."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import event, select

from bot.app import App
from bot.clock import FakeClock
from bot.questions import writer as writer_module
from bot.questions.service import QuestionLogService
from bot.questions.writer import QuestionLogWriter
from bot.settings import Settings
from bot.store.engine import open_database
from bot.store.tables import QuestionLog
from tests.fakediscord.harness import DiscordEnv
from tests.questions.test_question_log import START


async def logged(database_url: str) -> dict[int, tuple[str, bool]]:
    db = await open_database(database_url, run_migrations=False)
    try:
        async with db.engine.connect() as conn:
            table = QuestionLog.__table__  # type: ignore[attr-defined]
            found = (await conn.execute(select(table.c.id, table.c.question, table.c.answered))).all()
    finally:
        await db.dispose()
    return {row.id: (row.question, row.answered) for row in found}


async def test_a_burst_shares_statements_and_each_id_is_its_own_question(db: Any, database_url: str) -> None:
    writer = QuestionLogWriter(db)
    log = QuestionLogService(db, FakeClock(START), Settings(_env_file=None), writer)  # type: ignore[call-arg]
    asked = [f"question number {n}" for n in range(60)]
    ids = await asyncio.gather(*(log.record(q, answered=n % 2 == 0) for n, q in enumerate(asked)))
    assert writer.batches <= 2  # not one commit per question
    assert len(set(ids)) == 60
    rows = await logged(database_url)
    assert [rows[i] for i in ids] == [(q, n % 2 == 0) for n, q in enumerate(asked)]
    await log.rate(ids[8], helpful=True)  # a rating lands on the question it was given for (answered)
    async with db.engine.connect() as conn:
        table = QuestionLog.__table__  # type: ignore[attr-defined]
        rated = (await conn.execute(select(table.c.question).where(table.c.rating == 1))).scalars().all()
    assert rated == ["question number 8"]


async def test_a_clean_shutdown_writes_every_question_already_asked(database_url: str) -> None:
    app = App(settings=Settings(_env_file=None), kb=None, db=await open_database(database_url))  # type: ignore[arg-type,call-arg]
    pending = [
        app.questions.record_later(f"asked just before shutdown {n}", answered=False) for n in range(25)
    ]
    assert not any(p.done() for p in pending)  # nothing written yet when the shutdown begins
    await app.close()
    assert sorted(q for q, _ in (await logged(database_url)).values()) == sorted(
        f"asked just before shutdown {n}" for n in range(25)
    )


async def test_a_public_answer_is_sent_before_its_log_row_is_written(
    discord_env: DiscordEnv, monkeypatch: Any
) -> None:
    """The answer does not wait for the log; the rating prompt (which needs the row's id) follows it."""
    release = asyncio.Event()
    flush = QuestionLogWriter._flush

    async def held(self: QuestionLogWriter) -> None:
        await release.wait()
        await flush(self)

    monkeypatch.setattr(QuestionLogWriter, "_flush", held)
    handle = await discord_env.slash("ask", question="EU dual use regulation")
    answer = await handle.reply()
    assert answer.embed["title"].startswith("EU Dual-Use Regulation")
    assert "rating unavailable" not in answer.embed["footer"]["text"]
    assert handle.followups == []  # no rating prompt yet: there is no row to rate
    release.set()
    prompt = await handle.followup(1)
    assert prompt.ephemeral and [b.get("label") for b in prompt.buttons()] == ["Helpful", "Not helpful"]
    rated = await handle.click("Helpful", message=prompt)
    assert "recorded" in (await rated.reply()).text()


def inserts_counted(db: Any) -> list[str]:
    """The INSERT statements the database is sent from now on (one per row, or one per batch)."""
    sent: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT"):
            sent.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    return sent


async def test_a_burst_is_one_insert_and_alike_questions_keep_their_own_ids(
    db: Any, database_url: str
) -> None:
    """A burst of 100 asks is one statement (SQLAlchemy sends one per row on SQLite when ids must come
    back in order), and a question asked twice, answered once and refused once, gets two rows whose
    ids are each asker's own."""
    writer = QuestionLogWriter(db)
    log = QuestionLogService(db, FakeClock(START), Settings(_env_file=None), writer)  # type: ignore[call-arg]
    sent = inserts_counted(db)
    asked = [(f"question {n % 30}", n % 3 == 0, round(n / 100, 2)) for n in range(100)]
    ids = await asyncio.gather(
        *(log.record(q, answered=a, confidence=c, entry_id="hikvision") for q, a, c in asked)
    )
    assert len(sent) == 1
    assert len(set(ids)) == 100
    stored = await logged(database_url)
    assert [stored[i] for i in ids] == [(q, a) for q, a, _ in asked]
    async with db.engine.connect() as conn:
        table = QuestionLog.__table__  # type: ignore[attr-defined]
        found = (await conn.execute(select(table.c.id, table.c.confidence))).all()
    confidence = dict(found)
    assert [confidence[i] for i in ids] == [c for _, _, c in asked]


async def test_rows_read_back_unlike_their_values_are_written_again_in_order_once(
    db: Any, database_url: str, monkeypatch: Any
) -> None:
    """If a returned row cannot be matched to a caller (here: its time read back as stored, on SQLite
    without its zone), the batch is rolled back and written in parameter order: every question once,
    each with its own id, none lost."""
    monkeypatch.setattr(writer_module, "UNMATCHED", frozenset())  # match on asked_at too
    writer = QuestionLogWriter(db)
    log = QuestionLogService(db, FakeClock(START), Settings(_env_file=None), writer)  # type: ignore[call-arg]
    asked = [f"question number {n}" for n in range(40)]
    ids = await asyncio.gather(*(log.record(q, answered=n % 2 == 0) for n, q in enumerate(asked)))
    stored = await logged(database_url)
    assert len(stored) == 40
    assert [stored[i] for i in ids] == [(q, n % 2 == 0) for n, q in enumerate(asked)]

"""The question-log write of a public answer waits while other members' answers are being prepared
(bot/questions/lane.py), so a burst's answers do not queue behind its bookkeeping; a row someone
waits for (a private answer's rating buttons need its id) is written at once; none is lost."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.questions import lane as lane_module
from bot.questions.lane import AnswersFirst
from bot.questions.writer import QuestionLogWriter

ROW = {"asked_at": None, "question": "q", "source": "discord", "answered": False, "entry_id": None}


def row(n: int) -> dict[str, Any]:
    from datetime import UTC, datetime

    return {**ROW, "asked_at": datetime(2026, 12, 4, 10, tzinfo=UTC), "question": f"q{n}", "confidence": 0.0}


async def turns(n: int = 50) -> None:
    for _ in range(n):
        await asyncio.sleep(0)


@pytest.fixture(autouse=True)
def patient(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lane_module, "WAIT_MAX", 3600.0)  # so only the answers can release the write


async def test_a_public_answers_log_row_waits_for_the_answers_in_preparation(db: Any) -> None:
    lane = AnswersFirst()
    writer = QuestionLogWriter(db, lane)
    with lane.answering():  # another member's answer is being prepared
        written = [writer.add(row(n), urgent=False) for n in range(5)]
        await turns()
        assert writer.batches == 0 and not any(w.done() for w in written)
    ids = await asyncio.wait_for(asyncio.gather(*written), 60)  # the answer left: written, all of them
    assert len(set(ids)) == 5 and writer.batches == 1


async def test_a_row_whose_id_is_awaited_is_written_while_answers_are_prepared(db: Any) -> None:
    lane = AnswersFirst()
    writer = QuestionLogWriter(db, lane)
    with lane.answering():
        early = writer.add(row(0), urgent=False)
        await turns()
        private = writer.add(row(1), urgent=True)  # a private answer needs its id for its buttons
        ids = await asyncio.wait_for(asyncio.gather(early, private), 60)
    assert len(set(ids)) == 2

"""Small talk never reaches the question log, so the weekly summary neither counts it as an ask nor
lists it as a knowledge gap (issue 10); a greeting in front of a question is logged as the question."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.clock import FakeClock
from bot.questions.service import QuestionLogService
from tests.questions import weekly
from tests.questions.weekly import week_questions


async def logged(app: App) -> list[tuple[str | None, bool, str]]:
    return [(r.question, r.answered, r.source) for r in await weekly.logged(app)]


@pytest.mark.parametrize("message", ["hi", "thanks", "thank you!", "what can you do", "merci", "شكرا"])
async def test_small_talk_is_answered_but_not_logged(app: App, message: str) -> None:
    outcome = await app.ask(message, source="discord")
    assert outcome.result.talk is not None
    assert outcome.question_id is None and not outcome.in_log  # nothing to rate
    assert await logged(app) == []


async def test_small_talk_is_no_knowledge_gap_in_the_weekly_summary(app: App, clock: FakeClock) -> None:
    for message in ("hi", "thanks", "Thank you!", "hello?", "help", "danke", "hola", "ciao"):
        await app.ask(message, source="discord")
    await app.ask("acme pricing of bananas", source="discord")  # a real gap
    await app.ask("hi, who sold interception kit to Ruritania?", source="discord")  # answered
    questions = await week_questions(app, clock)
    assert (questions.asked, questions.answered) == (2, 1)
    assert [g.question for g in questions.gaps] == ["acme pricing of bananas"]
    # the greeting stays in the logged text: it is logged as typed, like any question
    assert ("hi, who sold interception kit to Ruritania?", True, "discord") in await logged(app)


async def test_small_talk_logged_before_the_change_is_no_gap_either(app: App, clock: FakeClock) -> None:
    log = QuestionLogService(app.db, clock, app.settings)
    for text in ("hi", "thanks!", "what can you do?", "acme pricing of bananas"):
        await log.record(text, answered=False)
    questions = await week_questions(app, clock)
    assert [g.question for g in questions.gaps] == ["acme pricing of bananas"]


async def test_a_question_that_asks_for_help_is_logged_as_a_question(app: App) -> None:
    outcome = await app.ask("help me find cases about ruritania", source="console")
    assert outcome.result.talk is None and outcome.question_id is not None
    assert await logged(app) == [("help me find cases about ruritania", outcome.result.answered, "console")]

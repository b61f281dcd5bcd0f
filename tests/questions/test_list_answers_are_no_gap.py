"""A list the member got is an answer, not a knowledge gap (issue 10): the question log records what
the member got (an entry's card, a list, one entry's list, or a refusal; small talk is not logged)
and the coordinators' weekly summary lists only refusals as knowledge gaps."""

from __future__ import annotations

from bot.app import App
from bot.clock import FakeClock
from tests.questions.weekly import logged, week_questions

LIST = "which vendors sell cameras?"  # several entries, though the engine alone refuses
ONE_ITEM_LIST = "which rules cover exports?"  # the only rule, though the engine alone refuses
ANSWER = "who sold interception kit to Ruritania?"
REFUSAL = "acme pricing of bananas"


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
    assert [(r.question, r.outcome) for r in await logged(app)] == [
        (LIST, "list"),
        (ONE_ITEM_LIST, "list"),
        (ANSWER, "answer"),
        (REFUSAL, "refused"),
    ]

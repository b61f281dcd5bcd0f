"""In a burst of /ask, every answer goes out before the rating prompts (bot/chat/cogs/ask.py,
AnswersFirst), and still every asker gets their own prompt, rating their own question."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from bench.latency_probe import settle
from bot.kb.service import KnowledgeService
from bot.questions.lane import AnswersFirst
from bot.store.tables.questions import QuestionLog
from tests.chat.entries import sample_knowledge
from tests.fakediscord.harness import DiscordEnv


@pytest.fixture
def knowledge() -> KnowledgeService:
    return sample_knowledge()


async def test_in_a_burst_every_asker_gets_the_answer_and_a_prompt_for_their_own_question(
    discord_env: DiscordEnv,
) -> None:
    handles = await asyncio.gather(
        *(discord_env.slash("ask", question="EU dual use regulation", by="alice") for _ in range(12))
    )
    rated = []
    for handle in handles:
        answer = await handle.reply()
        assert not answer.ephemeral and answer.embed["title"]
        prompt = await handle.followup(1)
        assert prompt.ephemeral and [b.get("label") for b in prompt.buttons()] == ["Helpful", "Not helpful"]
        rated.append(prompt.buttons()[0]["custom_id"])
    await settle(discord_env.app.question_writer.drain)  # every handler has returned
    for handle in handles:  # exactly one prompt each, sent after that asker's answer
        sent = [
            (r.method, r.at)
            for r in discord_env.fake.requests
            if r.params.get("webhook_token") == handle.token
        ]
        edits = [at for method, at in sent if method == "PATCH"]
        prompts = [at for method, at in sent if method == "POST"]
        assert len(handle.followups) == 1 and len(prompts) == 1 and edits and max(edits) < prompts[0]
    async with discord_env.app.db.sessions() as session:
        rows = list((await session.execute(select(QuestionLog))).scalars())
    assert sorted(rated) == sorted(f"rate:{row.id}:y" for row in rows) and len(rows) == 12


async def test_a_rating_prompt_waits_while_another_answer_is_being_prepared() -> None:
    lane = AnswersFirst()
    await lane.quiet()  # nothing in progress: at once
    with lane.answering():
        waiting = asyncio.ensure_future(lane.quiet(at_most=60))
        for _ in range(20):
            await asyncio.sleep(0)
        assert not waiting.done()
    await waiting  # the answer went out: the prompt follows
    with lane.answering():
        await lane.quiet(at_most=0.01)  # but never waits past its limit

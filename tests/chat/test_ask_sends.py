"""/ask's answer and rating prompt go out without discord.py reading them back (bot/chat/sends.py):
nothing is left running per asker, and every button on them still works by its custom id."""

from __future__ import annotations

import asyncio

import pytest

from bot.kb.service import KnowledgeService
from tests.chat.entries import sample_knowledge
from tests.fakediscord.harness import DiscordEnv


@pytest.fixture
def knowledge() -> KnowledgeService:
    return sample_knowledge()


async def handlers_done() -> None:
    """Wait until every app-command handler discord.py started has returned."""
    pending = [t for t in asyncio.all_tasks() if t.get_name() == "CommandTree-invoker" and not t.done()]
    if pending:
        await asyncio.wait(pending)


def view_timers() -> list[asyncio.Task[object]]:
    return [t for t in asyncio.all_tasks() if "timeout_task_impl" in t.get_coro().__qualname__]  # type: ignore[union-attr]


async def test_a_burst_of_public_asks_leaves_no_timer_per_rating_prompt(discord_env: DiscordEnv) -> None:
    """discord.py gave each ephemeral prompt's view a task sleeping 15 minutes (a burst of 100 left 100
    behind, each holding its view); the prompt's buttons are dispatched by custom id and need none."""
    handles = await asyncio.gather(
        *(discord_env.slash("ask", question="EU dual use regulation", by="alice") for _ in range(5))
    )
    prompts = [await handle.followup(1) for handle in handles]
    await handlers_done()
    assert view_timers() == []
    rated = await handles[3].click("Not helpful", message=prompts[3])
    assert "recorded" in (await rated.reply()).text()


async def test_the_answers_own_buttons_still_answer_after_it_is_sent_unread(discord_env: DiscordEnv) -> None:
    """A private answer carries its rating buttons; a public one its entry buttons: both dispatch."""
    private = await discord_env.slash("ask", question="EU dual use regulation", private=True)
    answer = await private.reply()
    assert answer.ephemeral and "Helpful" in [b.get("label") for b in answer.buttons()]
    rated = await private.click("Helpful", message=answer)
    assert "recorded" in (await rated.reply()).text()
    await handlers_done()
    assert view_timers() == []

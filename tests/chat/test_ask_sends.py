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


async def test_a_rating_prompt_discord_refuses_leaves_the_answer_and_no_apology(
    discord_env: DiscordEnv, caplog: pytest.LogCaptureFixture
) -> None:
    """review9: when only the "was this helpful?" prompt failed, the member, whose answer had arrived,
    was told "something went wrong on our side" and the refusal was logged at ERROR with a trace."""
    webhook = "/webhooks/{webhook_id}/{webhook_token}"
    discord_env.fake.fail("POST", webhook, 404)
    handle = await discord_env.slash("ask", question="EU dual use regulation", by="alice")
    answer = await handle.reply()
    await handlers_done()
    assert answer.embeds and "went wrong" not in answer.text()
    assert len(discord_env.fake.requests_to("POST", webhook)) == 1  # the prompt, refused; no apology
    assert handle.followups == [] and "went wrong" not in (await handle.reply()).text()
    assert [r.getMessage() for r in caplog.records if "rating prompt" in r.getMessage()] == [
        "Could not send the rating prompt after an answer (HTTP 404)"
    ]


async def test_with_a_discord_py_whose_adapter_differs_the_answer_and_prompt_still_arrive(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A discord.py upgrade that changes its webhook adapter's calls (ADAPTER_FITS false) must not
    cost the member anything: the answer and prompt go through discord.py's own methods instead."""
    import bot.chat.sends as sends

    monkeypatch.setattr(sends, "ADAPTER_FITS", False)
    handle = await discord_env.slash("ask", question="who sold interception kit to Ruritania?", by="alice")
    answer = await handle.reply()
    assert answer.content.startswith("**You asked:** who sold interception kit to Ruritania?")
    assert answer.embed["title"] == "Acme interception sale to Ruritania (2019)"
    assert "Acme Intercept GmbH" in [b.get("label") for b in answer.buttons()]
    prompt = await handle.followup(1)
    assert prompt.ephemeral and prompt.text().startswith("Was this answer helpful?")
    rated = await (await handle.click("Helpful", message=prompt)).reply()
    assert rated.ephemeral and rated.text() == "Thanks, your rating is recorded for the weekly summary."

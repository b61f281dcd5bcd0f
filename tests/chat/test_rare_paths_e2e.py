"""Paths that only run when something is missing or failing, through the loopback Discord: no review
channel configured, both receipt deliveries failing, command sync refused, mention-to-ask's
too-long question and failing answer, and a double press on a tip preview's Send."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.clock import FakeClock
from bot.errors import InvalidInput
from bot.permissions import system_actor
from bot.text import visible
from bot.tips.notices import Notices
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import file_tip, press_send

WHAT = "A facial recognition contract was signed in March with the interior ministry."
TIP = {"what": WHAT}
CHANNEL_MESSAGES = "/channels/{channel_id}/messages"


async def test_without_a_review_channel_tips_are_filed_and_answered_without_a_card(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, review_channel_id=None)
    tip = await file_tip(env, TIP)
    public_id, receipt = tip.public_id, tip.receipt
    thanks = await (await env.slash("tip reply", by="alice", receipt=receipt, text="The capital.")).reply()
    assert public_id in thanks.text()
    assert env.fake.requests_to("POST", CHANNEL_MESSAGES) == []  # nowhere to post, nothing tried
    queue = await (await env.slash("triage queue", by="mo")).reply()
    assert public_id in queue.text()


async def test_receipt_that_cannot_be_shown_at_all_is_logged_without_content(
    start_bot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    sent = await press_send(env, TIP)
    await sent.response()
    env.fake.fail("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", 404)
    env.fake.fail("POST", "/webhooks/{webhook_id}/{webhook_token}", 404)
    await env.fake.wait_for_message("review", lambda r: bool(r.embeds))  # the tip is filed regardless
    warnings = [r.getMessage() for r in caplog.records if "Could not show a tip receipt" in r.getMessage()]
    assert warnings == ["Could not show a tip receipt (HTTP 404, then 404)"]


@pytest.mark.allow_error_logs
async def test_refused_command_sync_is_explained_and_the_bot_still_runs(
    fake_discord: Any, start_bot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    fake_discord.fail("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", 403)
    env: DiscordEnv = await start_bot()
    assert any("applications.commands scope" in r.getMessage() for r in caplog.records)
    assert env.bot.is_ready()


async def test_mention_too_long_and_failing_answers_are_polite(
    start_bot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    env: DiscordEnv = await start_bot(message_content_mention=True)
    fake = env.fake
    await fake.post_message("why " * 200, mention_bot=True)
    await fake.wait_for_message("general", lambda r: "too long" in r.content)

    async def refuse(question: str, **_: Any) -> Any:
        raise InvalidInput("The knowledge base is reloading; try again in a minute.")

    monkeypatch.setattr(env.app, "ask", refuse)
    await fake.post_message("who sold spyware?", mention_bot=True)
    await fake.wait_for_message("general", lambda r: "reloading" in r.content)
    posts = fake.requests_to("POST", CHANNEL_MESSAGES)
    assert all(p.json["allowed_mentions"]["replied_user"] is False for p in posts)


async def test_a_held_card_after_a_restart_without_a_review_channel_is_dropped_not_retried(
    start_bot: Any,
) -> None:
    """A card held (random delay) when the bot stops, and the operator restarts it without
    REVIEW_CHANNEL_ID: the new process has nowhere to post, so the notice is settled rather than
    retried for ever; the tip stays in /triage queue."""
    held_from = datetime(2026, 1, 5, 9, 42, tzinfo=UTC)
    before = await start_bot(tip_cooldown_seconds=0, tip_notice_delay_max_seconds=900)
    before.app.clock = FakeClock(held_from)  # frozen: this process never finds the card due
    public_id = (await file_tip(before, TIP)).public_id
    outbox = Notices(before.app.db)
    assert await outbox.next_due() is not None  # the card is held
    await before.bot.close()  # the operator stops the bot (its cogs unload, the pump stops)
    after: DiscordEnv = await start_bot(review_channel_id=None)
    after.app.clock = FakeClock(held_from + timedelta(hours=1))  # past any draw
    for _ in range(200):
        after.bot.tip_notices.wake()
        if await outbox.next_due() is None:
            break
        await asyncio.sleep(0.05)
    assert await outbox.next_due() is None  # settled, not left to be retried
    assert after.fake.requests_to("POST", CHANNEL_MESSAGES) == []  # no card anywhere
    queue = await (await after.slash("triage queue", by="mo")).reply()
    assert public_id in queue.text()


async def test_a_long_exchange_shows_the_tipster_the_latest_messages_within_one_reply(start_bot: Any) -> None:
    """Four rounds of long questions and answers would be over Discord's 2,000 characters: /tip status
    drops the oldest, keeps the newest question and answer, and still fits one message."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    tip = await file_tip(env, TIP)
    public_id, receipt = tip.public_id, tip.receipt
    for round_ in range(1, 5):
        question = f"Question {round_}: " + "which office signed it and when exactly? " * 9
        asked = await env.slash("triage set", by="mo", id=public_id, status="needs_info", reason=question)
        await asked.reply()
        answer = f"Answer {round_}: " + "the regional office, in the spring of that year. " * 8
        replied = await env.slash("tip reply", by="alice", receipt=receipt, text=answer)
        assert public_id in (await replied.reply()).text()
    status = await (await env.slash("tip status", by="alice", receipt=receipt)).reply()
    shown = visible(status.text())
    assert status.ephemeral and len(status.content) <= 2000
    assert "Question 4:" in shown and "Answer 4:" in shown  # the newest exchange
    assert "Question 1:" not in shown  # the oldest made room


async def test_a_double_press_on_send_files_once_and_never_re_arms_the_filed_preview(
    start_bot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A double click: both presses reach the bot before the first disables the buttons. The second
    is refused (the preview is sent once) only after the first has filed the tip and shown the
    receipt; it must not enable the buttons again on what is now the receipt, as if it could be sent."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    h = await env.slash("tip new", by="alice")
    preview = await h.submit({"what": WHAT})
    shown = await preview.reply()
    file_tip = env.app.tips.file_tip
    channel, message = int(shown.raw["channel_id"]), int(shown.raw["id"])

    def seen() -> Any:
        return env.fake.reply_for(env.fake.world.messages[channel][message])

    calls = 0

    async def one_after_the_other(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:  # the later press is refused only once the first has shown the receipt
            for _ in range(500):
                if "receipt" in seen().text().lower():
                    break
                await asyncio.sleep(0.02)
        return await file_tip(*args, **kwargs)

    monkeypatch.setattr(env.app.tips, "file_tip", one_after_the_other)
    presses = [await preview.click("Send anonymously", message=shown) for _ in range(2)]
    for _ in range(500):  # the refused press is over once it has said why
        refusals = [f for p in presses for f in p.followups if "already sent" in env.fake.reply_for(f).text()]
        if refusals:
            break
        await asyncio.sleep(0.02)
    assert refusals, "the second press was not told the tip was already sent"
    final = seen()
    # What the member sees now, whichever press edited it last: the receipt, nothing to press.
    assert not [b for b in final.buttons() if not b.get("disabled")], "the filed preview can be sent again"
    assert "TIP-0001" in final.text()
    assert await env.app.tips.queue_total(system_actor(), None) == 1

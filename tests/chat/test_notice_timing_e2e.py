"""Timing, from a moderator's side: "the tipster answered" is held a random 0..15 minutes, so the
moment it appears does not point at who was online. Found by an attack review: a reply at 10:47 was
announced at once, because the notice was dated from the stored hour (10:00), not from the reply."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from bot.clock import FakeClock
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import file_tip

WHAT = "A city-wide facial recognition contract was signed with the interior ministry in March."


async def test_the_answered_notice_waits_after_the_reply_not_after_its_stored_hour(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, tip_notice_delay_max_seconds=900)
    clock = FakeClock(datetime(2026, 1, 5, 9, 42, tzinfo=UTC))
    env.app.clock = clock
    tip = await file_tip(env, {"what": WHAT, "vendor": "Acme Vision"})
    public_id, receipt = tip.public_id, tip.receipt
    await asyncio.sleep(1.0)
    assert not [m for m in env.fake.channel_messages("review") if public_id in m.text()], "card not held"
    clock.set(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))  # past any draw: card goes out
    env.bot.tip_notices.wake()
    await env.fake.wait_for_message("review", lambda r: public_id in r.text())
    ask = await env.slash("triage set", by="mo", id=public_id, status="needs_info", reason="Which city?")
    await ask.reply()
    clock.set(datetime(2026, 1, 5, 10, 47, 30, tzinfo=UTC))  # the tipster replies now
    reply = await env.slash("tip reply", by="alice", receipt=receipt, text="The capital, in March.")
    await reply.reply()
    await asyncio.sleep(1.5)  # the fake clock stands still: nothing held may come out
    announced = [m.text() for m in env.fake.channel_messages("review") if "tipster answered" in m.text()]
    assert env.app.tips.clock is clock
    assert not announced, f"announced at the very moment of the reply: {announced}"

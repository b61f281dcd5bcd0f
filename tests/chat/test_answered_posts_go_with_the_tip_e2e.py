"""What a purge leaves in the (loopback) review channel, read by whoever can scroll it: "the
tipster answered" posts went nowhere when retention purged their tip, so their times (the reply's,
plus the random delay) and the tip's number outlived it beside the tombstone. Now the bot keeps one
such post per tip (a newer answer replaces the older post) and deletes it with the tip, through a
stored, retried notice like the card's tombstone."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.clock import FakeClock
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import file_tip
from tests.support.waiting import eventually_async

WHAT = "A city-wide facial recognition contract was signed with the interior ministry in March."


def _answered(env: DiscordEnv, public_id: str) -> list[Any]:
    return [
        m
        for m in env.fake.channel_messages("review")
        if public_id in m.text() and "tipster answered" in m.text()
    ]


async def test_the_tipster_answered_posts_go_when_the_tip_is_purged(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, closed_tip_purge_days=365)
    tip = await file_tip(env, {"what": WHAT, "vendor": "Acme Vision"})
    public_id, receipt = tip.public_id, tip.receipt
    card = await env.fake.wait_for_message("review", lambda r: public_id in r.text())

    for n, answer in enumerate(("The capital, in March.", "Also the port city.")):
        ask = await env.slash(
            "triage set", by="mo", id=public_id, status="needs_info", reason=f"Where? ({n})"
        )
        await ask.reply()
        before = {m.id for m in _answered(env, public_id)}
        reply = await env.slash("tip reply", by="alice", receipt=receipt, text=answer)
        await reply.reply()
        await env.fake.wait_for_message(
            "review", lambda r, seen=before: "tipster answered" in r.text() and r.id not in seen
        )
        await eventually_async(lambda: _settled(env))
    assert len(_answered(env, public_id)) == 1, "each answer left its own post: one per tip is kept"

    closing = await env.slash("triage set", by="mo", id=public_id, status="rejected", reason="not credible")
    await closing.reply()
    later = env.app.clock.now() + timedelta(days=366)
    env.app.clock = FakeClock(later)
    assert (await env.app.tips.purge(later)).tips_purged == 1
    env.bot.tip_notices.wake()
    await env.fake.wait_for_message("review", lambda r: r.id == card.id and "removed" in r.text())
    await eventually_async(lambda: _settled(env))
    left = [m.text() for m in env.fake.channel_messages("review") if public_id in m.text()]
    assert len(left) == 1 and "removed" in left[0], f"left in the review channel after the purge: {left}"


async def _settled(env: DiscordEnv) -> bool:
    return not await env.app.tips.notices.pending()

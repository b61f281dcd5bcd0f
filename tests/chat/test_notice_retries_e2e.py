"""Retried review-channel updates, as moderators see the (loopback) review channel: whatever went
wrong between Discord taking a post and the bot writing it down, each tip ends with one card and at
most one "the tipster answered" post, and the moderators' own messages there are never touched.

- A notice whose claim lapsed mid-batch (another process took it) is not sent by this one; sent
  later, after a failed first post, it posts the card once.
- Two cards of one tip in the channel (two attempts each posted one before either was written
  down): the newest is kept as the tip's card, the other deleted.
- A "the tipster answered" post Discord took but the bot failed to write down is deleted when the
  notice is retried, so the moderators see one such post, the new one.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from bot.clock import FakeClock
from bot.tips.notices import Notices
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import database_blip, file_tip
from tests.support.waiting import eventually_async

WHAT = "A city-wide facial recognition contract was signed with the interior ministry in March."
TIP = {"what": WHAT, "vendor": "Acme Vision"}
POST = "/channels/{channel_id}/messages"


async def _settled(env: DiscordEnv) -> bool:
    return not await env.app.tips.notices.pending()


async def _retried(env: DiscordEnv) -> bool:
    """The failed notice is scheduled again (due later, not claimed)."""
    pending = await env.app.tips.notices.pending()
    return bool(pending) and pending[0][2] > env.app.clock.now()


async def _later(env: DiscordEnv, minutes: int = 5) -> None:
    env.app.clock = FakeClock(env.app.clock.now() + timedelta(minutes=minutes))
    env.bot.tip_notices.wake()
    await eventually_async(lambda: _settled(env))


def _cards(env: DiscordEnv, public_id: str) -> list[Any]:
    return [m for m in env.fake.channel_messages("review") if m.embeds and public_id in m.text()]


async def test_a_notice_another_process_took_is_left_to_it_and_the_card_is_posted_once(
    start_bot: Any, monkeypatch: Any
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    await env.fake.post_message("Morning all, queue looks quiet.", by="mo", channel="review")
    renew, lapsed = Notices.renew, [True]

    async def taken_once(self: Notices, notice: Any, now: Any) -> Any:
        if lapsed:  # our claim ran out during a long batch; another process holds the notice now
            lapsed.pop()
            return None
        return await renew(self, notice, now)

    monkeypatch.setattr(Notices, "renew", taken_once)
    public_id = (await file_tip(env, TIP)).public_id
    pump = env.bot.tip_notices
    # The round that found the claim taken has ended (the pump's own flag: nothing else tells).
    await eventually_async(lambda: asyncio.sleep(0, result=not lapsed and not pump._working))
    assert _cards(env, public_id) == []  # not sent by this process: the other one has it
    # That process died before posting: its claim lapses and this one sends the card, once.
    await _later(env)
    assert len(_cards(env, public_id)) == 1
    texts = [m.text() for m in env.fake.channel_messages("review")]
    assert "Morning all, queue looks quiet." in texts  # a moderator's message is left alone


async def test_two_cards_of_one_tip_end_as_one_the_newest(start_bot: Any, monkeypatch: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    database_blip(monkeypatch, env.app.tips, "set_review_message")
    public_id = (await file_tip(env, TIP)).public_id
    first = await env.fake.wait_for_message("review", lambda r: public_id in r.text())
    await eventually_async(lambda: _retried(env))
    # Another attempt (a second process, before this one's retry) posted the same card too.
    world = env.fake.world
    copy = world.message_payload(
        world.channel_id("review"),
        {"embeds": first.raw["embeds"], "components": first.raw.get("components", [])},
    )
    env.fake.store_message(copy)
    await env.fake.post_message("Looking at the new one now.", by="mo", channel="review")
    await _later(env)
    cards = _cards(env, public_id)
    assert [c.id for c in cards] == [int(copy["id"])], "the newest card is the tip's card, once"
    claim = await env.slash("triage set", by="mo", id=public_id, status="rejected", reason="not credible")
    await claim.reply()
    await eventually_async(lambda: _settled(env))
    assert (
        "not taken further"
        in env.fake.reply_for(world.messages[world.channel_id("review")][int(copy["id"])]).text()
    )


async def test_a_lost_tipster_answered_post_is_replaced_not_repeated(
    start_bot: Any, monkeypatch: Any
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    tip = await file_tip(env, TIP)
    public_id, receipt = tip.public_id, tip.receipt
    await env.fake.wait_for_message("review", lambda r: public_id in r.text())
    ask = await env.slash("triage set", by="mo", id=public_id, status="needs_info", reason="Which city?")
    await ask.reply()
    await eventually_async(lambda: _settled(env))
    mention = f"Has anyone seen /triage show {public_id} yet?"
    await env.fake.post_message(mention, by="mo", channel="review")
    database_blip(monkeypatch, env.app.tips, "set_answered_message")
    reply = await env.slash("tip reply", by="alice", receipt=receipt, text="The capital, in March.")
    await reply.reply()
    lost = await env.fake.wait_for_message("review", lambda r: "tipster answered" in r.text())
    await eventually_async(lambda: _retried(env))
    await _later(env)
    answered = [m for m in env.fake.channel_messages("review") if "tipster answered" in m.text()]
    assert len(answered) == 1 and answered[0].id != lost.id, "the lost post is replaced, not repeated"
    texts = [m.text() for m in env.fake.channel_messages("review")]
    assert mention in texts and len(_cards(env, public_id)) == 1  # a moderator's message stays

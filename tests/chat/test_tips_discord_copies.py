"""Copies kept in Discord outlive nothing: read what is left in the (loopback) review channel.

A card names a tipster who allowed contact only while the tip is open; once the tip is closed the
card drops the mention, and once retention purges the tip the card is a tombstone — edited through
a stored, retried notice, so a refusal by Discord only delays it.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.clock import FakeClock
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import MAY_CONTACT, file_tip

WHAT = "A city-wide facial recognition contract was signed with the interior ministry in March."
EDIT = "/channels/{channel_id}/messages/{message_id}"


async def _file_named(env: DiscordEnv) -> str:
    """Alice files a tip and lets moderators contact her (her mention is on the card)."""
    return (await file_tip(env, {"what": WHAT, "vendor": "Acme Vision"}, send=MAY_CONTACT)).public_id


def _everything_in(env: DiscordEnv, channel: str) -> str:
    return json.dumps([m.raw for m in env.fake.channel_messages(channel)])


async def test_a_closed_card_drops_the_mention_and_a_purged_one_keeps_nothing(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, closed_tip_purge_days=365)
    alice = str(env.fake.world.members["alice"].user.id)
    public_id = await _file_named(env)
    card = await env.fake.wait_for_message("review", lambda r: public_id in r.text())
    assert f"<@{alice}>" in card.text()  # open, contact allowed: moderators see whom to contact

    # Closed from a command, not a button on the card: only the stored notice can fix the card.
    closing = await env.slash("triage set", by="mo", id=public_id, status="rejected", reason="not credible")
    await closing.reply()
    closed = await env.fake.wait_for_message(
        "review", lambda r: r.id == card.id and "not taken further" in r.text()
    )
    assert alice not in json.dumps(closed.raw), "the closed card still names the tipster"
    assert alice not in _everything_in(env, "review")
    shown = await (await env.slash("triage show", by="mo", id=public_id)).reply()
    assert f"<@{alice}>" in shown.text()  # ephemeral /triage show still has it until the link expires

    # A year later retention purges the tip; Discord refuses the first edit of the card.
    later = env.app.clock.now() + timedelta(days=366)
    env.app.clock = FakeClock(later)
    env.fake.fail("PATCH", EDIT, 403)
    report = await env.app.tips.purge(later)
    assert report.tips_purged == 1
    env.bot.tip_notices.wake()
    await _until_refused(env)
    assert "interior ministry" in env.fake.reply_for(_message(env, card.id)).text()  # retried later
    env.app.clock = FakeClock(later + timedelta(hours=2))  # past the pause before the retry
    env.bot.tip_notices.wake()
    tomb = await env.fake.wait_for_message("review", lambda r: r.id == card.id and "removed" in r.text())
    assert public_id in tomb.text() and not tomb.embeds and not tomb.components
    left = _everything_in(env, "review")
    for secret in ("facial recognition", "interior ministry", "Acme Vision", "not credible", alice, "alice"):
        assert secret not in left, f"{secret!r} is still in the review channel after the purge"
    for _ in range(250):  # the notice is deleted once Discord took the edit
        if not await env.app.tips.notices.pending():
            break
        await asyncio.sleep(0.02)
    assert await env.app.tips.notices.pending() == []


def _message(env: DiscordEnv, message_id: int) -> dict[str, Any]:
    channel = env.fake.world.channel_id("review")
    return env.fake.world.messages[channel][message_id]


async def _until_refused(env: DiscordEnv) -> None:
    """Wait until the bot has tried (and been refused) the edit, and recorded the retry."""
    for _ in range(250):
        pending = await env.app.tips.notices.pending()
        if pending and pending[0][2] > env.app.clock.now():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"the refused edit was not scheduled for a retry: {pending}")


async def test_a_tip_closed_while_its_card_is_being_posted_still_drops_the_mention(
    start_bot: Any, monkeypatch: Any
) -> None:
    """The card is in the channel a moment before the bot has stored where it is: a tip closed in
    that moment must still have its card re-rendered, or the closed card names the tipster for good."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    alice = str(env.fake.world.members["alice"].user.id)
    stored = asyncio.Event()
    original = env.app.tips.set_review_message

    async def held(tip_id: int, message_id: int | None) -> None:
        await stored.wait()  # Discord has the card; the bot has not yet written down its id
        await original(tip_id, message_id)

    monkeypatch.setattr(env.app.tips, "set_review_message", held)
    public_id = await _file_named(env)
    card = await env.fake.wait_for_message("review", lambda r: public_id in r.text())
    assert f"<@{alice}>" in card.text()
    closing = await env.slash("triage set", by="mo", id=public_id, status="rejected", reason="not credible")
    await closing.reply()
    stored.set()
    closed = await env.fake.wait_for_message(
        "review", lambda r: r.id == card.id and "not taken further" in r.text()
    )
    assert alice not in json.dumps(closed.raw), "the closed card still names the tipster"


async def test_a_tip_closed_before_its_held_card_goes_out_is_posted_closed(start_bot: Any) -> None:
    """The card waits a random 0..15 minutes; a moderator closes the tip from /triage in that time.
    The re-render the close queues finds no card to edit (nothing is posted early, nothing fails and
    is retried), and the card that goes out later is the closed one, without the tipster's mention."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, tip_notice_delay_max_seconds=900)
    clock = FakeClock(datetime(2026, 1, 5, 9, 42, tzinfo=UTC))
    env.app.clock = clock
    alice = str(env.fake.world.members["alice"].user.id)
    public_id = await _file_named(env)
    closing = await env.slash("triage set", by="mo", id=public_id, status="rejected", reason="not credible")
    await closing.reply()
    env.bot.tip_notices.wake()
    for _ in range(250):  # the re-render is due at once; the card is held
        if [kind for kind, _tip, _due in await env.app.tips.notices.pending()] == ["card"]:
            break
        await asyncio.sleep(0.02)
    assert [kind for kind, _tip, _due in await env.app.tips.notices.pending()] == ["card"]
    assert env.fake.requests_to("PATCH", EDIT) == []
    assert not [m for m in env.fake.channel_messages("review") if public_id in m.text()], "card not held"
    clock.set(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))  # past any draw: the card goes out
    env.bot.tip_notices.wake()
    card = await env.fake.wait_for_message("review", lambda r: public_id in r.text())
    assert "not taken further" in card.text()
    assert alice not in json.dumps(card.raw), "the card of a closed tip names the tipster"

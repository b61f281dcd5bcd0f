"""Attack review (session 8): a review card Discord took but the bot never wrote down outlives the tip.

The bot posts a card, then stores its message id, in two steps. If the second step fails (a database
blip, a crash or a shutdown between them) the notice is retried and a second card is posted; the
first one is known to nobody, so it is never re-rendered when the tip closes (it keeps a contact
tipster's mention) nor turned into a tombstone when retention purges the tip (it keeps the text).
An attacker who later reads the review channel (a moderator account, or Discord's copy) recovers a
purged tip and, for a tip that allowed contact, the member who filed it.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from bot.clock import FakeClock
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import MAY_CONTACT, database_blip, file_tip
from tests.support.waiting import eventually_async

WHAT = "A city-wide facial recognition contract was signed with the interior ministry in March."


async def _all_sent(env: DiscordEnv) -> bool:
    """Every notice the bot queued (a card, its refresh, its tombstone) has gone out."""
    return not await env.app.tips.notices.pending()


def _left_in(env: DiscordEnv, channel: str) -> str:
    return json.dumps([m.raw for m in env.fake.channel_messages(channel)])


async def test_a_card_posted_before_a_failure_to_record_it_is_still_purged(
    start_bot: Any, monkeypatch: Any
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, closed_tip_purge_days=365)
    alice = str(env.fake.world.members["alice"].user.id)
    failures = database_blip(monkeypatch, env.app.tips, "set_review_message")
    public_id = (await file_tip(env, {"what": WHAT, "vendor": "Acme Vision"}, send=MAY_CONTACT)).public_id
    await env.fake.wait_for_message("review", lambda r: public_id in r.text())

    async def retry_scheduled() -> bool:  # the bot failed to store where the card is, and will retry
        pending = await env.app.tips.notices.pending()
        return not failures and bool(pending) and pending[0][2] > env.app.clock.now()

    await eventually_async(retry_scheduled)

    # The notice is retried after its pause: the tip must end up with one card, the one Discord has.
    env.app.clock = FakeClock(env.app.clock.now() + timedelta(minutes=5))
    env.bot.tip_notices.wake()
    await eventually_async(lambda: _all_sent(env))
    cards = [m for m in env.fake.channel_messages("review") if public_id in m.text()]
    assert len(cards) == 1, f"{len(cards)} cards of {public_id} in the review channel"

    closing = await env.slash("triage set", by="mo", id=public_id, status="rejected", reason="not credible")
    await closing.reply()
    later = env.app.clock.now() + timedelta(days=366)
    env.app.clock = FakeClock(later)
    assert (await env.app.tips.purge(later)).tips_purged == 1
    env.bot.tip_notices.wake()
    await eventually_async(lambda: _all_sent(env))
    left = _left_in(env, "review")
    for secret in ("interior ministry", "Acme Vision", "not credible", alice):
        assert secret not in left, f"{secret!r} is still in the review channel after the purge"

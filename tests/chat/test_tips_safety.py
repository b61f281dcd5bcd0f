"""Review findings on the tip flow: a filed tip is never reported as failed, its receipt always
reaches the tipster, and the tipster's text cannot dress itself up as a link or mention for moderators.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

import pytest

from bot.text import visible
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import file_tip, press_send
from tests.support.waiting import eventually

WHAT = "A city-wide facial recognition contract was signed with the interior ministry in March."
TIP = {"what": WHAT, "vendor": "Acme Vision"}
CHANNEL_POST = "/channels/{channel_id}/messages"


async def _settle(send: Any, env: DiscordEnv) -> None:
    """Give any late follow-up (an error message) time to arrive."""
    await (await env.slash("about", by="alice")).reply()
    await asyncio.sleep(0.3)


async def test_failed_review_post_still_gives_receipt_and_no_error(
    start_bot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    env.fake.fail("POST", CHANNEL_POST, 403)  # the bot lost access to the review channel
    tip = await file_tip(env, TIP)
    send, receipt = tip.press, tip.text
    assert "receipt" in receipt.lower() and re.search(r"`([a-z ]+)`", receipt)
    public_id = tip.public_id
    # The card is posted by the notice pump in the background, after the receipt: wait for its failure
    # (a fixed pause missed it whenever the pump's round started late on a loaded machine).
    await eventually(lambda: any("not posted" in r.getMessage() for r in caplog.records))
    await _settle(send, env)
    # The member is not told "something went wrong, please try again" (they would file it twice).
    assert send.followups == []
    # Moderators still find it: the queue reads the database, not the channel.
    queue = await (await env.slash("triage queue", by="mo")).reply()
    assert public_id in queue.text()
    warnings = [r.getMessage() for r in caplog.records if "not posted" in r.getMessage()]
    assert warnings and all(WHAT not in w and "alice" not in w for w in warnings)


async def test_receipt_falls_back_to_a_followup_when_the_edit_fails(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    send = await press_send(env, TIP)
    await send.response()  # deferred; now make the edit that would show the receipt fail
    env.fake.fail("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", 404)
    followup = await send.followup(1)
    assert followup.ephemeral
    assert re.search(r"`([a-z ]+)`", followup.text()), "the receipt itself must reach the tipster"


async def test_reply_is_not_reported_as_failed_when_the_card_is_gone(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    tip = await file_tip(env, TIP)
    public_id, receipt = tip.public_id, tip.receipt
    await env.fake.wait_for_message("review", lambda r: public_id in r.text())
    # Every later post or edit in the review channel fails (bot lost access).
    env.fake.fail("PATCH", "/channels/{channel_id}/messages/{message_id}", 403, times=5)
    env.fake.fail("POST", CHANNEL_POST, 403, times=5)
    handle = await env.slash("tip reply", by="alice", receipt=receipt, text="The capital.")
    answered = await handle.reply()
    assert public_id in answered.text()
    await _settle(handle, env)
    assert handle.followups == [], "the tipster would send the answer again"
    shown = await (await env.slash("triage show", by="mo", id=public_id)).reply()
    assert "The capital." in visible(shown.text())


async def test_reply_reposts_a_deleted_review_card(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    tip = await file_tip(env, TIP)
    public_id, receipt = tip.public_id, tip.receipt
    await env.fake.wait_for_message("review", lambda r: public_id in r.text())
    env.fake.fail("PATCH", "/channels/{channel_id}/messages/{message_id}", 404)  # a moderator deleted it
    handle = await env.slash("tip reply", by="alice", receipt=receipt, text="The capital.")
    await handle.reply()
    await env.fake.wait_for_message("review", lambda r: "the tipster answered" in r.text())
    cards = [r for r in env.fake.channel_messages("review") if r.embeds and public_id in r.embed["title"]]
    assert len(cards) == 2, "a fresh card replaces the deleted one"


async def test_tip_text_cannot_pose_as_links_or_mentions_for_moderators(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    mo_id = env.fake.world.members["mo"].user.id
    bait = f"Contract signed, details [in the ministry file](https://evil.example/x) <@{mo_id}> **urgent**"
    public_id = (await file_tip(env, {"what": bait, "vendor": "[Acme](https://evil.example)"})).public_id
    card = await env.fake.wait_for_message("review", lambda r: bool(r.embeds) and public_id in r.text())
    embed = card.embed
    rendered = embed["description"] + " ".join(f["value"] for f in embed.get("fields", []))
    unescaped_link = re.compile(r"(?<!\\)\[[^\]]*\]\(")
    assert not unescaped_link.search(rendered), rendered
    assert "ministry file" in rendered and "Acme" in rendered  # still shown, as plain text
    assert "https://evil.example/x" in visible(rendered)  # the link is readable, not clickable
    assert f"<@{mo_id}>" not in rendered and "**urgent**" not in rendered
    queue = (await (await env.slash("triage queue", by="mo")).reply()).content
    assert not unescaped_link.search(queue) and f"<@{mo_id}>" not in queue


async def test_messages_ping_nobody_even_without_the_client_default(start_bot: Any) -> None:
    """Each send sets allowed_mentions itself, so error replies that quote a member's input, the
    expired-button notice, Cancel and /about stay safe if the client default is ever lost."""
    env: DiscordEnv = await start_bot(bot_options={"allowed_mentions": None})
    await (await env.slash("about", by="alice")).reply()
    refused = await (await env.slash("triage queue", by="alice")).followup(1)  # the error path
    assert "moderator" in refused.text().lower()
    h = await env.slash("tip new", by="alice")
    preview_handle = await h.submit({"what": WHAT})
    preview = await preview_handle.reply()
    await (await preview_handle.click("Cancel")).reply()
    # The view stopped: a press on the old preview reopens the form the message carries (session 15)
    stale = await preview_handle.click("Send anonymously", message=preview, stale=True)
    await stale.modal()
    # and a button nobody knows gets the expired notice (stale=True: the bot is right not to route it)
    old = env.fake.world.button_message("gone:7")
    gone = await env.fake.component("gone:7", message=old, by="alice", stale=True)
    assert "expired" in (await gone.reply()).text()
    assert not env.fake.problems, env.fake.problems
    env.fake.problems.clear()  # reported above with a clearer message than the teardown's


async def test_a_member_cannot_submit_a_moderators_triage_form(start_bot: Any) -> None:
    """Discord binds a modal to who opened it; the core still checks whoever submits."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    public_id = (await file_tip(env, TIP)).public_id
    card = await env.fake.wait_for_message("review", lambda r: bool(r.embeds) and public_id in r.text())
    opened = await env.fake.component(
        card.button("Reject")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    submitted = await opened.submit({"text": "not credible"}, by="alice")
    assert "moderator" in (await submitted.reply()).text().lower()
    shown = await (await env.slash("triage show", by="mo", id=public_id)).reply()
    assert "new" in shown.embed["title"]

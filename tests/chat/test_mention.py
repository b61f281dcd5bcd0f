"""Mention-to-ask: off by default (no message events at all), answered like /ask when switched on."""

from __future__ import annotations

import asyncio

from bot.questions.service import ASK_MAX
from tests.fakediscord.harness import StartBot

CHANNEL_MESSAGES = "/channels/{channel_id}/messages"


async def test_mentions_are_answered_when_switched_on(start_bot: StartBot) -> None:
    env = await start_bot(message_content_mention=True)
    fake = env.fake
    assert await fake.post_message("Who makes FinFisher spyware?", mention_bot=True, by="alice") == 1

    reply = await fake.wait_for_message("general", lambda r: r.raw["author"].get("bot", False))
    expected = env.app.kb.search("Who makes FinFisher spyware?")
    assert expected.answered and expected.entry is not None
    assert reply.embed["title"].startswith(expected.entry.title[:50])
    (sent,) = fake.requests_to("POST", CHANNEL_MESSAGES)
    assert sent.json["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert sent.json["message_reference"]["message_id"]  # a reply to the member's message


async def test_a_bare_mention_gets_a_hint_and_other_messages_are_ignored(start_bot: StartBot) -> None:
    env = await start_bot(message_content_mention=True)
    fake = env.fake
    await fake.post_message("just chatting, no mention", by="alice")
    await fake.post_message("", mention_bot=True, by="mo")
    hint = await fake.wait_for_message("general", lambda r: "Ask me a question" in r.content)
    assert "/ask" in hint.content
    await asyncio.sleep(0.1)
    assert len(fake.requests_to("POST", CHANNEL_MESSAGES)) == 1


async def test_a_mention_longer_than_ask_allows_is_refused_like_ask(start_bot: StartBot) -> None:
    """A mention gets the same limit as /ask: over it, a polite one-line refusal, not an answer."""
    env = await start_bot(message_content_mention=True)
    fake = env.fake
    await fake.post_message("Who makes FinFisher? " + "x" * ASK_MAX, mention_bot=True, by="alice")
    reply = await fake.wait_for_message("general", lambda r: r.raw["author"].get("bot", False))
    assert "too long" in reply.content and f"{ASK_MAX}" in reply.content.replace(",", "")
    assert not reply.raw.get("embeds")


async def test_off_by_default_so_no_message_events_are_received(discord_env) -> None:
    assert await discord_env.fake.post_message("hello?", mention_bot=True) == 0

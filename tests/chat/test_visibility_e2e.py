"""Who sees what: replies that must be private are, errors never go public, and nothing can ping.

On Discord the first follow-up after a public "thinking" defer becomes that public message, so an
error after /ask's defer would be shown to the whole channel (the fake models this; see
tests/fakediscord/test_deferred.py). Moderators' triage replies and every error are ephemeral.
Every send must set allowed_mentions itself: the bot runs here without the client-wide "no pings"
default, so a send relying on it reaches the fake without allowed_mentions and fails the test.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.errors import InvalidInput
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import file_tip

LOADING = 1 << 7
TIP = {"what": "A facial recognition contract was signed in March with the ministry."}


async def test_error_after_asks_public_defer_is_private_and_no_thinking_remains(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def refuse(question: str, **_: Any) -> Any:
        raise InvalidInput(f"Cannot answer {question!r} right now.")

    monkeypatch.setattr(discord_env.app, "ask", refuse)
    handle = await discord_env.slash("ask", question="who sold @everyone spyware?")
    assert (await handle.response()).type == 5  # deferred publicly: the question is not private
    error = await handle.followup(1)
    assert error.ephemeral and "right now" in error.text()
    public = [m for m in discord_env.fake.channel_messages("general") if not m.ephemeral]
    assert public == []  # neither the error nor a "thinking..." left for the channel
    assert (await handle.reply()).id == error.id


@pytest.mark.allow_error_logs
async def test_unexpected_error_after_asks_defer_is_private(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch, error_logs: Any
) -> None:
    async def crash(question: str, **_: Any) -> Any:
        raise RuntimeError("bug")

    monkeypatch.setattr(discord_env.app, "ask", crash)
    handle = await discord_env.slash("ask", question="anything")
    reply = await handle.followup(1)
    assert reply.ephemeral and re.search(r"ref [0-9A-F]{6}", reply.text())
    assert not any(m.flags & LOADING for m in discord_env.fake.channel_messages("general"))


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("triage queue", {}),
        ("triage show", {"id": "TIP-0001"}),
        ("triage set", {"id": "TIP-0001", "status": "claimed"}),
        ("triage note", {"id": "TIP-0001", "text": "checked the registry"}),
        ("triage draft", {"id": "TIP-0001"}),
    ],
)
async def test_triage_replies_are_ephemeral_for_moderators_and_members(
    start_bot: Any, command: str, options: dict[str, Any]
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    await file_tip(env, TIP)
    for who in ("mo", "alice"):
        handle = await env.slash(command, by=who, **options)
        callback = await handle.response()
        assert callback.type in (4, 5) and callback.data.get("flags", 0) & 64, (who, callback)
        assert (await handle.reply()).ephemeral, who


async def test_every_send_sets_allowed_mentions_itself(start_bot: Any, tmp_path: Any) -> None:
    """No client default: each body must carry its own allowed_mentions (the fake fails it otherwise)."""
    env: DiscordEnv = await start_bot(
        tip_cooldown_seconds=0, drafts_dir=tmp_path, bot_options={"allowed_mentions": None}
    )
    tip = await file_tip(env, TIP)
    public_id, receipt = tip.public_id, tip.receipt
    card = await env.fake.wait_for_message(
        "review", lambda r: bool(r.embeds) and public_id in r.embed["title"]
    )
    claim = await env.fake.component(
        card.button("Claim")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    await claim.reply()
    note = await env.fake.component(
        card.button("Note")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    await (await note.submit({"text": "seen"}, by="mo")).reply()
    ask = await env.fake.component(
        card.button("Ask the tipster")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    await (await ask.submit({"text": "Which city?"}, by="mo")).reply()
    await (await env.slash("tip reply", by="alice", receipt=receipt, text="The capital.")).reply()
    await env.fake.wait_for_message("review", lambda r: "the tipster answered" in r.text())
    cancel = await (await env.slash("tip new", by="alice")).submit({"what": "x" * 40})
    await (await cancel.click("Cancel")).reply()
    for command, options in (
        ("about", {}),
        ("ask", {"question": "EU dual use regulation"}),
        ("ask", {"question": "bananas and @everyone"}),
        ("search", {"query": "spyware"}),
        ("vendor", {"name": "no such vendor at all"}),
        ("triage queue", {}),
        ("triage show", {"id": public_id}),
    ):
        await (await env.slash(command, by="mo", **options)).reply()
    await (await env.slash("triage queue", by="alice")).reply()  # a refusal is a send too
    sent = [r for r in env.fake.requests if r.json is not None and r.method in ("POST", "PATCH")]
    assert len(sent) > 15
    assert env.fake.problems == []

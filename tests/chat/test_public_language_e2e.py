"""Found by an attack review: a /language choice, "kept only in memory", was shown to the whole channel.

/ask answers in public by default. The answer's frame follows the asker's private /language
choice, so everyone in the channel reads it in that language. On real Discord there is no Arabic
client language, so an Arabic-framed public answer in an English server can only mean "this member
chose Arabic" — the very data point bot/language_choice.py promises never to reveal. Public
messages now speak the server's language (bot/chat/i18n.public_language); private ones the member's.
"""

from __future__ import annotations

import re

from tests.fakediscord.harness import DiscordEnv

ARABIC = re.compile("[\u0600-\u06ff]")


async def test_a_public_answer_does_not_reveal_the_askers_language_choice(discord_env: DiscordEnv) -> None:
    chose = await (await discord_env.slash("language", by="alice", locale="en-US", language="ar")).reply()
    assert chose.ephemeral
    handle = await discord_env.slash(
        "ask", by="alice", locale="en-US", question="who sold interception kit to Ruritania?"
    )
    reply = await handle.reply()
    assert not reply.ephemeral  # seen by the whole channel, with alice named as the asker
    shown = reply.text() + repr(reply.embed)
    assert not ARABIC.search(shown), f"public answer framed in alice's private choice: {shown[:300]}"


async def test_paging_a_public_search_does_not_reveal_the_pressers_language_choice(
    discord_env: DiscordEnv,
) -> None:
    """cora searches in public; alice (who chose Arabic privately) presses the next-page button: the
    shared message is edited in place, and switches to alice's language for the whole channel."""
    await (await discord_env.slash("language", by="alice", locale="en-US", language="ar")).reply()
    shown = await (await discord_env.slash("search", by="cora", locale="en-US", query="")).reply()
    assert not shown.ephemeral and not ARABIC.search(repr(shown.raw))
    pager = [b for b in shown.buttons() if str(b.get("custom_id", "")).startswith("search:")]
    assert pager, "the sample knowledge should give more than one page"
    enabled = [b for b in pager if not b.get("disabled")]
    handle = await discord_env.fake.component(
        enabled[-1]["custom_id"], message=shown.raw, by="alice", locale="en-US"
    )
    edited = await handle.reply()
    assert not ARABIC.search(repr(edited.raw)), f"public search now in alice's choice: {edited.raw}"

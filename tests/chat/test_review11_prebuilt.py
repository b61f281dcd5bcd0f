"""Found by review11: /ask's prebuilt components on discord.py's own path (bot/chat/sends.py takes it
when the installed discord.py's webhook adapter differs from the one it was written against,
`ADAPTER_FITS` false: discord.py>=2.4,<3 is allowed) rebuilt the public answer's view when sending,
outside `public_language`: its buttons and menus spoke the asker's private /language choice to the
whole channel, the very thing bot/chat/i18n.public_language exists to prevent."""

from __future__ import annotations

import re

import pytest

from bot.chat import sends
from tests.fakediscord.harness import DiscordEnv

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.mark.parametrize("fits", [True, False])
async def test_a_public_answers_buttons_keep_the_servers_language(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch, fits: bool
) -> None:
    monkeypatch.setattr(sends, "ADAPTER_FITS", fits)
    await (await discord_env.slash("language", by="alice", locale="en-US", language="ar")).reply()
    handle = await discord_env.slash("ask", by="alice", locale="en-US", question="EU dual use regulation")
    reply = await handle.reply()
    assert not reply.ephemeral and reply.buttons()
    shown = repr(reply.raw.get("components"))
    assert not ARABIC.search(shown), f"public buttons in alice's private choice: {shown[:300]}"
    prompt = await handle.followup(1)  # her own prompt: her language
    assert prompt.ephemeral and ARABIC.search(repr(prompt.raw.get("components")))

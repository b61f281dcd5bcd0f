"""Attack review 14: a tip typed into the form must not be lost because the bot forgot the form."""

from __future__ import annotations

from typing import Any

import pytest

from tests.chat.tipflow import VALUES
from tests.fakediscord.harness import DiscordEnv


async def test_a_tip_form_sent_after_a_restart_reaches_the_preview_with_what_was_typed(
    start_bot: Any,
) -> None:
    """A tipster takes their time over the form (leaving out what could identify them, as the form
    asks); meanwhile the bot restarts, or the form outlives discord.py's 15 minutes. The form's text
    is in the submission itself: the member gets the preview of it, not "expired" with it all gone."""
    before: DiscordEnv = await start_bot()
    opened = await before.slash("tip new", by="alice")
    await opened.modal()
    await before.bot.close()  # a deploy while the member is still typing
    after: DiscordEnv = await start_bot()
    previewed = await opened.submit(VALUES, stale=True)
    shown = await previewed.reply()
    assert shown.ephemeral
    typed = "facial recognition contract was signed with the interior ministry"  # shown inert
    assert typed in str(shown.raw)  # the preview of what was typed
    assert "expired" not in shown.text().lower()
    await previewed.click("tipnew:anon", message=shown)
    filed = await after.fake.wait_for_message("review", lambda r: bool(r.embeds))
    assert typed in str(filed.raw)


@pytest.mark.allow_error_logs
async def test_a_failure_while_previewing_keeps_the_form_for_edit(
    start_bot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Something breaks between the form and its preview (here the technology hint). The apology says
    "nothing you sent was lost": the text must then not be lost with the closed form. The member gets
    the apology with Edit, which opens the form again with everything typed."""
    env: DiscordEnv = await start_bot()

    async def broken(*_args: Any, **_kwargs: Any) -> str:
        raise RuntimeError("the knowledge index is being rebuilt")

    monkeypatch.setattr(env.app.tips, "infer_technology", broken)
    opened = await env.slash("tip new", by="alice")
    refused = await opened.submit(VALUES)
    apology = await refused.reply()
    assert apology.ephemeral and "went wrong" in apology.text()
    edit = await refused.click("tipnew:edit", message=apology)
    modal = await edit.modal()
    assert VALUES["what"] in str(modal)  # pre-filled with what the member typed

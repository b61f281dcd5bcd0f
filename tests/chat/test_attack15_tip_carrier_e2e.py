"""Session 15 attack on the tip form the preview message carries (bot/chat/render/tipform.py).

A member who lists invoices under "Anything else" (dashes, #, parentheses, underscores: each shown
escaped, so twice as long) sees the preview field cut at Discord's 1,024 characters. The bot filed
the whole text while it held the form; after 15 minutes or a restart the form is rebuilt from the
message, and Send filed the cut text, its tail gone and a "…" in its place, with nothing saying so.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from bot.store.tables.tips import Tip
from bot.text import escape_member_text
from tests.chat.tipflow import VALUES
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import send_tip

LINE = "- invoice #{n:02d} (A/7-B): paid_2025-03 > see file_{n:02d}.pdf\n"
INVOICES = "".join(LINE.format(n=n) for n in range(1, 18)).strip()


def test_the_invoice_list_is_within_its_field_but_beyond_a_discord_field_once_shown() -> None:
    assert len(INVOICES) <= 1000 < 1024 < len(escape_member_text(INVOICES, one_line=False))


async def test_anything_else_beyond_a_discord_field_once_shown_is_filed_whole_after_a_restart(
    start_bot: Any,
) -> None:
    before: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    previewed = await (await before.slash("tip new", by="alice")).submit(VALUES)
    more = await previewed.click("tipnew:extra")
    preview = await (await more.submit({"extra": INVOICES})).reply()
    await before.bot.close()  # or the member came back after 15 minutes
    after: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    pressed = await more.click("Send anonymously", message=preview, stale=True)
    await pressed.modal()
    checked = await (await pressed.submit(VALUES)).reply()
    assert "…" not in checked.text()
    await send_tip(pressed, message=checked)
    async with after.app.db.sessions() as session:
        (extra,) = (await session.exec(select(Tip.extra))).all()
    assert extra == INVOICES

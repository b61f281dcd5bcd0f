"""Session 15: a tip's preview and a refused tip form never expire with the member's words in them.

The bot held the form for Edit, Send and "Anything else" in memory for discord.py's 15 minutes: a
member who typed a long tip, was refused, and came back later (or pressed after a restart) was told
"expired" and had to copy everything from the screen into a new form. The message now carries the
form (bot/chat/render/tipform.py): any press the bot no longer holds reopens the form with exactly
what was typed, and nothing is kept by the bot for longer than before.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from bot.store.tables.tips import Tip
from tests.chat.tipflow import VALUES
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import InteractionHandle, Reply
from tests.support.tipping import send_tip

# Every markup character Discord knows, a ping, a masked link, a `user@` link and a numbered list:
# shown escaped on the preview, it must come back into the form exactly as typed.
WHAT = (
    "Zqxvwhat: a **city-wide** face-matching contract ~~denied~~ by <@123456789012345678> @everyone,\n"
    "see [the ministry file](https://evil.example/x) and https://gov.example@evil.example/doc\n"
    "1. signed in March\n2. deployed in May \\ not before #1 > all | spoilers ||x|| `code` _under_"
)
EXTRA = "Zqxvextra: the invoice (no. 7-B) was *dated* the 3rd; ask @here"


def defaults(modal: dict[str, Any]) -> dict[str, str]:
    """The text inputs of a form the bot opened, by custom id, as pre-filled."""
    found: dict[str, str] = {}
    for row in modal["components"]:
        for item in row.get("components") or [row.get("component") or {}]:
            if item.get("custom_id"):
                found[item["custom_id"]] = item.get("value") or ""
    return found


async def restarted_with_preview(
    start_bot: Any, **fields: str
) -> tuple[DiscordEnv, InteractionHandle, Reply]:
    """A preview shown, then the bot restarted (the view and its form are gone from memory)."""
    before: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    previewed = await (await before.slash("tip new", by="alice")).submit(VALUES | fields)
    preview = await previewed.reply()
    assert preview.embed["title"] == "Check your tip before sending"
    await before.bot.close()
    after: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    return after, previewed, preview


async def filed_text(env: DiscordEnv) -> tuple[str, str]:
    async with env.app.db.sessions() as session:
        ((what, extra),) = (await session.exec(select(Tip.what, Tip.extra))).all()
    return what, extra


async def test_a_refused_form_edited_after_a_restart_reopens_with_everything_typed(start_bot: Any) -> None:
    before: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    typed = VALUES | {"what": WHAT, "source": "not a link"}
    refused = await (await before.slash("tip new", by="alice")).submit(typed)
    fix = await refused.reply()
    assert "small fix" in fix.content
    await before.bot.close()  # or the member came back after 15 minutes
    after: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    edit = await refused.click("Edit", message=fix, stale=True)
    form = defaults(await edit.modal())  # the form, not "expired"
    assert form == typed
    preview = await (await edit.submit(form | {"source": "https://news.example.org/acme"})).reply()
    assert preview.id == fix.id and preview.embed["title"] == "Check your tip before sending"
    await send_tip(edit, message=preview)
    assert (await filed_text(after))[0] == WHAT


async def test_send_on_a_preview_after_a_restart_reopens_the_form_to_check_and_send(start_bot: Any) -> None:
    after, previewed, preview = await restarted_with_preview(start_bot, what=WHAT)
    pressed = await previewed.click("Send anonymously", message=preview, stale=True)
    form = defaults(await pressed.modal())  # never filed unseen: the one-send token went with the view
    assert form == VALUES | {"what": WHAT}
    checked = await (await pressed.submit(form)).reply()
    await send_tip(pressed, message=checked)
    assert (await filed_text(after))[0] == WHAT


async def test_anything_else_after_a_restart_reaches_the_preview_with_it(start_bot: Any) -> None:
    """The "Anything else" form, opened before a restart and sent after it: the preview it belongs
    to carries the rest of the tip, so the member gets the whole preview, not "expired"."""
    before: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    previewed = await (await before.slash("tip new", by="alice")).submit(VALUES | {"what": WHAT})
    more = await previewed.click("tipnew:extra")
    await more.modal()
    await before.bot.close()
    after: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    shown = await (await more.submit({"extra": EXTRA}, stale=True)).reply()
    assert "expired" not in shown.text().lower()
    assert shown.embed["title"] == "Check your tip before sending"
    await send_tip(more, message=shown)
    assert await filed_text(after) == (WHAT, EXTRA)


async def test_a_picked_technology_and_anything_else_survive_a_restart(start_bot: Any) -> None:
    before: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    previewed = await (await before.slash("tip new", by="alice")).submit(VALUES)
    picked = await previewed.click("tipnew:tech", values=["spyware"])
    preview = await picked.reply()
    more = await picked.click("tipnew:extra", message=preview)
    preview = await (await more.submit({"extra": EXTRA})).reply()
    await before.bot.close()
    await start_bot(tip_cooldown_seconds=0)
    edit = await more.click("Edit", message=preview, stale=True)
    assert defaults(await edit.modal()) == VALUES  # the form's own fields...
    again = await (await edit.submit(VALUES)).reply()
    shown = again.text()
    assert "Zqxvextra" in shown and "chosen by the tipster" in shown  # ...and what the preview added


async def test_cancel_on_a_preview_after_a_restart_cancels(start_bot: Any) -> None:
    after, previewed, preview = await restarted_with_preview(start_bot)
    cancelled = await (await previewed.click("Cancel", message=preview, stale=True)).reply()
    assert "nothing was sent" in cancelled.text() and cancelled.buttons() == []
    assert after.fake.channel_messages("review") == []

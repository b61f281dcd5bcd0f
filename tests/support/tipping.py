"""Filing a tip the way a member does on the loopback Discord: `/tip new`, fill in the form, press a
Send button on the preview, read the tip's number and the receipt words off the receipt.

    tip = await file_tip(env, {"what": WHAT, "vendor": "Acme Vision"})  # Send anonymously
    tip = await file_tip(env, {"what": WHAT}, send=MAY_CONTACT)
    tip = await send_tip(with_extra)  # from a preview the test built (after Edit, Add anything else)
    send = await press_send(env, {"what": WHAT})  # the press only, for a test that breaks what follows
    await env.slash("tip reply", by="alice", receipt=tip.receipt, text="The capital.")

The receipt is recognised by what it shows in any language (the tip's number and its words in
backticks), then held to what the member must read: a private message (only the tipster may ever see
the receipt) in their language, English unless the test says `reads="de"` (a /language choice, a
German Discord). Send is pressed by its label, or by its custom id ("tipnew:anon") for a member
whose preview is in another language.

`database_blip` is the other set-up the review channel's tests share: the database gone for a
moment just after Discord took a post about a tip, before the bot wrote down where it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

import pytest

from bot.errors import StoreUnavailable
from bot.i18n import translate_to
from bot.tips.service import TipService
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import InteractionHandle, Reply

TIP_RE = re.compile(r"TIP-\d{4}")
RECEIPT_RE = re.compile(r"`([a-z ]+)`")

# The receipt's own line, as the member reads it (the catalogs' translation in another language).
RECEIPT_HEADING = "Your receipt (shown only this once — write it down somewhere safe):"

ANONYMOUSLY = "Send anonymously"
MAY_CONTACT = "Send, moderators may contact me"


@dataclass(frozen=True)
class Filed:
    """What the member was shown once the tip was sent: the receipt message (the Send press's reply),
    the tip's public id and the receipt words (the only handle an anonymous tipster has on the tip)."""

    press: InteractionHandle
    shown: Reply
    public_id: str
    receipt: str

    @property
    def text(self) -> str:
        return self.shown.text()


def shows_receipt(reply: Reply) -> bool:
    """The preview has turned into the receipt (the press first only disables its buttons)."""
    text = reply.text()
    return bool(TIP_RE.search(text) and RECEIPT_RE.search(text))


def receipt_heading(language: str) -> str:
    """The receipt's own line in `language` (English where the catalog has no translation)."""
    return translate_to(language, RECEIPT_HEADING) or RECEIPT_HEADING


async def receipt_of(press: InteractionHandle, *, reads: str = "en") -> Filed:
    """Wait for the Send press's reply to show the receipt, check that only the member sees it and
    that it speaks `reads`, the language the member reads (English unless the test chose another),
    and read it."""
    shown = await press.reply_where(shows_receipt)
    text = shown.text()
    public_id, receipt = TIP_RE.search(text), RECEIPT_RE.search(text)
    assert public_id is not None and receipt is not None, text
    assert shown.ephemeral, f"the receipt was shown to the channel: {shown.raw!r}"
    assert receipt_heading(reads) in text, f"the receipt is not in the member's language ({reads}): {text}"
    return Filed(press=press, shown=shown, public_id=public_id.group(0), receipt=receipt.group(1))


async def send_tip(
    preview: InteractionHandle, send: str = ANONYMOUSLY, *, message: Reply | None = None, reads: str = "en"
) -> Filed:
    """Press `send` (a Send button's label or custom id) on the preview and read the receipt (in
    `reads`, the member's language)."""
    return await receipt_of(await preview.click(send, message=message), reads=reads)


class How(TypedDict, total=False):
    """How the member files: `send`, a Send button's label or custom id (default: Send anonymously);
    `by`, who (alice); `locale`, the language their Discord speaks (en-US)."""

    send: str
    by: str
    locale: str


async def press_send(env: DiscordEnv, fields: dict[str, str], **how: Unpack[How]) -> InteractionHandle:
    """`/tip new`, the form filled with `fields`, Send pressed on the preview: the press, for a test
    that watches what becomes of it (a failure, a replay) rather than reading the receipt."""
    opened = await env.slash("tip new", by=how.get("by", "alice"), locale=how.get("locale", "en-US"))
    return await (await opened.submit(fields)).click(how.get("send", ANONYMOUSLY))


async def file_tip(
    env: DiscordEnv, fields: dict[str, str], *, reads: str = "en", **how: Unpack[How]
) -> Filed:
    """`press_send`, then the receipt the member reads (in `reads`, their language)."""
    return await receipt_of(await press_send(env, fields, **how), reads=reads)


def database_blip(monkeypatch: pytest.MonkeyPatch, tips: TipService, write: str) -> list[StoreUnavailable]:
    """The first time the bot writes down where its post about a tip is (`write`: "set_review_message"
    for the card, "set_answered_message" for "the tipster answered"), Discord has the post but the
    database is gone for a moment. Returns the failure still to come: empty once it has struck."""
    original = getattr(tips, write)
    failures = [StoreUnavailable("OperationalError")]

    async def blip(tip_id: int, message_id: int | None) -> Any:
        if failures:  # Discord has the post; the database is gone for a moment
            raise failures.pop()
        return await original(tip_id, message_id)

    monkeypatch.setattr(tips, write, blip)
    return failures

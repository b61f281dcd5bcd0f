"""Session 15 attack on the tip form the preview message carries (bot/chat/render/tipform.py).

A member who lists invoices under "Anything else" (dashes, #, parentheses, underscores: each shown
escaped, so twice as long) sees the preview field cut at Discord's 1,024 characters. The bot filed
the whole text while it held the form; after 15 minutes or a restart the form is rebuilt from the
message, and Send filed the cut text, its tail gone and a "…" in its place, with nothing saying so.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from sqlmodel import select

from bot.chat.render.tipform import carrier_id, form_of, preview_layout, typed_embeds
from bot.chat.render.tips import preview_embed
from bot.store.tables.tips import Tip
from bot.text import escape_member_text
from bot.tips.model import TipForm
from tests.chat.tipflow import VALUES
from tests.fakediscord.harness import DiscordEnv
from tests.support.logs import debug_logs
from tests.support.tipping import send_tip

LINE = "- invoice #{n:02d} (A/7-B): paid_2025-03 > see file_{n:02d}.pdf\n"
INVOICES = "".join(LINE.format(n=n) for n in range(1, 18)).strip()


# Text that looks like the carrier's own layout or notes, pings, and a link the bot annotates.
LOOKALIKES = [
    "What happened\nVendor or product: Acme\n*(shortened to fit Discord)*",
    "\n*(shortened to fit Discord)*",
    "https://gov.example@evil.example/doc (goes to evil.example) (goes to gov.example)",
    "<@123456789012345678> <@&9> <#7> @everyone @here tipnew:cancel:0_:spyware _ 0 1",
    "Check your tip before sending\n⚠️ Protect yourself\n…",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_text_that_looks_like_the_carrier_comes_back_exactly(text: str) -> None:
    """Typed into every field (a preview and a refusal), it comes back as typed: member text is
    only ever a slot's value, never a title, a field name or the carrier's custom id."""
    one_line = " ".join(text.split())
    form = TipForm(what=text, vendor=one_line[:200], country=one_line[:100], when=one_line[:200], extra=text)
    embed = preview_embed(form, inferred="spyware")
    shown = [([embed], carrier_id(preview_layout(embed), ""))]
    kept, layout = typed_embeds("What you typed", form)
    shown.append((kept, carrier_id(layout, "")))
    for embeds, carrier in shown:
        button = SimpleNamespace(custom_id=carrier, children=[])
        message = SimpleNamespace(
            embeds=embeds, components=[SimpleNamespace(custom_id=None, children=[button])]
        )
        assert form_of(message) == TipForm(**{k: v.strip() for k, v in vars(form).items()})


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


async def test_no_log_line_at_debug_names_a_rebuilt_tip_or_its_tipster(start_bot: Any) -> None:
    """Every logger at DEBUG (discord.py's gateway and HTTP loggers log payloads there) while a tip
    is previewed, the bot restarts, and Send, Edit, "Anything else" and Cancel rebuild it from the
    message: no typed word and not the member's id reaches a log line."""
    with debug_logs(("plain", "json")) as captured:
        before: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
        alice = before.fake.world.members["alice"].user
        typed = VALUES | {"what": "Qzwlog-what: the ministry bought kits.", "vendor": "Qzwlog-vendor"}
        previewed = await (await before.slash("tip new", by="alice")).submit(typed)
        more = await previewed.click("tipnew:extra")
        preview = await (await more.submit({"extra": "Qzwlog-extra " + INVOICES})).reply()
        more_again = await more.click("tipnew:extra", message=preview)
        await more_again.modal()
        await before.bot.close()
        after: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
        rebuilt = await (await more_again.submit({"extra": "Qzwlog-extra2"}, stale=True)).reply()
        edit = await more_again.click("Edit", message=rebuilt, stale=True)
        await edit.modal()
        checked = await (await edit.submit(typed)).reply()
        await (await edit.click("Cancel", message=checked)).reply()
        assert after.fake.channel_messages("review") == []
    text = captured.getvalue()
    assert "bot.chat.client" in text  # the handler really wrote lines
    for secret in ("Qzwlog", "qzwlog", "invoice", str(alice.id), alice.username):
        assert secret not in text, f"{secret!r} reached the log"


async def test_another_member_pressing_a_tippers_form_never_gets_it_back(start_bot: Any) -> None:
    """The message a press brings back says whose interaction it answers (its interaction metadata):
    Discord shows an ephemeral form only to its tipster, but a message that reaches another member
    (a forged press, a shared or public message) must never reopen the tipster's words for them."""
    before: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    alice = before.fake.world.members["alice"].user
    typed = VALUES | {"what": "Qzwother: the border agency bought kits.", "source": "not a link"}
    refused = await (await before.slash("tip new", by="alice")).submit(typed)
    fix = await refused.reply()
    assert "small fix" in fix.content and fix.ephemeral
    await before.bot.close()
    after: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    after.fake.world.add_member("bob", ["member"])
    raw = fix.raw | {
        "interaction_metadata": {"id": str(refused.payload["id"]), "type": 5, "user": alice.payload()}
    }
    public = fix.raw | {"flags": 0}  # a form in a message everyone sees: never the bot's, forged
    channel = int(refused.payload["channel_id"])
    for message, button in [
        (raw, "tipnew:edit"),
        (raw, fix.button("Cancel")["custom_id"]),
        (public, "tipnew:anon"),
    ]:
        pressed = await after.fake.component(button, message=message, by="bob", stale=True, channel=channel)
        answer = await pressed.response()
        assert answer.type == 4 and "expired" in str(answer.data).lower()
        assert "Qzwother" not in str(answer.data), "another member got the tipster's words back"
    # The tipster's own press still reopens the form.
    own = await after.fake.component("tipnew:edit", message=raw, by="alice", stale=True, channel=channel)
    assert "Qzwother" in str(await own.modal())


def left_in_discord(env: DiscordEnv, marker: str) -> list[str]:
    """Where `marker` is in a message the bot posted to a channel (the ephemeral ones live only with
    their interaction: each test reads those from the reply that replaced them)."""
    return [
        f"{channel}/{mid}"
        for channel, messages in env.fake.world.messages.items()
        for mid, message in messages.items()
        if marker in str(message)
    ]


async def test_nothing_typed_is_left_in_discord_after_a_rebuilt_form_is_cancelled_or_filed(
    start_bot: Any,
) -> None:
    """Cancel on a refused form the bot forgot (its many embeds of typed text), and a tip filed
    from a rebuilt preview after pressing Send twice: the messages keep no typed word, and the
    double Send files once."""
    before: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    refused = await (await before.slash("tip new", by="alice")).submit(
        VALUES | {"what": "Qzwleft-a: kits bought. " + INVOICES, "vendor": "Qzwleft-a Ltd", "source": "no"}
    )
    fix = await refused.reply()
    previewed = await (await before.slash("tip new", by="alice")).submit(
        VALUES | {"what": VALUES["what"] + " Qzwleft-b"}
    )
    preview = await previewed.reply()
    await before.bot.close()
    after: DiscordEnv = await start_bot(tip_cooldown_seconds=0)

    cancelled = await (await refused.click("Cancel", message=fix, stale=True)).reply()
    assert cancelled.embeds == [] and "Qzwleft-a" not in str(cancelled.raw)
    assert left_in_discord(after, "Qzwleft-a") == []

    first = await previewed.click("Send anonymously", message=preview, stale=True)
    second = await previewed.click("Send anonymously", message=preview, stale=True)
    await second.modal()  # each press only reopens the form: nothing is filed unseen
    checked = await (await first.submit(VALUES | {"what": VALUES["what"] + " Qzwleft-b"})).reply()
    receipt = await send_tip(first, message=checked)
    assert receipt.public_id
    async with after.app.db.sessions() as session:
        assert len((await session.exec(select(Tip.id))).all()) == 1
    filed = receipt.shown
    assert filed.embeds == [] and "Qzwleft-b" not in str(filed.raw)

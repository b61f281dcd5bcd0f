"""Error messages as the member reads them, through the loopback Discord: a right-to-left message
keeps the isolates the core put around a tip id or a command (or "TIP-0001" reads scrambled in
Arabic), while what a member typed into the error still cannot ping, format or reorder the text."""

from __future__ import annotations

from typing import Any

from bot.i18n import FIRST_STRONG_ISOLATE as FSI
from bot.i18n import POP_DIRECTIONAL_ISOLATE as PDI
from bot.text import BIDI_CONTROLS
from tests.chat.tipflow import VALUES
from tests.fakediscord.harness import DiscordEnv
from tests.support.tipping import file_tip


async def test_an_arabic_error_keeps_the_isolates_around_the_tip_id_and_the_command(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    await (await env.slash("language", by="alice", locale="en-US", language="ar")).reply()
    # Sent by the button's id: alice's preview is in Arabic, as she chose.
    tip = await file_tip(env, VALUES, send="tipnew:anon", reads="ar")
    public_id, receipt = tip.public_id, tip.receipt
    rejected = await env.slash("triage set", by="mo", id=public_id, status="rejected", reason="Off topic")
    await rejected.reply()

    refused = await (
        await env.slash("tip reply", by="alice", receipt=receipt, text="One more thing.")
    ).reply()
    assert refused.ephemeral
    text = refused.text()
    assert text.startswith("البلاغ ")  # Arabic: "the tip ... is closed"
    # The id and the command stay left-to-right inside the Arabic; the dash is escaped, not dropped.
    assert f"{FSI}TIP\\-{public_id[4:]}{PDI}" in text
    assert f"{FSI}/tip new{PDI}" in text
    assert text.count(FSI) == text.count(PDI) == 2


async def test_an_arabic_error_quoting_the_member_neither_pings_nor_formats_nor_reorders(
    start_bot: Any,
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    await (await env.slash("language", by="alice", locale="en-US", language="ar")).reply()
    typed = "@everyone\u202e**x**\u2067 able able able able able"  # an override and a stray isolate
    refused = await (await env.slash("tip status", by="alice", receipt=typed)).reply()
    text = refused.text()
    assert refused.ephemeral
    assert "ليست من كلمات الإيصال" in text  # "is not a receipt word", in Arabic
    assert "\\@everyone" in text and "\\*\\*x\\*\\*" in text  # shown, inert
    assert not BIDI_CONTROLS & set(text)  # nothing the member typed can reorder the reply
    sent = env.fake.requests_to("POST", "/interactions/{interaction_id}/{interaction_token}/callback")
    sent += env.fake.requests_to("POST", "/webhooks/{webhook_id}/{webhook_token}")
    assert sent and all((r.json or {}).get("allowed_mentions", {}).get("parse", []) == [] for r in sent)

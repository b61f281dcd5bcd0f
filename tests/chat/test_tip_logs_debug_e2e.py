"""Every log line, from every logger at DEBUG, over the whole life of a tip whose tipster allowed
contact (so the member's id *is* in the database): filing with "anything else", the card, claim,
note, /triage show, a question and its answer, rejection, retention purge and the card's tombstone.

tests/chat/test_tips_e2e.py proves it for an anonymous tip's main flow; here the tipster's id is
stored on purpose and moves through more code (the card's mention, /triage show, the purge's
Discord edit), which is where a debug line naming it would appear.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from bot.clock import FakeClock
from tests.fakediscord.harness import DiscordEnv
from tests.support.logs import debug_logs
from tests.support.tipping import MAY_CONTACT, send_tip

FIELDS = {
    "what": "Plqmz-what: the border agency bought phone-cracking kits.",
    "vendor": "Plqmz-vendor Forensics",
    "country": "Plqmzland",
    "when": "Plqmz-when autumn",
    "source": "https://news.example.org/plqmz-source",
}
EXTRA = "Plqmz-extra: my cousin saw the invoice."
NOTE = "Plqmz-note: fits the procurement notice."
QUESTION = "Plqmz-question: which border post?"
ANSWER = "Plqmz-answer: the northern one."
REASON = "Plqmz-reason: could not confirm."


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Plain and JSON lines, as an operator's LOG_LEVEL=DEBUG run writes them (tests/support/logs.py)."""
    with debug_logs(("plain", "json")) as out:
        yield out


async def test_no_log_line_of_a_contact_allowed_tips_life_names_it_or_its_tipster(
    start_bot: Any, captured: io.StringIO
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, closed_tip_purge_days=365)
    alice = env.fake.world.members["alice"].user
    h = await env.slash("tip new", by="alice")
    preview = await h.submit(FIELDS)
    more = await preview.click("Add anything else")
    with_extra = await more.submit({"extra": EXTRA})
    tip = await send_tip(with_extra, MAY_CONTACT)
    public_id, words = tip.public_id, tip.receipt

    card = await env.fake.wait_for_message("review", lambda r: bool(r.embeds) and public_id in r.text())
    claim = await env.fake.component(
        card.button("Claim")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    await claim.response()
    await (await env.slash("triage note", by="mo", id=public_id, text=NOTE)).reply()
    ask = await env.fake.component(
        card.button("Ask the tipster")["custom_id"], message=card.raw, by="mo", channel="review"
    )
    await (await ask.submit({"text": QUESTION}, by="mo")).reply()
    await (await env.slash("tip status", by="alice", receipt=words)).reply()
    await (await env.slash("tip reply", by="alice", receipt=words, text=ANSWER)).reply()
    shown = await (await env.slash("triage show", by="mo", id=public_id)).reply()
    assert f"<@{alice.id}>" in shown.text()  # the id really moved through this code
    await (await env.slash("triage set", by="mo", id=public_id, status="rejected", reason=REASON)).reply()

    later = env.app.clock.now() + timedelta(days=366)
    env.app.clock = FakeClock(later)
    assert (await env.app.tips.purge(later)).tips_purged == 1
    env.bot.tip_notices.wake()
    await env.fake.wait_for_message("review", lambda r: r.id == card.id and "removed" in r.text(), within=30)

    text = captured.getvalue()
    # DEBUG really was on for the bot's own loggers (none of them writes a line as a tip is filed or
    # answered any more: tests/tips/test_attack14_log_timing.py), and the handler really wrote lines.
    assert logging.getLogger("bot.tips.service").isEnabledFor(logging.DEBUG)
    assert "bot.chat.client" in text
    for secret in ("Plqmz", "plqmz", str(alice.id), alice.username, words):
        assert secret not in text, f"{secret!r} reached the log"
    assert json.dumps(str(alice.id)) not in text

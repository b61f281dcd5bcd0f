"""Discord-facing paths no other test ran, each through the loopback Discord as a member would:
every intake button, the Duplicate and Note forms, long texts at Discord's limits, more than 25
autocomplete matches, and an autocomplete that fails.

The knowledge here has 30 vendors (more than Discord's 25 choices) and a country name longer than
Discord's 100-character choice value, so those limits are met on every run, not by luck.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.chat.render.text import CONTENT_MAX
from bot.errors import InvalidInput
from bot.kb.model import Entry, Source
from bot.kb.service import KnowledgeService
from bot.text import visible
from bot.tips.intake import REPLY_MAX
from tests.fakediscord.harness import DiscordEnv
from tests.fakediscord.interactions import InteractionHandle
from tests.fakediscord.options import command_data
from tests.support.tipping import MAY_CONTACT, file_tip, send_tip

WHAT = "A facial recognition contract was signed in March with the interior ministry."
ANOTHER = "Another report of the same facial recognition contract, from a colleague."
LONG_COUNTRY = "Federal Democratic Union of the Northern and Southern Provinces " * 2


@pytest.fixture
def knowledge() -> KnowledgeService:
    source = Source(publisher="Example", title="Report", date="2024-05-01", url="https://example.org/r")
    entries = [
        Entry(
            id=f"vendor-{i:02d}",
            kind="vendor",
            title=f"Vendor {i:02d} Surveillance",
            summary=f"Maker number {i} of interception kit.",
            body="## Key facts\n- Sells kit.\n",
            status="established",
            last_reviewed="2026-11-26",
            sources=[source],
            countries=[LONG_COUNTRY.strip() if i == 0 else f"Country {i:02d}"],
            technologies=["interception"],
            years=[2020],
        )
        for i in range(30)
    ]
    return KnowledgeService.from_entries(entries)


async def vendor_autocomplete(env: DiscordEnv, typed: str) -> InteractionHandle:
    fake = env.fake
    data = command_data(fake, fake.command("vendor"), [], {"name": typed}, focused="name")
    return await fake.interact(4, data)


async def test_more_than_25_matches_are_cut_to_discords_25(discord_env: DiscordEnv) -> None:
    choices = await (await vendor_autocomplete(discord_env, "vendor")).choices()
    assert len(choices) == 25
    countries = await (await discord_env.autocomplete("search", "country", query="x", country="")).choices()
    assert len(countries) == 25
    assert all(len(c["value"]) <= 100 for c in countries)


async def test_a_country_longer_than_a_choice_value_is_offered_cut(discord_env: DiscordEnv) -> None:
    choices = await (
        await discord_env.autocomplete("search", "country", query="x", country="federal")
    ).choices()
    assert len(choices) == 1 and len(choices[0]["value"]) <= 100


async def test_failing_autocomplete_answers_with_no_choices(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: Any, **__: Any) -> Any:
        raise InvalidInput("index is reloading")

    monkeypatch.setattr(discord_env.app.kb, "complete", broken)
    assert await (await vendor_autocomplete(discord_env, "ven")).choices() == []


async def test_an_error_quoting_long_input_is_cut_to_one_message(
    discord_env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def refuse(question: str, **_: Any) -> Any:
        raise InvalidInput("That question cannot be answered: " + question * 6)

    monkeypatch.setattr(discord_env.app, "ask", refuse)
    error = await (await discord_env.slash("ask", question="q" * 500, private=True)).followup(1)
    assert error.ephemeral and len(error.content) <= CONTENT_MAX and error.content.endswith("…")


# --- intake: every button ----------------------------------------------------------------------
async def preview_for(env: DiscordEnv, **fields: str) -> InteractionHandle:
    h = await env.slash("tip new", by="alice")
    return await h.submit({"what": WHAT} | fields)


async def test_edit_reopens_the_form_with_everything_typed(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    refused = await preview_for(env, what="too short", source="not a link")
    fix = await refused.reply()
    assert "small fix" in fix.text() and [b["label"] for b in fix.buttons()] == ["Edit", "Cancel"]
    edit = await refused.click("Edit")
    form = await edit.modal()
    defaults = {
        row["components"][0]["custom_id"]: row["components"][0].get("value")
        for row in form["components"]
        if row.get("type") == 1
    } or {c["component"]["custom_id"]: c["component"].get("value") for c in form["components"]}
    assert defaults["what"] == "too short" and defaults["source"] == "not a link"
    fixed = await edit.submit({"what": WHAT, "source": "https://example.org/report"})
    preview = await fixed.reply()
    assert preview.embed["title"] == "Check your tip before sending" and preview.ephemeral
    assert preview.id == fix.id  # the same private message, updated in place


async def test_send_allowing_contact_shows_the_member_to_moderators_only(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    preview = await preview_for(env)
    tip = await send_tip(preview, MAY_CONTACT)
    assert tip.shown.ephemeral and "contact you" in tip.text
    public_id = tip.public_id
    alice = env.fake.world.members["alice"].user.id
    card = await env.fake.wait_for_message(
        "review", lambda r: bool(r.embeds) and public_id in r.embed["title"]
    )
    assert f"<@{alice}>" in card.text()
    posts = env.fake.requests_to("POST", "/channels/{channel_id}/messages")
    assert all(p.json["allowed_mentions"]["parse"] == [] for p in posts)  # shown, never pinged


async def test_cancel_sends_nothing(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    preview = await preview_for(env)
    cancelled = await (await preview.click("Cancel")).reply()
    assert "nothing was sent" in cancelled.text() and cancelled.buttons() == []
    assert env.fake.channel_messages("review") == []


# --- review: Duplicate and Note; the tipster's long answer ----------------------------------------
async def card_of(env: DiscordEnv, public_id: str, match: str = "") -> Any:
    return await env.fake.wait_for_message(
        "review", lambda r: bool(r.embeds) and public_id in r.embed["title"] and match in r.text()
    )


async def press(env: DiscordEnv, card: Any, label: str) -> InteractionHandle:
    return await env.fake.component(
        card.button(label)["custom_id"], message=card.raw, by="mo", channel="review"
    )


async def test_duplicate_and_note_forms_update_the_card(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    first = (await file_tip(env, {"what": WHAT})).public_id
    second = (await file_tip(env, {"what": ANOTHER})).public_id
    card = await card_of(env, second)
    note = await press(env, card, "Note")
    assert (await note.modal())["title"].startswith("Note")
    noted = await (await note.submit({"text": "Checked the procurement register."}, by="mo")).reply()
    assert noted.id == card.id
    dup = await press(env, card, "Duplicate of…")
    assert (await dup.modal())["title"].startswith("Duplicate")
    marked = await (await dup.submit({"text": first}, by="mo")).reply_where(lambda r: "duplicate" in r.text())
    # The reason is shown inert like any typed text (`TIP\-0001`); a moderator reads TIP-0001.
    assert marked.id == card.id and first in visible(marked.text())
    shown = await (await env.slash("triage show", by="mo", id=second)).reply()
    assert "note" in shown.text().lower() and shown.ephemeral


async def test_a_long_answer_from_the_tipster_is_announced_within_discords_limits(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    tip = await file_tip(env, {"what": WHAT})
    public_id, receipt = tip.public_id, tip.receipt
    card = await card_of(env, public_id)
    ask = await press(env, card, "Ask the tipster")
    await (await ask.submit({"text": "Which city?"}, by="mo")).reply()
    answer = ("*_*_ " * 400)[: REPLY_MAX - 1]  # escaping nearly doubles it
    handle = await env.slash("tip reply", by="alice", receipt=receipt, text=answer)
    thanks = await handle.reply()
    assert thanks.ephemeral and public_id in thanks.text()
    notice = await env.fake.wait_for_message("review", lambda r: "the tipster answered" in r.text())
    assert len(notice.content) <= CONTENT_MAX
    status = await (await env.slash("tip status", by="alice", receipt=receipt)).reply()
    assert status.ephemeral and len(status.content) <= CONTENT_MAX


async def test_a_long_queue_fits_one_message(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0, tip_max_open_per_member=100)
    for n in range(30):
        await file_tip(
            env, {"what": f"Report number {n}: a facial recognition contract was signed with the ministry."}
        )
    queue = await (await env.slash("triage queue", by="mo")).reply()
    assert queue.ephemeral and 1000 < len(queue.content) <= CONTENT_MAX
    # Whole lines only, and the moderator is told how many tips the message leaves out.
    *lines, more = queue.content.splitlines()
    assert all(line.startswith("**TIP-") and "Report number" in line for line in lines), lines
    assert more.startswith("… and ") and "more tips not shown here" in more

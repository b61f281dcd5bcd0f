"""A tipster reads the whole tip flow in their language, within Discord's limits (issue 13, item 4).

Through the loopback Discord: a member whose interactions say German, one whose say Arabic (real
Discord has no Arabic client, the fake can send it), and one on an English Discord who chose Arabic
with /language. Every screen (modal, preview, receipt, status, the answer to a question) is checked
against the catalog: the translated safety sentences are there, no English source string is, and
every piece fits where Discord shows it.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot import i18n
from bot.i18n import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE, pgettext, use_locale
from bot.i18n_catalogs import limit_problem
from bot.language_choice import CHOICES
from bot.text import escape_member_text
from bot.tips.intake import IDENTITY_WARNING, identity_warning
from tests.chat.tipflow import (
    ANSWER,
    QUESTION,
    VALUES,
    Flow,
    english_in,
    file_and_follow,
    message_strings,
    modal_strings,
)
from tests.fakediscord.harness import DiscordEnv


def screens(flow: Flow) -> list[tuple[str, str | None, str]]:
    """(screen, Discord limit context, text) of everything the tipster was shown."""
    found: list[tuple[str, str | None, str]] = [("modal", c, t) for c, t in modal_strings(flow.modal)]
    for name in ("preview", "receipt", "status", "answered"):
        found += [(name, c, t) for c, t in message_strings(getattr(flow, name))]
    return found


def bot_words(text: str) -> str:
    """`text` without what the member typed and the moderator asked (theirs, in their words)."""
    for typed in (*VALUES.values(), QUESTION, ANSWER):
        text = text.replace(typed, "").replace(escape_member_text(typed, 4000), "")
    return text


def check_flow(flow: Flow, language: str) -> None:
    """Every screen in `language`, within Discord's limits, with the safety sentences in it."""
    shown = screens(flow)
    assert {s for s, _, _ in shown} == {"modal", "preview", "receipt", "status", "answered"}
    problems = [f"{s} {c}: {problem} ({t!r})" for s, c, t in shown if (problem := limit_problem(c, t))]
    assert problems == []
    leaks = {s: found for s, _, t in shown if (found := english_in(bot_words(t), language))}
    assert leaks == {}, leaks
    with use_locale(language):
        modal_texts = [t for _, t in modal_strings(flow.modal)]
        assert pgettext("modal title", "Report a sale, contract or deployment") in modal_texts
        assert pgettext(
            "placeholder", "What did you see? Facts only; leave out anything that identifies you."
        ) in (modal_texts)
        preview = [t for _, t in message_strings(flow.preview)]
        assert identity_warning() in preview  # the safety warning, whole, in the member's language
        assert identity_warning() != IDENTITY_WARNING
        assert pgettext("button", "Send anonymously") in preview
        only_link = i18n._(
            "Use {status} with it to see the status and any question from moderators, and {reply} "
            "to answer. This receipt is the only link between you and your tip: nobody, not even "
            "the moderators, can recover a lost receipt."
        ).split("{reply}")[1]
        assert only_link in flow.receipt.text()
        assert i18n._("waiting for your answer") in flow.status.text()
        assert QUESTION in flow.status.text()  # the moderators' words are theirs, untranslated
        assert flow.public_id in flow.answered.text()


async def test_a_member_whose_discord_speaks_german_reads_the_whole_tip_flow_in_german(
    start_bot: Any,
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    flow = await file_and_follow(env, locale="de")
    check_flow(flow, "de")
    assert flow.modal["title"] == "Verkauf, Vertrag oder Einsatz melden"
    assert "Quittung" in flow.receipt.text() and "/hinweis status" in flow.receipt.text()
    assert flow.answered.text() == f"Danke – deine Antwort wurde zu {flow.public_id} hinzugefügt."


async def test_a_member_whose_interactions_say_arabic_reads_it_all_in_arabic_ids_kept_in_order(
    start_bot: Any,
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    flow = await file_and_follow(env, locale="ar")
    check_flow(flow, "ar")
    receipt = flow.receipt.text()
    # The tip id, the receipt words and the commands stay left-to-right inside the Arabic.
    assert f"{FIRST_STRONG_ISOLATE}`{flow.receipt_words}`{POP_DIRECTIONAL_ISOLATE}" in receipt
    assert f"{FIRST_STRONG_ISOLATE}**{flow.public_id}**{POP_DIRECTIONAL_ISOLATE}" in receipt
    assert (
        f"{FIRST_STRONG_ISOLATE}/tip status{POP_DIRECTIONAL_ISOLATE}" in receipt
    )  # no Arabic names on Discord
    assert "الصلة الوحيدة" in receipt  # "the only link"


async def test_an_english_discord_member_who_chose_arabic_gets_arabic_and_the_choice_is_only_in_memory(
    start_bot: Any,
) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    chose = await (await env.slash("language", by="alice", locale="en-US", language="ar")).reply()
    assert chose.ephemeral
    assert chose.text().startswith("من الآن فصاعدًا سأردّ عليك باللغة العربية.")
    assert "ذاكرة" in chose.text() and "قاعدة بياناته" in chose.text()  # memory, not its database
    alice = env.fake.world.user("alice").id
    assert len(CHOICES) == 1 and str(alice) not in repr(vars(CHOICES))  # a keyed hash, not the id

    flow = await file_and_follow(env, locale="en-US", reads="ar")
    check_flow(flow, "ar")
    from sqlalchemy import select

    from bot.store.tables import metadata

    async with env.app.db.engine.connect() as conn:  # nothing about the choice reached the database
        for table in metadata.sorted_tables:
            for row in (await conn.execute(select(table))).all():
                assert "ar" not in {str(v) for v in row}, table.name

    back = await (await env.slash("language", by="alice", locale="en-US", language="discord")).reply()
    assert back.text().startswith("From now on I answer you in your Discord language (English).")
    assert len(CHOICES) == 0
    status = await (await env.slash("tip status", by="alice", receipt=flow.receipt_words)).reply()
    assert status.text().startswith(f"**{flow.public_id}** is ")


async def test_a_chosen_reply_language_names_commands_as_the_members_own_discord_shows_them(
    start_bot: Any,
) -> None:
    """Discord localises command names by the member's client: an English Discord shows /tip, so a
    German reply to that member must say /tip status, not /hinweis status (which it would not find)."""
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    await (await env.slash("language", by="alice", locale="en-US", language="de")).reply()
    flow = await file_and_follow(env, locale="en-US", reads="de")
    receipt = flow.receipt.text()
    assert "Quittung" in receipt  # the reply is German, as chosen
    assert "/tip status" in receipt and "/hinweis" not in receipt


async def test_two_members_filing_at_once_each_read_their_own_language(start_bot: Any) -> None:
    env: DiscordEnv = await start_bot(tip_cooldown_seconds=0)
    env.fake.world.add_member("bea", ["member"])
    german, arabic = await asyncio.gather(
        file_and_follow(env, by="alice", locale="de"), file_and_follow(env, by="bea", locale="ar")
    )
    check_flow(german, "de")
    check_flow(arabic, "ar")
    assert german.public_id != arabic.public_id


async def test_a_choice_is_forgotten_on_restart_and_never_names_the_member() -> None:
    from bot.language_choice import LanguageChoices

    before = LanguageChoices()
    before.choose(4242, "ar")
    assert before.chosen(4242) == "ar" and before.chosen(4243) is None
    assert "4242" not in repr(vars(before))
    after = LanguageChoices()  # a new process: a new secret, nothing remembered
    assert after.chosen(4242) is None
    with pytest.raises(ValueError):
        before.choose(4242, "xx")

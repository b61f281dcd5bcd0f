"""/ask end to end through the loopback Discord: answers, the no-answer path, privacy and every button."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from bot.errors import StoreUnavailable
from bot.kb.service import KnowledgeService
from bot.questions.service import QuestionLogService
from bot.store.tables.questions import QuestionLog
from tests.chat.entries import sample_knowledge

EPHEMERAL = 1 << 6


@pytest.fixture
def knowledge() -> KnowledgeService:
    return sample_knowledge()


async def question_rows(app) -> list[QuestionLog]:
    await app.question_writer.drain()  # a public answer is sent before its log row is written
    async with app.db.sessions() as session:
        return list((await session.execute(select(QuestionLog))).scalars())


async def test_answer_has_card_badge_sources_and_buttons(discord_env) -> None:
    handle = await discord_env.slash("ask", question="who sold interception kit to Ruritania?")
    reply = await handle.reply()
    assert not reply.ephemeral
    embed = reply.embed
    assert embed["title"] == "Acme interception sale to Ruritania (2019)"
    assert "Contested" in embed["author"]["name"]
    assert "[Report number 1](https://example.org/report-1)" in embed["description"]
    assert "Last reviewed November 26, 2026" in embed["footer"]["text"]
    assert reply.content.startswith("**You asked:** who sold interception kit to Ruritania?")
    labels = [b.get("label") for b in reply.buttons()]
    assert "Helpful" not in labels  # on the asker's own prompt, below
    assert "Acme Intercept GmbH" in labels  # the related entry
    prompt = await handle.followup(1)
    assert prompt.ephemeral and [b.get("label") for b in prompt.buttons()] == ["Helpful", "Not helpful"]
    rows = await question_rows(discord_env.app)
    assert [(r.source, r.answered, r.entry_id) for r in rows] == [("discord", True, "case-acme-ruritania")]


async def test_private_answer_is_ephemeral(discord_env) -> None:
    reply = await (await discord_env.slash("ask", question="EU dual use regulation", private=True)).reply()
    assert reply.ephemeral
    assert reply.embed["title"] == "EU Dual-Use Regulation"


async def test_private_flag_in_a_dm_is_a_normal_message(start_bot) -> None:
    env = await start_bot(guild_id=None)
    reply = await (await env.slash("ask", dm=True, question="EU dual use regulation", private=True)).reply()
    assert not reply.ephemeral and reply.embed["title"] == "EU Dual-Use Regulation"


async def test_an_answer_in_a_dm_carries_its_own_rating_buttons(start_bot) -> None:
    """Only the asker sees a DM: the answer is rated in place, with no separate prompt."""
    env = await start_bot(guild_id=None)
    handle = await env.slash("ask", dm=True, question="EU dual use regulation")
    reply = await handle.reply()
    assert [b.get("label") for b in reply.buttons()][:2] == ["Helpful", "Not helpful"]
    rated = await (await handle.click("Helpful")).reply()
    assert rated.text() == "Thanks, your rating is recorded for the weekly summary."
    assert handle.followups == []


async def test_no_answer_offers_did_you_mean_and_tip(discord_env) -> None:
    handle = await discord_env.slash("ask", question="acme pricing of bananas")
    reply = await handle.reply()
    embed = reply.embed
    assert embed["title"] == "I don't have a sourced answer for that."
    assert "Did you mean" in embed["description"] and "Acme Intercept GmbH" in embed["description"]
    assert "/tip" in embed["description"]
    assert "Helpful" not in [b.get("label") for b in reply.buttons()]
    opened = await (await handle.click("entry:open:acme-intercept")).reply()
    assert opened.ephemeral and opened.embed["title"] == "Acme Intercept GmbH"
    rows = await question_rows(discord_env.app)
    assert [(r.answered, r.entry_id) for r in rows] == [(False, None)]


async def test_no_answer_without_any_suggestion_still_points_to_tip(discord_env) -> None:
    reply = await (await discord_env.slash("ask", question="zzzz qqqq")).reply()
    assert "/tip" in reply.embed["description"] and "Did you mean" not in reply.embed["description"]
    assert reply.buttons() == []


async def test_question_echo_never_pings_or_formats(discord_env) -> None:
    handle = await discord_env.slash("ask", question="@everyone **acme** <@&123456789012345678>")
    reply = await handle.reply()
    assert "\\@everyone" in reply.content and "\\*\\*acme\\*\\*" in reply.content
    assert "<@&123456789012345678>" not in reply.content
    edits = discord_env.fake.requests_to("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original")
    body = edits[-1].json
    assert body["allowed_mentions"] == {"parse": []}


async def test_rating_buttons_record_in_the_question_log(discord_env) -> None:
    handle = await discord_env.slash("ask", question="EU dual use regulation")
    prompt = await handle.followup(1)
    thanks = await (await handle.click("Not helpful", message=prompt)).reply()
    assert thanks.ephemeral and "recorded" in thanks.content
    [row] = await question_rows(discord_env.app)
    assert row.rating == -1
    await (await handle.click("Helpful", message=prompt)).reply()  # latest click wins
    [row] = await question_rows(discord_env.app)
    assert row.rating == 1


async def test_private_answer_carries_its_own_rating_buttons(discord_env) -> None:
    handle = await discord_env.slash("ask", question="EU dual use regulation", private=True)
    reply = await handle.reply()
    assert reply.ephemeral and [b.get("label") for b in reply.buttons()][:2] == ["Helpful", "Not helpful"]
    await (await handle.click("Helpful")).reply()
    [row] = await question_rows(discord_env.app)
    assert row.rating == 1


async def test_no_rating_button_names_the_asker(discord_env) -> None:
    """A custom id is visible to everyone who sees the message: with the asker's id in it, a public
    answer tied its question-log row (and the rating) to its asker. Only the asker sees the buttons."""
    alice = discord_env.fake.world.members["alice"].user.id
    for private in (False, True):
        handle = await discord_env.slash("ask", question="EU dual use", by="alice", private=private)
        reply = await handle.reply()
        shown = reply.buttons() + ([] if private else (await handle.followup(1)).buttons())
        rating = [b for b in shown if b.get("label") in ("Helpful", "Not helpful")]
        assert len(rating) == 2 and all(str(alice) not in b["custom_id"] for b in rating)
        public = [b for b in reply.buttons() if not reply.ephemeral]
        assert not any(b.get("label") == "Helpful" for b in public), "anyone could rate a public answer"
    sent = [r.json for r in discord_env.fake.requests if r.json is not None]
    assert str(alice) not in repr(sent)


async def test_an_old_rating_button_with_a_member_id_answers_politely(discord_env) -> None:
    fake = discord_env.fake
    row_id = await discord_env.app.questions.record("EU dual use", answered=True, entry_id="eu-dual-use")
    button = {"type": 2, "style": 2, "label": "Helpful", "custom_id": f"rate:{row_id}:y:123456789012345678"}
    body = {"content": "An answer", "components": [{"type": 1, "components": [button]}]}
    old = fake.world.message_payload(fake.world.channel_id("general"), body)
    pressed = await fake.component(f"rate:{row_id}:y:123456789012345678", message=old, by="alice")
    said = await pressed.reply()
    assert said.ephemeral and "no longer records" in said.content
    [row] = await question_rows(discord_env.app)
    assert row.rating is None


async def test_related_entry_button_opens_it_for_the_clicker(discord_env) -> None:
    handle = await discord_env.slash("ask", question="Acme Intercept GmbH vendor")
    reply = await handle.reply()
    assert reply.embed["title"] == "Acme Intercept GmbH"
    opened = await (await handle.click("EU Dual-Use Regulation")).reply()
    assert opened.ephemeral and opened.embed["title"] == "EU Dual-Use Regulation"


async def test_read_more_pages_through_the_whole_entry(discord_env) -> None:
    handle = await discord_env.slash("ask", question="Acme Intercept GmbH vendor")
    card = await handle.reply()
    assert card.embed["title"] == "Acme Intercept GmbH"
    page_click = await handle.click("Read more")
    page1 = await page_click.reply()
    assert page1.ephemeral and "page 1 of" in page1.embed["footer"]["text"]
    total = int(page1.embed["footer"]["text"].split("page 1 of ")[1].split(" ")[0])
    assert total >= 2
    seen = page1.embed["description"]
    current = page_click
    for number in range(2, total + 1):
        current = await current.click("Next ▶")
        page = await current.reply()
        assert f"page {number} of {total}" in page.embed["footer"]["text"]
        seen += page.embed["description"]
    assert "Fact 24" in seen and "Acme said it obeys export law." in seen
    assert next(b for b in page.buttons() if b.get("label") == "Next ▶").get("disabled") is True
    back = await (await current.click("◀ Previous")).reply()
    assert f"page {total - 1} of {total}" in back.embed["footer"]["text"]


async def test_many_related_entries_come_as_a_menu(discord_env) -> None:
    handle = await discord_env.slash("ask", question="Zeta Monitoring Systems")
    reply = await handle.reply()
    menu = reply.button("entry:pick")
    assert menu["type"] == 3 and len(menu["options"]) == 7
    opened = await (await handle.click("entry:pick", values=["gridvendor-03"])).reply()
    assert opened.ephemeral and opened.embed["title"] == "Gridvendor 03 Cameras"


async def test_button_for_a_removed_entry_is_answered_politely(discord_env) -> None:
    handle = await discord_env.slash("ask", question="acme pricing of bananas")
    reply = await handle.reply()
    discord_env.app.kb._engine = KnowledgeService.from_entries([]).engine  # knowledge reloaded without it
    gone = await (await handle.click("entry:open:acme-intercept", message=reply)).reply()
    assert gone.ephemeral and "no longer in the knowledge base" in gone.content


async def test_blank_question_is_refused_politely_and_not_logged(discord_env) -> None:
    reply = await (await discord_env.slash("ask", question="   ")).reply()
    assert reply.ephemeral and "Please type a question" in reply.content
    assert await question_rows(discord_env.app) == []


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("EU dual use regulation", "EU Dual-Use Regulation"),  # an entry card
        (
            "which vendors sell video surveillance?",
            "12 entries in the knowledge base may answer that (read each to check):",
        ),
    ],
)
async def test_answer_still_arrives_when_the_question_log_is_down(
    discord_env, monkeypatch, question: str, title: str
) -> None:
    def down(*args, **kwargs):
        written = asyncio.get_running_loop().create_future()
        written.set_exception(StoreUnavailable("OperationalError"))  # the store's "database is locked"
        return written

    monkeypatch.setattr(QuestionLogService, "record_later", down)
    handle = await discord_env.slash("ask", question=question)
    # A public answer does not wait for the log: the note follows in an edit.
    reply = await handle.reply_where(
        lambda r: "rating unavailable" in r.embed.get("footer", {}).get("text", "")
    )
    assert reply.embed["title"] == title
    assert "rating unavailable" in reply.embed["footer"]["text"]
    assert "Helpful" not in [b.get("label") for b in reply.buttons()]


async def test_a_list_question_gets_every_entry_with_a_way_to_open_each(discord_env) -> None:
    handle = await discord_env.slash("ask", question="which vendors sell video surveillance?")
    reply = await handle.reply()
    assert reply.embed["title"] == "12 entries in the knowledge base may answer that (read each to check):"
    for i in range(1, 13):
        assert f"Gridvendor {i:02d} Cameras" in reply.embed["description"]
    labels = [b.get("label") for b in reply.buttons()]
    assert "Helpful" not in labels  # rated like any answer: on the asker's own ephemeral prompt
    prompt = await handle.followup(1)
    assert prompt.ephemeral and [b.get("label") for b in prompt.buttons()] == ["Helpful", "Not helpful"]
    menu = reply.button("entry:pick")
    assert {o["value"] for o in menu["options"]} == {f"gridvendor-{i:02d}" for i in range(1, 13)}
    opened = await (await handle.click("entry:pick", values=["gridvendor-07"])).reply()
    assert opened.ephemeral and opened.embed["title"] == "Gridvendor 07 Cameras"
    rows = await question_rows(discord_env.app)
    assert [r.source for r in rows] == ["discord"]


async def test_a_singular_question_keeps_its_single_answer(discord_env) -> None:
    reply = await (await discord_env.slash("ask", question="which vendor sold interception kit?")).reply()
    assert "entries in the knowledge base may answer that" not in (reply.embed.get("title") or "")

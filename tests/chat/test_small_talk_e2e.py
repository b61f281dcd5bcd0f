"""Small talk through the loopback Discord (issue 10): "thanks" gets a friendly word, "hi" what the
bot answers and how to file a tip, in the member's language; neither is refused, rated or logged.
A greeting in front of a question changes nothing about its answer."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot import i18n
from bot.i18n import _, use_locale
from bot.kb.present import NO_ANSWER
from bot.kb.service import KnowledgeService
from bot.kb.smalltalk_reply import HELLO, WELCOME
from bot.store.tables.questions import QuestionLog
from tests.chat.entries import sample_knowledge
from tests.fakediscord.harness import StartBot


@pytest.fixture
def knowledge() -> KnowledgeService:
    return sample_knowledge()


async def question_rows(app) -> list[QuestionLog]:
    await app.question_writer.drain()
    async with app.db.sessions() as session:
        return list((await session.execute(select(QuestionLog))).scalars())


async def test_thanks_gets_a_friendly_reply_not_a_refusal(discord_env) -> None:
    handle = await discord_env.slash("ask", question="thank you!")
    reply = await handle.reply()
    assert not reply.ephemeral
    assert reply.embed["description"].startswith("You're welcome!")
    assert "/tip new" in reply.embed["description"]
    assert reply.embed.get("title") != str(NO_ANSWER)
    assert reply.buttons() == []  # nothing to rate or open
    assert await question_rows(discord_env.app) == []  # no knowledge gap in the weekly summary


async def test_hello_says_what_the_bot_answers_and_how_to_file_a_tip(discord_env) -> None:
    reply = await (await discord_env.slash("ask", question="hi", private=True)).reply()
    assert reply.ephemeral and reply.buttons() == []
    text = reply.embed["description"]
    assert text.startswith("Hello! I answer questions about the export of surveillance technology")
    for command in ("/ask", "/vendor", "/rule", "/case", "/search", "/tip new", "/about"):
        assert command in text
    assert await question_rows(discord_env.app) == []


async def test_hello_in_the_members_language_with_their_discord_command_names(discord_env) -> None:
    reply = await (await discord_env.slash("ask", question="hi", private=True, locale="de")).reply()
    with use_locale("de"):
        assert reply.embed["description"].startswith(_(HELLO))
        token = i18n.set_command_language("de")  # as a German Discord client shows the commands
        try:
            assert i18n.command("tip new") in reply.embed["description"]
        finally:
            i18n.reset_command_language(token)


async def test_a_public_hello_speaks_the_servers_language(discord_env) -> None:
    """A public reply never shows the language a member reads (README: translations)."""
    reply = await (
        await discord_env.slash("ask", question="hello?", locale="de", guild_locale="en-US")
    ).reply()
    assert reply.embed["description"].startswith("Hello!")


async def test_thanks_in_arabic_gets_an_arabic_reply_in_a_dm(start_bot: StartBot) -> None:
    """Discord has no Arabic client: the member's own word chooses the language."""
    env = await start_bot(guild_id=None)
    reply = await (await env.slash("ask", dm=True, question="شكرا")).reply()
    with use_locale("ar"):
        assert reply.embed["description"].startswith(_(WELCOME).split("!")[0])


async def test_a_greeting_in_front_of_a_question_gets_the_questions_answer(discord_env) -> None:
    plain = await (await discord_env.slash("ask", question="who sold interception kit to Ruritania?")).reply()
    handle = await discord_env.slash("ask", question="hi, who sold interception kit to Ruritania?")
    polite = await handle.reply()
    assert polite.embed["title"] == plain.embed["title"] == "Acme interception sale to Ruritania (2019)"
    assert polite.content.startswith("**You asked:** hi, who sold interception kit")
    prompt = await handle.followup(1)  # rated like any answer
    assert [b.get("label") for b in prompt.buttons()] == ["Helpful", "Not helpful"]


async def test_a_mention_saying_thanks_gets_the_same_reply(start_bot: StartBot) -> None:
    env = await start_bot(message_content_mention=True)
    await env.fake.post_message("thanks!", mention_bot=True, by="alice")
    reply = await env.fake.wait_for_message("general", lambda r: r.raw["author"].get("bot", False))
    assert reply.embed["description"].startswith("You're welcome!")
    assert await question_rows(env.app) == []


async def test_search_hi_gets_the_small_talk_reply_not_nothing_found(discord_env) -> None:
    """/search is where many members type first: "hi" there is greeted as in /ask (talk10)."""
    reply = await (await discord_env.slash("search", query="hi")).reply()
    text = reply.embed["description"]
    assert text.startswith("Hello! I answer questions about the export of surveillance technology")
    assert "Nothing in the knowledge base matches" not in text
    assert reply.buttons() == []  # nothing to page or open
    reply = await (await discord_env.slash("search", query="are you a bot?")).reply()
    assert reply.embed["description"].startswith("I'm ExportWatch, a bot, not a person.")

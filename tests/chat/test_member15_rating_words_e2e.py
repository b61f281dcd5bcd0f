"""Session 15: a rating the question log cannot take is explained in the member's own language.

A member presses Helpful under an answer whose question the log no longer holds (the bot was moved
to a database restored from a backup older than the answer), or a rating button with a question id
the log never gave. The core's refusal reached them in English whatever their Discord spoke.
"""

from __future__ import annotations

from sqlalchemy import delete

from bot.i18n import _, use_locale
from bot.questions.service import QUESTION_GONE, UNKNOWN_QUESTION
from bot.store.tables.questions import QuestionLog
from tests.fakediscord.harness import DiscordEnv


def german(message: str) -> str:
    with use_locale("de"):
        said = _(message)
    assert said != message  # the catalog has it
    return said


async def test_a_rating_of_a_question_no_longer_logged_speaks_german(discord_env: DiscordEnv) -> None:
    asked = await discord_env.slash(
        "ask", question="which vendors sell video surveillance?", private=True, locale="de"
    )
    answer = await asked.reply()
    prompt = answer if any(b.get("custom_id", "").startswith("rate:") for b in answer.buttons()) else None
    prompt = prompt or await asked.followup(1)
    rate = next(b for b in prompt.buttons() if b.get("custom_id", "").startswith("rate:"))
    app = discord_env.app
    await app.question_writer.drain()
    async with app.db.sessions() as session:  # an older backup restored: the row is not there
        await (await session.connection()).execute(delete(QuestionLog))
        await session.commit()
    pressed = await discord_env.fake.component(rate["custom_id"], message=prompt.raw, by="alice", locale="de")
    said = (await pressed.reply()).content
    assert said == german(QUESTION_GONE)


async def test_a_rating_for_no_question_speaks_german(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    forged = fake.world.button_message("rate:0:y", label="x")
    pressed = await fake.component("rate:0:y", message=forged, by="alice", locale="de")
    said = (await pressed.reply()).content
    assert said == german(UNKNOWN_QUESTION)

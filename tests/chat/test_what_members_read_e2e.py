"""What a member reads, through the loopback Discord (review14: members' questions judged by the
text they get, not by which entry ranks first).

- A follow-up ("and when was that?") or a question off the subject has no close entries: the "no
  answer" says that each question is read on its own and what to name, instead of nothing at all.
- Every command a reply names is the one the member's Discord shows: a German client calls the
  tip command `/hinweis neu`, so "file it with `/tip`" sent them looking for a command they lack.
- A German card reads "Wichtigste Fakten" over the facts: the companies' answers under it are
  headed in German too, not "Responses".
- An entry with more related entries than its field holds shows whole titles and how many more
  the menu has, never a title cut with a bare "…".
"""

from __future__ import annotations

import pytest

from bot.chat.render import entry_embed
from bot.chat.render.text import FIELD_VALUE_MAX
from bot.i18n import format_number, ngettext, pgettext, use_locale
from bot.kb.present import NO_ANSWER
from bot.kb.render import kind_label
from bot.kb.service import KnowledgeService
from tests.chat.entries import sample_entries, sample_knowledge
from tests.fakediscord.harness import DiscordEnv


@pytest.fixture
def knowledge() -> KnowledgeService:
    return sample_knowledge()


async def test_a_follow_up_is_told_each_question_stands_alone(discord_env: DiscordEnv) -> None:
    none = await (await discord_env.slash("ask", question="and when was that?")).reply()
    assert none.embed["title"] == str(NO_ANSWER)
    description = none.embed["description"]
    assert "Did you mean" not in description  # nothing close to offer...
    # ...so the member learns why, and what a question here needs
    assert "I read each question on its own, not as a follow-up to the one before" in description
    assert "name the vendor, case or rule you mean" in description and "`/search`" in description
    assert "`/tip new`" in description  # the command that files a tip, whole


async def test_a_german_member_is_pointed_to_the_commands_their_discord_shows(
    discord_env: DiscordEnv,
) -> None:
    asked = "und wann war das?"
    none = await (await discord_env.slash("ask", question=asked, locale="de", guild_locale="de")).reply()
    description = none.embed["description"]
    assert "Ich lese jede Frage für sich" in description and "`/suchen`" in description
    assert "`/hinweis neu`" in description  # what a German Discord lists
    assert "/tip" not in description and "/search" not in description
    # With close entries to offer, the tip pointer still names the German command
    asked = "acme pricing of bananas"
    close = await (await discord_env.slash("ask", question=asked, locale="de", guild_locale="de")).reply()
    assert "Acme Intercept GmbH" in close.embed["description"]
    assert "`/hinweis neu`" in close.embed["description"] and "/tip" not in close.embed["description"]
    assert "Ich lese jede Frage" not in close.embed["description"]  # the suggestions say enough


@pytest.mark.parametrize(
    ("locale", "responses"), [("de", "Stellungnahmen"), ("fr", "Réponses"), ("es-ES", "Respuestas")]
)
async def test_the_responses_heading_is_in_the_members_language(
    discord_env: DiscordEnv, locale: str, responses: str
) -> None:
    asked = "who sold interception kit to Ruritania?"
    card = await (await discord_env.slash("ask", question=asked, locale=locale, guild_locale=locale)).reply()
    description = card.embed["description"]
    assert f"**{responses}**\n• Acme denied the sale." in description
    assert "**Responses**" not in description


def test_related_entries_past_the_field_are_counted_not_cut() -> None:
    base = sample_entries()[0]
    related = [
        base.model_copy(update={"id": f"rel-{i:02d}", "title": f"Related vendor {i:02d} " + "x" * 90})
        for i in range(20)
    ]
    for language in ("en", "de", "ar"):
        with use_locale(language):
            embed = entry_embed(base, related=related)
            field = embed.fields[-1]
            assert field.name == pgettext("embed field name", "Related entries")
            assert len(field.value or "") <= FIELD_VALUE_MAX
            lines = (field.value or "").splitlines()
            shown = [line for line in lines if line.startswith("• ")]
            assert shown and all(line.endswith(f"({kind_label('vendor')})") for line in shown)  # whole
            more = len(related) - len(shown)
            told = ngettext("…and {n} more in the menu below", "…and {n} more in the menu below", more)
            assert more > 0 and lines[-1] == told.format(n=format_number(more))


async def test_a_refusal_shows_the_question_once(discord_env: DiscordEnv) -> None:
    asked = "acme pricing of bananas"
    none = await (await discord_env.slash("ask", question=asked)).reply()
    assert none.content == f"**You asked:** {asked}"  # the line above the embed
    assert asked not in none.embed["description"] and "You asked" not in none.embed["description"]
    assert "Acme Intercept GmbH" in none.embed["description"]

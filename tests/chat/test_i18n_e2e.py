"""Localisation through the loopback Discord: what a member whose Discord speaks German (or French,
or Japanese in a French server) sees, and what the command sync carries for every language.

The fake validates every request against Discord's OpenAPI spec (the fixture fails the test on any
violation); these tests add what the spec leaves out: locale keys Discord knows, names in Discord's
pattern, sibling names unique in each language.
"""

from __future__ import annotations

import asyncio
from typing import Any

import discord

from bot.chat.client import EXPIRED_MESSAGE
from bot.chat.i18n import (
    CHOICE,
    COMMAND_DESCRIPTION,
    COMMAND_NAME,
    OPTION_DESCRIPTION,
    OPTION_NAME,
    limit_problem,
)
from bot.i18n import use_locale
from tests.fakediscord.harness import DiscordEnv

DISCORD_LOCALES = {locale.value for locale in discord.Locale}
# Discord's locales our catalogs serve (Spanish twice: Spain and Latin America). No Arabic: Discord has none.
EXPECTED = {"de", "fr", "es-ES", "es-419", "it"}
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
BUTTON = {"type": 2, "style": 1, "label": "Old", "custom_id": "gone:7"}


def _check_localised(item: dict[str, Any], name_context: str, description_context: str) -> list[str]:
    problems = []
    names = item.get("name_localizations") or {}
    if set(names) - DISCORD_LOCALES:
        problems.append(f"{item['name']}: unknown locales {set(names) - DISCORD_LOCALES}")
    for locale, text in names.items():
        if problem := limit_problem(name_context, text):
            problems.append(f"{item['name']} [{locale}] {text!r}: {problem}")
    for locale, text in (item.get("description_localizations") or {}).items():
        if problem := limit_problem(description_context, text):
            problems.append(f"{item['name']} description [{locale}] {text!r}: {problem}")
    for choice in item.get("choices") or []:
        for locale, text in (choice.get("name_localizations") or {}).items():
            if problem := limit_problem(CHOICE, text):
                problems.append(f"{item['name']} choice [{locale}] {text!r}: {problem}")
    return problems


def _unique_per_locale(siblings: list[dict[str, Any]], where: str) -> list[str]:
    problems = []
    for locale in EXPECTED:
        names = [(s.get("name_localizations") or {}).get(locale, s["name"]) for s in siblings]
        if len(set(names)) != len(names):
            problems.append(f"{where} [{locale}]: duplicate names {names}")
    return problems


def _walk(command: dict[str, Any]) -> tuple[list[str], int]:
    """Problems in a command and its options; how many strings carry every expected locale."""
    problems = _check_localised(command, COMMAND_NAME, COMMAND_DESCRIPTION)
    complete = 0
    for key in ("name_localizations", "description_localizations"):
        have = set((command.get(key) or {}).keys())
        complete += have >= EXPECTED
    options = command.get("options") or []
    problems += _unique_per_locale(options, f"/{command['name']}") if options else []
    for option in options:
        if option["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP):
            sub_problems, sub_complete = _walk(option)
            problems += sub_problems
            complete += sub_complete
        else:
            problems += _check_localised(option, OPTION_NAME, OPTION_DESCRIPTION)
            complete += set((option.get("description_localizations") or {}).keys()) >= EXPECTED
            for choice in option.get("choices") or []:
                complete += set((choice.get("name_localizations") or {}).keys()) >= EXPECTED
    return problems, complete


async def test_synced_commands_carry_localisations_within_discords_rules(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    commands = fake.commands[fake.world.guild_id]
    assert commands
    problems = _unique_per_locale(commands, "top level")
    complete = 0
    for command in commands:
        command_problems, command_complete = _walk(command)
        problems += command_problems
        complete += command_complete
        assert set(command["description_localizations"]) >= EXPECTED, command["name"]
    assert problems == []
    assert complete > 70  # every description, choice and most names, in all five locales
    tip = next(c for c in commands if c["name"] == "tip")
    assert tip["name_localizations"]["de"] == "hinweis"
    new = next(o for o in tip["options"] if o["name"] == "new")
    assert (
        new["description_localizations"]["es-419"]
        == "Enviar un aviso (anónimo, salvo que elijas lo contrario)"
    )
    assert "ar" not in tip["name_localizations"]  # Discord offers no Arabic client


def _german_counts(env: DiscordEnv) -> str:
    from bot.chat.cogs.admin import counts_text

    with use_locale("de"):
        return counts_text(env.app)


async def test_an_admin_whose_discord_speaks_german_is_answered_in_german(discord_env: DiscordEnv) -> None:
    reply = await (await discord_env.slash("kb reload", by="ada", locale="de")).reply()
    text = reply.text()
    assert text == f"Wissen neu geladen: {_german_counts(discord_env)}."
    assert "Einträge" in text and "Regeln" in text and "entries" not in text
    assert reply.ephemeral


async def test_without_a_catalog_for_the_member_the_servers_language_then_english(
    discord_env: DiscordEnv,
) -> None:
    french = await (await discord_env.slash("kb reload", by="ada", locale="ja", guild_locale="fr")).reply()
    assert french.text().startswith("Connaissances rechargées : ")
    british = await (
        await discord_env.slash("kb reload", by="ada", locale="en-GB", guild_locale="de")
    ).reply()
    assert british.text().startswith("Knowledge reloaded: ")
    nothing = await (await discord_env.slash("kb reload", by="ada", locale="ko", guild_locale="ja")).reply()
    assert nothing.text().startswith("Knowledge reloaded: ")


async def test_two_members_at_once_each_get_their_own_language(discord_env: DiscordEnv) -> None:
    handles = await asyncio.gather(
        discord_env.slash("kb reload", by="ada", locale="it"),
        discord_env.slash("kb reload", by="ada", locale="es-ES"),
        discord_env.slash("kb reload", by="ada", locale="de"),
    )
    italian, spanish, german = [(await h.reply()).text() for h in handles]
    assert italian.startswith("Conoscenze ricaricate: ")
    assert spanish.startswith("Conocimiento recargado: ")
    assert german.startswith("Wissen neu geladen: ")


async def test_an_expired_button_is_explained_in_the_members_language(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    stale = fake.world.message_payload(
        fake.world.channel_id("general"),
        {
            "components": [
                {"type": 1, "components": [{"type": 2, "style": 1, "label": "Old", "custom_id": "gone:7"}]}
            ]
        },
    )
    handle = await fake.component("gone:7", message=stale, by="alice", locale="de")
    callback = await handle.response(within=5)
    with use_locale("de"):
        from bot.i18n import _

        german = _(EXPIRED_MESSAGE)
    assert german != EXPIRED_MESSAGE
    assert callback.data["content"] == german

"""Localisation through the loopback Discord: what a member whose Discord speaks German (or French,
or Japanese in a French server) sees, and what the command sync carries for every language.

The fake validates every request against Discord's OpenAPI spec (the fixture fails the test on any
violation); these tests add what the spec leaves out: locale keys Discord knows, names in Discord's
pattern, sibling names unique in each language.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
from pathlib import Path
from typing import Any

import discord
import pytest

from bot import i18n
from bot.chat.client import EXPIRED_MESSAGE
from bot.i18n import use_locale
from bot.i18n_catalogs import (
    CHOICE,
    COMMAND_DESCRIPTION,
    COMMAND_NAME,
    OPTION_DESCRIPTION,
    OPTION_NAME,
    limit_problem,
)
from bot.kb.service import KnowledgeService
from tests.fakediscord.harness import DiscordEnv, StartBot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "kb"
WITHIN = 30  # seconds for a reply: a reload re-reads the knowledge, slow on a loaded machine


@pytest.fixture
async def knowledge(tmp_path: Path) -> KnowledgeService:
    """A small private copy of the fixture knowledge, so /kb reload is quick and touches nothing shared."""
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURES / "valid", target)
    return await KnowledgeService.load(target)


DISCORD_LOCALES = {locale.value for locale in discord.Locale}
# Discord's locales our catalogs serve (Spanish twice: Spain and Latin America). No Arabic: Discord has none.
EXPECTED = {"de", "fr", "es-ES", "es-419", "it"}
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2


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
    reply = await (await discord_env.slash("kb reload", by="ada", locale="de")).reply(WITHIN)
    text = reply.text()
    assert text == f"Wissen neu geladen: {_german_counts(discord_env)}."
    assert text == "Wissen neu geladen: 3 Einträge (1 Regel, 1 Anbieter, 1 Fall)."  # the fixture knowledge
    assert reply.ephemeral


async def test_without_a_catalog_for_the_member_the_servers_language_then_english(
    discord_env: DiscordEnv,
) -> None:
    async def reload(locale: str, guild_locale: str) -> str:
        handle = await discord_env.slash("kb reload", by="ada", locale=locale, guild_locale=guild_locale)
        return (await handle.reply(WITHIN)).text()

    assert (await reload("ja", "fr")).startswith("Connaissances rechargées : ")
    assert (await reload("en-GB", "de")).startswith("Knowledge reloaded: ")
    assert (await reload("ko", "ja")).startswith("Knowledge reloaded: ")


async def test_two_members_at_once_each_get_their_own_language(discord_env: DiscordEnv) -> None:
    handles = await asyncio.gather(
        discord_env.slash("kb reload", by="ada", locale="it"),
        discord_env.slash("kb reload", by="ada", locale="es-ES"),
        discord_env.slash("kb reload", by="ada", locale="de"),
    )
    italian, spanish, german = [(await h.reply(WITHIN)).text() for h in handles]
    assert italian.startswith("Conoscenze ricaricate: ")
    assert spanish.startswith("Conocimiento recargado: ")
    assert german.startswith("Wissen neu geladen: ")


async def test_an_expired_button_is_explained_in_the_members_language(discord_env: DiscordEnv) -> None:
    fake = discord_env.fake
    stale = fake.world.button_message("gone:7")
    handle = await fake.component("gone:7", message=stale, by="alice", locale="de", stale=True)
    callback = await handle.response(within=5)
    with use_locale("de"):
        from bot.i18n import _

        german = _(EXPIRED_MESSAGE)
    assert german != EXPIRED_MESSAGE
    assert callback.data["content"] == german


async def test_what_the_bot_posts_for_the_team_is_in_the_team_language(
    start_bot: StartBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review-channel notices are sent by a background task, not for a member: TEAM_LANGUAGE."""
    from bot.chat import notices

    languages: list[str] = []
    seen = asyncio.Event()

    async def release_due(self: notices.NoticePump) -> None:
        languages.append(i18n.current())
        seen.set()

    monkeypatch.setattr(notices.NoticePump, "release_due", release_due)
    env = await start_bot(team_language="it")
    reply = await (await env.slash("kb reload", by="ada", locale="de")).reply(WITHIN)
    assert reply.text().startswith("Wissen neu geladen: ")
    await asyncio.wait_for(seen.wait(), timeout=10)
    assert set(languages) == {"it"}


def test_a_discord_py_whose_parser_table_changed_leaves_replies_english_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The member's language is set by wrapping a discord.py internal. After an upgrade that renames
    it the bot must still start (English replies) and the operator must be told why."""
    from types import SimpleNamespace

    from bot.chat.i18n import route_reply_language

    renamed = SimpleNamespace(_connection=SimpleNamespace(parsers={}))  # no INTERACTION_CREATE entry
    with caplog.at_level(logging.WARNING, logger="bot.chat.i18n"):
        assert route_reply_language(renamed) is False  # type: ignore[arg-type]
    assert "replies will be in English" in caplog.text

"""Answer cards in the member's language, through the loopback Discord.

A member whose Discord speaks German or French (or Arabic, which the fake can send though Discord
cannot yet) asks, looks up, searches and pages, opens /about: every word of the frame (titles,
labels, status words, "Sources", "Last reviewed", the note that the entry is in English, buttons,
menus, the no-answer text and its suggestions) is in that language, the entry's own text stays
English, review dates are written the way that language writes them, and every part stays within
Discord's limits. The English frame strings are read from the catalog template (a translation
that falls back to English fails for German and French); in Arabic any Latin word left in the frame
fails, which also catches a new string somebody forgot to wrap in `_()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest

from bot.chat.i18n import command_messages
from bot.chat.views.answer import RATE_PROMPT, RATED
from bot.i18n import _, pgettext, translation_note, use_locale
from bot.i18n_catalogs import extract, read_catalog
from bot.kb.model import Entry
from bot.kb.present import NO_ANSWER
from bot.kb.render import ENGLISH_NOTE, KEY_FACTS, LIST_ENGLISH_NOTE, list_heading, reviewed_text
from bot.kb.service import KnowledgeService
from tests.chat.entries import sample_entries, sample_knowledge
from tests.fakediscord.harness import DiscordEnv, StartBot
from tests.fakediscord.world import World

LANGUAGES = {"de": "de", "fr": "fr", "ar": "ar"}  # Discord locale -> catalog
# The files whose strings make the answer cards' frame (what this test says must be translated).
FRAME_FILES = (
    "bot/chat/render/embeds.py",
    "bot/chat/views/answer.py",
    "bot/chat/views/search.py",
    "bot/chat/cogs/ask.py",
    "bot/chat/cogs/lookup.py",
    "bot/chat/cogs/about.py",
    "bot/kb/present.py",
    "bot/kb/render.py",
    "bot/about.py",
)
LIMITS = {"title": 256, "description": 4096, "footer": 2048, "author": 256, "name": 256, "value": 1024}
EMBED_TOTAL, BUTTON_LABEL, OPTION_TEXT, PLACEHOLDER, CONTENT = 6000, 80, 100, 150, 2000


@pytest.fixture
def knowledge() -> KnowledgeService:
    return sample_knowledge()


@cache
def frame_msgids() -> tuple[str, ...]:
    """Every English string of the answer frame, as the catalogs know them."""
    template = extract(command_messages())
    found: list[str] = []
    for message in template:
        if message.id and any(path in FRAME_FILES for path, _line in message.locations):
            found.extend([message.id] if isinstance(message.id, str) else list(message.id))
    return tuple(found)


@cache
def english_fragments(language: str) -> tuple[str, ...]:
    """Pieces of the English frame (between placeholders and punctuation) that the language's
    catalog never uses itself; none of them may show up in what that member sees."""
    translated = " ".join(
        " ".join(m.string) if isinstance(m.string, tuple | list) else str(m.string)
        for m in read_catalog(language)
        if m.id
    )
    pieces = set()
    for msgid in frame_msgids():
        for piece in re.split(r"\{[^}]*\}|\*\*|[:.…▶◀()—·,;?!“”]", msgid):
            piece = piece.strip()
            if len(piece) >= 5 and piece not in translated:
                pieces.add(piece)
    return tuple(sorted(pieces))


def entry_texts(entries: list[Entry]) -> Iterator[str]:
    """The entries' own words (they stay English), longest first so parts never shadow the whole."""
    texts: set[str] = set()
    for entry in entries:
        texts |= {entry.id, entry.title, entry.summary, *entry.aliases}
        for line in entry.body.splitlines():
            line = re.sub(r"^\s*(#+|[-*])\s*", "", line).strip()
            if line and line != KEY_FACTS:
                texts.add(line)
        for source in entry.sources:
            texts |= {source.publisher, source.title or "", source.url or "", source.when}
    yield from sorted((t for t in texts if t), key=len, reverse=True)


def shown_frame(message: dict[str, Any], *, asked: str = "") -> str:
    """What the member reads in a message, with the entries' own text and their question removed."""
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [
            (embed.get("footer") or {}).get("text") or "",
            (embed.get("author") or {}).get("name") or "",
        ]
        for field in embed.get("fields") or []:
            parts += [field["name"], field["value"]]
    for item in components(message):
        parts += [item.get("label") or "", item.get("placeholder") or ""]
        for option in item.get("options") or []:
            parts += [option["label"], option.get("description") or ""]
    text = "\n".join(parts).replace("\\", "")
    if asked:
        text = text.replace(asked, "")
    own = list(entry_texts(sample_entries()))
    # A fact the card shortened is still the entry's text: drop bullets that begin an entry's line.
    text = "\n".join(line for line in text.splitlines() if not _shortened_fact(line, own))
    for piece in own:
        text = text.replace(piece, "")
    return text


def _shortened_fact(line: str, own: list[str]) -> bool:
    head = line.removeprefix("• ").rstrip("…").strip()
    return line.startswith("• ") and len(head) > 20 and any(text.startswith(head) for text in own)


def components(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for row in message.get("components") or [] for item in row.get("components") or []]


# Latin text an Arabic frame may carry: commands in code spans, links, the bot's and languages' names.
LATIN_ALLOWED = re.compile(
    r"`[^`]*`|https?://\S+|/(tip|ask|search)\b|ExportWatch|English|Deutsch|français|español|italiano"
)


def assert_in_language(message: dict[str, Any], language: str, *, asked: str = "") -> None:
    text = shown_frame(message, asked=asked)
    left = [piece for piece in english_fragments(language) if piece in text]
    assert left == [], f"English frame left in the {language} reply: {left}\n{text}"
    if language == "ar":
        latin = re.findall(r"[A-Za-z]{3,}", LATIN_ALLOWED.sub("", text))
        assert latin == [], f"Latin words in the Arabic frame: {latin}\n{text}"


def assert_within_limits(message: dict[str, Any]) -> None:
    assert len(message.get("content") or "") <= CONTENT
    for embed in message.get("embeds") or []:
        total = 0
        for key in ("title", "description"):
            assert len(embed.get(key) or "") <= LIMITS[key], key
            total += len(embed.get(key) or "")
        for key in ("footer", "author"):
            text = (embed.get(key) or {}).get("text" if key == "footer" else "name") or ""
            assert len(text) <= LIMITS[key], key
            total += len(text)
        for field in embed.get("fields") or []:
            assert 0 < len(field["name"]) <= LIMITS["name"] and 0 < len(field["value"]) <= LIMITS["value"]
            total += len(field["name"]) + len(field["value"])
        assert total <= EMBED_TOTAL
    for item in components(message):
        assert len(item.get("label") or "") <= BUTTON_LABEL
        assert len(item.get("placeholder") or "") <= PLACEHOLDER
        for option in item.get("options") or []:
            assert len(option["label"]) <= OPTION_TEXT and len(option.get("description") or "") <= OPTION_TEXT


def check(message: dict[str, Any], language: str, *, asked: str = "") -> None:
    assert_in_language(message, language, asked=asked)
    assert_within_limits(message)


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
async def test_an_entry_card_in_the_members_language(discord_env: DiscordEnv, locale: str) -> None:
    language = LANGUAGES[locale]
    asked = "who sold interception kit to Ruritania?"
    handle = await discord_env.slash("ask", question=asked, locale=locale, guild_locale=locale)
    reply = await handle.reply()
    embed = reply.embed
    with use_locale(language):
        assert embed["title"] == "Acme interception sale to Ruritania (2019)"  # the entry's own words
        assert reply.content.startswith("**" + _("You asked:") + "** ")
        assert _("Contested") in embed["author"]["name"] and _("Case") in embed["author"]["name"]
        date = reviewed_text("2026-11-26")
        assert embed["footer"]["text"].startswith(_("Last reviewed {date}").format(date=date))
        fields = {f["name"]: f["value"] for f in embed["fields"]}
        assert fields[pgettext("embed field name", "Language")] == _(ENGLISH_NOTE)
        assert pgettext("embed field name", "Related entries") in fields
        assert "**" + _("Sources") + "**" in embed["description"]
        assert "**" + _("Status:") + "**" in embed["description"]
        assert "[Report number 1](https://example.org/report-1)" in embed["description"]  # stays English
        prompt = await handle.followup(1)
        assert prompt.content == _(RATE_PROMPT)
        labels = [b.get("label") for b in prompt.buttons()]
        assert labels == [pgettext("button", "Helpful"), pgettext("button", "Not helpful")]
    check(reply.raw, language, asked=asked)
    check(prompt.raw, language)
    rate = prompt.button(labels[0])
    thanks = await (
        await discord_env.fake.component(
            rate["custom_id"], message=prompt.raw, by="alice", locale=locale, guild_locale=locale
        )
    ).reply()
    with use_locale(language):
        assert thanks.content == _(RATED)


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
async def test_a_list_answer_and_a_no_answer_in_the_members_language(
    discord_env: DiscordEnv, locale: str
) -> None:
    language = LANGUAGES[locale]
    asked = "which vendors sell video surveillance?"
    listed = await (
        await discord_env.slash("ask", question=asked, locale=locale, guild_locale=locale)
    ).reply()
    with use_locale(language):
        assert listed.embed["title"] == list_heading(12)
        assert listed.embed["footer"]["text"].startswith(_(LIST_ENGLISH_NOTE))
        assert listed.button("entry:pick")["placeholder"] == pgettext(
            "placeholder", "Open one of these entries…"
        )
    check(listed.raw, language, asked=asked)

    asked = "acme pricing of bananas"
    handle = await discord_env.slash("ask", question=asked, locale=locale, guild_locale=locale)
    none = await handle.reply()
    with use_locale(language):
        assert none.embed["title"] == _(NO_ANSWER)
        assert "**" + _("Did you mean…") + "**" in none.embed["description"]
        assert "Acme Intercept GmbH" in none.embed["description"]  # the suggestion, by its own name
    check(none.raw, language, asked=asked)
    # The suggestion opens for the clicker, still in their language.
    button = none.button("entry:open:acme-intercept")
    opened = await (
        await discord_env.fake.component(
            button["custom_id"], message=none.raw, by="alice", locale=locale, guild_locale=locale
        )
    ).reply()
    assert opened.ephemeral and opened.embed["title"] == "Acme Intercept GmbH"
    with use_locale(language):
        assert pgettext("button", "Read more") in [b.get("label") for b in opened.buttons()]
    check(opened.raw, language)


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
async def test_search_pages_and_lookups_in_the_members_language(discord_env: DiscordEnv, locale: str) -> None:
    language = LANGUAGES[locale]
    fake = discord_env.fake
    first = await (
        await discord_env.slash("search", query="cameras", kind="vendor", locale=locale, guild_locale=locale)
    ).reply()
    with use_locale(language):
        previous, following = pgettext("button", "◀ Previous"), pgettext("button", "Next ▶")
        assert first.embed["title"] == pgettext("embed title", "Search: {query}").format(query="cameras")
        assert first.embed["footer"]["text"].startswith(_("Page {page} of {pages}").format(page=1, pages=3))
        assert pgettext("choice", "vendor") in first.embed["footer"]["text"]
        assert first.button(previous).get("disabled") is True
    check(first.raw, language, asked="cameras")
    turned = await fake.component(
        first.button(following)["custom_id"],
        message=first.raw,
        by="alice",
        locale=locale,
        guild_locale=locale,
    )
    second = await turned.reply()
    with use_locale(language):
        assert second.embed["footer"]["text"].startswith(_("Page {page} of {pages}").format(page=2, pages=3))
    check(second.raw, language, asked="cameras")

    missing = await (
        await discord_env.slash("vendor", name="acme spooky", locale=locale, guild_locale=locale)
    ).reply()
    with use_locale(language):
        assert missing.embed["title"] == pgettext("embed title", "No such vendor")
        assert "**" + _("Closest names") + "**" in missing.embed["description"]
    check(missing.raw, language, asked="acme spooky")


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
async def test_about_in_the_members_language_says_the_translation_is_unreviewed(
    discord_env: DiscordEnv, locale: str
) -> None:
    language = LANGUAGES[locale]
    reply = await (await discord_env.slash("about", locale=locale, guild_locale=locale)).reply()
    embed = reply.embed
    note = translation_note(language)
    assert note is not None  # the shipped catalogs are machine-drafted
    with use_locale(language):
        assert embed["title"] == pgettext("embed title", "About ExportWatch")
        fields = {f["name"]: f["value"] for f in embed["fields"]}
        translations = fields[pgettext("embed field name", "Translations")]
        assert translations.startswith(note)
        assert "Deutsch" in translations and "العربية" in translations
        knowledge = fields[pgettext("embed field name", "Knowledge base")]
        assert (
            reviewed_text("2026-11-26") in knowledge
        )  # the fixture's review date, as the language writes it
    check(reply.raw, language)


async def test_review_dates_are_written_the_way_the_members_language_writes_them(
    discord_env: DiscordEnv,
) -> None:
    footers = {}
    for locale in ("en-US", "de", "fr", "ar"):
        reply = await (
            await discord_env.slash(
                "ask", question="EU dual use regulation", locale=locale, guild_locale=locale
            )
        ).reply()
        footers[locale] = reply.embed["footer"]["text"]
    assert footers["en-US"].startswith("Last reviewed November 26, 2026 · ")
    assert footers["de"].startswith("Zuletzt geprüft: 26. November 2026 · ")
    assert footers["fr"].startswith("Dernière vérification : 26 novembre 2026 · ")
    assert footers["ar"].startswith("آخر مراجعة 26 نوفمبر 2026 · ")


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("en", "2026-11-26", "November 26, 2026"),
        ("de", "2026-11-26", "26. November 2026"),
        ("fr", "2026-11-26", "26 novembre 2026"),
        ("es", "2026-11-26", "26 de noviembre de 2026"),
        ("it", "2026-11-26", "26 novembre 2026"),
        ("ar", "2026-11-26", "26 نوفمبر 2026"),
        ("de", "2026-11", "November 2026"),  # only as exact as the entry says
        ("fr", "2026-03", "mars 2026"),
        ("ar", "2026", "2026"),
        ("de", "soon", "soon"),  # unreadable: shown as written, never a traceback
    ],
)
def test_a_review_date_follows_the_locale(language: str, value: str, expected: str) -> None:
    with use_locale(language):
        assert reviewed_text(value) == expected


async def test_a_mention_is_answered_in_the_servers_language(
    start_bot: StartBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message has no member locale: the server's preferred one decides (French here)."""
    original = World.guild_payload
    monkeypatch.setattr(World, "guild_payload", lambda self: original(self) | {"preferred_locale": "fr"})
    env = await start_bot(message_content_mention=True)
    await env.fake.post_message("", mention_bot=True, by="alice")
    with use_locale("fr"):
        hint = _(
            "Ask me a question after the mention, e.g. `@ExportWatch who sold FinFisher?`, or use `/ask`."
        )
    assert hint.startswith("Posez-moi")
    await env.fake.wait_for_message("general", lambda r: r.content == hint)
    asked = "which vendors sell video surveillance?"
    await env.fake.post_message(asked, mention_bot=True, by="alice")
    with use_locale("fr"):
        heading = list_heading(12)
    reply = await env.fake.wait_for_message(
        "general", lambda r: bool(r.embeds) and r.embed["title"] == heading
    )
    check(reply.raw, "fr", asked=asked)

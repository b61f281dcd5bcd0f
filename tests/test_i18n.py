"""The catalogs and the current language, from a member's and a careless contributor's side.

A member must never get English (or a broken sentence) where their language has a catalog, and two
members answered at once must each get their own language. A contributor who adds a string without
translating it, drops a placeholder, leaves a fuzzy entry or forgets to compile must fail CI.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message

from bot import i18n, i18n_catalogs
from bot.chat.i18n import command_messages
from bot.cli import main
from bot.cli.i18n import limit_problems
from bot.i18n import _, ngettext, use_locale
from bot.i18n_catalogs import (
    CHOICE,
    COMMAND_DESCRIPTION,
    COMMAND_NAME,
    Extra,
    check,
    compile_all,
    extract,
    limit_problem,
    placeholder_problems,
    target_languages,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def template() -> Catalog:
    return extract(command_messages())


@pytest.fixture
def locales_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of the catalogs that the catalog tools (and the runtime) read instead."""
    copy = tmp_path / "locales"
    shutil.copytree(i18n.LOCALES_DIR, copy)
    monkeypatch.setattr(i18n_catalogs, "LOCALES_DIR", copy)
    monkeypatch.setattr(i18n, "LOCALES_DIR", copy)
    i18n.translations.cache_clear()
    yield copy
    i18n.translations.cache_clear()


def test_every_string_is_translated_in_every_catalog(template: Catalog) -> None:
    assert check(template) == []
    assert set(target_languages()) == {"de", "fr", "es", "it", "ar"}
    assert len([m for m in template if m.id]) > 90  # the commands and the first face's messages


def test_extraction_finds_face_strings_and_every_slash_command(template: Catalog) -> None:
    ids = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in template if m.id}
    assert (None, "The previous knowledge is still serving.") in ids  # N_() in bot/chat/cogs/admin.py
    assert (None, "Knowledge not reloaded: {n} problem.") in ids  # ngettext
    assert (COMMAND_NAME, "tip") in ids and (COMMAND_NAME, "reload") in ids
    assert (COMMAND_DESCRIPTION, "File a tip (anonymous unless you choose otherwise)") in ids
    assert (CHOICE, "needs-info") in ids


def test_a_new_untranslated_string_fails_the_check(template: Catalog) -> None:
    newer = extract([*command_messages(), Extra("Your receipt was lost.", None, "bot/new.py")])
    problems = check(newer)
    assert len([p for p in problems if "missing" in p and "Your receipt was lost." in p]) == 5


def test_broken_catalogs_are_refused(locales_copy: Path, template: Catalog) -> None:
    po = locales_copy / "de" / "LC_MESSAGES" / "exportwatch.po"
    text = po.read_text(encoding="utf-8")
    text = text.replace('msgstr "Wissen neu geladen: {counts}."', 'msgstr "Wissen neu geladen: {anzahl}."')
    text = text.replace('msgstr "Deine Antwort"', 'msgstr ""')
    text = text.replace(
        'msgid "The previous knowledge is still serving."',
        '#, fuzzy\nmsgid "The previous knowledge is still serving."',
    )
    text = text.replace("Language-Team: unreviewed", "Language-Team: LANGUAGE <LL@li.org>")
    po.write_text(text, encoding="utf-8")
    problems = "\n".join(check(template, ["de"]))
    assert "placeholders ['{anzahl}'] differ from the English ['{counts}']" in problems
    assert "untranslated: option description | 'Your answer'" in problems
    assert "fuzzy" in problems and "still serving" in problems
    assert "Language-Team must be" in problems
    assert "compiled catalog is stale" in problems


def test_plural_forms_keep_their_placeholders() -> None:
    ok = Message(("{n} rule", "{n} rules"), ("قاعدة واحدة", "{n} قواعد"))
    assert placeholder_problems(ok) == []  # a form may say the number in words
    wrong = Message(("{n} rule", "{n} rules"), ("{n} Regel", "Regeln"))
    assert placeholder_problems(wrong)  # the general form must carry {n}
    alien = Message(("{n} rule", "{n} rules"), ("{count} Regel", "{n} Regeln"))
    assert placeholder_problems(alien)


def test_every_catalog_string_fits_discords_limits() -> None:
    assert limit_problems() == []


def test_the_limits_refuse_what_discord_refuses() -> None:
    assert limit_problem(COMMAND_NAME, "neu-laden") is None
    assert limit_problem(COMMAND_NAME, "إعادة-تحميل") is None  # Arabic letters are \p{L}
    assert limit_problem(COMMAND_NAME, "Neu laden")  # capital and space
    assert limit_problem(COMMAND_NAME, "مورّد")  # a shadda is a mark, not a letter
    assert limit_problem(COMMAND_NAME, "x" * 33)
    assert limit_problem(COMMAND_DESCRIPTION, "x" * 101)
    assert limit_problem(CHOICE, "x" * 101)
    assert limit_problem("modal title", "x" * 46)
    assert limit_problem(None, "x" * 2001)
    assert limit_problem(None, "  ")


def test_localised_names_are_unique_among_siblings() -> None:
    """Discord refuses two options (or two commands) with the same name in one language."""
    from bot.chat.cogs import COGS

    by_file: dict[tuple[str, str | None], list[str]] = {}
    for extra in command_messages(COGS):
        if extra.context in (COMMAND_NAME, "option name"):
            by_file.setdefault((extra.location, extra.context), []).append(extra.msgid)
    for language in target_languages():
        for (where, context), names in by_file.items():
            localised = [i18n.translate_to(language, n, context) or n for n in dict.fromkeys(names)]
            assert len(set(localised)) == len(localised), (language, where, context, localised)


@pytest.mark.parametrize(
    ("preferred", "chosen"),
    [
        (("de",), "de"),
        (("es-ES",), "es"),
        (("es-419",), "es"),
        (("pt-BR", "fr"), "fr"),  # no Portuguese: the server's language
        (("zh-CN", None), "en"),
        (("de_AT.UTF-8",), "de"),
        (("it:de",), "it"),  # LANGUAGE lists
        (("C.UTF-8", "ar_EG"), "ar"),
        ((None,), "en"),
        (("",), "en"),
    ],
)
def test_negotiation(preferred: tuple[str | None, ...], chosen: str) -> None:
    assert i18n.negotiate(*preferred) == chosen


def test_translations_follow_the_block_and_fall_back_to_english() -> None:
    with use_locale("de"):
        assert _("The previous knowledge is still serving.") == "Das bisherige Wissen bleibt in Gebrauch."
        with use_locale("ar"):
            assert ngettext("{n} rule", "{n} rules", 2) == "قاعدتان"
            assert ngettext("{n} rule", "{n} rules", 5).format(n=5) == "5 قواعد"
            assert i18n.is_rtl()
        assert i18n.format_number(1234.5) == "1.234,5"
        assert _("A sentence nobody translated") == "A sentence nobody translated"
    assert i18n.current() == "en"
    assert _("The previous knowledge is still serving.") == "The previous knowledge is still serving."


async def test_concurrent_tasks_keep_their_own_language() -> None:
    """Two interactions in flight at once (awaits interleave) never see each other's language."""
    seen: dict[str, list[str]] = {}
    gate = asyncio.Event()

    async def handle(language: str) -> None:
        i18n.set_locale(language)  # as the Discord face does for an interaction's task
        seen[language] = []
        for _round in range(5):
            await gate.wait()
            await asyncio.sleep(0)
            seen[language].append(_("The previous knowledge is still serving."))

    tasks = [asyncio.create_task(handle(lang)) for lang in ("de", "fr", "it", "en")]
    await asyncio.sleep(0)
    gate.set()
    await asyncio.gather(*tasks)
    with use_locale("fr"):
        french = _("The previous knowledge is still serving.")
    assert set(seen["fr"]) == {french}
    assert set(seen["de"]) == {"Das bisherige Wissen bleibt in Gebrauch."}
    assert set(seen["en"]) == {"The previous knowledge is still serving."}
    assert i18n.current() == "en"  # the test's own context was never switched


def test_catalogs_say_they_are_unreviewed_until_a_reviewer_signs(locales_copy: Path) -> None:
    statuses = {s.language: s for s in i18n.all_review_statuses()}
    assert statuses["en"].reviewed
    for language in target_languages():
        assert not statuses[language].reviewed
        assert "AI assistant" in statuses[language].origin
    po = locales_copy / "it" / "LC_MESSAGES" / "exportwatch.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace(
            "Language-Team: unreviewed", "Language-Team: reviewed by Giulia, 2027-01-10"
        ),
        encoding="utf-8",
    )
    compile_all(["it"])
    i18n.translations.cache_clear()
    status = i18n.review_status("it")
    assert status.reviewed and status.reviewer == "Giulia, 2027-01-10"
    assert check(extract(command_messages()), ["it"]) == []  # a signed review passes the check


def test_terminal_language_from_option_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert i18n.terminal_language() == "en"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.terminal_language() == "fr"
    monkeypatch.setenv("LC_MESSAGES", "es_ES.UTF-8")
    assert i18n.terminal_language() == "es"
    assert i18n.terminal_language("de") == "de"


def test_unknown_lang_is_a_polite_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "tlh", "kb", "list"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no catalog for 'tlh'" in err and "de, fr, es, it, ar" in err


def test_i18n_check_command_passes_on_the_shipped_catalogs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--lang", "de", "i18n", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "catalogs complete" in done.stdout


def test_about_can_say_a_translation_is_unreviewed_in_that_language(locales_copy: Path) -> None:
    assert i18n.translation_note("en") is None
    german = i18n.translation_note("de")
    assert german is not None and "KI-Assistenten" in german and "englische Wortlaut" in german
    with use_locale("fr"):
        assert "assistant d'IA" in (i18n.translation_note() or "")
    po = locales_copy / "de" / "LC_MESSAGES" / "exportwatch.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace(
            "Language-Team: unreviewed", "Language-Team: reviewed by Jana, 2027-02-01"
        ),
        encoding="utf-8",
    )
    compile_all(["de"])
    i18n.translations.cache_clear()
    assert i18n.translation_note("de") is None


def test_left_to_right_pieces_are_isolated_only_in_right_to_left_text() -> None:
    assert i18n.isolate("TIP-0042") == "TIP-0042"
    with use_locale("ar"):
        assert i18n.isolate("TIP-0042") == "\u2068TIP-0042\u2069"


def test_lang_option_sets_the_language_of_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m bot --lang it ...`: the handler runs in Italian, and the caller's context is left alone."""
    import bot.cli.i18n as cli_i18n

    seen: list[str] = []

    def record(args: object) -> int:
        seen.append(_("The previous knowledge is still serving."))
        return 0

    monkeypatch.setattr(cli_i18n, "_check", record)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):  # LANGUAGE=en: the suite's default (tests/conftest.py)
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    token = i18n.set_locale("en")
    try:
        assert main(["--lang", "it", "i18n", "check"]) == 0
        assert main(["i18n", "check"]) == 0  # no option: the environment's language
    finally:
        i18n.reset_locale(token)
    with use_locale("it"):
        italian = _("The previous knowledge is still serving.")
    with use_locale("fr"):
        french = _("The previous knowledge is still serving.")
    assert seen == [italian, french]


def test_command_names_follow_the_discord_client_not_the_reply_language() -> None:
    from bot import i18n

    with i18n.use_locale("de"):
        assert i18n.command("tip status") == "/hinweis status"  # outside Discord: the reply language
        shown = i18n.set_command_language("en")
        try:
            assert i18n.command("tip status") == "/tip status"
        finally:
            i18n.reset_command_language(shown)

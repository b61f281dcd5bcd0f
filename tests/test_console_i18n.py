"""The console and the CLI in the member's or operator's language, as they meet them in a terminal.

`--lang` (or LANGUAGE/LC_ALL/LC_MESSAGES/LANG) picks the language; the console's own words then
come in it, entries stay English, ids and commands stay readable inside Arabic, and the exit
statuses do not depend on the language. An unknown language is one polite line, never ignored.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import i18n
from bot.app import App
from bot.cli import main
from bot.cli.console.term import entry_markdown
from bot.i18n import FIRST_STRONG_ISOLATE as FSI
from bot.i18n import POP_DIRECTIONAL_ISOLATE as PDI
from bot.i18n import use_locale
from tests.test_console import app, kb_dir, run  # noqa: F401  (fixtures)
from tests.tips.test_tips_cli import _seed, cli_env  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parent.parent
ENGLISH_WORDS = ("Bye.", "Type /help", "I have no", "Unknown command", "Closest names")


def bot(
    tmp_path: Path, knowledge: Path, *argv: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ...` in a fresh process with no language in its environment unless given."""
    base = {
        "KNOWLEDGE_DIR": str(knowledge),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'i18n.db'}",
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "LOG_LEVEL": "WARNING",
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=base | env,
        timeout=120,
    )


def test_console_with_lang_de_speaks_german(kb_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    done = bot(tmp_path, kb_dir, "--lang", "de", "console", stdin="/help\n/vendor nobody-at-all\n/bogus\n")
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert out.startswith("ExportWatch-Konsole: 16 Einträge geladen. Befehle mit /help.")
    assert "Geben Sie eine Frage ein oder einen Befehl:" in out
    assert "Ich habe keinen Anbieter-Eintrag namens 'nobody-at-all'." in out
    assert "melden Sie es in Discord mit /tip (Sie können anonym bleiben)" in out
    assert "Unbekannter Befehl /bogus. Die Liste gibt es mit /help." in out
    assert out.rstrip().endswith("Auf Wiedersehen.")
    assert not [word for word in ENGLISH_WORDS if word in out]


def test_console_with_lang_ar_speaks_arabic_with_ids_kept_in_order(kb_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    done = bot(
        tmp_path,
        kb_dir,
        "--lang",
        "ar",
        "console",
        stdin="/vendor acme-intercept\n/more\n/more\n/vendor nobody-at-all\n/bogus\n",
    )
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert out.startswith("وحدة تحكم ExportWatch:")
    assert "ليس لديّ مدخل مورّد باسم" in out
    # Left-to-right pieces inside Arabic lines are isolated, so "/open acme-intercept" reads in order.
    assert re.search(f"{FSI}/open [a-z0-9-]+{PDI}", out)  # the related entries' lines
    assert f"أمر غير معروف {FSI}/bogus{PDI}." in out
    assert out.rstrip().endswith("مع السلامة.")
    assert not [word for word in ENGLISH_WORDS if word in out]


def test_console_follows_lang_from_the_environment(kb_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    done = bot(tmp_path, kb_dir, "console", stdin="/more\n", LANG="fr_FR.UTF-8")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Console ExportWatch : 16 fiches chargées.")
    assert "Il n'y a rien de plus à afficher." in done.stdout
    assert done.stdout.rstrip().endswith("Au revoir.")


async def test_console_rating_and_about_in_german(app: App) -> None:  # noqa: F811
    with use_locale("de"):
        out = await run(app, "who sold interception kit to Ruritania?", "/rate ja", "/rate ja", "/about")
        note = i18n.translation_note()
    assert "War das hilfreich? /rate ja oder /rate nein" in out
    # Console questions never count in the weekly summary, so neither do their ratings (review14)
    assert "Danke, vermerkt. Bewertungen aus der Konsole zählen nicht in der Wochenübersicht." in out
    assert "für die Wochenübersicht vermerkt" not in out
    assert "Sie haben die letzte Antwort bereits als hilfreich bewertet" in out
    assert "Über ExportWatch" in out and "Sie enthält 1 Regel, 14 Anbieter und 1 Fall." in out
    # The entry itself stays English; its frame does not.
    assert "Acme interception sale to Ruritania (2019)" in out
    assert note and note in out  # an unreviewed translation says so under /about


async def test_search_and_entry_frame_in_arabic_and_german(app: App) -> None:  # noqa: F811
    with use_locale("ar"):
        out = await run(app, "/search kind=vendor")
    assert "كل المدخلات" in out and "الصفحة 1 من 2، 14 نتيجة" in out
    assert "[مورّد, " in out and f"{FSI}/open " in out
    entry = app.kb.get("acme-intercept")
    assert entry is not None
    with use_locale("de"):
        card = entry_markdown(entry)
    assert "**Art:** Anbieter" in card and "## Quellen" in card
    assert f"Zuletzt geprüft: {entry.last_reviewed} · Kennung: acme-intercept" in card


def test_unknown_language_is_one_polite_line(kb_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    done = bot(tmp_path, kb_dir, "--lang", "xx", "console", stdin="/help\n")
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "no catalog for 'xx'" in lines[0] and "en, de, fr, es, it, ar" in lines[0]


def test_cli_error_in_german_keeps_its_status(kb_dir: Path, tmp_path: Path) -> None:  # noqa: F811
    missing = tmp_path / "nowhere"
    done = bot(tmp_path, kb_dir, "--lang", "de", "kb", "check", "--dir", str(missing))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"Fehler: das Wissensverzeichnis {missing} existiert nicht; setzen Sie KNOWLEDGE_DIR (oder --dir)"
    ]
    english = bot(tmp_path, kb_dir, "kb", "check", "--dir", str(missing))
    assert english.returncode == done.returncode
    assert english.stderr.startswith("error: the knowledge directory")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "eine Frage aus der Wissensbasis beantworten"), ("es", "responder a una pregunta con la base")],
)
def test_help_follows_lang(kb_dir: Path, tmp_path: Path, lang: str, expected: str) -> None:  # noqa: F811
    done = bot(tmp_path, kb_dir, "--lang", lang, "--help")
    assert done.returncode == 0
    assert expected in done.stdout
    assert "answer a question from the knowledge base" not in done.stdout


def test_triage_show_in_german_keeps_the_tip_text_and_the_status(
    cli_env: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    tip_id = _seed(cli_env)
    assert main(["--lang", "de", "triage", "show", str(tip_id)]) == 0
    shown = capsys.readouterr().out
    assert f"TIP-{tip_id:04d} [" in shown and "] eingereicht " in shown
    # The labels are German; what the tipster wrote is shown exactly as filed.
    assert "was: A contract for a city-wide facial recognition system was signed in March." in shown
    assert "Anbieter: Acme Vision   Land: Examplestan   wann: March 2025" in shown
    assert "Hinweisgeber/in: anonym" in shown and "Verlauf:" in shown
    assert main(["--lang", "de", "triage", "show", "999999"]) == main(["triage", "show", "999999"]) == 1


async def test_console_follow_up_and_section_headings_in_german(app: App) -> None:  # noqa: F811
    """review14: a follow-up with nothing close is told each question stands alone (the console
    names its own /search); the prescribed section headings read in the session's language."""
    with use_locale("de"):
        out = await run(app, "und wann war das?", "/rate ja")
        entry = app.kb.get("case-acme-ruritania")
        assert entry is not None
        card = entry_markdown(entry)
    assert "Ich lese jede Frage für sich, nicht als Fortsetzung der vorigen" in out and "/search" in out
    assert "## Wichtigste Fakten" in card and "## Stellungnahmen" in card
    assert "## Responses" not in card and "## Key facts" not in card
    english = await run(app, "and when was that?", "who sold interception kit to Ruritania?", "/rate yes")
    assert (
        "I read each question on its own" in english and "browse the knowledge base with /search" in english
    )
    assert "noted for the weekly summary" not in english  # console ratings never reach it
    assert "Console ratings are not counted in the weekly summary." in english

"""The bot's own words in the member's language: gettext catalogs, the current locale, Babel formats.

Every face sets the language once per request (a Discord interaction, a console session, a CLI
run) with `use_locale`/`set_locale`; `_()` and friends then translate into it. The language lives
in a context variable, so two interactions handled at once in different languages never mix:
each asyncio task runs in its own copy of the context. Knowledge entries stay in English.

Catalogs: `bot/locales/<lang>/LC_MESSAGES/exportwatch.po`, compiled `.mo` checked in beside them
(`python -m bot i18n compile`; `python -m bot i18n check` fails when one is stale or incomplete).
Strings use `{name}` placeholders, filled after translation: `_("{n} entries").format(n=3)`.
"""

from __future__ import annotations

import contextlib
import gettext as _gettext
from collections.abc import Iterable, Iterator
from contextvars import ContextVar, Token
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path

import babel
import babel.dates
import babel.numbers
from babel.support import LazyProxy, Translations

DOMAIN = "exportwatch"
LOCALES_DIR = Path(__file__).resolve().parent / "locales"
SOURCE_LANGUAGE = "en"
# The languages with a catalog, and English (the msgids themselves). Order: as listed to members.
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})
# Catalog header fields that say how a translation was made and whether a native speaker checked it
# (standard gettext fields, so Babel and every .po editor keep them): Last-Translator says who or what
# made it; Language-Team is "unreviewed" until a native speaker checks it ("reviewed by NAME, DATE").
ORIGIN_HEADER = "Last-Translator"
REVIEW_HEADER = "Language-Team"
REVIEWED_PREFIX = "reviewed by"

_current: ContextVar[str] = ContextVar("exportwatch_locale", default=SOURCE_LANGUAGE)


def _candidates(code: str) -> Iterator[str]:
    """'es-ES' -> es-es, es; 'de_DE.UTF-8@euro' -> de-de, de; 'C'/'POSIX' -> nothing."""
    code = code.split(".", 1)[0].split("@", 1)[0].strip().replace("_", "-").lower()
    if not code or code in ("c", "posix"):
        return
    yield code
    primary = code.split("-", 1)[0]
    if primary != code:
        yield primary


@lru_cache(maxsize=256)  # ~5 calls per interaction, few distinct locales (issue 15)
def negotiate(*preferred: str | None) -> str:
    """The first preferred language we have a catalog for (Discord codes, POSIX locales, LANGUAGE
    lists like 'de:fr'), else English."""
    for item in preferred:
        for code in (item or "").split(":"):
            for candidate in _candidates(code):
                if candidate in LANGUAGES:
                    return candidate
    return SOURCE_LANGUAGE


def supported(code: str) -> bool:
    """Whether `code` names a language we have (so `--lang xx` can be refused rather than ignored)."""
    return any(candidate in LANGUAGES for candidate in _candidates(code))


def terminal_language(option: str | None = None) -> str:
    """The console's and CLI's language: `--lang`, else the environment as gettext reads it."""
    import os

    env = (os.environ.get(name) for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"))
    return negotiate(option, *env)


def current() -> str:
    """The language of the request being handled (English outside any)."""
    return _current.get()


def set_locale(language: str) -> Token[str]:
    """Switch the current context to `language` (negotiated); keep the token to `reset_locale`."""
    return _current.set(negotiate(language))


def reset_locale(token: Token[str]) -> None:
    _current.reset(token)


@contextlib.contextmanager
def use_locale(language: str | None) -> Iterator[str]:
    """`with use_locale("de"):` — German inside the block, the previous language after it."""
    token = set_locale(language or SOURCE_LANGUAGE)
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def is_rtl(language: str | None = None) -> bool:
    return (language or current()) in RIGHT_TO_LEFT


@cache
def translations(language: str) -> _gettext.NullTranslations:
    """The compiled catalog for `language` (English, or a missing catalog: the msgids unchanged)."""
    if language == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    return Translations.load(str(LOCALES_DIR), [language], DOMAIN)


def gettext(message: str) -> str:
    return translations(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for `n` in the current language (Arabic has six); fill `{n}` yourself."""
    return translations(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """A message whose meaning (or Discord limit) depends on where it is shown, e.g. 'button'."""
    return translations(current()).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return translations(current()).npgettext(context, singular, plural, n)


_ = gettext


def lazy_gettext(message: str) -> LazyProxy:
    """For module-level constants: translated when used (`str()`/format), in that moment's language."""
    return LazyProxy(gettext, message, enable_cache=False)


def lazy_pgettext(context: str, message: str) -> LazyProxy:
    return LazyProxy(pgettext, context, message, enable_cache=False)


def N_(message: str) -> str:
    """Mark a string for extraction only; translate it later with `_()` where it is shown."""
    return message


def NP_(context: str, message: str) -> str:
    """`N_` with a context (a Discord limit, e.g. "modal label"): translate later with `pgettext`."""
    return message


def translate_to(language: str, message: str, context: str | None = None) -> str | None:
    """`message` in `language`, or None when the catalog has no translation (Discord's Translator
    then sends no localisation and Discord shows the English)."""
    if language == SOURCE_LANGUAGE:
        return None
    catalog = translations(language)
    text = catalog.pgettext(context, message) if context else catalog.gettext(message)
    return text if text != message else None


# --- Babel formats ---------------------------------------------------------------------------------
def babel_locale(language: str | None = None) -> babel.Locale:
    return babel.Locale.parse(language or current())


def format_number(value: float) -> str:
    """1234.5 -> "1,234.5" (en), "1.234,5" (de), "1 234,5" (fr); Latin digits in every language."""
    return babel.numbers.format_decimal(value, locale=babel_locale())


def format_date(value: date | datetime, format: str = "medium") -> str:
    return babel.dates.format_date(value, format=format, locale=babel_locale())


def format_datetime(value: datetime, format: str = "medium") -> str:
    return babel.dates.format_datetime(value, format=format, locale=babel_locale())


def format_list(items: Iterable[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b, and c' / 'a, b und c' / 'a وb وc'."""
    from babel.lists import format_list as babel_format_list

    return babel_format_list(list(items), locale=babel_locale())


def language_name(language: str, in_language: str | None = None) -> str:
    """'de' -> 'Deutsch' (its own name by default), for lists of languages."""
    return babel.Locale.parse(language).get_display_name(in_language or language) or language


# --- review status, for /about and the README's "Translations" ------------------------------------
@dataclass(frozen=True)
class CatalogStatus:
    language: str
    origin: str  # how the catalog was made, as its header says
    reviewed: bool  # a native speaker has checked it line by line against the English
    reviewer: str = ""  # who and when, as the header says


def review_status(language: str) -> CatalogStatus:
    """What the compiled catalog's header says about how it was made and whether it was reviewed."""
    if language == SOURCE_LANGUAGE:
        return CatalogStatus(language, "source language", True)
    info = translations(language).info()
    team = info.get(REVIEW_HEADER.lower(), "").strip()
    reviewed = team.lower().startswith(REVIEWED_PREFIX)
    origin = info.get(ORIGIN_HEADER.lower(), "unknown").split("<", 1)[0].strip()
    return CatalogStatus(language, origin, reviewed, team[len(REVIEWED_PREFIX) :].strip() if reviewed else "")


def all_review_statuses() -> list[CatalogStatus]:
    return [review_status(language) for language in LANGUAGES]


def translation_note(language: str | None = None) -> str | None:
    """What /about (and the console's about) says under a translation no native speaker has checked
    yet, in that language; None for English and for reviewed catalogs."""
    language = language or current()
    if review_status(language).reviewed:
        return None
    with use_locale(language):
        return _(
            "This translation was drafted by an AI assistant and has not yet been reviewed by a native "
            "speaker. The English wording is authoritative; corrections are welcome."
        )


# Languages Discord has no client for: its members see the commands' English names.
NO_DISCORD_CLIENT = frozenset({"ar"})


# The language the member's Discord client shows command names in: their own Discord setting,
# whatever reply language they chose with /language (Discord localises names by the client alone).
_command_language: ContextVar[str | None] = ContextVar("exportwatch_command_language", default=None)


def set_command_language(language: str | None) -> Token[str | None]:
    return _command_language.set(language)


def reset_command_language(token: Token[str | None]) -> None:
    _command_language.reset(token)


def command(path: str) -> str:
    """A slash command as the member's Discord shows it ("tip status" -> "/hinweis status" for a
    member whose Discord is German, "/tip status" in Arabic, which Discord lacks), kept in order
    inside right-to-left text. Outside Discord (console, CLI) the reply language stands in."""
    language = _command_language.get() or current()
    if language in NO_DISCORD_CLIENT:
        return isolate(f"/{path}")
    parts = (translate_to(language, part, "command name") or part for part in path.split())
    return isolate("/" + " ".join(parts))


FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """Keep a left-to-right piece (a tip id, a receipt, a command) in order inside right-to-left text:
    wrapped in Unicode isolates when the current language is right-to-left, unchanged otherwise."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}" if is_rtl() else text

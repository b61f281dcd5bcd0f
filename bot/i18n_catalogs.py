"""Catalog upkeep with Babel's API (what `pybabel extract/update/compile` do), plus the check CI runs.

`python -m bot i18n extract|update|compile|check` (bot/cli/i18n.py) calls these. Extraction reads
`_()`, `ngettext`, `pgettext`, `npgettext`, `lazy_gettext`, `lazy_pgettext`, `N_` and `NP_` calls in
`bot/` (the keywords and files are also in babel.cfg, so plain `pybabel` agrees) and adds the
strings a face registers elsewhere (the Discord command tree: names, descriptions, options,
choices). The check fails on any message id a catalog lacks, leaves empty or fuzzy, on a catalog
string the code no longer has, on placeholders that differ from the English, on a missing review
header, and on a compiled `.mo` that does not match its `.po`.
`limit_problem` says where a string is longer than Discord accepts for its gettext context (a
command name, a button label...): pure catalog checking, so it needs no Discord and lives here.
"""

from __future__ import annotations

import io
import string
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from bot.i18n import (
    DOMAIN,
    LANGUAGES,
    LOCALES_DIR,
    ORIGIN_HEADER,
    REVIEW_HEADER,
    REVIEWED_PREFIX,
    SOURCE_LANGUAGE,
)

PACKAGE_DIR = LOCALES_DIR.parent
PROJECT = "ExportWatch"
KEYWORDS = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "lazy_gettext": None,
    "lazy_pgettext": ((1, "c"), 2),
    "N_": None,
    "NP_": ((1, "c"), 2),
}
COMMENT_TAGS = ["TRANSLATORS:"]


# gettext contexts of the strings Discord shows (the Discord face registers the command strings).
COMMAND_NAME = "command name"
COMMAND_DESCRIPTION = "command description"
OPTION_NAME = "option name"
OPTION_DESCRIPTION = "option description"
CHOICE = "choice"
# The longest text Discord accepts where a string of each gettext context is shown. A string with no
# context is a message (2,000). Names must also be lowercase letters, digits, '-' or '_'.
DISCORD_LIMITS: dict[str | None, int] = {
    COMMAND_NAME: 32,
    OPTION_NAME: 32,
    COMMAND_DESCRIPTION: 100,
    OPTION_DESCRIPTION: 100,
    CHOICE: 100,
    "button": 80,
    "select option": 100,
    "placeholder": 100,
    "modal title": 45,
    "modal label": 45,
    "embed title": 256,
    "embed field name": 256,
    "embed field": 1024,
    "embed footer": 2048,
    "embed description": 4096,
    None: 2000,
}
NAME_CONTEXTS = frozenset({COMMAND_NAME, OPTION_NAME})
# Scripts Discord allows in names beyond \p{L} and \p{N}: Devanagari and Thai (their marks).
_NAME_EXTRA_RANGES = ((0x0900, 0x097F), (0x0E00, 0x0E7F))


def _name_char_ok(char: str) -> bool:
    if char in "-_" or unicodedata.category(char)[0] in "LN":
        return True
    return any(lo <= ord(char) <= hi for lo, hi in _NAME_EXTRA_RANGES)


def limit_problem(context: str | None, text: str) -> str | None:
    """Why Discord would refuse `text` where a string of `context` is shown, or None."""
    limit = DISCORD_LIMITS.get(context, DISCORD_LIMITS[None])
    if not text.strip():
        return "empty"
    if len(text) > limit:
        return f"{len(text)} characters, over Discord's {limit}"
    if context in NAME_CONTEXTS:
        if text != text.lower():
            return "names must be lowercase"
        bad = sorted({c for c in text if not _name_char_ok(c)})
        if bad:
            return f"names may not contain {bad!r} (letters, digits, '-' and '_' only)"
    return None


@dataclass(frozen=True)
class Extra:
    """A string registered outside a gettext call (e.g. a slash command's description)."""

    msgid: str
    context: str | None
    location: str  # path relative to the project, for translators
    comment: str = ""


def po_path(language: str) -> Path:
    return LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def target_languages() -> list[str]:
    return [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]


def extract(extras: Iterable[Extra] = ()) -> Catalog:
    """The template: every translatable string in bot/ now, with file locations (no line numbers,
    so moving code does not churn the catalogs)."""
    template = Catalog(project=PROJECT, domain=DOMAIN, fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE_DIR),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    ):
        location = f"bot/{filename}"
        template.add(message, locations=[(location, lineno)], auto_comments=comments, context=context)
    for extra in extras:
        comments = [extra.comment] if extra.comment else []
        template.add(
            extra.msgid, locations=[(extra.location, 0)], auto_comments=comments, context=extra.context
        )
    return template


def read_catalog(language: str) -> Catalog:
    with po_path(language).open("rb") as f:
        return read_po(f, locale=language, domain=DOMAIN)


def write_catalog(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, catalog, width=100, include_lineno=False, sort_output=True, ignore_obsolete=True)


def update(template: Catalog, languages: Sequence[str] | None = None) -> dict[str, list[str]]:
    """Merge the template into each catalog (new ids arrive empty, removed ids are dropped, a
    changed English id becomes fuzzy); returns the ids each language now needs translated."""
    todo: dict[str, list[str]] = {}
    for language in languages or target_languages():
        catalog = read_catalog(language)
        catalog.update(template, no_fuzzy_matching=False, update_header_comment=False)
        write_catalog(catalog, po_path(language))
        todo[language] = [str(m.id) for m in catalog if m.id and (m.fuzzy or not _translated(m))]
    return todo


def compile_mo(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compile_all(languages: Sequence[str] | None = None) -> list[Path]:
    written = []
    for language in languages or target_languages():
        path = mo_path(language)
        path.write_bytes(compile_mo(read_catalog(language)))
        written.append(path)
    return written


def _translated(message: Message) -> bool:
    forms = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return bool(forms) and all(form and form.strip() for form in forms)


def placeholders(text: str) -> set[str]:
    """`{name}` fields of a str.format template ('{{' is a literal brace); '%' styles too."""
    found: set[str] = set()
    try:
        for _, field, spec, _conv in string.Formatter().parse(text):
            if field is not None:
                found.add("{" + field + (":" + spec if spec else "") + "}")
    except ValueError:
        found.add("<unbalanced braces>")
    return found


def _key(message: Message) -> tuple[str, str | None]:
    msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
    return str(msgid), message.context


def placeholder_problems(message: Message) -> list[str]:
    """A translation must carry the English placeholders: exactly, or for the plural forms other
    than the last, a subset (Arabic 'one'/'two' forms may say the number in words)."""
    label = _label(message)
    if isinstance(message.id, tuple | list):
        singular, plural = (str(i) for i in message.id)
        allowed = placeholders(singular) | placeholders(plural)
        forms = list(cast("tuple[str, ...]", message.string))  # babel keeps a plural's forms as a tuple
        problems = [
            f"{label}: plural form {i} has {sorted(placeholders(f) - allowed)} not in the English"
            for i, f in enumerate(forms)
            if placeholders(f) - allowed
        ]
        if forms and placeholders(forms[-1]) != placeholders(plural):
            problems.append(f"{label}: last plural form must carry {sorted(placeholders(plural))}")
        return problems
    want, got = placeholders(str(message.id)), placeholders(str(message.string))
    return (
        [] if want == got else [f"{label}: placeholders {sorted(got)} differ from the English {sorted(want)}"]
    )


def _label(message: Message) -> str:
    msgid, context = _key(message)
    return f"{context + ' | ' if context else ''}{msgid!r}"


def check(template: Catalog, languages: Sequence[str] | None = None) -> list[str]:
    """Every problem that would show a member English (or a broken sentence) in their language."""
    wanted = {_key(m) for m in template if m.id}
    problems: list[str] = []
    for language in languages or target_languages():
        if not po_path(language).exists():
            problems.append(f"{language}: no catalog at {po_path(language)}")
            continue
        catalog = read_catalog(language)
        where = f"{language} ({'/'.join(po_path(language).parts[-4:])})"
        if "FULL NAME" in (catalog.last_translator or "FULL NAME"):
            problems.append(f"{where}: header {ORIGIN_HEADER} must say who or what made the translation")
        team = (catalog.language_team or "").strip().lower()
        if team != "unreviewed" and not team.startswith(REVIEWED_PREFIX):
            problems.append(
                f"{where}: header {REVIEW_HEADER} must be 'unreviewed' or 'reviewed by NAME, DATE'"
            )
        have = {_key(m): m for m in catalog if m.id}
        for key in sorted(wanted - have.keys(), key=str):
            problems.append(f"{where}: missing {key[1] + ' | ' if key[1] else ''}{key[0]!r}")
        for key in sorted(have.keys() - wanted, key=str):
            problems.append(
                f"{where}: not in the code any more: {key[0]!r} (run `python -m bot i18n update`)"
            )
        for key in sorted(have.keys() & wanted, key=str):
            message = have[key]
            if message.fuzzy:
                problems.append(f"{where}: fuzzy (check it, then remove the flag): {_label(message)}")
            elif not _translated(message):
                problems.append(f"{where}: untranslated: {_label(message)}")
            else:
                problems.extend(f"{where}: {p}" for p in placeholder_problems(message))
        if not mo_path(language).exists() or mo_path(language).read_bytes() != compile_mo(catalog):
            problems.append(f"{where}: compiled catalog is stale (run `python -m bot i18n compile`)")
    return problems

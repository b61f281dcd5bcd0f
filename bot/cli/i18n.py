"""`python -m bot i18n extract|update|compile|check`: keep the translation catalogs in step with the code.

- extract: write the template (every string in bot/ and the slash commands) to a .pot file.
- update: merge the template into every catalog: new strings arrive empty, removed ones go, changed
  English turns fuzzy; then lists what each language needs translated (exit 1 if anything).
- compile: write the .mo files the bot reads (checked in, so installing needs no build step).
- check: what CI runs; exit 1 on a missing, empty or fuzzy translation, different placeholders, a
  string over a Discord limit, or a stale .mo.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from bot.i18n import LOCALES_DIR
from bot.i18n_catalogs import (
    Extra,
    check,
    compile_all,
    extract,
    limit_problem,
    read_catalog,
    target_languages,
    update,
)


def _template() -> Catalog:
    return extract(_command_messages())


def _command_messages() -> list[Extra]:
    from bot.chat.i18n import command_messages  # the Discord face registers these strings

    return command_messages()


def _extract(args: argparse.Namespace) -> int:
    out = Path(args.out)
    with out.open("wb") as f:
        write_po(f, _template(), width=100, include_lineno=False, sort_output=True)
    print(f"wrote {out}")
    return 0


def _update(args: argparse.Namespace) -> int:
    todo = update(_template())
    for language, ids in todo.items():
        print(f"{language}: {len(ids)} to translate" + "".join(f"\n  {i!r}" for i in ids))
    return 1 if any(todo.values()) else 0


def _compile(args: argparse.Namespace) -> int:
    for path in compile_all():
        print(f"wrote {path}")
    return 0


def limit_problems() -> list[str]:
    """Every translation (and English string) that Discord would refuse where it is shown."""
    problems = []
    for language in target_languages():
        for message in read_catalog(language):
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in (*ids, *strings):
                problem = limit_problem(message.context, text) if text else None
                if problem:
                    problems.append(f"{language}: {message.context or 'message'} {text!r}: {problem}")
    return problems


def _check(args: argparse.Namespace) -> int:
    problems = check(_template()) + limit_problems()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in the catalogs under {LOCALES_DIR}", file=sys.stderr)
        return 1
    print(f"catalogs complete: {', '.join(target_languages())}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("i18n", help="translation catalogs: extract, update, compile, check")
    actions = parser.add_subparsers(dest="i18n_command", metavar="ACTION", required=True)
    extract_parser = actions.add_parser("extract", help="write the message template (.pot)")
    extract_parser.add_argument(
        "--out", default=str(LOCALES_DIR / "exportwatch.pot"), help="where (default: %(default)s)"
    )
    extract_parser.set_defaults(handler=_extract)
    actions.add_parser("update", help="merge new and changed strings into every catalog").set_defaults(
        handler=_update
    )
    actions.add_parser("compile", help="write the .mo files the bot reads").set_defaults(handler=_compile)
    actions.add_parser(
        "check", help="fail on anything untranslated, mismatched or over a limit"
    ).set_defaults(handler=_check)

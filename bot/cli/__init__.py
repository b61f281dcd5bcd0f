"""The command-line face: `python -m bot <command>`.

Each area registers its own subcommands in a small module here; handlers only parse arguments,
call the core and print. With no command, `run` starts the bot (or the console without a token).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from pydantic import ValidationError

from bot.cli.common import EXIT_CONFIG, error_line, explain, settings_problem
from bot.errors import UserFacingError
from bot.i18n import LANGUAGES, _, set_locale, supported, terminal_language

# One module per area; each defines `register(subparsers)` and sets `handler` on its parsers.
COMMAND_MODULES = (
    "bot.cli.run",
    "bot.cli.kb",
    "bot.cli.ask",
    "bot.cli.db",
    "bot.cli.console",
    "bot.cli.summary",
    "bot.cli.tips",
    "bot.cli.i18n",
)


class Parser(argparse.ArgumentParser):
    """argparse with its usage errors on one line, like every other error (status 2 as before)."""

    def error(self, message: str) -> NoReturn:
        line = _("error: {prog}: {message} (see {prog} --help)").format(prog=self.prog, message=message)
        self.exit(EXIT_CONFIG, line + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="python -m bot",
        description=_("ExportWatch: sourced answers on surveillance-technology exports, tips and summaries."),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=_(
            "language of the bot's words: {languages} (default: from LANGUAGE, LC_ALL, LC_MESSAGES or "
            "LANG; else English)"
        ).format(languages=", ".join(LANGUAGES)),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


# Everything the bot writes (database, WAL, backups, drafts, summaries) is for its owner only.
PRIVATE_UMASK = 0o077


def _not_utf8(argv: Sequence[str]) -> bool:
    """Arguments the terminal could not decode arrive with lone surrogates; they would fail later,
    deep in a write or a print, as a traceback."""
    try:
        for arg in argv:
            arg.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _early_language(argv: Sequence[str]) -> str | None:
    """`--lang`'s value before the parser exists (it goes before the command, like argparse wants)."""
    for i, arg in enumerate(argv):
        if arg == "--" or not arg.startswith("-"):
            return None
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if arg == "--lang":
            return argv[i + 1] if i + 1 < len(argv) else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(os.umask(PRIVATE_UMASK) | PRIVATE_UMASK)  # tighten, never loosen, the inherited umask
    argv = list(argv) if argv is not None else sys.argv[1:]
    if _not_utf8(argv):
        print(error_line(_("the command line is not UTF-8 text; retype the arguments")), file=sys.stderr)
        return EXIT_CONFIG
    # The language first, so the help texts and argparse's errors are built in it.
    early = _early_language(argv)
    set_locale(terminal_language(early if early is not None and supported(early) else None))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["run"])
    if args.lang is not None and not supported(args.lang):
        parser.error(
            _("--lang: no catalog for {language}; choose one of {languages}").format(
                language=repr(args.lang), languages=", ".join(LANGUAGES)
            )
        )
    set_locale(terminal_language(args.lang))
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        result = handler(args)
        if inspect.iscoroutine(result):
            result = asyncio.run(result)
    except KeyboardInterrupt:
        return 130
    except UserFacingError as err:
        return explain(err)
    except ValidationError as err:  # settings built outside load_settings: still one polite line
        return explain(settings_problem(err))
    except BrokenPipeError:
        # `python -m bot kb list --json | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    return int(result or 0)

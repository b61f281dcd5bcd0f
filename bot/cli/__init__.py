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

from bot.cli.common import explain
from bot.errors import UserFacingError

# One module per area; each defines `register(subparsers)` and sets `handler` on its parsers.
COMMAND_MODULES = (
    "bot.cli.run",
    "bot.cli.kb",
    "bot.cli.ask",
    "bot.cli.db",
    "bot.cli.console",
    "bot.cli.summary",
    "bot.cli.tips",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="ExportWatch: sourced answers on surveillance-technology exports, tips and summaries.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


# Everything the bot writes (database, WAL, backups, drafts, summaries) is for its owner only.
PRIVATE_UMASK = 0o077


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(os.umask(PRIVATE_UMASK) | PRIVATE_UMASK)  # tighten, never loosen, the inherited umask
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command is None:
        args = parser.parse_args(["run"])
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
    except BrokenPipeError:
        # `python -m bot kb list --json | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    return int(result or 0)

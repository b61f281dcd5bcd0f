"""`python -m bot console`: the member commands in a terminal, no Discord token needed.

The console face itself lives beside this command: `session` (the commands, as plain text),
`search` (what a typed `/search` means and how its pages read), `words` (the console's own wording)
and `term` (laying text out for a terminal window). Only the command is imported at start-up, so
`python -m bot --help` stays fast.
"""

from __future__ import annotations

import argparse

from bot.cli.common import with_app
from bot.i18n import _


async def console(args: argparse.Namespace) -> int:
    # Imported here so `python -m bot --help` stays fast and does not load the knowledge base.
    from bot.cli.console.session import run_console

    return await with_app(run_console)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "console",
        help=_("ask, look up and search in the terminal (same core as the bot; /help inside)"),
    )
    parser.set_defaults(handler=console)

"""`python -m bot run` (also the default): the Discord bot, or the console when there is no token.

Discord and the core are imported only when needed so `--help` stays instant. Configuration
problems end with a message and exit status 2, never a traceback, and never echo the token.
"""

from __future__ import annotations

import argparse
import sys

from bot.cli.common import EXIT_CONFIG, load_settings, with_app

NO_TOKEN = (
    "No DISCORD_TOKEN is configured, so the bot cannot connect to Discord.\n"
    "To connect: create a bot in the Discord developer portal, put its token in .env as "
    "DISCORD_TOKEN=... (start from .env.example) and run `python3 -m bot` again. "
    "README.md, section 'Discord set-up', has the steps (scopes, permissions, GUILD_ID, roles)."
)
CONSOLE_INSTEAD = "Starting the local console instead (same commands, answered by the same core).\n"
NOT_INTERACTIVE = "Not at a terminal, so not starting the console (use `python3 -m bot console` for that)."


async def run(args: argparse.Namespace) -> int:
    from bot.logs import setup_logging

    settings = load_settings()
    setup_logging(settings)
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        print(NO_TOKEN, file=sys.stderr)
        if not (args.console or sys.stdin.isatty()):
            print(NOT_INTERACTIVE, file=sys.stderr)
            return EXIT_CONFIG
        print(CONSOLE_INSTEAD, file=sys.stderr)
        from bot.cli.console.session import run_console

        return await with_app(run_console, settings=settings)

    from bot.chat.client import run_bot

    return await with_app(run_bot, settings=settings)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run",
        help="connect to Discord with DISCORD_TOKEN (default command); without a token, open the console",
    )
    parser.add_argument(
        "--console",
        action="store_true",
        help="without a token, open the console even when input is not a terminal",
    )
    parser.set_defaults(handler=run, console=False)

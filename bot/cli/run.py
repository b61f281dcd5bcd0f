"""`python -m bot run` (also the default): the Discord bot, or the console when there is no token.

Discord and the core are imported only when needed so `--help` stays instant. Configuration
problems end with a message and exit status 2, never a traceback, and never echo the token.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from bot.errors import UserFacingError

if TYPE_CHECKING:
    from bot.app import App
    from bot.settings import Settings

EXIT_CONFIG = 2
NO_TOKEN = (
    "No DISCORD_TOKEN is configured, so the bot cannot connect to Discord.\n"
    "To connect: create a bot in the Discord developer portal, put its token in .env as "
    "DISCORD_TOKEN=... (start from .env.example) and run `python3 -m bot` again. "
    "README.md, section 'Discord set-up', has the steps (scopes, permissions, GUILD_ID, roles)."
)
CONSOLE_INSTEAD = "Starting the local console instead (same commands, answered by the same core).\n"
NOT_INTERACTIVE = "Not at a terminal, so not starting the console (use `python3 -m bot console` for that)."


def _load_settings() -> Settings | None:
    from pydantic import ValidationError

    from bot.settings import get_settings

    try:
        return get_settings()
    except ValidationError as err:
        # Field and reason only: the offending input could be a password in DATABASE_URL.
        lines = [f"  {'.'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in err.errors()]
        print("Invalid configuration (environment or .env):\n" + "\n".join(lines), file=sys.stderr)
        return None


async def run(args: argparse.Namespace) -> int:
    from bot.logs import setup_logging

    settings = _load_settings()
    if settings is None:
        return EXIT_CONFIG
    setup_logging(settings)
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        print(NO_TOKEN, file=sys.stderr)
        if not (args.console or sys.stdin.isatty()):
            print(NOT_INTERACTIVE, file=sys.stderr)
            return EXIT_CONFIG
        print(CONSOLE_INSTEAD, file=sys.stderr)
        return await _console(settings)

    from bot.chat.client import run_bot

    app = await _build(settings)
    if app is None:
        return EXIT_CONFIG
    try:
        return await run_bot(app)
    finally:
        await app.close()


async def _build(settings: Settings) -> App | None:
    """The App, or None after saying what is wrong (bad knowledge, unreachable database)."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.app import build_app

    try:
        return await build_app(settings)
    except UserFacingError as err:
        print(f"error: {err}", file=sys.stderr)
    except (OSError, SQLAlchemyError) as err:
        # The type only: driver messages can include the connection URL with its password.
        print(
            f"error: could not open the database ({type(err).__name__}). Check DATABASE_URL "
            "and that the database server is running.",
            file=sys.stderr,
        )
    return None


async def _console(settings: Settings) -> int:
    from bot.console import run_console

    app = await _build(settings)
    if app is None:
        return EXIT_CONFIG
    try:
        return await run_console(app)
    finally:
        await app.close()


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

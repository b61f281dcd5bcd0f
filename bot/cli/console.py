"""`python -m bot console`: the member commands in a terminal, no Discord token needed."""

from __future__ import annotations

import argparse
import sys

from bot.errors import UserFacingError

EXIT_CONFIG = 2


async def console(args: argparse.Namespace) -> int:
    # Imported here so `python -m bot --help` stays fast and does not load the knowledge base.
    from pydantic import ValidationError

    from bot.app import build_app
    from bot.console import run_console
    from bot.logs import setup_logging
    from bot.settings import get_settings

    try:
        settings = get_settings()
    except ValidationError as err:
        # Field and reason only: the rejected input could be a password in DATABASE_URL.
        fields = ", ".join(".".join(str(p) for p in e["loc"]).upper() for e in err.errors())
        print(f"Invalid configuration (environment or .env): {fields}", file=sys.stderr)
        return EXIT_CONFIG
    setup_logging(settings)
    try:
        app = await build_app(settings)
    except UserFacingError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_CONFIG
    try:
        return await run_console(app)
    finally:
        await app.close()


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "console",
        help="ask, look up and search in the terminal (same core as the bot; /help inside)",
    )
    parser.set_defaults(handler=console)

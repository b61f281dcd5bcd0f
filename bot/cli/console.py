"""`python -m bot console`: the member commands in a terminal, no Discord token needed."""

from __future__ import annotations

import argparse
import sys

from bot.errors import UserFacingError
from bot.settings import get_settings


async def console(args: argparse.Namespace) -> int:
    # Imported here so `python -m bot --help` stays fast and does not load the knowledge base.
    from bot.app import build_app
    from bot.console import run_console

    try:
        app = await build_app(get_settings())
    except UserFacingError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
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

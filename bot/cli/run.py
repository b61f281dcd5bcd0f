"""`python -m bot run` (also the default): the Discord bot, or the console when there is no token.

This is the process runner: whichever face it serves, the App's jobs (retention, and the weekly
post when Discord has a summary channel) run beside it, so no purge waits for a Discord cog.
Discord and the core are imported only when needed so `--help` stays instant. Configuration
problems end with a message and exit status 2, never a traceback, and never echo the token.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from bot.cli.common import EXIT_CONFIG, load_settings, with_app
from bot.i18n import N_, _
from bot.kb.heap import freeze_heap

if TYPE_CHECKING:
    from bot.app import App
    from bot.chat.client import ExportWatchBot, ShardedExportWatchBot

NO_TOKEN = N_(
    "No DISCORD_TOKEN is configured, so the bot cannot connect to Discord.\n"
    "To connect: create a bot in the Discord developer portal, put its token in .env as "
    "DISCORD_TOKEN=... (start from .env.example) and run `python3 -m bot` again. "
    "README.md, section 'Discord set-up', has the steps (scopes, permissions, GUILD_ID, roles)."
)
CONSOLE_INSTEAD = N_("Starting the local console instead (same commands, answered by the same core).")
log = logging.getLogger(__name__)

NOT_INTERACTIVE = N_(
    "Not at a terminal, so not starting the console (use `python3 -m bot console` for that)."
)


async def run(args: argparse.Namespace) -> int:
    from bot.logs import setup_logging

    settings = load_settings()
    setup_logging(settings)
    if settings.discord_token is None or not settings.discord_token.get_secret_value().strip():
        print(_(NO_TOKEN), file=sys.stderr)
        if not (args.console or sys.stdin.isatty()):
            print(_(NOT_INTERACTIVE), file=sys.stderr)
            return EXIT_CONFIG
        print(_(CONSOLE_INSTEAD) + "\n", file=sys.stderr)
        return await with_app(serve_console, settings=settings)
    return await with_app(serve_discord, settings=settings)


async def serve_discord(
    app: App,
    *,
    bot: ExportWatchBot | ShardedExportWatchBot | None = None,
    jobs: Mapping[str, float] | None = None,
) -> int:
    """The Discord face with the App's jobs; the weekly post goes through the Discord poster.

    `bot` and `jobs` (`tick`, `startup_delay` for `App.running_jobs`) are for tests.
    """
    from bot.chat.client import make_bot, run_bot
    from bot.chat.summary_poster import channel_poster

    _say_missing_tables(app)
    freeze_heap()  # the knowledge is loaded: keep the collector's full passes off it (bot/kb/heap.py)
    await app.start_search_worker()  # SEARCH_WORKER=process: forked now, sharing the frozen heap
    client = bot or make_bot(app)
    async with app.running_jobs(channel_poster(client), **(jobs or {})):
        return await run_bot(app, bot=client)


async def serve_console(app: App, *, jobs: Mapping[str, float] | None = None, **console: Any) -> int:
    """The terminal face with the App's jobs (no poster: a console has nowhere to post the summary)."""
    from bot.cli.console.session import run_console

    _say_missing_tables(app)
    async with app.running_jobs(None, **(jobs or {})):
        return await run_console(app, **console)


def _say_missing_tables(app: App) -> None:
    """A knowledge directory without its glossary or casual table is served without it: the
    operator learns it once, in the log of the long-running process (one-shot commands stay quiet)."""
    for name in app.kb.missing_tables():
        log.warning("the knowledge directory %s has no %s: searching without it", app.kb.directory, name)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run",
        help=_("connect to Discord with DISCORD_TOKEN (default command); without a token, open the console"),
    )
    parser.add_argument(
        "--console",
        action="store_true",
        help=_("without a token, open the console even when input is not a terminal"),
    )
    parser.set_defaults(handler=run, console=False)

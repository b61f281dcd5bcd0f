"""`python -m bot summary [--week 2026-W47] [--format md|csv|json] [--out DIR]`.

Without `--out` the report goes to stdout in the chosen format (Markdown by default); with it,
the files are written to DIR (the chosen format and the chart, or everything when no format is
given). Run from a shell, so no Discord role check: shell access to the bot's database already
means full access.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli.common import with_app
from bot.errors import UserFacingError
from bot.i18n import _
from bot.summary.model import FORMATS

if TYPE_CHECKING:
    from bot.app import App


def _write(directory: Path, files: dict[str, bytes]) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.items():
        path = directory / name
        path.write_bytes(data)
        written.append(path)
    return written


async def summary(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        report = await app.summary.report(args.week)
        if args.out is None:
            sys.stdout.write(report.text(args.format or "md"))
            return 0
        files = report.files(args.format)
        try:
            written = await asyncio.to_thread(_write, Path(args.out), files)
        except OSError as err:
            reason = err.strerror or err
            raise UserFacingError(
                _("cannot write to {file}: {reason}").format(file=args.out, reason=reason)
            ) from None
        for path in written:
            print(path)
        return 0

    # A bad week is InvalidInput, so exit status 2, like argparse's own usage errors.
    return await with_app(work)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "summary",
        help=_("the weekly summary for coordinators (default: the last full ISO week)"),
        description=_("Tips, questions and knowledge figures for one ISO week in SUMMARY_TIMEZONE."),
    )
    parser.add_argument("--week", help=_("ISO week such as 2026-W47 (default: the last full week)"))
    parser.add_argument("--format", choices=FORMATS, help=_("md (default on stdout), csv (tips) or json"))
    parser.add_argument("--out", metavar="DIR", help=_("write files to DIR instead of printing"))
    parser.set_defaults(handler=summary)

"""`python -m bot triage queue|show|set|technology|note|draft` and `python -m bot tips purge|export`.

Run from a shell on the bot's host, so the caller acts as an admin (shell access to the database
already is full access); audit events record the CLI as actor id 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli.common import with_app
from bot.cli.db import exported_line
from bot.errors import UserFacingError
from bot.i18n import _, isolate, pgettext
from bot.permissions import system_actor
from bot.tips.fields import TIP_FIELDS
from bot.tips.model import QUEUE_MAX, STATUSES, TipDetail, TipView, status_word
from bot.tips.technology import known_technologies

if TYPE_CHECKING:
    from bot.app import App

CLI_ACTOR = system_actor("cli")
# Typed as is, never translated: the statuses the core knows, as people type them.
STATUS_WORDS = ", ".join(status_word(s) for s in STATUSES)


def _line(tip: TipView) -> str:
    vendor = tip.vendor or "-"
    filed = f"{tip.created_at:%Y-%m-%d %H:%M}"
    return f"{tip.public_id}  {status_word(tip.status):<10} {filed}  {vendor[:30]:<30} {tip.what[:50]}"


# Fields `_detail` lays out itself; any other field of bot/tips/fields.py gets a line of its own.
_SHOWN = frozenset({"what", "vendor", "country", "when", "source", "technology", "extra"})


def _row(label: str, value: object) -> str:
    return pgettext("triage cli", "{label}: {value}").format(label=label, value=value)


def _detail(detail: TipDetail) -> str:
    """The tip as a moderator reads it: labels in the run's language, the tip's own text as filed."""
    t = detail.tip
    filed = f"{t.created_at:%Y-%m-%d %H:%M}"
    technology = t.technology or "-"
    tipster = (
        pgettext("triage cli", "anonymous") if t.anonymous else pgettext("triage cli", "contact allowed")
    )
    if t.reporter_id:
        tipster += " " + _("(user id {id})").format(id=t.reporter_id)
    rows = [
        _("{tip} [{status}] filed {time} UTC").format(
            tip=isolate(t.public_id), status=status_word(t.status), time=filed
        ),
        _row(pgettext("triage cli", "what"), t.what),
        "   ".join(
            [
                _row(pgettext("triage cli", "vendor"), t.vendor or "-"),
                _row(pgettext("triage cli", "country"), t.country or "-"),
                _row(pgettext("triage cli", "when"), t.when or "-"),
            ]
        ),
        _row(pgettext("triage cli", "source"), t.source or "-"),
        _row(pgettext("triage cli", "technology"), technology)
        + (f" ({t.technology_by})" if t.technology else ""),
        *(
            f"{f.name}: {getattr(t, f.name)}"
            for f in TIP_FIELDS
            if f.name not in _SHOWN and getattr(t, f.name)
        ),
        _row(pgettext("triage cli", "tipster"), tipster),
    ]
    if t.extra:
        rows.append(_row(pgettext("triage cli", "extra"), t.extra))
    if t.possible_duplicates:
        rows.append(_("possible duplicate of {tips}").format(tips=t.possible_duplicates))
    rows.append(pgettext("triage cli", "history") + ":")
    rows += _timeline(detail)
    return "\n".join(rows)


# The message each of these events carries: a question is sent by "ask", an answer comes with "reply".
_MESSAGE_OF = {"ask": "to_tipster", "reply": "from_tipster"}


def _timeline(detail: TipDetail) -> list[str]:
    """One timeline: each question and answer right after the event that carried it.

    Stored times are only to the hour (bot/tips/model.stored_time), so they cannot order what
    happened within an hour; the events are in order (by id), and each message belongs to one.
    """
    waiting = {
        direction: [m for m in detail.messages if m.direction == direction]
        for direction in ("to_tipster", "from_tipster")
    }
    lines: list[str] = []
    for e in detail.events:
        lines.append(
            f"  {e.at:%Y-%m-%d %H:%M} {e.actor_role}{f' {e.actor_id}' if e.actor_id else ''}: {e.action}"
            + (
                f" {status_word(e.from_status or '')}->{status_word(e.to_status or '')}"
                if e.from_status != e.to_status
                else ""
            )
            + (f" — {e.detail}" if e.detail else "")
        )
        queue = waiting.get(_MESSAGE_OF.get(e.action, ""), [])
        if queue:
            m = queue.pop(0)
            lines.append(f"  {m.at:%Y-%m-%d %H:%M} {m.direction.replace('_', ' ')}: {m.body}")
    lines += [
        f"  {m.at:%Y-%m-%d %H:%M} {m.direction.replace('_', ' ')}: {m.body}"
        for queue in waiting.values()
        for m in queue
    ]
    return lines


async def _with_app(work: Callable[[App], Awaitable[int]]) -> int:
    return await with_app(work)


async def queue(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        tips = await app.tips.queue(CLI_ACTOR, args.status, limit=args.limit)
        for tip in tips:
            print(_line(tip))
        if not tips:
            print(_("no tips in the queue"), file=sys.stderr)
        return 0

    return await _with_app(work)


async def show(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        print(_detail(await app.tips.show(CLI_ACTOR, args.id)))
        return 0

    return await _with_app(work)


async def set_status(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        tip = await app.tips.set_status(CLI_ACTOR, args.id, args.status, " ".join(args.reason))
        print(_("{tip} is now {status}").format(tip=isolate(tip.public_id), status=tip.status))
        return 0

    return await _with_app(work)


async def set_technology(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        tip = await app.tips.set_technology(CLI_ACTOR, args.id, " ".join(args.technology))
        technology = tip.technology or _("not set")
        print(
            _("{tip}: technology is now {technology}").format(
                tip=isolate(tip.public_id), technology=technology
            )
        )
        return 0

    return await _with_app(work)


async def note(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        tip = await app.tips.note(CLI_ACTOR, args.id, " ".join(args.text))
        print(_("note added to {tip}").format(tip=isolate(tip.public_id)))
        return 0

    return await _with_app(work)


async def draft(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        print(await app.tips.draft_from_tip(CLI_ACTOR, args.id, force=args.force))
        return 0

    return await _with_app(work)


async def purge(args: argparse.Namespace) -> int:
    async def work(app: App) -> int:
        print(await app.tips.purge())
        return 0

    return await _with_app(work)


def _write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


async def export(args: argparse.Namespace) -> int:
    from bot.ops.export import RETENTION_WARNING

    async def work(app: App) -> int:
        lines = [json.dumps(record, ensure_ascii=False) for record in await app.tips.export_tips()]
        if args.out is None:
            for line in lines:
                print(line)
            print(_(RETENTION_WARNING), file=sys.stderr)  # the output outlives every purge, like a backup
            return 0
        try:
            await asyncio.to_thread(_write_lines, args.out, lines)
        except OSError as err:
            reason = err.strerror or type(err).__name__
            raise UserFacingError(
                _("cannot write to {file}: {reason}").format(file=args.out, reason=reason)
            ) from None
        print(exported_line(len(lines), args.out), file=sys.stderr)
        print(_(RETENTION_WARNING), file=sys.stderr)
        return 0

    return await _with_app(work)


def queue_limit(value: str) -> int:
    """An argparse type: `--limit 0` and `-1` used to show one tip, `500` silently 100."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{value} is not a whole number").format(value=repr(value))
        ) from None
    if not 1 <= number <= QUEUE_MAX:
        raise argparse.ArgumentTypeError(_("must be 1 to {most}").format(most=QUEUE_MAX))
    return number


def register(subparsers: argparse._SubParsersAction) -> None:
    triage = subparsers.add_parser("triage", help=_("moderator triage of tips from the shell"))
    sub = triage.add_subparsers(dest="triage_command", metavar="SUBCOMMAND", required=True)
    p = sub.add_parser("queue", help=_("open tips, oldest first (or one status)"))
    p.add_argument("status", nargs="?", help=_("one of: {statuses}").format(statuses=STATUS_WORDS))
    p.add_argument(
        "--limit",
        type=queue_limit,
        default=50,
        help=_("most tips to list (1 to {most}; default 50)").format(most=QUEUE_MAX),
    )
    p.set_defaults(handler=queue)
    p = sub.add_parser("show", help=_("one tip with its history"))
    p.add_argument("id", help=_("TIP-0042 or 42"))
    p.set_defaults(handler=show)
    p = sub.add_parser("set", help=_("change a tip's status (reason: the question, duplicate's id, or why)"))
    p.add_argument("id")
    p.add_argument("status")
    p.add_argument("reason", nargs="*")
    p.set_defaults(handler=set_status)
    p = sub.add_parser("technology", help=_("confirm or correct a tip's technology (none clears it)"))
    p.add_argument("id")
    p.add_argument("technology", nargs="+", help=", ".join(known_technologies()))
    p.set_defaults(handler=set_technology)
    p = sub.add_parser("note", help=_("add a moderator note"))
    p.add_argument("id")
    p.add_argument("text", nargs="+")
    p.set_defaults(handler=note)
    p = sub.add_parser("draft", help=_("write a knowledge draft from an accepted tip"))
    p.add_argument("id")
    p.add_argument("--force", action="store_true", help=_("replace the draft if it exists (edits are lost)"))
    p.set_defaults(handler=draft)

    tips = subparsers.add_parser("tips", help=_("tip retention and export"))
    sub = tips.add_subparsers(dest="tips_command", metavar="SUBCOMMAND", required=True)
    sub.add_parser("purge", help=_("apply the retention windows now")).set_defaults(handler=purge)
    p = sub.add_parser("export", help=_("every tip as JSON lines, without identity"))
    p.add_argument("--out", type=Path, help=_("file to write (default: standard output)"))
    p.set_defaults(handler=export)

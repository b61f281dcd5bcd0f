"""`python -m bot db ...` and `python -m bot health`: operations from the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.cli.common import EXIT_CONFIG, EXIT_FAILED, error_line, load_settings, open_db
from bot.errors import InvalidInput, StoreUnavailable, UserFacingError
from bot.i18n import _, ngettext
from bot.settings import ROOT


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help=_("database operations: upgrade, backup, export"))
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    up = db_sub.add_parser("upgrade", help=_("bring the schema up to date (the bot also does this at start)"))
    up.set_defaults(handler=_upgrade)

    bk = db_sub.add_parser("backup", help=_("write a consistent copy of the database while it serves"))
    bk.add_argument(
        "--out",
        type=Path,
        help=_("file to write (default: backups/exportwatch-<time>.db|.dump in the project)"),
    )
    bk.add_argument("--force", action="store_true", help=_("replace --out if it already exists"))
    bk.set_defaults(handler=_backup)

    ex = db_sub.add_parser(
        "export", help=_("write every tip as JSON lines, without any tipster identity (progress on stderr)")
    )
    ex.add_argument("--out", type=Path, help=_("file to write (default: standard output)"))
    ex.add_argument(
        "--progress", action="store_true", help=_("show progress even when stderr is not a terminal")
    )
    ex.set_defaults(handler=_export)

    health = sub.add_parser(
        "health", help=_("exit 0 when the database and knowledge are usable (for supervisors)")
    )
    health.add_argument("--json", action="store_true", help=_("print the checks as JSON"))
    health.set_defaults(handler=_health)


def _progress_printer(label: str):
    def show(done: int, total: int) -> None:
        if not sys.stderr.isatty():
            return
        figure = f"{100 * done // total}%" if total else f"{done / 1e6:.1f} MB"
        print(f"\r{label}: {figure}", end="", file=sys.stderr, flush=True)

    return show


async def _upgrade(args: argparse.Namespace) -> int:
    db = await open_db(load_settings().database_url)
    print(_("Schema is up to date ({database}).").format(database=db.url))
    await db.dispose()
    return 0


async def _backup(args: argparse.Namespace) -> int:
    from bot.ops.backup import backup

    url = load_settings().database_url
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    suffix = ".db" if url.startswith("sqlite") else ".dump"
    # Next to the project, like the database: not wherever the command happened to be started.
    target = args.out or ROOT / "backups" / f"exportwatch-{stamp}{suffix}"
    try:
        path = await backup(url, target, _progress_printer(_("Backing up")), force=args.force)
    except UserFacingError as exc:
        print(error_line(_("backup failed: {reason}").format(reason=exc)), file=sys.stderr)
        return EXIT_CONFIG if isinstance(exc, InvalidInput) else EXIT_FAILED
    if sys.stderr.isatty():
        print(file=sys.stderr)
    size = path.stat().st_size
    print(
        ngettext(
            "Backup written to {path} ({n} byte).", "Backup written to {path} ({n} bytes).", size
        ).format(path=path, n=size)
    )
    from bot.ops.backup import RETENTION_WARNING

    print(_(RETENTION_WARNING), file=sys.stderr)  # said once a copy exists: it is what the warning is about
    return 0


EXPORT_PROGRESS_EVERY = 5000


async def _export(args: argparse.Namespace) -> int:
    from bot.ops.export import RETENTION_WARNING, count_tips, iter_tip_records

    db = await open_db(load_settings().database_url)
    try:
        out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    except OSError as exc:
        await db.dispose()
        reason = exc.strerror or exc
        print(
            _("Export failed: cannot write to {file}: {reason}").format(file=args.out, reason=reason),
            file=sys.stderr,
        )
        return 1
    show = args.progress or sys.stderr.isatty()
    end = "" if sys.stderr.isatty() else "\n"
    done = 0
    failed: str | None = None  # why the export stopped early
    try:
        total = await count_tips(db)
        async for record in iter_tip_records(db):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            done += 1
            if show and done % EXPORT_PROGRESS_EVERY == 0:
                shown = _("Exporting tips: {done}/{total}").format(done=done, total=total)
                print(f"\r{shown}", end=end, file=sys.stderr, flush=True)
    except StoreUnavailable as exc:
        failed = _("the database is unavailable ({cause})").format(cause=exc.cause)
    except OSError as exc:  # the output (a full disk, a closed pipe), not the database
        failed = _("cannot write the output ({reason})").format(reason=exc.strerror or type(exc).__name__)
    finally:
        if args.out:
            out.close()
        await db.dispose()
    if show and end == "" and done >= EXPORT_PROGRESS_EVERY:
        print(file=sys.stderr)
    if failed is not None:
        stopped = ngettext(
            "Export stopped after {n} tip: {reason}; the output is incomplete.",
            "Export stopped after {n} tips: {reason}; the output is incomplete.",
            done,
        )
        print(stopped.format(n=done, reason=failed), file=sys.stderr)
        return 1
    print(exported_line(done, args.out), file=sys.stderr)
    print(_(RETENTION_WARNING), file=sys.stderr)  # the file outlives every purge, like a backup
    return 0


def exported_line(done: int, out: Path | None) -> str:
    """What an export says when it finished (db export and tips export alike)."""
    if out is None:
        text = ngettext(
            "Exported {n} tip, without tipster identities.",
            "Exported {n} tips, without tipster identities.",
            done,
        )
    else:
        text = ngettext(
            "Exported {n} tip to {file}, without tipster identities.",
            "Exported {n} tips to {file}, without tipster identities.",
            done,
        )
    return text.format(n=done, file=out)


async def _health(args: argparse.Namespace) -> int:
    from bot.ops.health import health

    settings = load_settings()
    report = await health(settings.database_url, settings.knowledge_dir)
    if args.json:
        print(json.dumps(report.to_json()))
    else:
        for check in report.checks:
            print(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
    return 0 if report.ok else 1

"""`python -m bot kb check|list`: validate the knowledge files and list entries."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.cli.common import ConfigError, load_settings
from bot.i18n import _, ngettext
from bot.kb.check import check_directory
from bot.kb.model import KINDS


def _dirs(args: argparse.Namespace) -> tuple[Path, Path | None]:
    """The directories to read; a missing one is a usage error (2), like `ask --dir`, not a problem
    "found" in a file that does not exist."""
    if args.dir is not None:
        directory, drafts = Path(args.dir), Path(args.drafts) if args.drafts else None
    else:
        settings = load_settings()
        directory, drafts = settings.knowledge_dir, Path(args.drafts) if args.drafts else settings.drafts_path
    if not directory.is_dir():
        raise ConfigError(
            _("the knowledge directory {directory} does not exist; set KNOWLEDGE_DIR (or --dir)").format(
                directory=directory
            )
        )
    if args.drafts and not Path(args.drafts).is_dir():
        raise ConfigError(_("the drafts directory {directory} does not exist").format(directory=args.drafts))
    return directory, drafts


def check(args: argparse.Namespace) -> int:
    """Print every error as path:line: message (exit 1), then every warning as path:line: warning: ...
    (exit 0 unless --strict), or the count per kind."""
    directory, drafts = _dirs(args)
    report = check_directory(directory, drafts)
    for problem in (*report.problems, *report.warnings):
        print(problem)
    if report.warnings:
        n = len(report.warnings)
        print(ngettext("{n} warning", "{n} warnings", n).format(n=n), file=sys.stderr)
    if report.problems:
        n = len(report.problems)
        print(ngettext("{n} problem found", "{n} problems found", n).format(n=n), file=sys.stderr)
        return 1
    if report.warnings and args.strict:
        print(_("--strict: warnings count as problems"), file=sys.stderr)
        return 1
    counts = report.counts()
    print(f"knowledge OK: {directory}")
    for kind in (*KINDS, "draft"):
        print(f"{kind}: {counts[kind]}")
    return 0


def list_entries(args: argparse.Namespace) -> int:
    directory, drafts = _dirs(args)
    report = check_directory(directory, drafts)
    entries = report.drafts if args.drafts_only else report.entries
    if args.kind:
        entries = [e for e in entries if e.kind == args.kind]
    entries = sorted(entries, key=lambda e: (KINDS.index(e.kind), e.id))
    for entry in entries:
        if args.json:
            print(json.dumps(entry.to_json(), ensure_ascii=False))
        else:
            print(f"{entry.id:<40} {entry.kind:<7} {entry.title}")
    if report.problems:
        n = len(report.problems)
        warning = ngettext(
            "warning: {n} problem; run `python -m bot kb check`",
            "warning: {n} problems; run `python -m bot kb check`",
            n,
        )
        print(warning.format(n=n), file=sys.stderr)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    kb = subparsers.add_parser("kb", help=_("knowledge base: check files, list entries"))
    sub = kb.add_subparsers(dest="kb_command", metavar="SUBCOMMAND", required=True)
    for name, handler, text in (
        ("check", check, _("validate every knowledge file (and drafts)")),
        ("list", list_entries, _("list served entries")),
    ):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("--dir", help=_("knowledge directory (default: settings.knowledge_dir)"))
        parser.add_argument("--drafts", help=_("drafts directory (default: DIR/drafts)"))
        parser.set_defaults(handler=handler)
        if name == "check":
            parser.add_argument("--strict", action="store_true", help=_("fail on warnings too"))
        if name == "list":
            parser.add_argument("--json", action="store_true", help=_("one JSON object per entry per line"))
            parser.add_argument("--kind", choices=KINDS)
            parser.add_argument("--drafts-only", action="store_true", help=_("list drafts instead"))

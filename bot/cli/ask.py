"""`python -m bot ask`: answer questions from the terminal, readable or as JSON lines for tools.

The maintainers' tool for trying knowledge (a draft directory with --dir, question sets with
--batch): it needs no database, and its questions are not members' questions, so it asks the
knowledge service directly (`KnowledgeService.search`, the same answer `App.ask` gives) without
writing the question log that feeds the weekly summary.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.cli.common import error_line, load_settings
from bot.errors import UserFacingError
from bot.i18n import _, isolate
from bot.kb.filters import Filters, specs
from bot.kb.present import NO_ANSWER

if TYPE_CHECKING:  # the search stack (bm25s, scipy) takes a second to import: not for --help
    from bot.kb.result import SearchResult


def _command(path: str) -> str:
    """A command as typed in the console (and, in English, in Discord)."""
    return isolate(f"/{path}")


def as_json(result: SearchResult) -> str:
    """One JSON object: the result's stable shape, and for small talk the reply the bot gives."""
    from bot.kb.smalltalk_reply import reply

    shape = result.to_json()
    if result.talk is not None:
        shape["small_talk"]["reply"] = reply(result.talk, _command)
    return json.dumps(shape, ensure_ascii=False)


def readable(result: SearchResult) -> str:
    from bot.kb.render import (
        ENGLISH_NOTE,
        LIST_ENGLISH_NOTE,
        PARTIAL_NOTE,
        entry_text,
        list_text,
        more_lines,
        unrecorded_lines,
    )
    from bot.kb.smalltalk_reply import reply

    if result.talk is not None:
        return reply(result.talk, _command)
    lines: list[str] = []
    if result.as_list:
        note = ["", _(str(LIST_ENGLISH_NOTE))] if result.english_note else []
        more = more_lines(result, lambda k: "python -m bot console, /search" + (f" kind={k}" if k else ""))
        listed = list_text(result.items, lambda e: f"python -m bot ask {e.id}")
        return "\n".join([listed, *unrecorded_lines(result), *more, *note])
    if result.entry is not None:
        lines += [
            entry_text(result.entry),
            "",
            _("Confidence: {value}").format(value=f"{result.confidence:.2f}"),
        ]
        if result.english_note:
            lines.append(_(str(ENGLISH_NOTE)))
        if result.partial:  # answered on its first ask: the rest may not be on the card
            lines.append(_(str(PARTIAL_NOTE)).format(ask=result.partial))
        if result.alternatives:
            also = "; ".join(f"{a.title} ({isolate(a.id)})" for a in result.alternatives[:3])
            lines.append(_("See also: {entries}").format(entries=also))
    else:
        lines.append(_(str(NO_ANSWER)))
        if result.alternatives:
            lines.append(_("Did you mean:"))
            lines += [f"  - {a.title} ({isolate(a.id)})" for a in result.alternatives]
    return "\n".join(lines)


def _questions(source: str) -> TextIO:
    return sys.stdin if source == "-" else open(source, encoding="utf-8")


async def ask(args: argparse.Namespace) -> int:
    from bot.kb.service import KnowledgeService

    try:
        filters = Filters.of(**{name: getattr(args, name) for name, _ in specs()})
    except UserFacingError as err:
        print(error_line(err), file=sys.stderr)
        return 2
    settings = load_settings()
    directory = Path(args.dir) if args.dir else settings.knowledge_dir
    try:
        drafts = None if args.dir else settings.drafts_path
        kb = await KnowledgeService.load(directory, drafts=drafts, threshold=settings.answer_threshold)
    except UserFacingError as err:
        print(error_line(err), file=sys.stderr)
        return 2
    if args.batch and args.question:
        print(error_line(_("give either a question or --batch FILE, not both")), file=sys.stderr)
        return 2
    if args.batch:
        try:
            stream = _questions(args.batch)
        except OSError as err:
            problem = _("cannot read {file}: {reason}").format(file=args.batch, reason=err.strerror)
            print(error_line(problem), file=sys.stderr)
            return 2
        with stream:
            try:
                for line in stream:
                    question = line.strip()
                    if question:
                        result = kb.search(question, filters)
                        print(as_json(result), flush=True)
            except UnicodeDecodeError:
                problem = _("{file} is not UTF-8 text; questions before the bad line were answered")
                print(error_line(problem.format(file=args.batch)), file=sys.stderr)
                return 2
        return 0
    question = " ".join(args.question).strip()
    if not question:
        print(error_line(_("give a question, or --batch FILE")), file=sys.stderr)
        return 2
    result = kb.search(question, filters)
    print(as_json(result) if args.json else readable(result))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("ask", help=_("answer a question from the knowledge base"))
    parser.add_argument("question", nargs="*", help=_("the question"))
    parser.add_argument("--json", action="store_true", help=_("print one JSON object"))
    parser.add_argument(
        "--batch", metavar="FILE", help=_("one question per line ('-' for stdin); JSON lines out")
    )
    for name, spec in specs():  # one option per declared filter; the core reads the value
        parser.add_argument(f"--{name}", choices=spec.choices or None, help=_(str(spec.help)))
    parser.add_argument("--dir", help=_("knowledge directory (default: settings.knowledge_dir)"))
    parser.set_defaults(handler=ask)

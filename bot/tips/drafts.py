"""Tip to knowledge: an accepted tip becomes a draft entry (status alleged) for an editor to verify.

The draft carries what was reported and its link, never anything about who reported it. It is
validated with the knowledge base's own parser before it is left in place, so `kb check` passes.
"""

from __future__ import annotations

import asyncio
import os
import re
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import frontmatter

from bot.errors import InvalidInput, Refused, UserFacingError
from bot.i18n import _, pgettext
from bot.kb.check import parse_file
from bot.kb.model import SUMMARY_MAX, TITLE_MAX
from bot.tips.model import ACCEPTED, TipView
from bot.tips.queue import shown_id, shown_status

_YEAR_RE = re.compile(r"\b(19[89]\d|20\d\d)\b")


def slug(text: str, limit: int = 40) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return words[:limit].rstrip("-") or "tip"


def _line(text: str) -> str:
    """One line: a tipster's newline must not start a heading or section of its own in the draft."""
    return " ".join(text.split())


def _shorten(text: str, limit: int) -> str:
    text = _line(text)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def draft_entry(tip: TipView, today: datetime) -> tuple[str, dict[str, Any], str]:
    """(entry id, front matter, body) for an accepted tip; every field taken from the tip is one line."""
    entry_id = f"tip-{tip.id}-{slug(tip.vendor or tip.what)}"
    vendor, country, when = _line(tip.vendor), _line(tip.country), _line(tip.when)
    subject = vendor or "an unnamed vendor"
    where = f" in {country}" if country else ""
    title = _shorten(f"{tip.public_id}: alleged {subject}{where}", TITLE_MAX)
    summary = _shorten(f"Alleged, from a tip not yet verified: {tip.what}", SUMMARY_MAX)
    date = today.date().isoformat()
    if tip.source:
        host = (urlsplit(tip.source).hostname or "").removeprefix("www.")
        # A label, not a title, and no date: the tip says nothing of the piece's headline or date,
        # and the editor must find both before the entry is served (kb check, v2 source format).
        source = {
            "publisher": host or "Unknown publisher",
            "label": f"Source given with {tip.public_id}",
            "undated": True,
            "url": _line(tip.source),
        }
    else:
        source = {
            "publisher": "ExportWatch tip",
            "label": f"{tip.public_id} (no source given; verify)",
            "undated": True,
        }
    meta: dict[str, Any] = {
        "id": entry_id,
        "kind": "case",
        "title": title,
        "summary": summary,
        "status": "alleged",
        "countries": [country] if country else [],
        "technologies": [tip.technology] if tip.technology else [],
        "years": sorted({int(y) for y in _YEAR_RE.findall(f"{tip.when} {tip.what} {tip.extra}")}),
        "sources": [source],
        "last_reviewed": date,
    }
    facts = [f"- Alleged in a tip received {tip.created_at.date().isoformat()}: {_line(tip.what)}"]
    if when:
        facts.append(f"- When, as reported: {when}")
    if tip.extra:
        facts.append(f"- Further detail, as reported: {_line(tip.extra)}")
    body = (
        "## Key facts\n" + "\n".join(facts) + "\n\n## To verify before publishing\n"
        "- Confirm every fact against the source and attribute the allegation.\n"
        "- Add the company's response if there is one; check technologies, then move the file to cases/.\n"
    )
    return entry_id, meta, body


def _refuse_existing(path: Path) -> Refused:
    return Refused(
        _(
            "A draft already exists at {file} and may hold an editor's work; it was left as it is. "
            "Use --force (Discord: {option}) to replace it."
        ).format(file=path.name, option=pgettext("option name", "force"))
    )


def _write(tip: TipView, folder: Path, today: datetime, force: bool = False) -> Path:
    entry_id, meta, body = draft_entry(tip, today)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{entry_id}.md"
    if path.exists() and not force:
        raise _refuse_existing(path)
    text = frontmatter.dumps(frontmatter.Post(body, **meta), sort_keys=False, allow_unicode=True)
    tmp = path.with_suffix(".md.tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    _entry, problems = parse_file(tmp, None, path)
    problems = [p for p in problems if "does not match the file name" not in p.message]
    if problems:
        tmp.unlink(missing_ok=True)
        # kb check's own messages stay as it words them (English, like the knowledge files)
        found = "; ".join(p.message for p in problems)
        raise InvalidInput(_("The draft would not pass kb check: {problems}").format(problems=found))
    if force:
        tmp.replace(path)
        return path
    try:  # a link never replaces a file another run created meanwhile (replace would)
        os.link(tmp, path)
    except FileExistsError:
        raise _refuse_existing(path) from None
    finally:
        tmp.unlink(missing_ok=True)
    return path


async def write_draft(tip: TipView, folder: Path, today: datetime, *, force: bool = False) -> Path:
    """Write the draft; an existing draft (perhaps edited) is kept unless `force`."""
    if tip.status != ACCEPTED:
        raise Refused(
            _("Only accepted tips can be drafted; {tip} is {status}.").format(
                tip=shown_id(tip.id), status=shown_status(tip.status)
            )
        )
    try:
        return await asyncio.to_thread(_write, tip, folder, today, force)
    except OSError as err:  # an unwritable or missing DRAFTS_DIR: say so, never a traceback
        reason = err.strerror or type(err).__name__
        raise UserFacingError(
            _("Cannot write the draft in {folder}: {reason}.").format(folder=folder, reason=reason)
        ) from None

"""What every face shows of the knowledge base, decided once: a page of search results, the related
entries of an entry, the /about overview, and the words of the honest "no answer".

Faces (Discord, console, CLI) only lay these values out; the arithmetic and wording live here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.i18n import N_, _, format_number, ngettext
from bot.kb.model import KINDS, Entry
from bot.kb.smalltalk import SmallTalk

# Marked for the catalogs; every face shows them through `_()` (the member's or the console's language).
NO_ANSWER = N_("I don't have a sourced answer for that.")
NOTHING_FOUND = N_("Nothing in the knowledge base matches that. Try fewer words or filters.")
# Under a "no answer" that has no close entries to offer ("when was that?", "more on that", a question
# off the campaign's subject): each question is read alone, so say what a question needs to name.
# {search} is the search command as the face's member types it.
NO_MATCH_HINT = N_(
    "I read each question on its own, not as a follow-up to the one before: name the vendor, case "
    "or rule you mean, or browse the knowledge base with {search}."
)
# How many close names a lookup that found nothing offers, in every face.
CLOSE_NAMES = 5


@dataclass(frozen=True)
class SearchPage:
    """One page of search results, ready to render (and to page from)."""

    query: str
    filters: Mapping[str, str]  # the filters in use, as shown ("kind": "vendor")
    entries: Sequence[Entry]  # the entries on this page
    page: int  # 1-based
    pages: int
    total: int
    first_number: int = 1  # the result number of entries[0]
    # Not a search but small talk ("/search hi"): the faces show its reply, as for /ask, not
    # "nothing found" (bot/kb/smalltalk.py). No entries then.
    talk: SmallTalk | None = None

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    def position(self) -> str:
        """ "Page 2 of 7 · 31 results", in the member's language and number format."""
        results = ngettext("{n} result", "{n} results", self.total).format(n=format_number(self.total))
        where = _("Page {page} of {pages}").format(
            page=format_number(self.page), pages=format_number(self.pages)
        )
        return f"{where} · {results}"


def page_count(total: int, size: int) -> int:
    """Pages needed for `total` results (at least one, so an empty search is "page 1 of 1")."""
    return max(1, -(-total // size))


def clamp_page(page: int, pages: int) -> int:
    """A requested page (from an old button, or typed) brought within 1..pages."""
    return min(max(page, 1), pages)


def reviewed_on(value: str) -> tuple[date, bool] | None:
    """Parse YYYY[-MM[-DD]] to the earliest day it can mean, and whether the day is exact."""
    parts = str(value).split("-")
    try:
        nums = [int(p) for p in parts]
        if len(nums) == 3:
            return date(nums[0], nums[1], nums[2]), True
        if len(nums) == 2:
            return date(nums[0], nums[1], 1), False
        if len(nums) == 1:
            return date(nums[0], 1, 1), False
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Overview:
    """What /about says of the knowledge: how much, how fresh, how much is overdue for review."""

    counts: dict[str, int] = field(default_factory=dict)  # kind -> entries, every kind present
    freshness: str = ""  # "oldest to newest" last_reviewed ('' when empty)
    stale: int = 0  # entries not reviewed within `stale_days` (an unreadable date counts)
    stale_days: int = 0
    oldest: str = ""  # the oldest and newest last_reviewed as written, for a face to format
    newest: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def counts_of(entries: Sequence[Entry]) -> dict[str, int]:
    counts = dict.fromkeys(KINDS, 0)
    for entry in entries:
        counts[entry.kind] += 1
    return counts


def freshness_of(entries: Sequence[Entry]) -> str:
    """'oldest to newest' last_reviewed dates, for /about ('' when empty)."""
    dates = sorted(e.last_reviewed for e in entries)
    if not dates:
        return ""
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"


def overview_of(entries: Sequence[Entry], today: date, stale_days: int) -> Overview:
    stale_before = today - timedelta(days=stale_days)
    stale = 0
    for entry in entries:
        parsed = reviewed_on(entry.last_reviewed)
        if parsed is None or parsed[0] < stale_before:
            stale += 1
    dates = sorted(e.last_reviewed for e in entries)
    oldest, newest = (dates[0], dates[-1]) if dates else ("", "")
    return Overview(counts_of(entries), freshness_of(entries), stale, stale_days, oldest, newest)

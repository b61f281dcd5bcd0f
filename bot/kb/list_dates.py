"""When a list question asks for an event in a period ("added to the Entity List in 2021", "sanctioned
in 2024", "fined since 2015"), the year must be the event's, not any year the entry mentions.

An entry qualifies only if one of its clauses (a sentence, or a part of one between semicolons) says
the event and a year of the period; a sentence without a year of its own takes the year a dated bullet
opens with ("- 3 November 2021: the US added ..."). The event's words are data: the `says` forms of
the topics marked `event` in data/list_topics.yaml, and the names of a rule the question names (its
listings are the event: "firms on the Entity List since 2021"). Without an event the period keeps
matching any year of the entry (`Entry.years`), as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from bot.kb import topics
from bot.kb.model import Entry
from bot.kb.places import key_of

_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-3]\d)(?!\d)")
# A sentence ends at ".", "!" or "?" before a capital or a digit, but not after an initial ("U.S.",
# "J. Smith") or a short abbreviation ("Sec. 889", "Nov. 2021"); a semicolon separates two facts.
_SENTENCE = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?]\s+(?=[A-Z0-9\"“(])|;\s+")
# "- 3 November 2021: ...", "- 2013: ...": a bullet whose lead, before its colon, is a date.
_DATED_BULLET = re.compile(r"^\s*[-*]\s+([^:\n]{0,30}?(19[89]\d|20[0-3]\d)[^:\n]{0,12}):")


@lru_cache(maxsize=256)
def event_forms(asked: frozenset[str], rule_keys: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """The words that say the asked event in an entry (folded), or None when no event is asked."""
    events = [t.says.pattern for t in topics.topics() if t.name in asked and t.event]
    names = [rf"(?<!\w){re.escape(k)}(?!\w)" for k in rule_keys if k]
    parts = events + names
    return re.compile("|".join(parts)) if parts else None


@lru_cache(maxsize=4096)
def _clauses(title: str, summary: str, body: str) -> tuple[tuple[str, tuple[tuple[int, int], ...]], ...]:
    """Each clause of an entry's text, folded, with the years it is dated by and where each stands in
    it (memoised by text); a clause without a year of its own takes its dated bullet's, placed at 0."""
    out: list[tuple[str, tuple[tuple[int, int], ...]]] = []
    for line in (title, summary, *body.splitlines()):
        lead = _DATED_BULLET.match(line)
        lead_years = tuple((int(y), 0) for y in _YEAR.findall(lead.group(1))) if lead else ()
        for clause in _SENTENCE.split(line):
            text = key_of(clause)
            own = tuple((int(m.group(1)), m.start()) for m in _YEAR.finditer(text))
            out.append((text, own or lead_years))
    return tuple(out)


def _nearest(years: tuple[tuple[int, int], ...], start: int, end: int) -> set[int]:
    """The years standing closest to the words at start..end: "fined in 2014, and seized ... in 2016"
    dates the fine 2014, not 2016."""
    gaps = {year: max(at - end, start - at, 0) for year, at in years}
    near = min(gaps.values())
    return {year for year, gap in gaps.items() if gap == near}


def on_date(entry: Entry, event: re.Pattern[str], lo: int, hi: int) -> bool:
    """The entry says the event in a clause where the year closest to it is from lo to hi."""
    return any(
        lo <= y <= hi
        for text, years in _clauses(entry.title, entry.summary, entry.body)
        if years and any(lo <= y <= hi for y, _ in years)
        for m in event.finditer(text)
        for y in _nearest(years, m.start(), m.end())
    )


def in_period(entry: Entry, event: re.Pattern[str] | None, lo: int, hi: int) -> bool:
    """The entry belongs to a list narrowed to lo..hi: by the event's date when an event is asked,
    otherwise by any year the entry mentions."""
    if event is None:
        return any(lo <= y <= hi for y in entry.years)
    return on_date(entry, event, lo, hi)


def narrow(
    pool: Iterable[Entry],
    asked: frozenset[str],
    rules: Sequence[str],
    keys: Mapping[str, Sequence[str]],
    years: tuple[int, int],
) -> list[Entry]:
    """The entries of a list narrowed to a period. A rule the question names dates a vendor by its
    listing under it ("vendors added to the Entity List in 2021"); a case or a rule keeps its own
    years for it, since a case from 2021 that mentions the Entity List is still a case of 2021."""
    lo, hi = years
    event = event_forms(asked)
    listing = event_forms(asked, tuple(k for rule in rules for k in keys.get(rule, ())))
    return [e for e in pool if in_period(e, listing if e.kind == "vendor" else event, lo, hi)]

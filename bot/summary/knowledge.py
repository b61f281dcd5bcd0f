"""Knowledge figures from the entries' `last_reviewed` dates.

The knowledge format has no creation date, so "reviewed in the period" covers both new and
re-reviewed entries; the report says so rather than inventing an "added" figure.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from bot.kb.model import Entry
from bot.kb.present import reviewed_on
from bot.summary.model import EntryRef, KnowledgeFigures
from bot.summary.period import Period


def knowledge_figures(entries: Iterable[Entry], period: Period, stale_days: int) -> KnowledgeFigures:
    """Entries reviewed within the period's local days, and entries stale at the period's end."""
    figures = KnowledgeFigures(stale_days=stale_days)
    stale_before = period.last_day - timedelta(days=stale_days)
    for entry in entries:
        figures.total += 1
        ref = EntryRef(entry.id, entry.title, str(entry.last_reviewed))
        parsed = reviewed_on(entry.last_reviewed)
        if parsed is None:
            figures.stale.append(ref)  # an unreadable date cannot vouch for freshness
            continue
        day, exact = parsed
        if exact and period.first_day <= day <= period.last_day:
            figures.reviewed.append(ref)
        if day < stale_before:
            figures.stale.append(ref)
    figures.reviewed.sort(key=lambda r: r.id)
    figures.stale.sort(key=lambda r: (r.last_reviewed, r.id))
    return figures

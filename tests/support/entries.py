"""Entries built in a line, for the knowledge tests that need a small fixed set (lists, search reuse)
rather than knowledge/, which moves."""

from __future__ import annotations

from bot.kb.model import Entry, Source


def kb_entry(
    entry_id: str,
    kind: str,
    countries: list[str],
    tech: list[str],
    years: list[int],
    title: str,
    summary: str,
    aliases: list[str] | None = None,
) -> Entry:
    """An entry with just what list and search tests vary; the rest fixed, one source, status alleged."""
    return Entry(
        id=entry_id,
        kind=kind,
        title=title,
        summary=summary,
        aliases=aliases or [],
        status="alleged",
        countries=countries,
        technologies=tech,
        years=years,
        last_reviewed="2026-12-03",
        sources=[Source(publisher="Example", title="A report", date="2024")],
    )

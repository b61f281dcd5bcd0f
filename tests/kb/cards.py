"""A minimal valid knowledge card, for the tests that check how one field of a card is read.

Only the fields every card must carry are filled (with placeholders), so a test names just the
fields it is about."""

from __future__ import annotations

from bot.kb.model import Entry


def card(kind: str, **fields: object) -> Entry:
    """A `kind` card with placeholder required fields, `fields` added or overriding them."""
    base: dict[str, object] = {
        "id": "x",
        "kind": kind,
        "title": "X",
        "summary": "X.",
        "status": "established",
        "last_reviewed": "2026-12-05",
        "related": ["y"],
    }
    return Entry.model_validate(base | fields)

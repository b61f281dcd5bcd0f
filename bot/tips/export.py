"""Tips as plain records without identity, for `db export` and the summaries' CSV.

An allow-list, not a deny-list: a column added to `tips` later is not exported until added here.
"""

from __future__ import annotations

from typing import Any

from bot.store.tables.tips import Tip
from bot.tips.model import as_shown, public_id

EXPORT_FIELDS: tuple[str, ...] = (
    "id",
    "status",
    "created_at",
    "closed_at",
    "what",
    "vendor",
    "country",
    "technology",
    "when",
    "source",
    "extra",
    "anonymous",
    "duplicate_of",
    "possible_duplicates",
    "reason",
)


def _iso(value: Any) -> str | None:
    value = as_shown(value)  # to the hour, like every time shown to people
    return value.isoformat() if value is not None else None


def tip_record(tip: Tip) -> dict[str, Any]:
    assert tip.id is not None
    return {
        "id": public_id(tip.id),
        "status": tip.status,
        "created_at": _iso(tip.created_at),
        "closed_at": _iso(tip.closed_at),
        "what": tip.what,
        "vendor": tip.vendor,
        "country": tip.country,
        "technology": tip.technology,
        "when": tip.when_text,
        "source": tip.source_url,
        "extra": tip.extra,
        "anonymous": tip.anonymous,
        "duplicate_of": public_id(tip.duplicate_of) if tip.duplicate_of else None,
        "possible_duplicates": tip.possible_duplicates,
        "reason": tip.reason,
    }

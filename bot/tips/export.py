"""Tips as plain records without identity, for `db export` and the summaries' CSV.

An allow-list, not a deny-list: a column added to `tips` later is not exported until added here or,
for a tip field, marked `exported` in bot/tips/fields.py.
"""

from __future__ import annotations

from typing import Any

from bot.store.tables.tips import Tip
from bot.tips.fields import TIP_FIELDS, from_columns
from bot.tips.model import as_shown, public_id

# Workflow columns around the tip's own fields; the fields are those the field list marks exported.
EXPORT_FIELDS: tuple[str, ...] = (
    "id",
    "status",
    "created_at",
    "closed_at",
    *(f.name for f in TIP_FIELDS if f.exported),
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
    values = from_columns(tip)
    record: dict[str, Any] = {
        "id": public_id(tip.id),
        "status": tip.status,
        "created_at": _iso(tip.created_at),
        "closed_at": _iso(tip.closed_at),
        "anonymous": tip.anonymous,
        "duplicate_of": public_id(tip.duplicate_of) if tip.duplicate_of else None,
        "possible_duplicates": tip.possible_duplicates,
        "reason": tip.reason,
    }
    return {name: values[name] if name in values else record[name] for name in EXPORT_FIELDS}

"""Streaming tip export for `python -m bot db export`: identity-free records, a page at a time.

`TipService.export_tips` loads every tip at once, which is fine for a summary's CSV but not for a
database with a million tips. This pages by primary key (no OFFSET scans) and reuses the tips
core's allow-list (`bot.tips.export.tip_record`), so the two exports can never disagree about
what leaves the database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from bot.i18n import N_
from bot.store.engine import Database
from bot.store.tables.tips import Tip
from bot.tips.export import tip_record

PAGE = 1000
# Said by every export, like the backup's warning (bot/ops/backup.py): the file holds each tip's fields
# as typed, the text included, and retention never reaches it.
RETENTION_WARNING = N_(  # translated where it is printed
    "Warning: exports are outside retention: each tip's text stays in this output after retention "
    "purges the tip, until you delete it."
)


async def count_tips(db: Database) -> int:
    async with db.sessions() as session:
        return int((await session.exec(select(func.count()).select_from(Tip))).one())


async def iter_tip_records(db: Database, *, page: int = PAGE) -> AsyncIterator[dict[str, Any]]:
    """Every tip in id order as an export record; each page is its own short read transaction."""
    after = 0
    while True:
        async with db.sessions() as session:
            tips = (
                await session.exec(select(Tip).where(col(Tip.id) > after).order_by(col(Tip.id)).limit(page))
            ).all()
        if not tips:
            return
        for tip in tips:
            yield tip_record(tip)
        after = int(tips[-1].id or after)

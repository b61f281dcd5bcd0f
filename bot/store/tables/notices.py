"""Pending Discord updates about tips: an outbox the Discord face works through, retried until done.

Why a table: a review card must be edited when its tip closes (no contact mention) and replaced by
a tombstone when the tip is purged, even if Discord is down at that moment or the bot restarts;
and new cards and "the tipster answered" notices are held back a random while (released in
batches). A row holds no text and nothing about the tipster: which tip (its id and public id), the
card's message id, what to do, and when it is due. It is deleted once done.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, DateTime
from sqlmodel import Field, SQLModel


class TipNotice(SQLModel, table=True):
    __tablename__ = "tip_notices"
    # Ids never repeat (SQLite would give a purge's tombstone the id of a notice it just dropped).
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)  # card | answered | refresh | tombstone
    # No foreign key: a tombstone outlives its tip by design.
    tip_id: int = Field(default=0)
    public_id: str = Field(default="", max_length=20)
    message_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    due_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False, index=True))
    attempts: int = Field(default=0)
    # A process working on the row holds it until then (so two processes never both post a card).
    claimed_until: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )

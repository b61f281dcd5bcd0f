"""Tips, their audit trail and the messages between moderators and a tipster.

Anonymity is structural: an anonymous tip has `reporter_id` NULL from the start and only the
receipt's slow hash links it to its tipster. Tips are voided, never deleted, until retention
purges closed ones.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, DateTime, Index, Text
from sqlmodel import Field, SQLModel


def _ts(*, nullable: bool, index: bool | None = None) -> Column[datetime]:  # timezone-aware on both backends
    return Column(DateTime(timezone=True), nullable=nullable, index=index)


class Tip(SQLModel, table=True):
    __tablename__ = "tips"
    __table_args__ = (
        Index("ix_tips_status_created", "status", "created_at"),
        Index("ix_tips_created_at", "created_at"),
        Index("ix_tips_closed_at", "closed_at"),
        # A receipt lookup is one indexed equality query on its deterministic slow hash.
        Index("ix_tips_receipt_hash", "receipt_hash", unique=True),
        # A tip's number is never given again, even after retention purged it (its tombstone keeps
        # the number in the review channel): SQLite would otherwise reuse the largest id once purged.
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    # Times are stored to the hour (bot.tips.model.stored_time): order is by id, and a finer time
    # would let whoever holds the database line a tip up with who was active in the server.
    status: str = Field(default="new", max_length=20)
    created_at: datetime = Field(sa_column=_ts(nullable=False))
    updated_at: datetime = Field(sa_column=_ts(nullable=False))
    first_action_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    decided_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))
    closed_at: datetime | None = Field(default=None, sa_column=_ts(nullable=True))

    what: str = Field(sa_column=Column(Text, nullable=False))
    vendor: str = Field(default="", max_length=200)
    country: str = Field(default="", max_length=100)
    technology: str = Field(default="", max_length=100)
    # Who named the technology: inferred (knowledge base, at intake) | tipster | moderator | "" (none).
    technology_by: str = Field(default="", max_length=20)
    when_text: str = Field(default="", max_length=200)
    source_url: str = Field(default="", max_length=1000)
    extra: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))

    anonymous: bool = Field(default=True)
    # Discord user id of a non-anonymous tipster; NULL for anonymous tips and after retention.
    reporter_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True, index=True))
    receipt_hash: str = Field(max_length=255)
    # Idempotency: the Discord interaction that filed it, so a replay never files twice.
    interaction_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True, unique=True))

    claimed_by: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    duplicate_of: int | None = Field(default=None, foreign_key="tips.id")
    possible_duplicates: str = Field(default="", max_length=1000)
    review_message_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    # The bot's latest "the tipster answered" post, so it goes with the tip (a newer one replaces it).
    answered_message_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    reason: str = Field(default="", max_length=1000)


class TipEvent(SQLModel, table=True):
    """The audit trail: who did what to which tip, when, from which state to which."""

    __tablename__ = "tip_events"

    id: int | None = Field(default=None, primary_key=True)
    tip_id: int = Field(foreign_key="tips.id", index=True)
    at: datetime = Field(sa_column=_ts(nullable=False, index=True))
    # Moderator's Discord id; NULL when the actor is the (possibly anonymous) tipster or the system.
    actor_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    actor_role: str = Field(default="moderator", max_length=20)  # tipster | moderator | system
    action: str = Field(max_length=40)
    from_status: str | None = Field(default=None, max_length=20)
    to_status: str | None = Field(default=None, max_length=20)
    detail: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class TipMessage(SQLModel, table=True):
    """Follow-up in both directions without identity: moderator questions and tipster replies."""

    __tablename__ = "tip_messages"

    id: int | None = Field(default=None, primary_key=True)
    tip_id: int = Field(foreign_key="tips.id", index=True)
    at: datetime = Field(sa_column=_ts(nullable=False))
    direction: str = Field(max_length=20)  # to_tipster | from_tipster
    author_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    body: str = Field(sa_column=Column(Text, nullable=False))


class TipRateKey(SQLModel, table=True):
    """Anti-abuse marks that relate to no tip and no member (see bot/tips/ratelimit.py).

    Each row is a keyed hash for one purpose (a cooldown, or one slot of the per-window cap) and when
    it stops counting. No tip id, no member id, no filing time, no counter; expired rows are deleted
    by the next filing and by retention. On SQLite the table has no rowid (no insertion order).
    """

    __tablename__ = "tip_rate_keys"
    __table_args__ = {"sqlite_with_rowid": False}

    key: str = Field(primary_key=True, max_length=64)
    expires_at: datetime = Field(sa_column=_ts(nullable=False, index=True))

"""anti-abuse rows that link nothing; tip times stored to the hour

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03

The old `tip_rate_keys` kept one member key per filing (shared by all of a member's tips), the tip
id while it was open and the filing time to the microsecond: a database copy linked anonymous tips
to each other and to their member. It is replaced by rows that hold only a per-purpose keyed hash
and an expiry (bot/tips/ratelimit.py). Old rows are dropped, not converted: they are the link.
Stored tip, event and message times are truncated to the hour, as new writes now are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TIMES = {
    "tips": ("created_at", "updated_at", "first_action_at", "decided_at", "closed_at"),
    "tip_events": ("at",),
    "tip_messages": ("at", "read_at"),
}


def upgrade() -> None:
    op.drop_table("tip_rate_keys")
    op.create_table(
        "tip_rate_keys",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_tip_rate_keys_expires_at", "tip_rate_keys", ["expires_at"], unique=False)
    _coarsen_times()


def _coarsen_times() -> None:
    conn = op.get_bind()
    for name, columns in _TIMES.items():
        t = sa.table(name, sa.column("id"), *(sa.column(c, sa.DateTime(timezone=True)) for c in columns))
        for row in conn.execute(sa.select(t)).all():
            values = {c: _hour(getattr(row, c)) for c in columns}
            if any(values[c] != getattr(row, c) for c in columns):
                conn.execute(sa.update(t).where(t.c.id == row.id).values(**values))


def _hour(value: datetime | str | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite without type information
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.replace(minute=0, second=0, microsecond=0)


def downgrade() -> None:
    op.drop_index("ix_tip_rate_keys_expires_at", table_name="tip_rate_keys")
    op.drop_table("tip_rate_keys")
    op.create_table(
        "tip_rate_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_key", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tip_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["tip_id"], ["tips.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_tip_rate_keys_expires_at", "tip_rate_keys", ["expires_at"], unique=False)
    op.create_index("ix_tip_rate_keys_member_key", "tip_rate_keys", ["member_key"], unique=False)

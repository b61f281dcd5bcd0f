"""tip_notices: the outbox of Discord updates about tips (cards, answers, edits on close, tombstones)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

Review cards are released in random batches and edited when a tip closes or is purged; the pending
work is stored so it survives restarts and is retried until Discord accepts it. No text, no member.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # binds `sqlmodel` and tells mypy the submodule the columns use
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tip_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("tip_id", sa.Integer(), nullable=False),
        sa.Column("public_id", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("tip_notices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tip_notices_due_at"), ["due_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tip_notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tip_notices_due_at"))
    op.drop_table("tip_notices")

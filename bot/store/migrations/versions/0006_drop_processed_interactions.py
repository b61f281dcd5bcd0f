"""Drop processed_interactions: Discord's acknowledgement is now the exactly-once claim

Revision ID: 0006_drop_processed
Revises: 0005_tip_technology
Create Date: 2026-12-03

The replay guard no longer writes a row per interaction (bot/chat/cogs/replay.py: a second process's
initial callback gets 40060, and tips keep their unique interaction id as the second guard). The table
only held interaction ids, and an id encodes the millisecond a member pressed a button, so dropping it
also drops those times at once instead of waiting up to two hours for retention.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # binds `sqlmodel` and tells mypy the submodule the columns use
from alembic import op

revision: str = "0006_drop_processed"
down_revision: str | None = "0005_tip_technology"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("processed_interactions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processed_interactions_at"))
    op.drop_table("processed_interactions")


def downgrade() -> None:
    op.create_table(
        "processed_interactions",
        sa.Column("interaction_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.PrimaryKeyConstraint("interaction_id"),
    )
    with op.batch_alter_table("processed_interactions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_processed_interactions_at"), ["at"], unique=False)

"""tips: receipt-hash lookup index and the short-lived anti-abuse key table

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Receipt lookups must be one indexed equality query (the hash is slow, so it cannot be scanned).
`tip_rate_keys` holds keyed hashes of members for cooldown and the open-tip cap, never on the tip row.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # binds `sqlmodel` and tells mypy the submodule the columns use
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tip_rate_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tip_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["tip_id"], ["tips.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("tip_rate_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tip_rate_keys_expires_at"), ["expires_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tip_rate_keys_member_key"), ["member_key"], unique=False)

    with op.batch_alter_table("tips", schema=None) as batch_op:
        batch_op.create_index("ix_tips_receipt_hash", ["receipt_hash"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("tips", schema=None) as batch_op:
        batch_op.drop_index("ix_tips_receipt_hash")

    with op.batch_alter_table("tip_rate_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tip_rate_keys_member_key"))
        batch_op.drop_index(batch_op.f("ix_tip_rate_keys_expires_at"))
    op.drop_table("tip_rate_keys")

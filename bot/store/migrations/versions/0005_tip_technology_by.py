"""tips.technology_by: who named a tip's technology (inferred at intake, the tipster, a moderator)

Revision ID: 0005_tip_technology
Revises: 0004
Create Date: 2026-12-03

Intake now fills `tips.technology` (issue 12: the weekly "By technology" was always empty); the
card shows whether it was inferred from the knowledge base or confirmed. Existing tips get "".
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # binds `sqlmodel` and tells mypy the submodule the columns use
from alembic import op

revision: str = "0005_tip_technology"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tips") as batch:
        batch.add_column(
            sa.Column(
                "technology_by",
                sqlmodel.sql.sqltypes.AutoString(length=20),
                nullable=False,
                server_default="",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("tips") as batch:
        batch.drop_column("technology_by")

"""question_log.outcome: what the member got (an answer, a list, or a refusal)

Revision ID: 0008_question_outcome
Revises: 0007_tip_numbers
Create Date: 2026-12-04

A list question the engine alone would have refused (the member got a list of entries) was logged
as unanswered, so the weekly summary listed it as a knowledge gap. `outcome` records what the
member actually got: "answer" (an entry's card), "list" or "refused"; the summary counts gaps only
among refusals. Rows logged before this revision cannot tell a list from a refusal: they keep what
they said (answered -> "answer", otherwise "refused"), so past summaries read as they did.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # binds `sqlmodel` and tells mypy the submodule the columns use
from alembic import op

revision: str = "0008_question_outcome"
down_revision: str | None = "0007_tip_numbers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("question_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "outcome",
                sqlmodel.sql.sqltypes.AutoString(length=10),
                nullable=False,
                server_default="refused",
            )
        )
    op.execute(
        sa.text("UPDATE question_log SET outcome = CASE WHEN answered THEN 'answer' ELSE 'refused' END")
    )
    with op.batch_alter_table("question_log", schema=None) as batch_op:
        batch_op.create_index("ix_question_log_outcome_asked", ["outcome", "asked_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("question_log", schema=None) as batch_op:
        batch_op.drop_index("ix_question_log_outcome_asked")
        batch_op.drop_column("outcome")
